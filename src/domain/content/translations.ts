import { LANGS, type Lang } from './common';
import type { Problem } from '../result';

/** What the cross-file check needs to know of an entry that exists once per language. */
export interface TranslatedEntry {
  file: string;
  lang: Lang;
  key: string;
  slug: string;
  order?: number;
}

/**
 * Checks what no single-file schema can: every key exists in every language, and keys, slugs and
 * positions are unique within a language. Without this a language switch could lead nowhere.
 */
export function checkTranslations(entries: readonly TranslatedEntry[]): Problem[] {
  const problems: Problem[] = [];
  const keysByLang = new Map<Lang, Map<string, TranslatedEntry>>(LANGS.map((lang) => [lang, new Map()]));

  for (const lang of LANGS) {
    const inLang = entries.filter((entry) => entry.lang === lang);
    const seen = { key: new Map<string, string>(), slug: new Map<string, string>(), order: new Map<number, string>() };
    for (const entry of inLang) {
      keysByLang.get(lang)?.set(entry.key, entry);
      for (const field of ['key', 'slug', 'order'] as const) {
        const value = entry[field];
        if (value === undefined) continue;
        const map = seen[field] as Map<typeof value, string>;
        const other = map.get(value);
        if (other) {
          problems.push({
            file: entry.file,
            field,
            message: `"${value}" is also used by ${other}; it must be unique within "${lang}"`,
            code: 'not-unique',
            params: { value, other, lang },
          });
        } else {
          map.set(value, entry.file);
        }
      }
    }
  }

  for (const entry of entries) {
    for (const lang of LANGS) {
      if (lang === entry.lang) continue;
      const twin = keysByLang.get(lang)?.get(entry.key);
      if (!twin) {
        problems.push({
          file: entry.file,
          field: 'key',
          message: `no "${lang}" translation has key "${entry.key}"; add one so the language switch has a target`,
          code: 'translation-missing',
          params: { lang, key: entry.key },
        });
      } else if (entry.order !== undefined && twin.order !== entry.order) {
        problems.push({
          file: entry.file,
          field: 'order',
          message: `is ${entry.order} here but ${twin.order} in ${twin.file}; use the same position in every language`,
          code: 'order-differs',
          params: { here: entry.order, there: twin.order ?? '', other: twin.file },
        });
      }
    }
  }
  return problems;
}
