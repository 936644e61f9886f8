import { describe, expect, it } from 'vitest';
import { activityQuestionsFor, schoolQuestionsFor, templatesFor } from '../../src/domain/assessment';
import { activityStatus, principleStatuses, schoolWideStatus, statusOfAnswers, summaryCounts } from '../support/results';
import { answers, makeActivity, makeAssessment, testChecklist } from '../fixtures/checklist';
import type { Activity } from '../../src/domain/assessment/format/schema';

const exclusion = { id: 'x', concern: 'exclusion' } as const;
const barrier = { id: 'b', concern: 'cost-barrier' } as const;
const information = { id: 'i', concern: 'information' } as const;
const all = [exclusion, barrier, information];

describe('which questions apply', () => {
  it('gives a school only the school-wide questions for its type, in checklist order', () => {
    expect(schoolQuestionsFor(testChecklist, 'vo').map((q) => q.id)).toEqual(['inform-parents', 'mr-approved', 'no-payer-lists']);
    expect(schoolQuestionsFor(testChecklist, 'so').map((q) => q.id)).toContain('so-transport');
  });

  it('asks nothing before the school type is chosen', () => {
    expect(schoolQuestionsFor(testChecklist, null)).toEqual([]);
    expect(activityQuestionsFor(testChecklist, null, makeActivity({ id: 'a', kind: 'one-day' }))).toEqual([]);
    expect(templatesFor(testChecklist, null)).toEqual([]);
  });

  it('gives an activity only the questions for its kind and the school type', () => {
    const ids = (type: 'po' | 'vo', kind: 'one-day' | 'materials-ict') => activityQuestionsFor(testChecklist, type, makeActivity({ id: 'a', kind })).map((q) => q.id);
    expect(ids('vo', 'one-day')).toEqual(['everyone-joins', 'equal-alternative', 'cost-known']);
    expect(ids('po', 'one-day')).toContain('po-parents-drive');
    expect(ids('po', 'materials-ict')).toEqual(['cost-known']);
  });

  it('asks a question limited to a trait only of an activity with that trait', () => {
    const ids = (traits: Activity['traits']) => activityQuestionsFor(testChecklist, 'vo', makeActivity({ id: 'a', kind: 'multi-day', traits })).map((q) => q.id);
    expect(ids([])).not.toContain('gear-lent');
    expect(ids(['overnight'])).not.toContain('gear-lent');
    expect(ids(['overnight', 'gear'])).toContain('gear-lent');
  });

  it('asks about a separate charge only when parents are asked one, as "who pays" says', () => {
    const ids = (fundedBy: Activity['fundedBy']) => activityQuestionsFor(testChecklist, 'vo', makeActivity({ id: 'a', kind: 'one-day', fundedBy })).map((q) => q.id);
    expect(ids('separate-charge')).toContain('letter-voluntary');
    expect(ids('contribution')).not.toContain('letter-voluntary');
  });

  it('asks about payment only when parents pay something, or nobody has said who pays yet', () => {
    const ids = (fundedBy: Activity['fundedBy']) => activityQuestionsFor(testChecklist, 'vo', makeActivity({ id: 'a', kind: 'one-day', fundedBy })).map((q) => q.id);
    for (const paying of ['contribution', 'separate-charge', 'parents-purchase', 'other', null] as const) expect(ids(paying)).toContain('payment-unseen');
    for (const free of ['school', 'fund'] as const) expect(ids(free)).not.toContain('payment-unseen');
  });

  it('asks nothing about an optional activity the school dropped', () => {
    const dropped = makeActivity({ id: 'a', kind: 'multi-day', optional: true, optionalDecision: 'drop' });
    expect(activityQuestionsFor(testChecklist, 'vo', dropped)).toEqual([]);
    expect(activityQuestionsFor(testChecklist, 'vo', { ...dropped, optional: false })).not.toEqual([]);
  });

  it('offers only the templates for the school type', () => {
    expect(templatesFor(testChecklist, 'vo').map((t) => t.id)).toEqual(['school-trip', 'laptop']);
  });
});

describe('status of a set of answers', () => {
  it('says a pupil can be excluded on a "no" to an exclusion question, even while other questions are unanswered', () => {
    expect(statusOfAnswers(all, answers({ x: 'no' }))).toBe('excludes');
  });

  it('says so on a "partly" to an exclusion question too, as its action does', () => {
    expect(statusOfAnswers(all, answers({ x: 'partly', b: 'yes', i: 'yes' }))).toBe('excludes');
  });

  it('calls a "no" or "partly" on a cost question a cost barrier', () => {
    expect(statusOfAnswers(all, answers({ x: 'yes', b: 'no', i: 'yes' }))).toBe('cost-barrier');
    expect(statusOfAnswers(all, answers({ x: 'yes', b: 'partly', i: 'no' }))).toBe('cost-barrier');
  });

  it('calls a "no" or "partly" on an information question missing information', () => {
    expect(statusOfAnswers(all, answers({ x: 'yes', b: 'yes', i: 'partly' }))).toBe('information');
  });

  it('is incomplete while a question is unanswered and nothing excludes', () => {
    expect(statusOfAnswers(all, answers({ x: 'yes', b: 'no' }))).toBe('incomplete');
  });

  it('counts a taken-over answer as unanswered until it is confirmed', () => {
    const taken = { ...answers({ x: 'no', b: 'yes', i: 'yes' }) };
    taken.x = { ...taken.x!, recheck: true };
    expect(statusOfAnswers(all, taken)).toBe('incomplete');
  });

  it('is open when everything is "yes" or "not applicable"', () => {
    expect(statusOfAnswers(all, answers({ x: 'yes', b: 'na', i: 'yes' }))).toBe('open');
  });

  it('is open when there are no questions at all', () => {
    expect(statusOfAnswers([], {})).toBe('open');
  });

  it('ignores answers to questions that are not asked', () => {
    expect(statusOfAnswers([information], answers({ i: 'yes', other: 'no' }))).toBe('open');
  });

  it('does not mistake an inherited property for an answer', () => {
    expect(statusOfAnswers([{ id: 'constructor', concern: 'information' }], {})).toBe('incomplete');
  });
});

