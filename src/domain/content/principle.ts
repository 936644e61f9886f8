import { z } from 'zod';
import { KeySchema, SchoolTypeSchema, TextSchema, TranslationOfSchema, WebUrlSchema } from './common';

/**
 * What a rule rests on. The site must never present good practice or the government's reading as
 * law, so every principle (and every situation page) says, part by part, which basis applies:
 * - `law`: the statute text itself (WPO, WEC, WVO 2020, WMS);
 * - `guidance`: the government explaining the law (Rijksoverheid, OCW, the Inspectie);
 * - `agreement`: the local agreement between municipality and school boards;
 * - `practice`: good practice, the site's own advice.
 */
export const BasisKindSchema = z.enum(['law', 'guidance', 'agreement', 'practice']);

/** An official source a reader can check. */
export const SourceSchema = z.strictObject({
  /** The link text, e.g. "Rijksoverheid – Is de ouderbijdrage verplicht?". */
  title: TextSchema,
  /** Full https address of the source. */
  url: WebUrlSchema,
});

const BasisSchema = z
  .strictObject({
    /** See {@link BasisKindSchema}. */
    kind: BasisKindSchema,
    /** Which part of the principle rests on this basis, in one or two sentences. */
    text: TextSchema,
    /**
     * Where a reader can check this part. For `law`, the current article (e.g. "WPO art. 13") with a
     * link to wetten.overheid.nl; for `guidance`, the official page that says it. Required for `law`.
     */
    source: SourceSchema.optional(),
  })
  // Whatever is called law must be checkable: a rule nobody can find in a statute is not labelled law.
  .refine((basis) => basis.kind !== 'law' || basis.source !== undefined, {
    path: ['source'],
    error: 'a "law" basis needs a source: the article, with a link to wetten.overheid.nl',
  });

/**
 * A date as precise as the source gives it: `2021`, `2021-07` or `2021-07-01`. YAML reads an unquoted
 * year as a number and a full date as a date, so both are turned back into this text.
 */
const PartialDateSchema = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'number' ? String(value) : value),
  z.string().regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, 'write the date as YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2021'),
);

const SchoolTypesSchema = z
  .array(SchoolTypeSchema)
  .min(1, 'name at least one school type: po, vo or so')
  .refine((types) => new Set(types).size === types.length, 'name each school type once');

/**
 * Where a principle comes from. Only what the published agreement says may be presented as agreed by
 * the partners; everything else is the municipality's own addition, and the page says so.
 */
const OriginSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    /** `agreement`: the principle is one the partners agreed in a published agreement. */
    kind: z.literal('agreement'),
    /** The agreement's name as published, in this file's language. */
    agreement: TextSchema,
    /** When it was published or signed, as precise as known: `2021`, `2021-07` or `2021-07-01`. */
    date: PartialDateSchema.optional(),
    /** The school types the agreement itself is about (e.g. only `vo`). */
    schoolTypes: SchoolTypesSchema,
    /** Optional link to the agreement or its official summary. */
    source: SourceSchema.optional(),
  }),
  z.strictObject({
    /** `municipality`: the municipality added this principle itself; it is not in the agreement. */
    kind: z.literal('municipality'),
  }),
]);

/**
 * One shared principle in one language: frontmatter of `content/principles/<lang>/NN-<key>.md`.
 * The Markdown body says what the principle means.
 */
export const PrincipleSchema = z.strictObject({
  /** Stable id, the same in every language; the anchor that checklist questions and reports link to. */
  key: KeySchema,
  /** Position in the list, the same in every language. */
  order: z.int().positive(),
  /** Where the principle comes from: a published agreement (which one, when) or the municipality itself. */
  origin: OriginSchema,
  /**
   * The school types the site applies the principle to. Where this is wider than the agreement's own
   * school types, the page says that the municipality extends it.
   */
  schoolTypes: SchoolTypesSchema,
  /** Short title, also the page's h1. */
  title: TextSchema.max(80, 'keep the title under 80 characters'),
  /** URL segment in this language: `/nl/uitgangspunten/<slug>/`. */
  slug: KeySchema,
  /** One or two plain sentences for lists, search results and the meta description. */
  summary: TextSchema.max(300, 'keep the summary under 300 characters'),
  /** What a school does: one sentence each, inline Markdown allowed. */
  school: z.array(TextSchema).min(1, 'list at least one thing a school does'),
  /** What a parent can expect: one sentence each, inline Markdown allowed. */
  parents: z.array(TextSchema).min(1, 'list at least one thing a parent can expect'),
  /** The basis of each part: law, government guidance, local agreement or good practice. */
  basis: z.array(BasisSchema).min(1, 'give at least one basis'),
  /** Official sources. */
  sources: z.array(SourceSchema).min(1, 'give at least one source'),
  /**
   * In the English file only: which version of the Dutch file it translates (see `TranslationOfSchema`).
   * Written by `npm run check -- --mark-translated <file>` after translating.
   */
  translationOf: TranslationOfSchema.optional(),
});
export type Principle = z.output<typeof PrincipleSchema>;
