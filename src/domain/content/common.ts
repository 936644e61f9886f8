import { z } from 'zod';
import { LANGS, SCHOOL_TYPES, type Lang } from '../vocabulary';

export { LANGS, type Lang };

/** A stable identifier or URL segment: lowercase ASCII words joined by hyphens. */
export const KeySchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase letters, digits and single hyphens, e.g. "iedereen-doet-mee"');

/** A link to an outside source; only web addresses, never `javascript:` or `data:`. */
export const WebUrlSchema = z.url({ protocol: /^https?$/, error: 'must be a full web address starting with https://' });

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
