import { ITEM_STATUSES } from '../assessment/status';
import { ACTIVITY_KINDS } from '../vocabulary';

// Values the monitor file's schema, the extract, the reader and the island share, without zod: the page
// imports these when it opens, while the schema loads only with the reader (src/islands/monitor/reader/).

/** The monitor file's format name; a file without it is not a monitor file. */
export const MONITOR_FORMAT = 'schoolkostencheck-monitor';
/** Raised when the shape changes; the reader then gains a migration from the version before. */
export const MONITOR_SCHEMA_VERSION = 1;
/**
 * Largest file read, monitor file or full export alike (a full export is at most about this size, see
 * assessment/format/constants.ts). Bigger files are refused by their size, before their text is read.
 */
export const MONITOR_MAX_FILE_BYTES = 10 * 1024 * 1024;
/** Most activities in a monitor file: the assessment format's own maximum. */
export const MONITOR_MAX_ACTIVITIES = 1000;
/** Most principles in a monitor file: far above any checklist, low enough to bound a file. */
export const MONITOR_MAX_PRINCIPLES = 200;
/**
 * Most rows of answers per question in a monitor file: one per question and place it is asked (the
 * school-wide part, or a kind of activity). Far above any checklist times the kinds of activity.
 */
export const MONITOR_MAX_QUESTION_ROWS = 2000;
/** Where a question is asked, as a monitor file counts it: the school-wide part, or a kind of activity. */
export const QUESTION_SCOPES = ['school', ...ACTIVITY_KINDS] as const;
export type QuestionScope = (typeof QUESTION_SCOPES)[number];
/** The questions the overview lists: the ones where the largest share of schools falls short. */
export const MONITOR_TOP_QUESTIONS = 10;
/** Longest school name or code kept. */
export const MONITOR_MAX_NAME = 200;

/** A principle's status in a monitor file: an item status, or not assessed when none of its questions applied. */
export const PRINCIPLE_STATUSES = ['excludes', 'incomplete', 'cost-barrier', 'information', 'open', 'not-assessed'] as const;
export type MonitorPrincipleStatus = (typeof PRINCIPLE_STATUSES)[number];

export { ITEM_STATUSES };

/** A school year as the monitor writes it: "2026-2027". */
export const SCHOOL_YEAR_PATTERN = /^\d{4}-\d{4}$/;

/**
 * The school year as the monitor writes it, from what a school typed ("2026-2027", "2026/27",
 * "2026 – 2027"); null when it cannot be read as one year following another.
 */
export function normaliseSchoolYear(text: string): string | null {
  const match = /^\s*(\d{4})\s*[-/–—]\s*(\d{2}|\d{4})\s*$/.exec(text);
  if (!match) return null;
  const first = Number(match[1]);
  const second = match[2]!.length === 2 ? Math.floor(first / 100) * 100 + Number(match[2]) : Number(match[2]);
  // "2099-00" wraps the century; anything but the next year is not a school year.
  const next = second < first ? second + 100 : second;
  return next === first + 1 ? `${first}-${first + 1}` : null;
}
