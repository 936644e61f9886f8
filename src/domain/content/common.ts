import { z } from 'zod';
import { LANGS, SCHOOL_TYPES, type Lang } from '../vocabulary';

export { LANGS, type Lang };

/** A stable identifier or URL segment: lowercase ASCII words joined by hyphens. */
export const KeySchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase letters, digits and single hyphens, e.g. "iedereen-doet-mee"');

/**
 * A link to an outside source: https only. Never `javascript:` or `data:`, and not `http:` either: the
 * site promises parents that a link is safe to follow, and a government page without https is not.
 */
export const WebUrlSchema = z.url({ protocol: /^https$/, error: 'must be a full web address starting with https://' });

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// Only a text in the right form can be a day that does not exist (2021-02-30); the form has its own message.
const isCalendarDate = (text: string) => {
  if (!ISO_DATE.test(text)) return true;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
};

/**
 * A calendar date written `YYYY-MM-DD`, e.g. `2020-10-07`; the output is that day at midnight UTC. Nothing
 * else is read as a date: `7-10-2020` could be 7 October or 10 July, and JavaScript's own reading guesses the
 * American order, so it is refused with a message instead of published wrong. YAML turns an unquoted
 * `2020-10-07` into a date (midnight UTC), which is accepted; a date with a time of day is not.
 */
export const IsoDateSchema = z
  .preprocess(
    (value) => (value instanceof Date && !Number.isNaN(value.getTime()) && value.toISOString().endsWith('T00:00:00.000Z') ? value.toISOString().slice(0, 10) : value),
    z
      .string({ error: 'must be a date written as YYYY-MM-DD' })
      .regex(ISO_DATE, 'must be a date written as YYYY-MM-DD')
      .refine(isCalendarDate, 'is not a day of the calendar; write the date as YYYY-MM-DD'),
  )
  .transform((text) => new Date(`${text}T00:00:00Z`));

/**
 * Which version of the Dutch text an English translation was made from: a short code of the Dutch text,
 * written by `npm run check -- --mark-translated <file>` (src/domain/content/check/translation-status.ts).
 * When the Dutch text changes, the code no longer matches and the check lists the translation as out of date.
 */
export const TranslationOfSchema = z.string().regex(/^[0-9a-f]{8}$/, 'is written by npm run check -- --mark-translated; do not type it yourself');

/** Plain text that must not be empty. */
export const TextSchema = z.string().trim().min(1, 'must not be empty');

/** A text given in every language of the site. */
export const LocalizedTextSchema = z.strictObject({
  /** Dutch text. */
  nl: TextSchema,
  /** English text. */
  en: TextSchema,
});
export type LocalizedText = z.output<typeof LocalizedTextSchema>;

export const SchoolTypeSchema = z.enum(SCHOOL_TYPES);
export type { SchoolType } from '../vocabulary';
