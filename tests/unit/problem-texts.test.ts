import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyEdit, decodeAssessment, MAX_ACTIVITIES, type Edit } from '../../src/domain/assessment';
import type { Lang } from '../../src/domain';
import { makeTranslator } from '../../src/islands/self-assessment/data';
import { describeProblem } from '../../src/islands/self-assessment/views/problems';
import { dictionaries } from '../../src/lib/i18n';
import { makeActivity, makeAssessment, testChecklist } from '../fixtures/checklist';

// The island ships no zod locale: every problem an opened file can have is translated from its code.
const fixture = (): any => JSON.parse(readFileSync(new URL('../fixtures/assessments/v1-vo-school.json', import.meta.url), 'utf8'));

const broken: [string, (data: any) => void, Record<Lang, string>][] = [
  ['a name of the wrong type', (d) => (d.profile.schoolName = 5), { nl: 'Hier hoort tekst te staan.', en: 'Text belongs here.' }],
  ['a name that is too long', (d) => (d.profile.schoolName = 'x'.repeat(501)), { nl: 'Te lang: hooguit 500 tekens.', en: 'Too long: at most 500 characters.' }],
  ['an empty activity name', (d) => (d.activities[0].name = ''), { nl: 'Mag niet leeg zijn.', en: 'Must not be empty.' }],
  ['a negative cost', (d) => (d.activities[0].costPerPupil = -1), { nl: 'Te klein: minstens 0.', en: 'Too small: at least 0.' }],
  ['a cost too high', (d) => (d.activities[0].costPerPupil = 100_001), { nl: 'Te groot: hooguit 100000.', en: 'Too large: at most 100000.' }],
  ['an unknown answer', (d) => (d.schoolAnswers[Object.keys(d.schoolAnswers)[0]!].value = 'maybe'), { nl: 'Kies een van: yes, partly, no, na.', en: 'Choose one of: yes, partly, no, na.' }],
  ['an unknown field', (d) => (d.profile.password = 'x'), { nl: 'Onbekend veld: password.', en: 'Unknown field: password.' }],
  ['a bad date', (d) => (d.createdAt = 'yesterday'), { nl: 'Geen geldig tijdstip.', en: 'Not a valid date and time.' }],
  ['a bad id', (d) => (d.activities[0].id = 'a b'), { nl: 'Bevat tekens die hier niet mogen.', en: 'Contains characters that are not allowed here.' }],
  ['activities not a list', (d) => (d.activities = {}), { nl: 'Hier hoort een lijst te staan.', en: 'A list belongs here.' }],
  ['a fractional version', (d) => (d.checklistVersion = 1.5), { nl: 'Hier hoort een heel getal te staan.', en: 'A whole number belongs here.' }],
];

describe('problems of an opened file, in the page language', () => {
  for (const [what, breakIt, expected] of broken) {
    for (const lang of ['nl', 'en'] as const) {
      it(`${what} (${lang})`, () => {
        const data = fixture();
        breakIt(data);
        const result = decodeAssessment(JSON.stringify(data), { currentChecklistVersion: 1 });
        expect(result.ok).toBe(false);
        const t = makeTranslator(lang, dictionaries[lang]);
        const texts = result.ok ? [] : result.issues.map((problem) => describeProblem(problem, t));
        expect(texts).toHaveLength(1);
        expect(texts[0]).toContain(expected[lang]);
      });
    }
  }

  it('falls back from a specific code to a general one, then to the message', () => {
    const t = makeTranslator('nl', dictionaries.nl);
    expect(describeProblem({ file: 'f', field: 'x', message: 'm', code: 'schema-too_big-date', params: {} }, t)).toBe('In “x”: Deze waarde is niet geldig.');
    expect(describeProblem({ file: 'f', field: '', message: 'plain message' }, t)).toBe('plain message');
  });
});

describe('problems of a file the page could not open, in the page language', () => {
  // Set by the state, not by the file check: the check may be what could not load.
  const cases: [string, string, Record<Lang, string>][] = [
    ['the file check could not load', 'file-check-failed', { nl: 'kies het bestand opnieuw', en: 'choose the file again' }],
    ['the file could not be read', 'not-readable', { nl: 'Kies het opnieuw.', en: 'Choose it again.' }],
    ['the file is too large', 'too-large', { nl: 'groter dan 10 MB', en: 'larger than 10 MB' }],
  ];
  for (const [what, code, expected] of cases) {
    for (const lang of ['nl', 'en'] as const) {
      it(`${what} (${lang})`, () => {
        const t = makeTranslator(lang, dictionaries[lang]);
        const text = describeProblem({ file: 'school.json', field: '', message: 'english fallback', code }, t);
        expect(text).not.toBe('english fallback');
        expect(text).toContain(expected[lang]);
      });
    }
  }
});

describe('why an activity could not be added or changed, in the page language', () => {
  const ctx = { checklist: testChecklist, now: new Date('2026-01-01T00:00:00Z') };
  const full = makeAssessment({ activities: Array.from({ length: MAX_ACTIVITIES }, (_, i) => makeActivity({ id: `a${i}`, kind: 'one-day' })) });
  const refusals: [string, () => ReturnType<typeof applyEdit>][] = [
    ['no name', () => applyEdit(makeAssessment(), { type: 'add-activity', id: 'new', activity: { name: ' ', kind: 'one-day' } }, ctx)],
    ['a name too long', () => applyEdit(makeAssessment(), { type: 'add-activity', id: 'new', activity: { name: 'x'.repeat(501), kind: 'one-day' } }, ctx)],
    ['too many activities', () => applyEdit(full, { type: 'add-activity', id: 'new', activity: { name: 'Nog een', kind: 'one-day' } }, ctx)],
    ['an activity removed meanwhile', () => applyEdit(makeAssessment(), { type: 'update-activity', id: 'gone', patch: { name: 'X' } } satisfies Edit, ctx)],
  ];
  for (const [what, refuse] of refusals) {
    for (const lang of ['nl', 'en'] as const) {
      it(`${what} (${lang})`, () => {
        const result = refuse();
        if (result.ok) throw new Error('the edit should be refused');
        const problem = result.issues[0]!;
        const key = `sa.edit.${problem.code}`;
        const text = makeTranslator(lang, dictionaries[lang])(key, problem.params);
        expect(text).not.toBe(key);
        expect(text).not.toMatch(/[{}]/);
      });
    }
  }
});
