import type { Checklist, Lang, LocalizedText } from '../../domain';
import { formatEntry, type Entry, type Params } from '../../lib/i18n/format';

export type Texts = Record<string, Entry>;

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
  /** Where parents can get advice (site.yaml `helpline`), named in the text for parents; absent when the site names none. */
  helpline?: { name: string; phone?: string; url?: string } | null;
}

export const DATA_ELEMENT_ID = 'skc-sa-data';

export function makeTranslator(lang: Lang, texts: Texts) {
  return (key: string, params: Params = {}): string => {
    const entry = texts[key];
    return entry === undefined ? key : formatEntry(entry, lang, params);
  };
}
export type Translate = ReturnType<typeof makeTranslator>;

/**
 * The checklist as the island gets it: texts in the page's language only (the other left empty) and
 * help only as the HTML in `IslandData.help`. This halves the page's data (BENCHMARKS.md). Used at build time.
 */
export function checklistIn(checklist: Checklist, lang: Lang): Checklist {
  const only = (text: LocalizedText): LocalizedText => ({ nl: '', en: '', [lang]: text[lang] }) as LocalizedText;
  const noHelp: LocalizedText = { nl: '', en: '' };
  return {
    ...checklist,
    schoolQuestions: checklist.schoolQuestions.map((q) => ({ ...q, text: only(q.text), help: noHelp, action: only(q.action) })),
    activityQuestions: checklist.activityQuestions.map((q) => ({ ...q, text: only(q.text), help: noHelp, action: only(q.action) })),
    templates: checklist.templates.map((template) => ({ ...template, name: only(template.name) })),
  };
}
