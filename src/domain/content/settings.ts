import { z } from 'zod';
import { IsoDateSchema, LocalizedTextSchema, TextSchema, TranslationOfSchema, WebUrlSchema } from './common';
import { EditingSchema } from '../cms/editing';
import { DEFAULT_HOUSE_COLOUR, HouseColourSchema } from '../identity/colour';
import { WordingSchema } from '../identity/wording';

const EmailSchema = z.email({ error: 'must be an e-mail address' });

/** A site's own address: a web address without "?" or "#", which would not survive as a base for links. */
const PublicUrlSchema = WebUrlSchema.refine((value) => !/[?#]/.test(value), 'must be the address of the site itself, without "?" or "#"');

/**
 * A file in the content folder: a relative path without "..", ending in an image type a browser shows.
 * A leading "/" (as the editing screen writes it) means the content folder too, and is dropped.
 */
const LogoPathSchema = z
  .string()
  .trim()
  .transform((path) => path.replace(/^\/+/, ''))
  .refine((path) => /^(?!.*(?:^|\/)\.\.?(?:\/|$))[\w./-]+\.(?:svg|png|webp|jpe?g)$/i.test(path), 'must be a file in the content folder, e.g. "images/logo.svg" (SVG, PNG, WebP or JPEG)');

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
  /**
   * The site's public address as it appears in the browser, e.g. `https://organisatie.github.io/schoolkosten/`.
   * Its path (`/schoolkosten/`) goes in front of every link and file of the site, and the sitemap,
   * robots.txt, canonical and language links are built on it. Needed to publish: a production build without
   * it, or with an address on this computer (localhost), stops with a message (src/lib/public-address.ts).
   * `npm start` and the tests build for this computer and do not use it.
   */
  url: PublicUrlSchema.optional(),
  /** Short motto under the name. */
  tagline: LocalizedTextSchema,
  /**
   * The municipality's logo, shown in the header beside the site name: a file in this content folder,
   * e.g. `images/logo.svg` (SVG, PNG, WebP or JPEG; the editing screen writes `/images/logo.svg`, which
   * means the same). Leave it out for a header without a logo.
   */
  logo: LogoPathSchema.optional(),
  /**
   * The house colour, `#rrggbb`: header, buttons, borders, the browser's bar (theme-color) and the
   * icon in the browser tab. It must be dark enough for white text on it and for its use as text on the
   * white page (WCAG AA, 4.5:1); the message for a lighter colour suggests a darker shade. Leave it out
   * for the project's blue.
   */
  colour: HouseColourSchema.default(DEFAULT_HOUSE_COLOUR),
  /** Sentences in the municipality's own words; each one left out keeps its standard text (src/domain/identity/wording.ts). */
  wording: WordingSchema.default({}),
  /**
   * Where the editing screen at /admin/ saves: `host` (github or gitlab), `repo` (owner/name), `branch`.
   * Leave it out when the ready-made GitHub or GitLab workflow builds the site: it fills in its own repository.
   */
  editing: EditingSchema.optional(),
  /** The local agreement the principles come from. */
  agreement: z.strictObject({
    /** Its official name. */
    name: LocalizedTextSchema,
    /** The date it was signed (YYYY-MM-DD). */
    date: IsoDateSchema,
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
   * Where parents can get independent advice about school costs (for example a national helpline for
   * parents). The text for parents that a school writes with the self-assessment names it under "Vragen?".
   * Leave it out to name none there.
   */
  helpline: ContactDetailsSchema.extend({
    /** Its name as parents know it. */
    name: LocalizedTextSchema,
  }).optional(),
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
    date: IsoDateSchema,
    /** Optional link to this statement in the national register. */
    register: WebUrlSchema.optional(),
    /** Optional: who handles reports of accessibility problems. Without it, readers see `contact`. */
    contact: ContactDetailsSchema.refine((details) => Boolean(details.email || details.phone || details.url), {
      error: 'give at least an e-mail address, a phone number or a web address',
    }).optional(),
  }),
  /**
   * What `/.well-known/security.txt` says (RFC 9116). A production build (for the public address in `url`,
   * see README "Publishing") stops when `contact` is missing: a published site must say where to report a weakness.
   */
  security: z
    .strictObject({
      /** Where to report a security problem: an e-mail address or a web address starting with https://. */
      contact: SecurityContactSchema,
      /** Optional: the municipality's policy for reporting weaknesses (coordinated vulnerability disclosure). */
      policy: WebUrlSchema.optional(),
    })
    .optional(),
  /** Which version of this file's Dutch texts the English ones translate (see `TranslationOfSchema`). */
  translationOf: TranslationOfSchema.optional(),
});
export type SiteSettings = z.output<typeof SiteSettingsSchema>;
export type ContactDetails = z.output<typeof ContactDetailsSchema>;
