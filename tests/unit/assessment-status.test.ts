import { describe, expect, it } from 'vitest';
import { activityQuestionsFor, schoolQuestionsFor, templatesFor } from '../../src/domain/assessment';
import { activityStatus, principleStatuses, schoolWideStatus, statusOfAnswers, summaryCounts } from '../support/results';
import { answers, makeActivity, makeAssessment, testChecklist } from '../fixtures/checklist';

const critical = { id: 'c', severity: 'critical' } as const;
const improvement = { id: 'i', severity: 'improvement' } as const;
const both = [critical, improvement];

describe('which questions apply', () => {
  it('gives a school only the school-wide questions for its type, in checklist order', () => {
    expect(schoolQuestionsFor(testChecklist, 'vo').map((q) => q.id)).toEqual(['inform-parents', 'mr-approved', 'no-payer-lists']);
    expect(schoolQuestionsFor(testChecklist, 'so').map((q) => q.id)).toContain('so-transport');
  });

  it('gives an activity only the questions for its kind and the school type', () => {
    expect(activityQuestionsFor(testChecklist, 'vo', 'one-day').map((q) => q.id)).toEqual(['everyone-joins', 'equal-alternative', 'cost-known']);
    expect(activityQuestionsFor(testChecklist, 'po', 'one-day').map((q) => q.id)).toContain('po-parents-drive');
    expect(activityQuestionsFor(testChecklist, 'po', 'materials-ict').map((q) => q.id)).toEqual(['cost-known']);
  });

  it('offers only the templates for the school type', () => {
    expect(templatesFor(testChecklist, 'vo').map((t) => t.id)).toEqual(['school-trip', 'laptop']);
  });
});

describe('status of a set of answers', () => {
  it('says a critical "no" can exclude pupils, even while other questions are unanswered', () => {
    expect(statusOfAnswers(both, answers({ c: 'no' }))).toBe('excludes');
  });

  it('calls a critical "partly" a point of attention, not exclusion', () => {
    expect(statusOfAnswers(both, answers({ c: 'partly', i: 'yes' }))).toBe('attention');
  });

  it('calls an improvement "no" a point of attention', () => {
    expect(statusOfAnswers(both, answers({ c: 'yes', i: 'no' }))).toBe('attention');
  });

  it('calls an improvement "partly" a point of attention', () => {
    expect(statusOfAnswers(both, answers({ c: 'yes', i: 'partly' }))).toBe('attention');
  });

  it('is incomplete while a question is unanswered and nothing excludes', () => {
    expect(statusOfAnswers(both, answers({ c: 'yes' }))).toBe('incomplete');
  });

  it('is incomplete rather than attention while a question is unanswered', () => {
    expect(statusOfAnswers(both, answers({ i: 'no' }))).toBe('incomplete');
  });

  it('is open when everything is "yes"', () => {
    expect(statusOfAnswers(both, answers({ c: 'yes', i: 'yes' }))).toBe('open');
  });

  it('is open when everything is "not applicable"', () => {
    expect(statusOfAnswers(both, answers({ c: 'na', i: 'na' }))).toBe('open');
  });

  it('is open when there are no questions at all', () => {
    expect(statusOfAnswers([], {})).toBe('open');
  });

  it('ignores answers to questions that are not asked', () => {
    expect(statusOfAnswers([improvement], answers({ i: 'yes', other: 'no' }))).toBe('open');
  });

  it('does not mistake an inherited property for an answer', () => {
    expect(statusOfAnswers([{ id: 'constructor', severity: 'improvement' }], {})).toBe('incomplete');
  });
});

describe('status of the parts of an assessment', () => {
  it('rates an activity over the questions of its kind only', () => {
    const laptop = makeActivity({ id: 'laptop', kind: 'materials-ict', answers: answers({ 'cost-known': 'yes', 'devices-on-loan': 'yes', 'everyone-joins': 'no' }) });
    expect(activityStatus(testChecklist, makeAssessment({ activities: [laptop] }), laptop)).toBe('open');
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

  it('shows a critical "no" on a school-wide question as excluding', () => {
    expect(byPrinciple['mr-consent']).toEqual({ principle: 'mr-consent', status: 'excludes', answered: 1, total: 1 });
  });

  it('rates a principle over all its questions on an activity', () => {
    expect(byPrinciple['everyone-takes-part']).toEqual({ principle: 'everyone-takes-part', status: 'attention', answered: 2, total: 2 });
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
    expect(counts.activities).toEqual({ open: 2, attention: 1, excludes: 1, incomplete: 0 });
  });

  it('counts answered and total questions over the school-wide part and every activity', () => {
    expect({ answered: counts.answered, total: counts.total }).toEqual({ answered: 8, total: 3 + 3 + 3 + 2 });
  });

  it('counts actions by severity', () => {
    expect(counts.actions).toEqual({ critical: 1, improvement: 2 });
  });
});

