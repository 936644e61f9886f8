import { LIMITS } from './constants';

// What a user types must always be storable: a value the schema would refuse would make the saved
// assessment unreadable after a reload. The island passes every typed value through these.

/** Cuts text to the stored limit (by code points, so no half emoji is left). */
export function fitText(text: string, max: number): string {
  const points = Array.from(text);
  return points.length > max ? points.slice(0, max).join('') : text;
}

/** A euro amount as stored: a finite number from 0 to the limit, or null when empty or not a number. */
export function fitAmount(value: number | null | undefined): number | null {
  if (value === null || value === undefined || !Number.isFinite(value) || value < 0) return null;
  return Math.min(value, LIMITS.amount);
}

/** A deadline as stored: an ISO date (YYYY-MM-DD) or empty. */
export function fitDate(value: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)) ? value : '';
}
