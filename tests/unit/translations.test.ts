import { describe, expect, it } from 'vitest';
import { checkTranslations, type TranslatedEntry } from '../../src/domain';

const entry = (lang: 'nl' | 'en', key: string, slug: string, order?: number): TranslatedEntry => ({ file: `content/principles/${lang}/${key}.md`, lang, key, slug, order });

describe('checking that the languages fit together', () => {
  it('finds nothing wrong when every key exists in both languages', () => {
    expect(checkTranslations([entry('nl', 'a', 'aa', 1), entry('en', 'a', 'a-en', 1)])).toEqual([]);
  });
  it('names the file whose translation is missing', () => {
    expect(checkTranslations([entry('nl', 'a', 'aa', 1)])).toEqual([
      {
        file: 'content/principles/nl/a.md',
        field: 'key',
        message: expect.stringContaining('no "en" translation has key "a"'),
        code: 'translation-missing',
        params: { lang: 'en', key: 'a' },
      },
    ]);
  });
  it('reports a slug used twice in one language', () => {
    const problems = checkTranslations([entry('nl', 'a', 'same', 1), entry('nl', 'b', 'same', 2), entry('en', 'a', 'x', 1), entry('en', 'b', 'y', 2)]);
    expect(problems).toEqual([expect.objectContaining({ file: 'content/principles/nl/b.md', field: 'slug' })]);
  });
  it('reports a position that differs between languages', () => {
    const problems = checkTranslations([entry('nl', 'a', 'a', 1), entry('en', 'a', 'a', 2)]);
    expect(problems.map((p) => p.field)).toEqual(['order', 'order']);
  });
  it('allows the same slug in two languages', () => {
    expect(checkTranslations([entry('nl', 'a', 'same', 1), entry('en', 'a', 'same', 1)])).toEqual([]);
  });
});
