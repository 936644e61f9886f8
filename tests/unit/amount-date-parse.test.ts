import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatAmount,
  formatAmountInput,
  formatDateInput,
  formatDateLong,
  parseAmount,
  parseDate,
  type Lang,
  type ParseProblem,
} from '../../src/domain/assessment/parse';

// Seeded, so a failing property can be replayed with FC_SEED=<seed> (fast-check prints it).
const seed = Number(process.env.FC_SEED ?? 20270301);
const numRuns = Number(process.env.FC_RUNS ?? 1000);

/** What a text should be read as: a number, "no amount" (null), or the problem to report. */
type Expected<T> = T | { problem: ParseProblem };
const problem = (p: ParseProblem) => ({ problem: p });

function expectAmount(text: string, lang: Lang, expected: Expected<number | null>, max?: number) {
  const result = parseAmount(text, lang, max);
  if (expected !== null && typeof expected === 'object') expect(result, `${lang} ${JSON.stringify(text)}`).toEqual({ ok: false, problem: expected.problem });
  else expect(result, `${lang} ${JSON.stringify(text)}`).toEqual({ ok: true, value: expected });
}

function expectDate(text: string, lang: Lang, expected: Expected<string>) {
  const result = parseDate(text, lang);
  if (typeof expected === 'object') expect(result, `${lang} ${JSON.stringify(text)}`).toEqual({ ok: false, problem: expected.problem });
  else expect(result, `${lang} ${JSON.stringify(text)}`).toEqual({ ok: true, value: expected });
}

describe('amounts typed on the Dutch page', () => {
  it("a Dutch reader's 1.250 is twelve hundred and fifty euros", () => {
    expectAmount('1.250', 'nl', 1250);
  });

  it('a Dutch reader can write cents with a comma or, out of habit, with a dot', () => {
    expectAmount('12,50', 'nl', 12.5);
    expectAmount('12.50', 'nl', 12.5);
    expectAmount('7.05', 'nl', 7.05);
  });

  it('a comma is always the decimal mark, so 1,250 has a cent too many rather than being 1250', () => {
    expectAmount('1,250', 'nl', problem('too-many-decimals'));
  });

  const examples: [string, Expected<number | null>][] = [
    ['12,50', 12.5],
    ['12.50', 12.5],
    ['7.05', 7.05],
    ['1.250', 1250],
    ['1.250,00', 1250],
    ['1.250.000', problem('too-large')],
    ['€ 30', 30],
    ['€30', 30],
    ['30 €', 30],
    ['EUR 30', 30],
    ['30 eur', 30],
    ['30,-', 30],
    ['30,--', 30],
    ['30.-', 30],
    ['€ 30,-', 30],
    ['0', 0],
    [',50', 0.5],
    ['0,05', 0.05],
    ['12,', 12],
    ['12.', 12],
    ['12,5', 12.5],
    ['  12,50  ', 12.5],
    ['1 250', 1250],
    ['1\u00a0250', 1250],
    ['1\u202f250,50', 1250.5],
    ['12.500', 12500],
    ['1.250,5', 1250.5],
    ['1,250.00', 1250],
    ['0.250', problem('too-many-decimals')],
    ['1,250', problem('too-many-decimals')],
    ['12,505', problem('too-many-decimals')],
    ['100000', 100000],
    ['100.000,00', 100000],
    ['100000,01', problem('too-large')],
    ['-5', problem('negative')],
    ['\u22125', problem('negative')],
    ['€ -5', problem('negative')],
    ['-0,50', problem('negative')],
    ['abc', problem('not-a-number')],
    ['12a', problem('not-a-number')],
    ['twaalf', problem('not-a-number')],
    ['€', problem('not-a-number')],
    ['-', problem('not-a-number')],
    [',', problem('not-a-number')],
    ['1.25.0', problem('not-a-number')],
    ['1..2', problem('not-a-number')],
    ['1,2,3', problem('not-a-number')],
    ['12 50', problem('not-a-number')],
    ['1.250,00,5', problem('not-a-number')],
    ['', null],
    ['   ', null],
  ];
  it.each(examples)('reads %j as %j', (text, expected) => expectAmount(text, 'nl', expected));
});

