// Reading amounts and dates the way people type them, in Dutch and English.
//
// Why this exists: the amount field used to be `type=number` and fed the parsed number back into the
// field on every keystroke, so `12.50` became 5012 and `1.250` became 2501. Fields are now plain text
// the user owns while typing; this module decides what that text means. It is pure (no DOM, no clock,
// no Intl) so the same text always gives the same answer, on the server, in tests and in every browser.
//
// The rule throughout: when a text could mean two different amounts or dates, refuse it with a problem
// the page can explain, rather than guess. A wrong number stored silently is worse than a question.

import type { Lang } from '../vocabulary';

export type { Lang };

export type ParseProblem =
  | 'not-a-number'
  | 'negative'
  | 'too-large'
  | 'too-many-decimals'
  | 'not-a-date'
  | 'no-such-date'
  | 'year-out-of-range';

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: ParseProblem };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(problem: ParseProblem): Parsed<T> => ({ ok: false, problem });

// ---------------------------------------------------------------------------------------------------
// Amounts
// ---------------------------------------------------------------------------------------------------

// Things people put around an amount that do not change it. Checked at both ends, repeatedly, because
// they combine: "€ 30,-", "30,- EUR", "EUR 1.250,00".
const CURRENCY_BEFORE = /^(?:€|eur(?:o|os)?)\s*/i;
const CURRENCY_AFTER = /\s*(?:€|eur(?:o|os)?)$/i;
// Dutch "30,-" / "30,--" means "30 euros, no cents"; "30.-" is the same written with a dot.
const NO_CENTS_AFTER = /[.,]-{1,2}$/;
// Hyphen-minus, the Unicode minus sign and the en dash that word processors turn a typed minus into.
const MINUS = /^[-\u2212\u2013]\s*/;

function stripDecoration(text: string): string {
  let s = text;
  for (;;) {
    const next = s.replace(CURRENCY_BEFORE, '').replace(CURRENCY_AFTER, '').replace(NO_CENTS_AFTER, '').trim();
    if (next === s) return s;
    s = next;
  }
}

/**
 * The integer part of a number written with thousands separators: a first group of 1–3 digits that does
 * not start with 0 (so "0.250" is never read as 250), then groups of exactly three digits. Anything else
 * is not a thousands grouping, and reading it as one would change the amount.
 */
function isThousandsGrouping(groups: readonly string[]): boolean {
  const [first, ...rest] = groups;
  if (first === undefined || !/^[1-9]\d{0,2}$/.test(first)) return false;
  return rest.every((g) => /^\d{3}$/.test(g));
}

/**
 * Reads an unsigned number of cents from text that only holds digits, `.`, `,` and single spaces.
 * Returns the number of whole euros and the cents digits as strings, so no floating point is involved
 * until the very end.
 */
