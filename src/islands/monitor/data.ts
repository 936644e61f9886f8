import type { Checklist, Lang } from '../../domain';
import { formatEntry, type Entry, type Params } from '../../lib/i18n/format';

export type Texts = Record<string, Entry>;

/** Everything the monitor island needs from the build, embedded in the page as JSON (see MonitorView.astro). */
export interface MonitorData {
  lang: Lang;
  /**
   * The checklist without help, actions or templates: what working out a full export's statuses needs (ids,
   * principles, concerns, school types, kinds, conditions), and each question's text, by which the overview
   * names the questions where schools fall short. Versions of the files are compared with its `version`.
   */
  checklist: Checklist;
  /** Principles in the site's order, with their title and page address in this language. */
  principles: { key: string; title: string; href: string }[];
  /** Interface texts for the island (mon.*, status.*, kind.*, type.*). */
  texts: Texts;
  /** The address of the sample data set, on this site. */
  sampleUrl: string;
  /** The municipality's name, for the printed report's title. */
  municipality: string;
}

export const MONITOR_DATA_ID = 'skc-mon-data';

export function makeTranslator(lang: Lang, texts: Texts) {
  return (key: string, params: Params = {}): string => {
    const entry = texts[key];
    return entry === undefined ? key : formatEntry(entry, lang, params);
  };
}
export type Translate = ReturnType<typeof makeTranslator>;

/**
 * The checklist as the monitor page gets it: no help, actions or template names, which the page never shows.
 * The question texts stay: a monitor file names a question by its id only, and the page puts the text of its
 * own checklist beside it. Given the page's language, only that language's text is kept (about half the
 * weight in the page). Used at build time.
 */
export function checklistWithoutTexts(checklist: Checklist, lang?: Lang): Checklist {
  const none = { nl: '', en: '' };
  const text = (q: { text: Checklist['schoolQuestions'][number]['text'] }) => (lang ? { ...none, [lang]: q.text[lang] } : q.text);
  return {
    ...checklist,
    schoolQuestions: checklist.schoolQuestions.map((q) => ({ ...q, text: text(q), help: none, action: none })),
    activityQuestions: checklist.activityQuestions.map((q) => ({ ...q, text: text(q), help: none, action: none })),
    templates: [],
  };
}
