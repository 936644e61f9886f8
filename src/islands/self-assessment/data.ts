import type { Checklist, Lang } from '../../domain';

export type Plural = { one: string; other: string };
export type Texts = Record<string, string | Plural>;

/** Everything the island needs from the build, embedded in the page as JSON (see SelfAssessmentView). */
export interface IslandData {
  lang: Lang;
  checklist: Checklist;
  /** Help texts rendered to safe HTML at build time by the one Markdown renderer, by question id. */
  help: Record<string, string>;
  /** Principles in order, with their title and page address in this language. */
  principles: { key: string; title: string; href: string }[];
  /** Interface texts for the island (sa.*, answer.*, status.*, ...). */
  texts: Texts;
}

export const DATA_ELEMENT_ID = 'skc-sa-data';

export function makeTranslator(lang: Lang, texts: Texts) {
  const plural = new Intl.PluralRules(lang);
  return (key: string, params: Record<string, string | number> = {}): string => {
    const entry = texts[key];
    if (entry === undefined) return key;
    const template = typeof entry === 'string' ? entry : entry[plural.select(Number(params.count ?? 0)) === 'one' ? 'one' : 'other'];
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
  };
}
export type Translate = ReturnType<typeof makeTranslator>;
