import { z } from 'zod';
import { KeySchema, TextSchema, WebUrlSchema } from './common';

/**
 * What a rule rests on. The site must never present good practice as law, so every principle
 * says, part by part, which basis applies.
 */
const BasisKindSchema = z.enum(['law', 'agreement', 'practice']);

const BasisSchema = z.strictObject({
  /** `law` (a Dutch statute), `agreement` (the local agreement) or `practice` (good practice). */
  kind: BasisKindSchema,
  /** Which part of the principle rests on this basis, in one or two sentences. */
  text: TextSchema,
});

/** An official source a reader can check. */
const SourceSchema = z.strictObject({
  /** The link text, e.g. "Rijksoverheid – Is de ouderbijdrage verplicht?". */
  title: TextSchema,
  /** Full https address of the source. */
  url: WebUrlSchema,
});

/**
 * One shared principle in one language: frontmatter of `content/principles/<lang>/NN-<key>.md`.
 * The Markdown body says what the principle means.
 */
export const PrincipleSchema = z.strictObject({
  /** Stable id, the same in every language; the anchor that checklist questions and reports link to. */
  key: KeySchema,
  /** Position in the list, the same in every language. */
  order: z.int().positive(),
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
  /** The basis of each part: law, local agreement or good practice. */
  basis: z.array(BasisSchema).min(1, 'give at least one basis'),
  /** Official sources. */
  sources: z.array(SourceSchema).min(1, 'give at least one source'),
});
export type Principle = z.output<typeof PrincipleSchema>;
