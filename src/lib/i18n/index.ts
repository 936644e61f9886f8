import type { Lang } from '../../domain';
import { en } from './en';
import { nl, type Dictionary, type DictionaryKey } from './nl';

export const dictionaries: Record<Lang, Dictionary> = { nl, en };
export type { Dictionary, DictionaryKey };

type Params = Record<string, string | number>;

function fill(template: string, params: Params): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** Looks up an interface text; plurals pick their form with Intl.PluralRules from `params.count`. */
export function translate(lang: Lang, key: DictionaryKey, params: Params = {}): string {
  const entry = dictionaries[lang][key];
  if (typeof entry === 'string') return fill(entry, params);
  const form = new Intl.PluralRules(lang).select(Number(params.count ?? 0)) === 'one' ? 'one' : 'other';
  return fill(entry[form], params);
}

/** A translator bound to one language, for templates. */
export function useTranslations(lang: Lang) {
  return (key: DictionaryKey, params?: Params) => translate(lang, key, params);
}

/** Dates in the reader's language, e.g. "7 oktober 2020". */
export function formatDate(lang: Lang, date: Date): string {
  return new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}