function readUnsigned(s: string, lang: Lang): Parsed<{ whole: string; cents: string }> {
  if (!/^[\d., ]+$/.test(s)) return fail('not-a-number');
  // A space only separates digit groups ("1 250"); "12 ,50" or "1 .250" is not something we can read.
  if (/(?:^|\D) | (?:\D|$)/.test(s)) return fail('not-a-number');

  // "1.250,00" → groups ["1", "250", "00"], separators [".", ","].
  const parts = s.split(/([., ])/);
  const groups = parts.filter((_, i) => i % 2 === 0);
  const seps = parts.filter((_, i) => i % 2 === 1);
  if (seps.length === 0) return ok({ whole: s, cents: '' });

  const hasDot = seps.includes('.');
  const hasComma = seps.includes(',');
  // The separator that is certainly a decimal mark on this page; the other one may be either.
  const decimalForSure = lang === 'nl' ? ',' : '.';

  // Index into `seps` of the decimal mark, or -1 when every separator groups thousands.
  let decimalAt = -1;
  if (hasDot && hasComma) {
    // Both marks: whichever comes last is the decimal mark ("1.250,00", "1,250.00"), on either page,
    // because that reading is the only one in which the other mark can be a thousands separator.
    decimalAt = seps.length - 1;
    const mark = seps[decimalAt];
    if (mark === ' ') return fail('not-a-number');
    if (seps.slice(0, decimalAt).includes(mark!)) return fail('not-a-number');
  } else if (hasDot || hasComma) {
    const mark = hasDot ? '.' : ',';
    const count = seps.filter((c) => c === mark).length;
    const markAt = seps.indexOf(mark);
    if (mark === decimalForSure) {
      // On a Dutch page a comma is always the decimal mark, so "1,250" is 1.250 euros with a cent too
      // many, not 1250; on an English page the same goes for a dot.
      if (count > 1) return fail('not-a-number');
      decimalAt = markAt;
    } else if (count === 1 && !isThousandsGrouping(groups)) {
      // A single dot (nl) or comma (en) that cannot be a thousands separator is a decimal mark:
      // "12.50" on a Dutch page, "12,50" pasted from a Dutch text onto the English page.
      decimalAt = markAt;
    }
    // Otherwise it separates thousands ("1.250" on a Dutch page, "1,250" on an English one), and
    // several of them must all be valid groups, checked below ("1.25.0" is not an amount).
  }
  if (decimalAt !== -1 && decimalAt !== seps.length - 1) return fail('not-a-number');

  const wholeGroups = decimalAt === -1 ? groups : groups.slice(0, decimalAt + 1);
  let cents = decimalAt === -1 ? '' : groups[decimalAt + 1]!;
  let whole: string;
  if (wholeGroups.length === 1) {
    whole = wholeGroups[0]!;
  } else {
    if (!isThousandsGrouping(wholeGroups)) return fail('not-a-number');
    whole = wholeGroups.join('');
  }
  // ",50" is half a euro and "12," is twelve (the user is about to type the cents); "," alone is nothing.
  if (whole === '' && cents === '') return fail('not-a-number');
  if (!/^\d*$/.test(whole) || !/^\d*$/.test(cents)) return fail('not-a-number');
  // On the English page a dot is only ever a decimal point, so "1.250" is exactly 1.25 and the zeros
  // past the cents can go. On the Dutch page "1,250" is refused instead: a comma followed by three
  // digits is also how English writes 1250, and the two readings differ a thousandfold.
  if (lang === 'en' && seps[decimalAt] === '.' && /^\d{2}0+$/.test(cents)) cents = cents.slice(0, 2);
  // Rounding would change what the user wrote, so a third decimal is a question, not a rounding.
  if (cents.length > 2) return fail('too-many-decimals');
  return ok({ whole, cents });
}

/**
 * A euro amount (per pupil) as typed. Empty means "no amount" (null). Returns a problem instead of a
 * number whenever the text is not clearly one amount in whole cents between 0 and `max`.
 */
export function parseAmount(text: string, lang: Lang, max = 100_000): Parsed<number | null> {
  // \s includes non-breaking and narrow non-breaking spaces, which copy-pasted amounts often contain.
  const trimmed = text.replace(/\s+/g, ' ').trim();
  if (trimmed === '') return ok(null);

  let s = stripDecoration(trimmed);
  let negative = false;
  const minus = MINUS.exec(s);
  if (minus) {
    negative = true;
    // "-€ 5" as well as "€ -5".
    s = stripDecoration(s.slice(minus[0].length));
  }
  if (s === '') return fail('not-a-number');

  const read = readUnsigned(s, lang);
  if (!read.ok) {
    // "-1,234" is first of all negative; "-abc" is first of all not a number.
    return negative && read.problem !== 'not-a-number' ? fail('negative') : fail(read.problem);
  }
  if (negative) return fail('negative');

  // Whole cents as an integer, then one division: the same text always gives exactly the double that
  // `cents / 100` gives, which is what makes formatting and reading back agree.
  const cents = Number(read.value.whole || '0') * 100 + Number(read.value.cents.padEnd(2, '0') || '0');
  const value = cents / 100;
  if (!Number.isFinite(value) || value > max) return fail('too-large');
  return ok(value);
}

/**
 * An amount as read in a list or a report: thousands grouped and always two decimals ("1.250,00" in
 * Dutch, "1,250.00" in English). The euro sign's place is the dictionary's (`sa.report.euro`).
 */