describe('amounts typed on the English page', () => {
  it("an English reader's 1,250 is twelve hundred and fifty euros", () => {
    expectAmount('1,250', 'en', 1250);
  });

  it("an English reader's 1.250 is one euro and twenty-five cents", () => {
    expectAmount('1.250', 'en', 1.25);
  });

  it('a Dutch amount pasted onto the English page keeps its meaning', () => {
    expectAmount('12,50', 'en', 12.5);
    expectAmount('1.250,00', 'en', 1250);
  });

  const examples: [string, Expected<number | null>][] = [
    ['12.50', 12.5],
    ['1,250', 1250],
    ['1,250.00', 1250],
    ['12,50', 12.5],
    ['12,5', 12.5],
    ['1.250', 1.25],
    ['1.2500', 1.25],
    ['1.255', problem('too-many-decimals')],
    ['€30', 30],
    ['30 EUR', 30],
    ['30', 30],
    ['.50', 0.5],
    ['0', 0],
    ['1 250', 1250],
    ['1,250,000', problem('too-large')],
    ['100,000.00', 100000],
    ['100,000.01', problem('too-large')],
    ['-5', problem('negative')],
    ['\u22125', problem('negative')],
    ['abc', problem('not-a-number')],
    ['12a', problem('not-a-number')],
    ['twelve', problem('not-a-number')],
    ['£30', problem('not-a-number')],
    ['$30', problem('not-a-number')],
    ['1.25.0', problem('not-a-number')],
    ['1..2', problem('not-a-number')],
    ['1.2.3', problem('not-a-number')],
    ['1,25,0', problem('not-a-number')],
    ['', null],
  ];
  it.each(examples)('reads %j as %j', (text, expected) => expectAmount(text, 'en', expected));
});

describe('the largest amount', () => {
  it('is a hundred thousand euros unless the field says otherwise', () => {
    expectAmount('100000', 'nl', 100000);
    expectAmount('100000,01', 'nl', problem('too-large'));
    expectAmount('150', 'nl', problem('too-large'), 100);
    expectAmount('100', 'en', 100, 100);
  });
});

describe('what an amount field shows when nobody is typing in it', () => {
  it('shows cents with the page’s decimal mark and always two of them', () => {
    expect(formatAmountInput(12.5, 'nl')).toBe('12,50');
    expect(formatAmountInput(12.5, 'en')).toBe('12.50');
    expect(formatAmountInput(7.05, 'nl')).toBe('7,05');
    expect(formatAmountInput(0.5, 'en')).toBe('0.50');
  });

  it('shows whole euros without decimals and without a thousands separator', () => {
    expect(formatAmountInput(30, 'nl')).toBe('30');
    expect(formatAmountInput(30, 'en')).toBe('30');
    expect(formatAmountInput(1250, 'nl')).toBe('1250');
    expect(formatAmountInput(1250, 'en')).toBe('1250');
    expect(formatAmountInput(0, 'nl')).toBe('0');
  });

  it('is empty when there is no amount', () => {
    expect(formatAmountInput(null, 'nl')).toBe('');
    expect(formatAmountInput(null, 'en')).toBe('');
  });

  it('reads back as the same amount, for every amount in cents up to the largest', () => {
    const max = 100_000;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: max * 100 }), fc.constantFrom<Lang>('nl', 'en'), (cents, lang) => {
        const amount = cents / 100;
        expect(parseAmount(formatAmountInput(amount, lang), lang, max)).toEqual({ ok: true, value: amount });
      }),
      { seed, numRuns },
    );
  });

  it('reads back as the same amount for a smaller largest amount too', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 25_000 }), fc.constantFrom<Lang>('nl', 'en'), (cents, lang) => {
        expect(parseAmount(formatAmountInput(cents / 100, lang), lang, 250)).toEqual({ ok: true, value: cents / 100 });
      }),
      { seed, numRuns },
    );
  });
});

