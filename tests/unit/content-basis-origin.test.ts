import { describe, expect, it } from 'vitest';
import { formatProblem, PrincipleSchema, validateEntry, type Principle } from '../../src/domain';
import { extendedSchoolTypes, formatPartialDate, originShort, schoolTypeList } from '../../src/lib/principle-origin';
import { validPrinciple } from '../fixtures/examples';
import { principlesIn } from '../support/content-reader';
import { contentUnderTest } from '../support/content-under-test';

// A municipality's site loses its credibility the moment a rule marked "law" is not in the law. So the
// schema asks a source for every law item, and the content is checked for what a schema cannot see:
// the same labels in both languages, law sources on the official statute site, no outdated articles.

const FILE = 'content/principles/nl/01-x.md';
const withBasis = (basis: unknown[]) => ({ ...validPrinciple, basis });
const fieldsOf = (result: ReturnType<typeof validateEntry>) => (result.ok ? [] : result.issues.map((issue) => issue.field));
const valid = (data: object) => {
  const result = validateEntry(PrincipleSchema, data, FILE);
  if (!result.ok) throw new Error(result.issues.map(formatProblem).join('\n'));
  return result.value as Principle;
};

describe('the basis of a principle', () => {
  it('can be government guidance, with the official page as its source', () => {
    const guidance = { kind: 'guidance', text: 'Zo legt de Rijksoverheid het uit.', source: { title: 'Rijksoverheid', url: 'https://www.rijksoverheid.nl/onderwerpen/schoolkosten' } };
    expect(valid(withBasis([guidance])).basis[0]?.kind).toBe('guidance');
  });

  it('is refused as law without a source, naming the item', () => {
    const result = validateEntry(PrincipleSchema, withBasis([{ kind: 'practice', text: 'x' }, { kind: 'law', text: 'Dit is de wet.' }]), FILE);
    expect(fieldsOf(result)).toEqual(['basis.1.source']);
    expect(result.ok ? [] : result.issues.map(formatProblem)).toEqual([`${FILE}: field "basis.1.source": a "law" basis needs a source: the article, with a link to wetten.overheid.nl`]);
  });
});

describe('the origin of a principle', () => {
  it('reads a year, a month or a day as YAML gives them', () => {
    const origin = (date: unknown) => ({ ...validPrinciple, origin: { ...validPrinciple.origin, date } });
    expect(valid(origin(2021)).origin).toMatchObject({ date: '2021' });
    expect(valid(origin('2021-07')).origin).toMatchObject({ date: '2021-07' });
    expect(valid(origin(new Date('2021-07-01T00:00:00Z'))).origin).toMatchObject({ date: '2021-07-01' });
    expect(fieldsOf(validateEntry(PrincipleSchema, origin('juli 2021'), FILE))).toEqual(['origin.date']);
  });

  it('is either a named agreement or the municipality, and nothing else', () => {
    expect(valid({ ...validPrinciple, origin: { kind: 'municipality' } }).origin).toEqual({ kind: 'municipality' });
    expect(fieldsOf(validateEntry(PrincipleSchema, { ...validPrinciple, origin: { kind: 'rumour' } }, FILE))).toEqual(['origin.kind']);
    expect(fieldsOf(validateEntry(PrincipleSchema, { ...validPrinciple, origin: { kind: 'agreement', schoolTypes: ['vo'] } }, FILE))).toEqual(['origin.agreement']);
  });

  it('needs the school types it applies to, each once', () => {
    expect(fieldsOf(validateEntry(PrincipleSchema, { ...validPrinciple, schoolTypes: [] }, FILE))).toEqual(['schoolTypes']);
    expect(fieldsOf(validateEntry(PrincipleSchema, { ...validPrinciple, schoolTypes: ['po', 'po'] }, FILE))).toEqual(['schoolTypes']);
  });

  it('is told with its date as precise as known, and with the school types the municipality adds', () => {
    expect(formatPartialDate('nl', '2021')).toBe('2021');
    expect(formatPartialDate('nl', '2021-07')).toBe('juli 2021');
    expect(formatPartialDate('en', '2021-07-01')).toBe('1 July 2021');
    const principle = valid({ ...validPrinciple, origin: { kind: 'agreement', agreement: 'Akkoord vo', date: 2021, schoolTypes: ['vo'] }, schoolTypes: ['po', 'vo', 'so'] });
    expect(extendedSchoolTypes(principle)).toEqual(['po', 'so']);
    expect(schoolTypeList('nl', extendedSchoolTypes(principle))).toBe('basisonderwijs (po) en speciaal onderwijs (so)');
    expect(originShort('nl', principle.origin)).toBe('Uit het akkoord: Akkoord vo (2021)');
    expect(extendedSchoolTypes({ origin: { kind: 'municipality' }, schoolTypes: ['po'] })).toEqual([]);
  });
});

describe(`the principles of ${contentUnderTest.dir}`, () => {
  const nl = principlesIn(contentUnderTest, 'nl');
  const en = principlesIn(contentUnderTest, 'en');
  const pairs = nl.map((dutch) => [dutch, en.find((english) => english.data.key === dutch.data.key)!] as const);

  it('give each part the same label, origin and school types in both languages', () => {
    expect(pairs.length).toBeGreaterThan(0);
    for (const [dutch, english] of pairs) {
      expect(english, dutch.file).toBeDefined();
      expect(english.data.basis.map((b) => b.kind), dutch.file).toEqual(dutch.data.basis.map((b) => b.kind));
      expect(english.data.basis.map((b) => b.source?.url), dutch.file).toEqual(dutch.data.basis.map((b) => b.source?.url));
      const { agreement: _nl, source: _s1, ...dutchOrigin } = dutch.data.origin as Record<string, unknown>;
      const { agreement: _en, source: _s2, ...englishOrigin } = english.data.origin as Record<string, unknown>;
      expect(englishOrigin, dutch.file).toEqual(dutchOrigin);
      expect(english.data.schoolTypes, dutch.file).toEqual(dutch.data.schoolTypes);
    }
  });

  it('link every law item to the official statute site (an .example site in a made-up folder)', () => {
    const wrong = contentUnderTest.principles.flatMap((entry) =>
      entry.data.basis
        .filter((b) => b.kind === 'law')
        .map((b) => new URL(b.source!.url).hostname)
        .filter((host) => host !== 'wetten.overheid.nl' && !host.endsWith('.example'))
        .map((host) => `${entry.file}: ${host}`),
    );
    expect(wrong).toEqual([]);
  });

  it('cite no article numbers of the old WVO, which the WVO 2020 replaced on 1 August 2022', () => {
    const oldArticles = /\bWVO\b(?! 2020)[^.]*\b(?:art(?:ikel|icle)?\.?\s*)(?:24a|6e|27)\b|\bart(?:ikel|icle)?\.?\s*(?:24a|6e|27)\b[^.]*\bWVO\b(?! 2020)/i;
    const texts = contentUnderTest.principles.flatMap((entry) => [entry.body, ...entry.data.basis.flatMap((b) => [b.text, b.source?.title ?? ''])].map((text) => ({ file: entry.file, text })));
    expect(texts.filter(({ text }) => oldArticles.test(text)).map(({ file }) => file)).toEqual([]);
    expect(oldArticles.test('art. 24a WVO')).toBe(true);
  });
});
