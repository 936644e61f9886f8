import { describe, expect, it } from 'vitest';
import { createAssessor } from '../../src/domain/assessment/assess';
import { followingSchoolYear, nextSchoolYear } from '../../src/domain/assessment/create';
import { decodeAssessment } from '../../src/domain/assessment/format/decode';
import { encodeAssessment } from '../../src/domain/assessment/format/encode';
import { answer, makeActivity, makeAssessment, testChecklist } from '../fixtures/checklist';

// "Volgend schooljaar": next year's assessment starts from this year's, with every answer to check again.

describe('the school year after another', () => {
  it.each([
    ['2026-2027', '2027-2028'],
    ['2026/2027', '2027/2028'],
    ['2026 - 2027', '2027 - 2028'],
    ['2026–2027', '2027–2028'],
    ['2026-27', '2027-28'],
    ['2099/00', '2100/01'],
    ['2026', '2027'],
    [' 2026-2027 ', '2027-2028'],
  ])('follows %s with %s', (year, next) => {
    expect(followingSchoolYear(year)).toBe(next);
  });

  it.each(['', 'dit jaar', 'schooljaar 2026', '26-27'])('leaves “%s” for the school to fill in', (year) => {
    expect(followingSchoolYear(year)).toBe('');
  });
});

describe('next school year’s assessment', () => {
  const now = new Date('2027-08-20T09:00:00.000Z');
  const trip = makeActivity({
    id: 'trip',
    name: 'Schoolreis',
    kind: 'one-day',
    costPerPupil: 32.5,
    fundedBy: 'contribution',
    notes: 'Met de bus',
    answers: { 'everyone-joins': answer('no', 2, 'Wie niet betaalt blijft op school'), 'cost-known': answer('yes') },
  });
  const last = makeAssessment({
    id: 'year-1',
    profile: { schoolName: 'De Vlinder', schoolType: 'po', schoolYear: '2026-2027', contribution: 45, filledInBy: 'Directie', mrInvolved: 'yes' },
    schoolAnswers: { 'inform-parents': answer('partly', 2, 'Schoolgids') },
    activities: [trip],
    actionGroups: { 'activity:trip': { owner: 'Teamleider', deadline: '2027-03-01' } },
    actions: { 'trip:everyone-joins': { owner: '', deadline: '', state: 'in-progress', stateReason: '' } },
    forParents: { contact: 'de administratie', instalments: 'In twee delen', paysFor: '' },
    merges: [{ at: '2027-01-05T10:00:00.000Z', fileName: 'mr.json', fromId: 'year-1', fromSchoolName: 'De Vlinder', fromUpdatedAt: '2027-01-04T10:00:00.000Z', taken: ['profile:contribution'], kept: 0 }],
  });
  const next = nextSchoolYear(last, { id: 'year-2', now });

  it('knows the assessment it continues, and is a new one of its own', () => {
    expect(next.predecessor).toEqual({ id: 'year-1', schoolYear: '2026-2027' });
    expect(next).toMatchObject({ id: 'year-2', createdAt: now.toISOString(), updatedAt: now.toISOString() });
  });

  it('copies the profile for the next school year, and the school’s words for parents', () => {
    expect(next.profile).toEqual({ ...last.profile, schoolYear: '2027-2028' });
    expect(next.forParents).toEqual(last.forParents);
  });

  it('copies the activities with their costs, payers and notes, and every answer with its note, to check again', () => {
    expect(next.activities).toHaveLength(1);
    const { answers, ...fields } = next.activities[0]!;
    const { answers: lastAnswers, ...lastFields } = trip;
    expect(fields).toEqual(lastFields);
    expect(answers).toEqual({
      'everyone-joins': { ...lastAnswers['everyone-joins']!, recheck: true },
      'cost-known': { ...lastAnswers['cost-known']!, recheck: true },
    });
    expect(next.schoolAnswers).toEqual({ 'inform-parents': { ...last.schoolAnswers['inform-parents']!, recheck: true } });
  });

  it('counts the answers taken over as not answered until confirmed, so the progress starts again', () => {
    const assess = createAssessor(testChecklist);
    expect(assess(last).counts.answered).toBeGreaterThan(0);
    expect(assess(next).counts.answered).toBe(0);
    expect(assess(next).counts.total).toBe(assess(last).counts.total);
  });

  it('copies the actions with their owners, deadlines and state', () => {
    expect(next.actions).toEqual(last.actions);
    expect(next.actionGroups).toEqual(last.actionGroups);
  });

  it('leaves last year’s merge records with last year’s file', () => {
    expect(next.merges).toEqual([]);
  });

  it('changes nothing in last year’s assessment', () => {
    const before = structuredClone(last);
    nextSchoolYear(last, { id: 'year-3', now });
    expect(last).toStrictEqual(before);
  });

  it('exports and imports unchanged', () => {
    const decoded = decodeAssessment(encodeAssessment(next), { currentChecklistVersion: testChecklist.version });
    expect(decoded.ok && decoded.value.assessment).toEqual(next);
  });

  it('leaves the school year empty when it cannot be worked out', () => {
    const odd = nextSchoolYear({ ...last, profile: { ...last.profile, schoolYear: 'dit jaar' } }, { id: 'year-x', now });
    expect(odd.profile.schoolYear).toBe('');
    expect(odd.predecessor).toEqual({ id: 'year-1', schoolYear: 'dit jaar' });
  });
});