export function formatAmount(value: number, lang: Lang): string {
  return value.toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/**
 * What the amount field shows when the user is not typing in it: no thousands separator (so the text is
 * read back the same on either page), whole euros without decimals, otherwise exactly two decimals in
 * the page's decimal mark.
 */
export function formatAmountInput(value: number | null, lang: Lang): string {
  if (value === null || !Number.isFinite(value)) return '';
  if (Number.isInteger(value)) return String(value);
  const text = value.toFixed(2);
  return lang === 'nl' ? text.replace('.', ',') : text;
}

// ---------------------------------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------------------------------

const MONTH_NAMES: Record<Lang, readonly string[]> = {
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** Lower-case month word → month number (1–12), full names plus the abbreviations people write. */
const MONTH_WORDS: Record<Lang, ReadonlyMap<string, number>> = {
  nl: monthWords(MONTH_NAMES.nl, { jan: 1, feb: 2, mrt: 3, maa: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, okt: 10, nov: 11, dec: 12 }),
  en: monthWords(MONTH_NAMES.en, { jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12 }),
};

function monthWords(names: readonly string[], abbreviations: Record<string, number>): ReadonlyMap<string, number> {
  const words = new Map<string, number>(Object.entries(abbreviations));
  names.forEach((name, i) => words.set(name.toLowerCase(), i + 1));
  return words;
}

/**
 * The month a word names. The page's own language first; the other language too, because people paste
 * dates from e-mails in either, and no month word means different months in Dutch and English.
 */
function monthFromWord(word: string, lang: Lang): number | undefined {
  const other: Lang = lang === 'nl' ? 'en' : 'nl';
  return MONTH_WORDS[lang].get(word) ?? MONTH_WORDS[other].get(word);
}

const MIN_YEAR = 2000;
const MAX_YEAR = 2100;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Checks the parts of a date and writes it as ISO; the year is what the text said (two digits → 20xx). */
function toIso(yearText: string, month: number, day: number): Parsed<string> {
  // Deadlines in an action plan are this century; "27" is 2027, never 1927.
  const year = yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
  if (year < MIN_YEAR || year > MAX_YEAR) return fail('year-out-of-range');
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return fail('no-such-date');
  return ok(`${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`);
}

// Year-month-day, as stored and as date pickers and spreadsheets write it: "2027-03-01".
const ISO_DATE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;
// Day first, with one kind of separator throughout: "1-3-2027", "01/03/27", "1.3.2027", "1 3 2027".
// Only day first: both the Dutch and the British page write dates that way, and guessing month-first
// (American) would silently swap day and month for every date up to the 12th.
const DAY_MONTH_YEAR = /^(\d{1,2})([-/. ])(\d{1,2})\2(\d{2}|\d{4})$/;
// Day, month word, year: "1 maart 2027", "1 mrt. 2027", "1st March 2027", "1-mar-2027".
const DAY_WORD_YEAR = /^(\d{1,2})(?:st|nd|rd|th|e)?\.?[\s/-]*([a-z]+)\.?,?[\s/-]*(\d{2}|\d{4})$/;
// Month word, day, year: "March 1, 2027", "Mar 1st 2027".
const WORD_DAY_YEAR = /^([a-z]+)\.?\s*(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{2}|\d{4})$/;

/** A date as typed, as ISO `YYYY-MM-DD`; empty text is '' (no deadline). */
export function parseDate(text: string, lang: Lang): Parsed<string> {
  const s = text.replace(/\s+/g, ' ').trim().toLowerCase();
  if (s === '') return ok('');

  let m = ISO_DATE.exec(s);
  if (m) return toIso(m[1]!, Number(m[2]), Number(m[3]));
  m = DAY_MONTH_YEAR.exec(s);
  if (m) return toIso(m[4]!, Number(m[3]), Number(m[1]));
  m = DAY_WORD_YEAR.exec(s);
  if (m) {
    const month = monthFromWord(m[2]!, lang);
    if (month !== undefined) return toIso(m[3]!, month, Number(m[1]));
  }
  m = WORD_DAY_YEAR.exec(s);
  if (m) {
    const month = monthFromWord(m[1]!, lang);
    if (month !== undefined) return toIso(m[3]!, month, Number(m[2]));
  }
  return fail('not-a-date');
}

/** Year, month and day of a stored ISO date; undefined for anything else. */
function isoParts(iso: string): { year: number; month: number; day: number } | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return undefined;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return undefined;
  return { year: Number(m[1]), month, day: Number(m[3]) };
}

/**
 * What a date field shows when the user is not typing in it: the short form people write by hand on
 * this page ("1-3-2027", "1/3/2027"). Text that is not a stored ISO date is shown as it is, so nothing
 * the user wrote disappears.
 */
export function formatDateInput(iso: string, lang: Lang): string {
  const parts = isoParts(iso);
  if (!parts) return iso;
  const { year, month, day } = parts;
  return lang === 'nl' ? `${day}-${month}-${year}` : `${day}/${month}/${year}`;
}

/** A date in words, for reports: "1 maart 2027" / "1 March 2027". Written out here, not with Intl,
 * so it is the same in every browser and in the build. */
export function formatDateLong(iso: string, lang: Lang): string {
  const parts = isoParts(iso);
  if (!parts) return iso;
  return `${parts.day} ${MONTH_NAMES[lang][parts.month - 1]} ${parts.year}`;
}
