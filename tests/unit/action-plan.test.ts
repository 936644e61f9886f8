import { describe, expect, it } from 'vitest';
import { actionKey, groupKey } from '../../src/domain/assessment';
import { createAssessor } from '../../src/domain/assessment/assess';
import { actionPlan } from '../support/results';
import { answer, answers, makeActivity, makeAssessment, testChecklist } from '../fixtures/checklist';

const trip = makeActivity({ id: 'trip', name: 'Schoolreis', kind: 'one-day', answers: answers({ 'everyone-joins': 'no', 'equal-alternative': 'partly', 'cost-known': 'yes' }) });
const laptop = makeActivity({ id: 'laptop', name: 'Laptop', kind: 'materials-ict', answers: answers({ 'devices-on-loan': 'partly', 'cost-known': 'no' }) });
const assessment = makeAssessment({
  schoolAnswers: answers({ 'inform-parents': 'no', 'mr-approved': 'na', 'no-payer-lists': 'no' }),
  activities: [trip, laptop],
  actionGroups: { 'activity:laptop': { owner: 'ICT-coördinator', deadline: '2026-03-01' } },
  actions: { 'trip:everyone-joins': { owner: 'Directeur', deadline: '2026-01-31', state: 'not-started' as const, stateReason: '' }, 'laptop:cost-known': { owner: '', deadline: '2026-02-01', state: 'not-started' as const, stateReason: '' } },
});
const plan = actionPlan(testChecklist, assessment);
const groups = createAssessor(testChecklist)(assessment).groups;

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

  it('groups actions per activity and per school-wide topic, groups with an exclusion (the law) first', () => {
    expect(groups.map((g) => [g.key, g.concern, g.actions.map((a) => a.questionId)])).toEqual([
      ['topic:privacy-stigma', 'exclusion', ['no-payer-lists']],
      ['activity:trip', 'exclusion', ['everyone-joins', 'equal-alternative']],
      ['activity:laptop', 'exclusion', ['devices-on-loan', 'cost-known']],
      ['topic:information', 'information', ['inform-parents']],
    ]);
  });

  it('lists the actions in the order of their groups', () => {
    expect(plan.map((a) => a.key)).toEqual(groups.flatMap((g) => g.actions.map((a) => a.key)));
  });

  it('names a group after its activity, or gives its topic', () => {
    expect(groups.map((g) => [g.name, g.topic])).toEqual([[null, 'privacy-stigma'], ['Schoolreis', null], ['Laptop', null], [null, 'information']]);
  });

  it('gives every action its group\'s owner and deadline unless it has its own', () => {
    expect(plan.find((a) => a.key === 'laptop:devices-on-loan')).toMatchObject({ owner: 'ICT-coördinator', deadline: '2026-03-01', ownOwner: '', ownDeadline: '' });
    expect(plan.find((a) => a.key === 'laptop:cost-known')).toMatchObject({ owner: 'ICT-coördinator', deadline: '2026-02-01', ownDeadline: '2026-02-01' });
    expect(groups.find((g) => g.key === 'activity:laptop')).toMatchObject({ owner: 'ICT-coördinator', deadline: '2026-03-01' });
  });

  it('takes owner and deadline from what the school filled in', () => {
    expect(plan.find((a) => a.key === 'trip:everyone-joins')).toMatchObject({ owner: 'Directeur', deadline: '2026-01-31' });
  });

  it('keys groups as the file stores them', () => {
    expect(groupKey('school', 'information')).toBe('topic:information');
    expect(groupKey('trip', null)).toBe('activity:trip');
  });

  it('leaves out an action whose answer was taken over and not yet confirmed', () => {
    const taken = { ...trip, answers: { ...trip.answers, 'everyone-joins': { ...trip.answers['everyone-joins']!, recheck: true } } };
    expect(actionPlan(testChecklist, { ...assessment, activities: [taken, laptop] }).map((a) => a.key)).not.toContain('trip:everyone-joins');
  });

  it('leaves owner and deadline empty when the school has not filled them in', () => {
    expect(plan.find((a) => a.key === 'school:inform-parents')).toMatchObject({ owner: '', deadline: '' });
  });

  it('carries the question, suggested action, principle, answer and the activity name', () => {
    expect(plan.find((a) => a.key === 'trip:equal-alternative')).toEqual({
      key: 'trip:equal-alternative',
      group: 'activity:trip',
      scope: 'trip',
      scopeName: 'Schoolreis',
      questionId: 'equal-alternative',
      principle: 'everyone-takes-part',
      concern: 'information',
      answer: 'partly',
      suggestion: { nl: 'Actie voor equal-alternative.', en: 'Action for equal-alternative.' },
      question: { nl: 'Vraag equal-alternative?', en: 'Question equal-alternative?' },
      note: '',
      owner: '',
      deadline: '',
      ownOwner: '',
      ownDeadline: '',
      state: 'not-started',
      stateReason: '',
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