describe('whatever is typed into an amount field', () => {
  // Texts made of the characters people type into amount fields, so many of them are near-amounts.
  const amountLike = fc.string({ unit: fc.constantFrom(...'0123456789.,,.. -€−e'.split('')), maxLength: 14 });

  it('is read as no amount, a problem, or whole cents between zero and the largest amount', () => {
    fc.assert(
      fc.property(amountLike, fc.constantFrom<Lang>('nl', 'en'), (text, lang) => {
        const result = parseAmount(text, lang, 5000);
        if (!result.ok || result.value === null) return;
        expect(result.value).toBeGreaterThanOrEqual(0);
        expect(result.value).toBeLessThanOrEqual(5000);
        expect(Math.round(result.value * 100) / 100).toBe(result.value);
      }),
      { seed, numRuns },
    );
  });

  it('is never read as a number when it holds a letter that is not part of "euro"', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 6 }), fc.constantFrom(...'abcdfghijklmnpqtvwxyz'.split('')), fc.string({ maxLength: 6 }), fc.constantFrom<Lang>('nl', 'en'), (before, letter, after, lang) => {
        const result = parseAmount(`${before}${letter}${after}`, lang);
        expect(result.ok).toBe(false);
      }),
      { seed, numRuns },
    );
  });
});

describe('dates typed on the Dutch page', () => {
  const examples: [string, Expected<string>][] = [
    ['2027-03-01', '2027-03-01'],
    ['1-3-2027', '2027-03-01'],
    ['01-03-2027', '2027-03-01'],
    ['1/3/2027', '2027-03-01'],
    ['1.3.2027', '2027-03-01'],
    ['1 3 2027', '2027-03-01'],
    ['1 maart 2027', '2027-03-01'],
    ['1 Maart 2027', '2027-03-01'],
    ['1 MAART 2027', '2027-03-01'],
    ['1 mrt 2027', '2027-03-01'],
    ['1 mrt. 2027', '2027-03-01'],
    ['1 maa 2027', '2027-03-01'],
    ['  1-3-2027 ', '2027-03-01'],
    ['1-3-27', '2027-03-01'],
    ['31-12-2100', '2100-12-31'],
    ['1-1-2000', '2000-01-01'],
    ['29-2-2028', '2028-02-29'],
    ['31-2-2027', problem('no-such-date')],
    ['29-2-2027', problem('no-such-date')],
    ['29-2-2100', problem('no-such-date')],
    ['31-4-2027', problem('no-such-date')],
    ['0-3-2027', problem('no-such-date')],
    ['1-13-2027', problem('no-such-date')],
    ['2027-02-30', problem('no-such-date')],
    ['1-3-1999', problem('year-out-of-range')],
    ['1-3-2101', problem('year-out-of-range')],
    ['1 maart 1927', problem('year-out-of-range')],
    ['morgen', problem('not-a-date')],
    ['1 smaart 2027', problem('not-a-date')],
    ['1-3', problem('not-a-date')],
    ['1-3/2027', problem('not-a-date')],
    ['1-3-202', problem('not-a-date')],
    ['', ''],
    ['  ', ''],
  ];
  it.each(examples)('reads %j as %j', (text, expected) => expectDate(text, 'nl', expected));

  const months: [string, number][] = [
    ['januari', 1], ['jan', 1], ['februari', 2], ['feb', 2], ['maart', 3], ['mrt', 3], ['maa', 3], ['april', 4], ['apr', 4],
    ['mei', 5], ['juni', 6], ['jun', 6], ['juli', 7], ['jul', 7], ['augustus', 8], ['aug', 8], ['september', 9], ['sep', 9],
    ['sept', 9], ['oktober', 10], ['okt', 10], ['november', 11], ['nov', 11], ['december', 12], ['dec', 12],
  ];
  it.each(months)('knows that %s is month %i', (word, month) => {
    expectDate(`15 ${word} 2030`, 'nl', `2030-${String(month).padStart(2, '0')}-15`);
  });

  it('reads 1-3-2027 as the first of March, never as the third of January', () => {
    expectDate('1-3-2027', 'nl', '2027-03-01');
    expectDate('3-1-2027', 'nl', '2027-01-03');
  });
});

