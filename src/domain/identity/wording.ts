import { z } from 'zod';
import type { Lang } from '../vocabulary';

/**
 * Sentences a municipality words in its own way: they speak for the municipality (its role, its
 * agreement), so they are content (`wording` in site.yaml), not interface text. Each has a default
 * that fits any municipality; a `{placeholder}` is filled in from site.yaml.
 *
 * The defaults name the agreement in quotes after "de afspraak", because a name may need "het" or
 * "de" in Dutch ("het Maatschappelijk akkoord", "de Onderwijsagenda") and code cannot know which.
 */
export const DEFAULT_WORDING = {
  /** Home page and principles list, above the principles. */
  principlesIntro: {
    placeholders: ['agreement', 'theme', 'municipality'],
    nl: 'Deze uitgangspunten horen bij de afspraak ‘{agreement}’, over het thema {theme}. Ze zeggen wat scholen doen, zodat elke leerling overal aan mee kan doen.',
    en: 'These principles belong to the agreement ‘{agreement}’, on the theme {theme}. They say what schools do, so that every pupil can take part in everything.',
  },
  /** Parents' page, above the support schemes. */
  schemesIntro: {
    placeholders: ['municipality'],
    nl: 'Heeft u moeite met schoolkosten? Deze regelingen kunnen helpen. Uw kind doet ook mee als u geen hulp aanvraagt: de school mag een fonds nooit als voorwaarde stellen.',
    en: 'Finding school costs hard? These schemes can help. Your child takes part even if you do not apply: a school may never make a fund a condition.',
  },
  /** Footer of every page, "Over deze site". */
  footerAbout: {
    placeholders: ['agreement', 'date', 'theme', 'municipality'],
    nl: 'Deze site hoort bij de afspraak ‘{agreement}’ van {date}, thema {theme}.',
    en: 'This site belongs to the agreement ‘{agreement}’ of {date}, theme {theme}.',
  },
  /** Footer and contact blocks: who to ask. `{name}` is `contact.name`. */
  contactText: {
    placeholders: ['name', 'municipality'],
    nl: 'Heeft u een vraag over deze site of over hulp bij kosten? Neem contact op met {name}.',
    en: 'Do you have a question about this site or about help with costs? Contact {name}.',
  },
  /** Footer and contact blocks: what the municipality can and cannot do. */
  contactRole: {
    placeholders: ['municipality'],
    nl: 'De gemeente kan u de weg wijzen. Maar de gemeente beslist niet over de kosten van een school, en kan een school niets opdragen. Dat doet het schoolbestuur.',
    en: 'The municipality can show you the way. But the municipality does not decide on a school’s costs, and cannot order a school to do anything. The school board does.',
  },
} as const satisfies Record<string, { placeholders: readonly string[]; nl: string; en: string }>;

export type WordingKey = keyof typeof DEFAULT_WORDING;
export const WORDING_KEYS = Object.keys(DEFAULT_WORDING) as WordingKey[];

const placeholdersIn = (text: string) => [...text.matchAll(/\{([^{}]*)\}/g)].map(([, name]) => name!);

/** One overridable sentence in both languages; only the placeholders its default knows may be used. */
const wordingText = (key: WordingKey) => {
  const known: readonly string[] = DEFAULT_WORDING[key].placeholders;
  const text = z
    .string()
    .trim()
    .min(1, 'must not be empty; leave the whole entry out to use the standard text')
    .superRefine((value, ctx) => {
      for (const name of placeholdersIn(value)) {
        if (known.includes(name)) continue;
        ctx.addIssue({ code: 'custom', message: `{${name}} is not filled in here; use ${known.map((k) => `{${k}}`).join(', ')}, or no braces at all` });
      }
    });
  return z.strictObject({ /** Dutch text. */ nl: text, /** English text. */ en: text });
};

/**
 * `wording` in site.yaml: the sentences above, in the municipality's own words. Each is optional;
 * one left out keeps its standard text (DEFAULT_WORDING).
 */
export const WordingSchema = z.strictObject({
  /** Above the principles (home page and principles list). Placeholders: {agreement}, {theme}, {municipality}. */
  principlesIntro: wordingText('principlesIntro').optional(),
  /** Above the support schemes on the parents' page. Placeholder: {municipality}. */
  schemesIntro: wordingText('schemesIntro').optional(),
  /** In the footer of every page. Placeholders: {agreement}, {date}, {theme}, {municipality}. */
  footerAbout: wordingText('footerAbout').optional(),
  /** Who to ask, in the footer and contact blocks. Placeholders: {name} (contact.name), {municipality}. */
  contactText: wordingText('contactText').optional(),
  /** What the municipality can and cannot do, under the contact details. Placeholder: {municipality}. */
  contactRole: wordingText('contactRole').optional(),
});
export type Wording = z.output<typeof WordingSchema>;

/** The sentence `key` in `lang`: the municipality's own wording if it gave one, else the standard text. */
export function wordingFor(wording: Wording | undefined, key: WordingKey, lang: Lang, params: Record<string, string> = {}): string {
  const template = wording?.[key]?.[lang] ?? DEFAULT_WORDING[key][lang];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}
