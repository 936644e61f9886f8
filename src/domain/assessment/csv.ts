import type { Lang } from '../content/common';
import type { Concern } from '../vocabulary';
import type { PlannedAction } from './action-plan';
import type { ActionState } from './format/constants';

export interface CsvLabels {
  /** Column headers, in the column order below, in the page's language. */
  headers: string[];
  answer: Record<'no' | 'partly', string>;
  concern: Record<Concern, string>;
  /** How far an action got, in words ("Klaar"). */
  state: Record<ActionState, string>;
  /** The group an action belongs to, as the plan names it (an activity's name or a school-wide topic). */
  group: (action: PlannedAction) => string;
  /** A principle's title in the page's language, by its key. */
  principle: (key: string) => string;
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
 * The field separator a spreadsheet in this language expects when the file is opened by double-click: Excel
 * with Dutch regional settings splits on `;` (the comma is the decimal sign there), English settings on `,`.
 */
const csvSeparator = (lang: Lang) => (lang === 'nl' ? ';' : ',');

/**
 * Rows as a CSV file for a spreadsheet in the page's language: every cell quoted and neutralised, the
 * language's separator, CRLF line endings (RFC 4180) and a UTF-8 byte-order mark so Excel shows accents.
 * Every CSV the self-assessment writes goes through here.
 */
export function csvFile(rows: readonly (readonly string[])[], lang: Lang): string {
  const separator = csvSeparator(lang);
  return `\uFEFF${rows.map((row) => row.map(quote).join(separator)).join('\r\n')}\r\n`;
}

/**
 * The action plan as CSV for a spreadsheet, in the plan's order. Columns: group (activity or school-wide
 * topic), question, answer, what it means, suggested action, owner, deadline, principle, state, and why it
 * was dropped (for a dropped action only: a reason left from before it was taken up again is no longer
 * true). Every cell quoted, so no content can split a column whichever separator is used; CRLF line endings (RFC 4180); a UTF-8
 * byte-order mark so Excel shows accents (é, ë) correctly.
 */
export function actionPlanCsv(actions: readonly PlannedAction[], lang: Lang, labels: CsvLabels): string {
  const rows = [
    labels.headers,
    ...actions.map((action) => [
      labels.group(action),
      action.question[lang],
      labels.answer[action.answer],
      labels.concern[action.concern],
      action.suggestion[lang],
      action.owner,
      action.deadline,
      labels.principle(action.principle),
      labels.state[action.state],
      action.state === 'dropped' ? action.stateReason : '',
    ]),
  ];
  return csvFile(rows, lang);
}