describe('dates typed on the English page', () => {
  const examples: [string, Expected<string>][] = [
    ['2027-03-01', '2027-03-01'],
    ['1/3/2027', '2027-03-01'],
    ['01/03/2027', '2027-03-01'],
    ['01-03-2027', '2027-03-01'],
    ['1 March 2027', '2027-03-01'],
    ['1 march 2027', '2027-03-01'],
    ['1 Mar 2027', '2027-03-01'],
    ['1 Mar. 2027', '2027-03-01'],
    ['March 1, 2027', '2027-03-01'],
    ['March 1 2027', '2027-03-01'],
    ['1st March 2027', '2027-03-01'],
    ['2nd May 2027', '2027-05-02'],
    ['23rd Oct 2027', '2027-10-23'],
    ['4th Sept 2027', '2027-09-04'],
    ['1/3/27', '2027-03-01'],
    ['31/2/2027', problem('no-such-date')],
    ['February 29, 2027', problem('no-such-date')],
    ['1/3/1999', problem('year-out-of-range')],
    ['tomorrow', problem('not-a-date')],
    ['1 Smarch 2027', problem('not-a-date')],
    ['', ''],
  ];
  it.each(examples)('reads %j as %j', (text, expected) => expectDate(text, 'en', expected));

  const months: [string, number][] = [
    ['January', 1], ['Jan', 1], ['February', 2], ['Feb', 2], ['March', 3], ['Mar', 3], ['April', 4], ['Apr', 4], ['May', 5],
    ['June', 6], ['Jun', 6], ['July', 7], ['Jul', 7], ['August', 8], ['Aug', 8], ['September', 9], ['Sep', 9], ['Sept', 9],
    ['October', 10], ['Oct', 10], ['November', 11], ['Nov', 11], ['December', 12], ['Dec', 12],
  ];
  it.each(months)('knows that %s is month %i', (word, month) => {
    expectDate(`15 ${word} 2030`, 'en', `2030-${String(month).padStart(2, '0')}-15`);
  });

  it('reads a date pasted from a Dutch e-mail', () => {
    expectDate('1 maart 2027', 'en', '2027-03-01');
  });
});

describe('how a date is shown', () => {
  it('is written the way people write it by hand in the field', () => {
    expect(formatDateInput('2027-03-01', 'nl')).toBe('1-3-2027');
    expect(formatDateInput('2027-03-01', 'en')).toBe('1/3/2027');
    expect(formatDateInput('2027-12-31', 'nl')).toBe('31-12-2027');
  });

  it('is written in words in reports', () => {
    expect(formatDateLong('2027-03-01', 'nl')).toBe('1 maart 2027');
    expect(formatDateLong('2027-03-01', 'en')).toBe('1 March 2027');
    expect(formatDateLong('2030-10-23', 'nl')).toBe('23 oktober 2030');
    expect(formatDateLong('2030-05-09', 'en')).toBe('9 May 2030');
  });

  it('is empty when there is no date', () => {
    for (const lang of ['nl', 'en'] as const) {
      expect(formatDateInput('', lang)).toBe('');
      expect(formatDateLong('', lang)).toBe('');
    }
  });

  const isoDates = fc
    .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));

  it('reads back as the same date, in the field and in words, in both languages', () => {
    fc.assert(
      fc.property(isoDates, fc.constantFrom<Lang>('nl', 'en'), (iso, lang) => {
        expect(parseDate(formatDateInput(iso, lang), lang)).toEqual({ ok: true, value: iso });
        expect(parseDate(formatDateLong(iso, lang), lang)).toEqual({ ok: true, value: iso });
        expect(parseDate(iso, lang)).toEqual({ ok: true, value: iso });
      }),
      { seed, numRuns },
    );
  });
});

describe('an amount as read in a list or a report', () => {
  it('groups thousands and always shows cents, in the reader’s language', () => {
    expect(formatAmount(1250, 'nl')).toBe('1.250,00');
    expect(formatAmount(1250, 'en')).toBe('1,250.00');
    expect(formatAmount(12.5, 'nl')).toBe('12,50');
    expect(formatAmount(0, 'en')).toBe('0.00');
  });
});
