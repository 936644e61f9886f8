import { describe, expect, it } from 'vitest';
import { actionKey } from '../../src/domain/assessment';
import { actionPlan } from '../support/results';
import { answer, answers, makeActivity, makeAssessment, testChecklist } from '../fixtures/checklist';

const trip = makeActivity({ id: 'trip', name: 'Schoolreis', kind: 'one-day', answers: answers({ 'everyone-joins': 'no', 'equal-alternative': 'partly', 'cost-known': 'yes' }) });
const laptop = makeActivity({ id: 'laptop', name: 'Laptop', kind: 'materials-ict', answers: answers({ 'devices-on-loan': 'partly', 'cost-known': 'no' }) });
const assessment = makeAssessment({
  schoolAnswers: answers({ 'inform-parents': 'no', 'mr-approved': 'na', 'no-payer-lists': 'no' }),
  activities: [trip, laptop],
  actions: { 'trip:everyone-joins': { owner: 'Directeur', deadline: '2026-01-31' } },
});
const plan = actionPlan(testChecklist, assessment);

describe('action keys', () => {
  it('are school:<question> for the school-wide part', () => {
    expect(actionKey('school', 'mr-approved')).toBe('school:mr-approved');
  });

  it('are <activity>:<question> for an activity', () => {
    expect(actionKey('trip', 'everyone-joins')).toBe('trip:everyone-joins');
  });
});

describe('the action plan', () => {
  it('turns every "no" and "partly" into an action and nothing else', () => {
    expect(plan.map((a) => a.key).sort()).toEqual([
      'laptop:cost-known', 'laptop:devices-on-loan', 'school:inform-parents', 'school:no-payer-lists', 'trip:equal-alternative', 'trip:everyone-joins',
    ]);
  });

  it('puts critical actions first, then school-wide before activities, then question order', () => {
    expect(plan.map((a) => a.key)).toEqual([
      'school:no-payer-lists', 'trip:everyone-joins', 'laptop:devices-on-loan',
      'school:inform-parents', 'trip:equal-alternative', 'laptop:cost-known',
    ]);
  });

  it('takes owner and deadline from what the school filled in', () => {
    expect(plan.find((a) => a.key === 'trip:everyone-joins')).toMatchObject({ owner: 'Directeur', deadline: '2026-01-31' });
  });

  it('leaves owner and deadline empty when the school has not filled them in', () => {
    expect(plan.find((a) => a.key === 'school:inform-parents')).toMatchObject({ owner: '', deadline: '' });
  });

  it('carries the question, suggested action, principle, answer and the activity name', () => {
    expect(plan.find((a) => a.key === 'trip:equal-alternative')).toEqual({
      key: 'trip:equal-alternative',
      scope: 'trip',
      scopeName: 'Schoolreis',
      questionId: 'equal-alternative',
      principle: 'everyone-takes-part',
      severity: 'improvement',
      answer: 'partly',
      suggestion: { nl: 'Actie voor equal-alternative.', en: 'Action for equal-alternative.' },
      question: { nl: 'Vraag equal-alternative?', en: 'Question equal-alternative?' },
      note: '',
      owner: '',
      deadline: '',
    });
  });

  it('has no activity name for a school-wide action', () => {
    expect(plan.find((a) => a.key === 'school:inform-parents')?.scopeName).toBeNull();
  });

  it('carries the note given with the answer', () => {
    const withNote = makeAssessment({ schoolAnswers: { 'inform-parents': answer('partly', 2, 'Alleen op de website.') } });
    expect(actionPlan(testChecklist, withNote)[0]?.note).toBe('Alleen op de website.');
  });

  it('skips answers to questions removed from the checklist', () => {
    const withRemoved = { ...assessment, schoolAnswers: { ...assessment.schoolAnswers, ...answers({ 'removed-question': 'no' }) } };
    expect(actionPlan(testChecklist, withRemoved).map((a) => a.questionId)).not.toContain('removed-question');
  });

  it('skips answers to questions that do not apply to the school type', () => {
    const po = { ...assessment, profile: { ...assessment.profile, schoolType: 'po' as const } };
    expect(actionPlan(testChecklist, po).map((a) => a.key)).not.toContain('laptop:devices-on-loan');
  });

  it('is empty when nothing is answered "no" or "partly"', () => {
    expect(actionPlan(testChecklist, makeAssessment({ schoolAnswers: answers({ 'inform-parents': 'yes', 'mr-approved': 'na' }) }))).toEqual([]);
  });
});
