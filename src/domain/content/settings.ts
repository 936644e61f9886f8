import { z } from 'zod';
import { LocalizedTextSchema, TextSchema, WebUrlSchema } from './common';

/**
 * The publishing municipality: `content/settings/site.yaml`. Everything that names a municipality,
 * its contacts or its agreement lives here, never in `src/`.
 */
export const SiteSettingsSchema = z.strictObject({
  /** Name of the municipality as shown to readers, without "gemeente". */
  municipality: TextSchema,
  /** Name of the site in the header and page titles. */
  siteName: TextSchema,
  /** Short motto under the name. */
  tagline: LocalizedTextSchema,
  /** The local agreement the principles come from. */
  agreement: z.strictObject({
    /** Its official name. */
    name: LocalizedTextSchema,
    /** The date it was signed (YYYY-MM-DD). */
    date: z.coerce.date({ error: 'must be a date written as YYYY-MM-DD' }),
    /** The theme of the agreement these principles belong to. */
    theme: LocalizedTextSchema,
    /** Optional link to the agreement's text. */
    url: WebUrlSchema.optional(),
  }),
  /** Who readers contact about the principles. */
  contact: z.strictObject({
    /** Team or department name. */
    name: LocalizedTextSchema,
    /** Optional e-mail address. */
    email: z.email({ error: 'must be an e-mail address' }).optional(),
    /** Optional phone number as written for readers. */
    phone: TextSchema.optional(),
    /** Optional contact page. */
    url: WebUrlSchema.optional(),
  }),
});
export type SiteSettings = z.output<typeof SiteSettingsSchema>;
