import { z } from 'zod';
import { LocalizedTextSchema, TextSchema, TranslationOfSchema, WebUrlSchema } from './common';

/** A support scheme for families: `content/schemes/<id>.yaml`, both languages in one file. */
export const SchemeSchema = z.strictObject({
  /** Proper name of the scheme or organisation. */
  name: TextSchema,
  /** Position in lists. */
  order: z.int().nonnegative(),
  /** School types it helps with: primary (po) and/or secondary (vo). */
  appliesTo: z.array(z.enum(['po', 'vo'])).min(1, 'say whether it applies to po, vo or both'),
  /** Where families read more and apply. */
  url: WebUrlSchema,
  /** What it pays for. */
  pays: LocalizedTextSchema,
  /** Who may apply and how. */
  who: LocalizedTextSchema,
  /** Which version of this file's Dutch texts the English ones translate (see `TranslationOfSchema`). */
  translationOf: TranslationOfSchema.optional(),
});
export type Scheme = z.output<typeof SchemeSchema>;
