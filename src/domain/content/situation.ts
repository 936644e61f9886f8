import { z } from 'zod';
import type { Problem } from '../result';
import { KeySchema, SchoolTypeSchema, TextSchema, TranslationOfSchema } from './common';
import { BasisKindSchema, SourceSchema } from './principle';

/**
 * The groups the "Can the school ask this?" list shows, in this order. Fixed in code because each has
 * an interface heading (`situations.topic.<topic>` in src/lib/i18n).
 */
export const SITUATION_TOPICS = ['activities', 'things', 'paying', 'scope'] as const;
const SituationTopicSchema = z.enum(SITUATION_TOPICS);

// A parent reads the answer first, often on a phone: one sentence, the rest goes below it.
const isOneSentence = (text: string) => !/[.!?…]\s+["“‘(]?\p{Lu}/u.test(text);

const SituationBasisSchema = z.strictObject({
  /**
   * What this part rests on: `law` only where a statute says it; `guidance` for the explanation of
   * Rijksoverheid, OCW or the Inspectie; `agreement` for the local agreement; `practice` for good practice.
   */
  kind: BasisKindSchema,
  /** What rests on this basis, in one or two plain sentences; inline Markdown allowed. */
  text: TextSchema,
  /** Where a parent can read it: the statute for `law`, the official page for `guidance`. */
  source: SourceSchema.optional(),
});

/**
 * One situation a parent asks about, in one language: frontmatter of
 * `content/situations/<lang>/<key>.md`. The Markdown body explains more, below the answer.
 */
export const SituationSchema = z.strictObject({
  /** Stable id, the same in every language; the language switch and the tests follow it. */
  key: KeySchema,
  /** Position in the list, the same in every language. */
  order: z.int().positive(),
  /** Which group of the list it belongs to: `activities`, `things`, `paying` or `scope`. */
  topic: SituationTopicSchema,
  /** The question as a parent asks it, also the page's h1: "Mag de school geld vragen voor het kamp?". */
  title: TextSchema.max(100, 'keep the question under 100 characters'),
  /** URL segment in this language, below the list: `/nl/ouders/mag-de-school-dit-vragen/<slug>/`. */
  slug: KeySchema,
  /** The answer in one sentence, shown first and in the list; plain text. */
  answer: TextSchema.max(200, 'keep the answer under 200 characters').refine(isOneSentence, 'give the answer in one sentence; explain more in the text below the frontmatter'),
  /** What the answer rests on, part by part, each with its honest label. */
  basis: z.array(SituationBasisSchema).min(1, 'give at least one basis, so a parent knows whether this is the law'),
  /** What a parent can do, step by step, one sentence or two each; inline Markdown allowed. */
  steps: z.array(TextSchema).min(1, 'list at least one thing a parent can do'),
  /**
   * A short message to the school that a parent copies, as plain text (no Markdown). Blank lines
   * separate paragraphs; [square brackets] mark what the parent fills in.
   */
  message: TextSchema.max(1200, 'keep the message under 1200 characters: a school reads a short message first'),
  /** The school types this answer is about: `po`, `vo` and/or `so`. */
  schoolTypes: z.array(SchoolTypeSchema).min(1, 'name at least one school type').refine((types) => new Set(types).size === types.length, 'name each school type once'),
  /** Keys of principles that say more; shown as links. Checked against the principles at build time. */
  principles: z.array(KeySchema).default([]),
  /** Official pages for further reading, shown under the basis. */
  sources: z.array(SourceSchema).default([]),
  /**
   * In the English file only: which version of the Dutch file it translates (see `TranslationOfSchema`).
   * Written by `npm run check -- --mark-translated <file>` after translating.
   */
  translationOf: TranslationOfSchema.optional(),
});
export type Situation = z.output<typeof SituationSchema>;

/**
 * Checks what one file cannot: every related principle exists. Without this a renamed principle
 * would leave a link to nowhere on a parent's page.
 */
export function checkSituationLinks(situations: readonly { file: string; principles: readonly string[] }[], principleKeys: readonly string[]): Problem[] {
  const known = new Set(principleKeys);
  return situations.flatMap(({ file, principles }) =>
    principles.flatMap((key, i) =>
      known.has(key)
        ? []
        : [{ file, field: `principles.${i}`, message: `no principle has key "${key}"; use the key of a file in principles/`, code: 'unknown-principle', params: { key, known: [...known].join(', ') } }],
    ),
  );
}
