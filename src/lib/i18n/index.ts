import type { Lang } from '../../domain';
import { en } from './en';
import { nl, type Dictionary, type DictionaryKey } from './nl';
import { formatEntry, type Params } from './format';

export const dictionaries: Record<Lang, Dictionary> = { nl, en };
export type { Dictionary, DictionaryKey };

/** Looks up an interface text; plurals pick their form with Intl.PluralRules from `params.count`. */
export function translate(lang: Lang, key: DictionaryKey, params: Params = {}): string {
  return formatEntry(dictionaries[lang][key], lang, params);
}

/** A translator bound to one language, for templates. */
export function useTranslations(lang: Lang) {
  return (key: DictionaryKey, params?: Params) => translate(lang, key, params);
}

/** Dates in the reader's language, e.g. "7 oktober 2020". */
export function formatDate(lang: Lang, date: Date): string {
  return new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}