describe('status of the parts of an assessment', () => {
  it('rates an activity over the questions of its kind only', () => {
    const laptop = makeActivity({ id: 'laptop', kind: 'materials-ict', answers: answers({ 'cost-known': 'yes', 'devices-on-loan': 'yes', 'everyone-joins': 'no' }) });
    expect(activityStatus(testChecklist, makeAssessment({ activities: [laptop] }), laptop)).toBe('open');
  });

  it('waits for the decision on an optional activity, and drops it from the results once dropped', () => {
    const trip = makeActivity({ id: 'ski', kind: 'one-day', optional: true, answers: answers({ 'everyone-joins': 'yes', 'equal-alternative': 'yes', 'cost-known': 'yes' }) });
    const status = (activity: Activity) => activityStatus(testChecklist, makeAssessment({ activities: [activity] }), activity);
    expect(status(trip)).toBe('incomplete');
    expect(status({ ...trip, optionalDecision: 'free-for-all' })).toBe('open');
    expect(status({ ...trip, optionalDecision: 'drop' })).toBe('dropped');
  });

  it('rates the school-wide part over the school-wide questions for the school type', () => {
    const assessment = makeAssessment({ schoolAnswers: answers({ 'inform-parents': 'yes', 'mr-approved': 'yes', 'no-payer-lists': 'na' }) });
    expect(schoolWideStatus(testChecklist, assessment)).toBe('open');
    expect(schoolWideStatus(testChecklist, { ...assessment, profile: { ...assessment.profile, schoolType: 'so' } })).toBe('incomplete');
  });
});

describe('status per principle', () => {
  const trip = makeActivity({ id: 'trip', kind: 'one-day', answers: answers({ 'everyone-joins': 'yes', 'equal-alternative': 'partly' }) });
  const assessment = makeAssessment({
    schoolAnswers: answers({ 'inform-parents': 'yes', 'mr-approved': 'no', 'no-payer-lists': 'yes' }),
    activities: [trip],
  });
  const byPrinciple = Object.fromEntries(principleStatuses(testChecklist, assessment).map((p) => [p.principle, p]));

  it('lists every principle of the checklist in order of first appearance', () => {
    expect(principleStatuses(testChecklist, assessment).map((p) => p.principle)).toEqual([
      'voluntary', 'mr-consent', 'no-singling-out', 'transport', 'everyone-takes-part', 'materials',
    ]);
  });

  it('combines school-wide and activity questions of a principle', () => {
    // inform-parents (yes) plus cost-known on the trip (unanswered).
    expect(byPrinciple.voluntary).toEqual({ principle: 'voluntary', status: 'incomplete', answered: 1, total: 2 });
  });

  it('shows a "no" on a school-wide exclusion question as excluding', () => {
    expect(byPrinciple['mr-consent']).toEqual({ principle: 'mr-consent', status: 'excludes', answered: 1, total: 1 });
  });

  it('rates a principle over all its questions on an activity', () => {
    expect(byPrinciple['everyone-takes-part']).toEqual({ principle: 'everyone-takes-part', status: 'information', answered: 2, total: 2 });
  });

  it('marks a principle as not assessed when none of its questions applies to this school type', () => {
    expect(byPrinciple.transport).toEqual({ principle: 'transport', status: 'not-assessed', answered: 0, total: 0 });
  });

  it('marks a principle as not assessed when there is no activity of a kind that asks about it', () => {
    expect(byPrinciple.materials?.status).toBe('not-assessed');
  });

  it('counts a question once per activity that asks it', () => {
    const twoTrips = { ...assessment, activities: [trip, { ...trip, id: 'trip-2', answers: {} }] };
    const everyone = principleStatuses(testChecklist, twoTrips).find((p) => p.principle === 'everyone-takes-part');
    expect(everyone).toEqual({ principle: 'everyone-takes-part', status: 'incomplete', answered: 2, total: 4 });
  });
});

describe('summary counts', () => {
  const assessment = makeAssessment({
    schoolAnswers: answers({ 'inform-parents': 'partly', 'mr-approved': 'yes' }),
    activities: [
      makeActivity({ id: 'a', kind: 'one-day', answers: answers({ 'everyone-joins': 'no' }) }),
      makeActivity({ id: 'b', kind: 'one-day', answers: answers({ 'everyone-joins': 'yes', 'equal-alternative': 'yes', 'cost-known': 'na' }) }),
      makeActivity({ id: 'c', kind: 'celebration', answers: answers({ 'everyone-joins': 'yes', 'cost-known': 'partly' }) }),
      makeActivity({ id: 'd', kind: 'facilities' }),
    ],
  });
  const counts = summaryCounts(testChecklist, assessment);

  it('counts activities per status', () => {
    // d has no questions for its kind, so it counts as open.
    expect(counts.activities).toEqual({ open: 2, information: 1, excludes: 1, incomplete: 0, 'cost-barrier': 0, dropped: 0 });
  });

  it('counts answered and total questions over the school-wide part and every activity', () => {
    expect({ answered: counts.answered, total: counts.total }).toEqual({ answered: 8, total: 3 + 3 + 3 + 2 });
  });

  it('counts actions by concern', () => {
    expect(counts.actions).toEqual({ exclusion: 1, 'cost-barrier': 0, information: 2 });
  });
});

