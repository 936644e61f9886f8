import { z } from 'zod';
import { LocalizedTextSchema, TextSchema, WebUrlSchema } from './common';

const EmailSchema = z.email({ error: 'must be an e-mail address' });

/** Ways to reach someone; the site shows the ones that are given. */
const ContactDetailsSchema = z.strictObject({
  /** Optional e-mail address. */
  email: EmailSchema.optional(),
  /** Optional phone number as written for readers. */
  phone: TextSchema.optional(),
  /** Optional contact page. */
  url: WebUrlSchema.optional(),
});

/** The licence the site's texts are published under unless `site.yaml` names another. */
export const DEFAULT_CONTENT_LICENSE = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' } as const;

/**
 * Statuses of the Dutch national model for accessibility statements (digitoegankelijk.nl, "De status"):
 * A complies fully, B complies partly, C first measures taken, D first measures not yet taken. E means
 * there is no statement at all, so a published statement never has it.
 */
const ACCESSIBILITY_STATUSES = ['A', 'B', 'C', 'D'] as const;

/**
 * Where security problems are reported (security.txt, RFC 9116 "Contact"): an e-mail address, a `mailto:`
 * address or a web address starting with https://. Kept as written; src/lib/security-txt.ts turns it into a URI.
 */
const SecurityContactSchema = z
  .string()
  .trim()
  .refine(
    (value) => EmailSchema.safeParse(value.replace(/^mailto:/, '')).success || /^https:\/\/[^\s/]+\.[^\s]+$/.test(value),
    'must be an e-mail address or a web address starting with https://',
  );

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
  contact: ContactDetailsSchema.extend({
    /** Team or department name. */
    name: LocalizedTextSchema,
  }),
  /**
   * The licence of the texts in this content folder, named in the footer of every page. Leave it out for
   * CC BY 4.0 (anyone may reuse the texts when they name the source), the licence of the texts this project
   * ships. A municipality that publishes its own texts under another licence names it here.
   */
  contentLicense: z
    .strictObject({
      /** Short name as readers know it, e.g. "CC0 1.0". */
      name: TextSchema,
      /** The licence's own page. */
      url: WebUrlSchema,
    })
    .default(DEFAULT_CONTENT_LICENSE),
  /**
   * The parts of the accessibility statement (page key `accessibility`) that only the municipality can
   * give. The statement's text is the page itself; these are shown with it and come from the national
   * register's form (toegankelijkheidsverklaring.nl).
   */
  accessibility: z.strictObject({
    /** The status the register gave the statement: A, B, C or D (see the register's explanation). */
    status: z.enum(ACCESSIBILITY_STATUSES, { error: 'must be A, B, C or D, the status the national register gives' }),
    /** The date the statement was drawn up or last checked (YYYY-MM-DD). */
    date: z.coerce.date({ error: 'must be a date written as YYYY-MM-DD' }),
    /** Optional link to this statement in the national register. */
    register: WebUrlSchema.optional(),
    /** Optional: who handles reports of accessibility problems. Without it, readers see `contact`. */
    contact: ContactDetailsSchema.refine((details) => Boolean(details.email || details.phone || details.url), {
      error: 'give at least an e-mail address, a phone number or a web address',
    }).optional(),
  }),
  /**
   * What `/.well-known/security.txt` says (RFC 9116). A production build (SITE_URL set, see README
   * "Deploying") stops when `contact` is missing: a published site must say where to report a weakness.
   */
  security: z
    .strictObject({
      /** Where to report a security problem: an e-mail address or a web address starting with https://. */
      contact: SecurityContactSchema,
      /** Optional: the municipality's policy for reporting weaknesses (coordinated vulnerability disclosure). */
      policy: WebUrlSchema.optional(),
    })
    .optional(),
});
export type SiteSettings = z.output<typeof SiteSettingsSchema>;
export type ContactDetails = z.output<typeof ContactDetailsSchema>;
