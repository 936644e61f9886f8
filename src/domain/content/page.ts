import { z } from 'zod';
import { KeySchema, TextSchema, TranslationOfSchema } from './common';

/**
 * The pages the site knows how to place; each has a fixed route per language (src/lib/routes.ts).
 * `urgent` is "Er gaat iets mis": what a parent does today when a child may not join; `glossary`
 * explains the words of school costs. The parents' page and every footer link to both.
 */
const PageKeySchema = z.enum(['home', 'parents', 'urgent', 'glossary', 'about', 'privacy', 'accessibility']);
export type PageKey = z.output<typeof PageKeySchema>;

/** One question and answer of a page's FAQ. */
const FaqItemSchema = z.strictObject({
  /** The question, plain text. */
  question: TextSchema,
  /** The answer, Markdown. */
  answer: TextSchema,
});

/** A general or parents' page in one language: frontmatter of `content/pages/<lang>/<name>.md`. */
export const PageSchema = z.strictObject({
  /** Which page this is; the same in every language. */
  key: PageKeySchema,
  /** The page's h1. */
  title: TextSchema.max(100, 'keep the title under 100 characters'),
  /** URL segment in this language; empty for the home page. */
  slug: z.union([KeySchema, z.literal('')]),
  /** Meta description for search engines and link previews. */
  description: TextSchema.max(200, 'keep the description under 200 characters'),
  /** Optional questions and answers, shown after the body. */
  faq: z.array(FaqItemSchema).optional(),
  /**
   * In the English file only: which version of the Dutch file it translates (see `TranslationOfSchema`).
   * Written by `npm run check -- --mark-translated <file>` after translating.
   */
  translationOf: TranslationOfSchema.optional(),
});
export type Page = z.output<typeof PageSchema>;
