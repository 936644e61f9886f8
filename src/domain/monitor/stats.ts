/** Middle, lowest and highest of some amounts; all null when there are none. */
export interface Spread {
  count: number;
  median: number | null;
  min: number | null;
  max: number | null;
}

/** The median is the mean of the two middle values for an even count, rounded to cents. */
export function spreadOf(values: readonly number[]): Spread {
  if (values.length === 0) return { count: 0, median: null, min: null, max: null };
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { count: sorted.length, median: Math.round(median * 100) / 100, min: sorted[0]!, max: sorted[sorted.length - 1]! };
}
