import { describe, expect, it } from 'vitest';
import { dictionaries, formatDate, translate } from '../../src/lib/i18n';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const flatten = (value: unknown): string[] => (typeof value === 'string' ? [value] : Object.values(value as object).flatMap(flatten));

describe('interface texts', () => {
  const nlKeys = Object.keys(dictionaries.nl).sort();
  const enKeys = Object.keys(dictionaries.en).sort();

  it('exist in both languages with the same keys', () => {
    expect(enKeys).toEqual(nlKeys);
  });

  it.each(nlKeys)('"%s" is filled in, in both languages, with the same placeholders', (key) => {
    const nl = (dictionaries.nl as Record<string, unknown>)[key];
    const en = (dictionaries.en as Record<string, unknown>)[key];
    const nlTexts = flatten(nl);
    const enTexts = flatten(en);
    expect(enTexts.length).toBe(nlTexts.length);
    for (const text of [...nlTexts, ...enTexts]) expect(text.trim()).not.toBe('');
    expect(enTexts.map(placeholders)).toEqual(nlTexts.map(placeholders));
  });

  it('fills in values and picks plural forms by language rules', () => {
    expect(translate('nl', 'principles.count', { count: 1 })).toBe('1 uitgangspunt');
    expect(translate('nl', 'principles.count', { count: 12 })).toBe('12 uitgangspunten');
    expect(translate('en', 'principles.count', { count: 0 })).toBe('0 principles');
    expect(translate('en', 'principle.position', { position: 2, total: 12 })).toBe('Principle 2 of 12');
  });

  it('writes dates in the reader’s language', () => {
    const date = new Date('2020-10-07T00:00:00Z');
    expect(formatDate('nl', date)).toBe('7 oktober 2020');
    expect(formatDate('en', date)).toBe('7 October 2020');
  });
});
