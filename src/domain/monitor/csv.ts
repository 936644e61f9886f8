import type { Lang } from '../content/common';

// The monitor's numbers as CSV, for a spreadsheet. The page builds the rows with its labels; this file
// owns the rules every cell follows.

/** A cell a spreadsheet would run as a formula gets a leading apostrophe, so a school's name stays text. */
const neutralise = (cell: string) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell);
/** RFC 4180 quoting on every cell, so no content can change the columns. */
const quote = (cell: string) => `"${neutralise(cell).replaceAll('"', '""')}"`;

/**
 * Rows as CSV: `;` between fields on the Dutch page (Excel with Dutch settings splits on it, the comma being
 * the decimal sign there), `,` on the English one; CRLF line endings; a byte-order mark so Excel shows é and ë.
 */
export function csvText(rows: readonly (readonly string[])[], lang: Lang): string {
  const separator = lang === 'nl' ? ';' : ',';
  return `\uFEFF${rows.map((row) => row.map(quote).join(separator)).join('\r\n')}\r\n`;
}

/** A number as the page's spreadsheet reads it: whole numbers as they are, amounts with two decimals in the page's decimal sign, no thousands separator. */
export function csvNumber(value: number | null, lang: Lang): string {
  if (value === null) return '';
  const text = Number.isInteger(value) ? String(value) : value.toFixed(2);
  return lang === 'nl' ? text.replace('.', ',') : text;
}
