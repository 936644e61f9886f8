/** Boundaries return results instead of throwing, so no exception reaches a page or the UI. */
export type Result<T, P = Problem> = { ok: true; value: T } | { ok: false; issues: P[] };

/** One readable problem: which file, which field, what is wrong. */
export interface Problem {
  /** Path of the file, relative to the project or content root, e.g. `content/principles/nl/01-x.md`. */
  file: string;
  /** Dotted path of the field inside the file, e.g. `sources.0.url`; empty for the whole file. */
  field: string;
  /** What is wrong, in words an editor can act on (English; the page shows `code` in its own language). */
  message: string;
  /** Stable name of the problem for translated messages, e.g. `not-json`; absent for schema issues. */
  code?: string;
  /** Values for the translated message. */
  params?: Record<string, string | number>;
}

export function formatProblem(problem: Problem): string {
  return problem.field
    ? `${problem.file}: field "${problem.field}": ${problem.message}`
    : `${problem.file}: ${problem.message}`;
}
