import type { Severity } from '../checklist/schema';
import type { Lang } from '../content/common';
import type { PlannedAction } from './action-plan';

export interface CsvLabels {
  /** Column headers, in the column order below, in the page's language. */
  headers: string[];
  answer: Record<'no' | 'partly', string>;
  severity: Record<Severity, string>;
  /** Shown as the scope of a school-wide action. */
  schoolWide: string;
}

/**
 * A cell that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, or a tab or carriage return that
 * some programs strip first) gets a leading apostrophe, so a note like `=HYPERLINK(...)` stays text.
 */
function neutralise(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** RFC 4180 quoting, applied to every cell so no cell's content can change the columns. */
function quote(cell: string): string {
  return `"${neutralise(cell).replaceAll('"', '""')}"`;
}

/**
 * The action plan as CSV for a spreadsheet. Columns: activity (or the school-wide label), question, answer,
 * severity, suggested action, owner, deadline, principle. Comma-separated: Dutch Excel expects `;` when
 * opening by double-click, but a comma is the RFC 4180 standard that every other program and Excel's import
 * read correctly, and since every field is quoted no cell can be split either way. CRLF line endings, as
 * RFC 4180 specifies; a UTF-8 byte-order mark so Excel shows accents (é, ë) correctly.
 */
export function actionPlanCsv(actions: readonly PlannedAction[], lang: Lang, labels: CsvLabels): string {
  const rows = [
    labels.headers,
    ...actions.map((action) => [
      action.scopeName ?? labels.schoolWide,
      action.question[lang],
      labels.answer[action.answer],
      labels.severity[action.severity],
      action.suggestion[lang],
      action.owner,
      action.deadline,
      action.principle,
    ]),
  ];
  return `\uFEFF${rows.map((row) => row.map(quote).join(',')).join('\r\n')}\r\n`;
}
