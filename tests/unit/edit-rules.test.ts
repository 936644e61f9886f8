import { describe, expect, it } from 'vitest';
import { createAssessor } from '../../src/domain/assessment/assess';
import { applyEdit, type ActivityPatch, type Edit } from '../../src/domain/assessment/edit';
import type { Activity, Assessment, Profile } from '../../src/domain/assessment/format/schema';
import type { Problem } from '../../src/domain/result';
import { answer, answers, makeActivity, makeAssessment, testChecklist } from '../fixtures/checklist';

// The edit rules one by one: what a person may change, and what is refused with which reason. The model
// test (edit-model.property.test.ts) drives long random sequences; these name the cases a reader checks.

const now = new Date('2026-03-04T05:06:07.000Z');
const ctx = { checklist: testChecklist, now };

/** Applies an edit that must be accepted; the assessment handed in must not be changed in place. */
function accept(assessment: Assessment, edit: Edit): Assessment {
  const before = structuredClone(assessment);
  const result = applyEdit(assessment, edit, ctx);
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.issues)}`);
  expect(assessment).toStrictEqual(before);
  expect(result.value.updatedAt).toBe(now.toISOString());
  return result.value;
}

/** Applies an edit that must be refused; returns the reasons. The assessment stays as it was. */
function refuse(assessment: Assessment, edit: Edit): Problem[] {
  const before = structuredClone(assessment);
  const result = applyEdit(assessment, edit, ctx);
  if (result.ok) throw new Error(`accepted: ${JSON.stringify(edit).slice(0, 200)}`);
  expect(result.issues.length).toBeGreaterThan(0);
  expect(assessment).toStrictEqual(before);
  return result.issues;
}

const codes = (issues: Problem[]) => issues.map((issue) => issue.code);
/** `n` characters as a person counts them, each an emoji of two UTF-16 units. */
const emoji = (n: number) => '😀'.repeat(n);

const trip = makeActivity({ id: 'trip', name: 'Schoolreis', kind: 'one-day', answers: answers({ 'everyone-joins': 'no' }) });
const laptop = makeActivity({ id: 'laptop', name: 'Laptop', kind: 'materials-ict', notes: 'Bruikleen' });
const base = makeAssessment({
  activities: [trip, laptop],
  schoolAnswers: { 'inform-parents': answer('partly', 2, 'In de schoolgids') },
  actions: { 'trip:everyone-joins': { owner: 'Directeur', deadline: '2026-06-30', state: 'not-started' as const, stateReason: '' } },
});

describe('every accepted edit', () => {
  it('stamps the time of the edit as the moment it was last changed', () => {
    const next = accept(base, { type: 'profile', patch: { schoolName: 'De Linde' } });
    expect(next.updatedAt).toBe('2026-03-04T05:06:07.000Z');
    expect(next.createdAt).toBe(base.createdAt);
  });

  it('brings the assessment up to the current checklist once nothing new is left to answer', () => {
    // Version 1 → 2 added `no-payer-lists` (school-wide) and revised `equal-alternative` (one-day trips).
    const old = makeAssessment({ checklistVersion: 1, activities: [] });
    const first = accept(old, { type: 'answer', scope: 'school', questionId: 'inform-parents', value: 'yes' });
    expect(first.checklistVersion).toBe(1);
    const second = accept(first, { type: 'answer', scope: 'school', questionId: 'no-payer-lists', value: 'yes' });
    expect(second.checklistVersion).toBe(testChecklist.version);
  });
});

describe('school details', () => {
  it('are changed field by field, leaving the other fields as they were', () => {
    const next = accept(base, { type: 'profile', patch: { schoolName: 'De Linde', schoolYear: '2026-2027' } });
    expect(next.profile).toEqual({ ...base.profile, schoolName: 'De Linde', schoolYear: '2026-2027' });
  });

  it.each([0, 12.5, 100_000, null])('accept a contribution of %s', (contribution) => {
    expect(accept(base, { type: 'profile', patch: { contribution } }).profile.contribution).toBe(contribution);
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 100_000.01])('refuse a contribution of %s', (contribution) => {
    expect(refuse(base, { type: 'profile', patch: { contribution } })).toEqual([
      expect.objectContaining({ field: 'profile.contribution', code: 'amount' }),
    ]);
  });

  it('refuse a school type or MR involvement the page does not offer', () => {
    expect(codes(refuse(base, { type: 'profile', patch: { schoolType: 'mbo' as Profile['schoolType'] } }))).toEqual(['choice']);
    expect(codes(refuse(base, { type: 'profile', patch: { mrInvolved: 'maybe' as Profile['mrInvolved'] } }))).toEqual(['choice']);
  });

  it('count characters as a person does, so 500 emoji fit and 501 letters do not', () => {
    expect(accept(base, { type: 'profile', patch: { schoolName: emoji(500) } }).profile.schoolName).toBe(emoji(500));
    expect(refuse(base, { type: 'profile', patch: { filledInBy: 'a'.repeat(501) } })).toEqual([
      expect.objectContaining({ field: 'profile.filledInBy', code: 'too-long', params: { maximum: 500 } }),
    ]);
  });

  it('are refused as a whole when one of the fields is wrong', () => {
    refuse(base, { type: 'profile', patch: { schoolName: 'De Linde', contribution: -5 } });
  });

  it('never take on a field the file does not know', () => {
    const next = accept(base, { type: 'profile', patch: { schoolName: 'X', secret: 1 } as Partial<Profile> });
    expect(Object.keys(next.profile).sort()).toEqual(Object.keys(base.profile).sort());
  });
});

describe('answers', () => {
  it('are given against the current checklist and keep the note already written', () => {
    const next = accept(base, { type: 'answer', scope: 'school', questionId: 'inform-parents', value: 'yes' });
    expect(next.schoolAnswers['inform-parents']).toEqual({ value: 'yes', note: 'In de schoolgids', checklistVersion: testChecklist.version, recheck: false });
  });

  it('to an activity land on that activity only', () => {
    const next = accept(base, { type: 'answer', scope: 'laptop', questionId: 'cost-known', value: 'na' });
    expect(next.activities[1]!.answers).toEqual({ 'cost-known': { value: 'na', note: '', checklistVersion: testChecklist.version, recheck: false } });
    expect(next.activities[0]).toBe(base.activities[0]);
    expect(next.schoolAnswers).toBe(base.schoolAnswers);
  });

  it('to an activity that is not there are refused', () => {
    expect(codes(refuse(base, { type: 'answer', scope: 'gone', questionId: 'cost-known', value: 'yes' }))).toEqual(['no-such-activity']);
  });

  it.each(['', 'has space', 'a:b', 'x'.repeat(65)])('are refused for the question id %j', (questionId) => {
    expect(codes(refuse(base, { type: 'answer', scope: 'school', questionId, value: 'yes' }))).toEqual(['id']);
  });

  it('are refused when the value is not yes, partly, no or n/a', () => {
    expect(codes(refuse(base, { type: 'answer', scope: 'school', questionId: 'mr-approved', value: 'maybe' as 'yes' }))).toEqual(['choice']);
  });
});

describe('notes on answers', () => {
  it('are kept with the answer', () => {
    const next = accept(base, { type: 'note', scope: 'trip', questionId: 'everyone-joins', note: 'Niet iedereen kan mee' });
    expect(next.activities[0]!.answers['everyone-joins']).toEqual({ ...trip.answers['everyone-joins'], note: 'Niet iedereen kan mee' });
  });

  it('may be 10,000 characters long, counted as a person counts them', () => {
    const next = accept(base, { type: 'note', scope: 'school', questionId: 'inform-parents', note: emoji(10_000) });
    expect(next.schoolAnswers['inform-parents']!.note).toBe(emoji(10_000));
  });

  it('are refused past 10,000 characters', () => {
    expect(refuse(base, { type: 'note', scope: 'school', questionId: 'inform-parents', note: 'a'.repeat(10_001) })).toEqual([
      expect.objectContaining({ code: 'too-long', params: { maximum: 10_000 } }),
    ]);
  });

  it('are refused on a question that is not answered yet, or an activity that is not there', () => {
    expect(codes(refuse(base, { type: 'note', scope: 'school', questionId: 'mr-approved', note: 'x' }))).toEqual(['not-answered']);
    expect(codes(refuse(base, { type: 'note', scope: 'gone', questionId: 'everyone-joins', note: 'x' }))).toEqual(['no-such-activity']);
  });
});

describe('adding an activity', () => {
  it('puts it last, with empty answers and the defaults for what was not given', () => {
    const next = accept(base, { type: 'add-activity', id: 'camp', activity: { name: 'Kamp', kind: 'multi-day' } });
    expect(next.activities.map((a) => a.id)).toEqual(['trip', 'laptop', 'camp']);
    expect(next.activities[2]).toEqual({
      id: 'camp', templateId: null, name: 'Kamp', kind: 'multi-day', traits: [], yearGroup: '', costPerPupil: null, fundedBy: null,
      optional: false, optionalDecision: null, notes: '', answers: {},
    });
  });

  it('keeps the template, cost, payer and notes it was given', () => {
    const activity = { name: 'Schoolreis', kind: 'one-day', templateId: 'school-trip', costPerPupil: 30, fundedBy: 'school', notes: 'Naar het bos' } as const;
    expect(accept(base, { type: 'add-activity', id: 'new', activity }).activities[2]).toMatchObject(activity);
  });

  it.each(['', ' ', '   ', '\t\n', '\u00a0\u3000'])('refuses the blank name %j', (name) => {
    expect(refuse(base, { type: 'add-activity', id: 'new', activity: { name, kind: 'one-day' } })).toEqual([
      expect.objectContaining({ field: 'name', code: 'name-missing' }),
    ]);
  });

  it('refuses a name longer than 500 characters', () => {
    expect(codes(refuse(base, { type: 'add-activity', id: 'new', activity: { name: 'a'.repeat(501), kind: 'one-day' } }))).toEqual(['too-long']);
  });

  it('refuses notes longer than 10,000 characters', () => {
    expect(codes(refuse(base, { type: 'add-activity', id: 'new', activity: { name: 'Kamp', kind: 'one-day', notes: 'a'.repeat(10_001) } }))).toEqual(['too-long']);
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY, 100_000.01])('refuses a cost per pupil of %s', (costPerPupil) => {
    expect(refuse(base, { type: 'add-activity', id: 'new', activity: { name: 'Kamp', kind: 'one-day', costPerPupil } })).toEqual([
      expect.objectContaining({ field: 'costPerPupil', code: 'amount' }),
    ]);
  });

  it('refuses a kind or payer the page does not offer', () => {
    expect(codes(refuse(base, { type: 'add-activity', id: 'new', activity: { name: 'Kamp', kind: 'party' as Activity['kind'] } }))).toEqual(['choice']);
    expect(codes(refuse(base, { type: 'add-activity', id: 'new', activity: { name: 'Kamp', kind: 'one-day', fundedBy: 'parents' as Activity['fundedBy'] } }))).toEqual(['choice']);
  });

  it('refuses an id that is taken, reserved for the school-wide part or not an id', () => {
    const add = (id: string) => codes(refuse(base, { type: 'add-activity', id, activity: { name: 'Kamp', kind: 'one-day' } }));
    expect(add('trip')).toEqual(['id-taken']);
    expect(add('school')).toEqual(['id']);
    expect(add('has space')).toEqual(['id']);
    expect(add('')).toEqual(['id']);
  });

  it('refuses a template id that is not an id', () => {
    expect(codes(refuse(base, { type: 'add-activity', id: 'new', activity: { name: 'Kamp', kind: 'one-day', templateId: 'no such' } }))).toEqual(['id']);
  });

  it('is refused for the 1001st activity', () => {
    const full = makeAssessment({ activities: Array.from({ length: 1000 }, (_, i) => makeActivity({ id: `a${i}`, kind: 'facilities' })) });
    const last = accept(makeAssessment({ activities: full.activities.slice(1) }), { type: 'add-activity', id: 'new', activity: { name: 'Kamp', kind: 'one-day' } });
    expect(last.activities).toHaveLength(1000);
    expect(refuse(full, { type: 'add-activity', id: 'new', activity: { name: 'Kamp', kind: 'one-day' } })).toEqual([
      expect.objectContaining({ code: 'too-many-activities', params: { maximum: 1000 } }),
    ]);
  });
});

describe('changing an activity', () => {
  it('changes the fields given and keeps the rest, answers included', () => {
    const next = accept(base, { type: 'update-activity', id: 'trip', patch: { name: 'Excursie', costPerPupil: 12.5 } });
    expect(next.activities[0]).toEqual({ ...trip, name: 'Excursie', costPerPupil: 12.5 });
    expect(next.activities[1]).toBe(laptop);
  });

  it('clears the cost when it is set to none', () => {
    const priced = accept(base, { type: 'update-activity', id: 'laptop', patch: { costPerPupil: 250 } });
    expect(accept(priced, { type: 'update-activity', id: 'laptop', patch: { costPerPupil: null } }).activities[1]!.costPerPupil).toBeNull();
  });

  it('refuses a name that is only spaces', () => {
    expect(codes(refuse(base, { type: 'update-activity', id: 'trip', patch: { name: ' \t ' } }))).toEqual(['name-missing']);
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY, 100_000.01])('refuses a cost per pupil of %s', (costPerPupil) => {
    expect(codes(refuse(base, { type: 'update-activity', id: 'trip', patch: { costPerPupil } }))).toEqual(['amount']);
  });

  it('refuses notes over 10,000 characters', () => {
    expect(codes(refuse(base, { type: 'update-activity', id: 'trip', patch: { notes: 'x'.repeat(10_001) } }))).toEqual(['too-long']);
  });

  it('is refused for an activity that is not there', () => {
    expect(codes(refuse(base, { type: 'update-activity', id: 'gone', patch: { name: 'X' } }))).toEqual(['no-such-activity']);
  });

  it('takes what the activity involves, its year group, who pays, and the decision on an optional activity', () => {
    const patch: ActivityPatch = { traits: ['overnight', 'gear'], yearGroup: 'klas 1', fundedBy: 'separate-charge', optional: true, optionalDecision: 'drop' };
    expect(accept(base, { type: 'update-activity', id: 'trip', patch }).activities[0]).toEqual({ ...trip, ...patch });
    expect(accept(base, { type: 'update-activity', id: 'trip', patch: { fundedBy: null, optionalDecision: null } }).activities[0]).toMatchObject({ fundedBy: null, optionalDecision: null });
  });

  it.each([
    [{ traits: ['sleeping-bag'] }],
    [{ traits: ['gear', 'gear'] }],
    [{ fundedBy: 'parents' }],
    [{ optional: 'yes' }],
    [{ optionalDecision: 'maybe' }],
  ])('refuses a value outside its list: %j', (patch) => {
    expect(codes(refuse(base, { type: 'update-activity', id: 'trip', patch: patch as unknown as ActivityPatch }))).toEqual(['choice']);
  });

  it('refuses a year group over 500 characters', () => {
    expect(codes(refuse(base, { type: 'update-activity', id: 'trip', patch: { yearGroup: 'x'.repeat(501) } }))).toEqual(['too-long']);
  });

  it('cannot change the id or the answers, and a field left undefined is not cleared', () => {
    const patch = { id: 'other', answers: {}, name: undefined } as unknown as ActivityPatch;
    expect(accept(base, { type: 'update-activity', id: 'trip', patch }).activities[0]).toEqual(trip);
  });
});

describe('removing an activity', () => {
  it('takes it out and keeps its owners and deadlines, so undo can bring them back', () => {
    const next = accept(base, { type: 'remove-activity', id: 'trip' });
    expect(next.activities).toEqual([laptop]);
    expect(next.actions).toEqual(base.actions);
  });

  it('is refused for an activity that is not there', () => {
    expect(codes(refuse(base, { type: 'remove-activity', id: 'gone' }))).toEqual(['no-such-activity']);
  });
});

describe('undoing a removal', () => {
  const removed = accept(base, { type: 'remove-activity', id: 'trip' });

  it('puts the activity back where it was, unchanged', () => {
    const next = accept(removed, { type: 'restore-activity', activity: trip, index: 0, newId: 'unused' });
    expect(next.activities).toEqual([trip, laptop]);
    expect(next.actions).toEqual(base.actions);
  });

  it('puts it at the end or the start when its place is gone', () => {
    expect(accept(removed, { type: 'restore-activity', activity: trip, index: 99, newId: 'x' }).activities.map((a) => a.id)).toEqual(['laptop', 'trip']);
    expect(accept(removed, { type: 'restore-activity', activity: trip, index: -3, newId: 'x' }).activities.map((a) => a.id)).toEqual(['trip', 'laptop']);
  });

  it('brings it back under a new id when its id was taken meanwhile, with its owners and deadlines', () => {
    const taken = accept(removed, { type: 'add-activity', id: 'trip', activity: { name: 'Ander uitje', kind: 'celebration' } });
    const next = accept(taken, { type: 'restore-activity', activity: trip, index: 0, newId: 'trip-2' });
    expect(next.activities.map((a) => [a.id, a.name])).toEqual([['trip-2', 'Schoolreis'], ['laptop', 'Laptop'], ['trip', 'Ander uitje']]);
    expect(next.activities[0]).toEqual({ ...trip, id: 'trip-2' });
    expect(next.actions['trip-2:everyone-joins']).toEqual({ owner: 'Directeur', deadline: '2026-06-30', state: 'not-started', stateReason: '' });
    expect(next.actions['trip:everyone-joins']).toEqual({ owner: 'Directeur', deadline: '2026-06-30', state: 'not-started', stateReason: '' });
  });

  it('is refused when both its id and the new id are taken, or the new id cannot be used', () => {
    const taken = accept(removed, { type: 'add-activity', id: 'trip', activity: { name: 'Ander uitje', kind: 'celebration' } });
    for (const newId of ['laptop', 'school', 'not an id', '']) {
      expect(codes(refuse(taken, { type: 'restore-activity', activity: trip, index: 0, newId }))).toEqual(['id-taken']);
    }
  });

  it('is refused when the assessment already holds 1000 activities', () => {
    const full = makeAssessment({ activities: Array.from({ length: 1000 }, (_, i) => makeActivity({ id: `a${i}`, kind: 'facilities' })) });
    expect(codes(refuse(full, { type: 'restore-activity', activity: trip, index: 0, newId: 'x' }))).toEqual(['too-many-activities']);
  });
});

describe('owners and deadlines of actions', () => {
  it('are filled in one at a time, keeping the other', () => {
    const owned = accept(base, { type: 'action', scope: 'school', questionId: 'inform-parents', patch: { owner: 'MR' } });
    expect(owned.actions['school:inform-parents']).toEqual({ owner: 'MR', deadline: '', state: 'not-started', stateReason: '' });
    const dated = accept(owned, { type: 'action', scope: 'school', questionId: 'inform-parents', patch: { deadline: '2028-02-29' } });
    expect(dated.actions['school:inform-parents']).toEqual({ owner: 'MR', deadline: '2028-02-29', state: 'not-started', stateReason: '' });
    expect(dated.actions['trip:everyone-joins']).toEqual(base.actions['trip:everyone-joins']);
  });

  it('are kept per activity', () => {
    const next = accept(base, { type: 'action', scope: 'trip', questionId: 'everyone-joins', patch: { deadline: '' } });
    expect(next.actions['trip:everyone-joins']).toEqual({ owner: 'Directeur', deadline: '', state: 'not-started', stateReason: '' });
  });

  it.each(['2027-02-29', '2027-13-01', '2027-00-10', '2027-04-31', '2027-1-1', '31-12-2027', '2027-12-31T00:00:00Z', ' 2027-12-31', 'morgen'])(
    'refuse the deadline %j, which is no calendar date',
    (deadline) => {
      expect(refuse(base, { type: 'action', scope: 'trip', questionId: 'everyone-joins', patch: { deadline } })).toEqual([
        expect.objectContaining({ field: 'deadline', code: 'date' }),
      ]);
    },
  );

  it('refuse an owner longer than 500 characters', () => {
    expect(codes(refuse(base, { type: 'action', scope: 'school', questionId: 'mr-approved', patch: { owner: 'a'.repeat(501) } }))).toEqual(['too-long']);
  });

  it('are refused for an activity that is not there or a question id that is not an id', () => {
    expect(codes(refuse(base, { type: 'action', scope: 'gone', questionId: 'everyone-joins', patch: { owner: 'X' } }))).toEqual(['no-such-activity']);
    expect(codes(refuse(base, { type: 'action', scope: 'school', questionId: 'not an id', patch: { owner: 'X' } }))).toEqual(['id']);
  });
});

describe('owners and deadlines of groups of actions', () => {
  it('stores one owner and deadline for an activity\'s actions or a school-wide topic\'s', () => {
    const owned = accept(base, { type: 'action-group', group: 'activity:trip', patch: { owner: 'Mentor klas 1' } });
    expect(owned.actionGroups['activity:trip']).toEqual({ owner: 'Mentor klas 1', deadline: '' });
    const dated = accept(owned, { type: 'action-group', group: 'topic:information', patch: { deadline: '2027-03-01' } });
    expect(dated.actionGroups['topic:information']).toEqual({ owner: '', deadline: '2027-03-01' });
  });

  it('refuses a group that is not an activity or a topic, an activity that is not there, and a date that does not exist', () => {
    expect(codes(refuse(base, { type: 'action-group', group: 'trip', patch: { owner: 'X' } }))).toEqual(['id']);
    expect(codes(refuse(base, { type: 'action-group', group: 'activity:gone', patch: { owner: 'X' } }))).toEqual(['no-such-activity']);
    expect(codes(refuse(base, { type: 'action-group', group: 'topic:information', patch: { deadline: '2027-02-29' } }))).toEqual(['date']);
  });
});

describe('taking over answers from another activity', () => {
  const camp = makeActivity({ id: 'camp', name: 'Kamp', kind: 'multi-day', answers: answers({ 'everyone-joins': 'no', 'equal-alternative': 'yes', 'devices-on-loan': 'yes' }) });
  const walk = makeActivity({ id: 'walk', name: 'Wandeltocht', kind: 'one-day', answers: answers({ 'equal-alternative': 'partly' }) });
  const both = makeAssessment({ activities: [camp, walk] });

  it('fills only the questions this activity is asked and has no answer to, each marked to confirm', () => {
    const next = accept(both, { type: 'copy-answers', scope: 'walk', from: 'camp' });
    expect(next.activities[1]!.answers).toEqual({
      'equal-alternative': answer('partly'),
      'everyone-joins': { ...answer('no'), recheck: true },
    });
    expect(next.activities[0]).toBe(camp);
  });

  it('confirms a taken-over answer as it stands, or by answering it', () => {
    const copied = accept(both, { type: 'copy-answers', scope: 'walk', from: 'camp' });
    expect(accept(copied, { type: 'confirm', scope: 'walk', questionId: 'everyone-joins' }).activities[1]!.answers['everyone-joins']).toEqual(answer('no'));
    expect(accept(copied, { type: 'answer', scope: 'walk', questionId: 'everyone-joins', value: 'yes' }).activities[1]!.answers['everyone-joins']).toEqual(answer('yes'));
  });

  it('refuses to take over from the activity itself or from one that is not there', () => {
    expect(codes(refuse(both, { type: 'copy-answers', scope: 'walk', from: 'walk' }))).toEqual(['same-activity']);
    expect(codes(refuse(both, { type: 'copy-answers', scope: 'walk', from: 'gone' }))).toEqual(['no-such-activity']);
    expect(codes(refuse(both, { type: 'confirm', scope: 'walk', questionId: 'cost-known' }))).toEqual(['not-answered']);
  });
});

describe('the state of an action', () => {
  it('is not started until the school says otherwise, and keeps its owner and deadline when it changes', () => {
    const started = accept(base, { type: 'action', scope: 'trip', questionId: 'everyone-joins', patch: { state: 'in-progress' } });
    expect(started.actions['trip:everyone-joins']).toEqual({ owner: 'Directeur', deadline: '2026-06-30', state: 'in-progress', stateReason: '' });
    const fresh = accept(base, { type: 'action', scope: 'school', questionId: 'inform-parents', patch: { state: 'done' } });
    expect(fresh.actions['school:inform-parents']).toEqual({ owner: '', deadline: '', state: 'done', stateReason: '' });
  });

  it('takes a reason when dropped, and keeps the reason when the state changes back (nothing typed is lost)', () => {
    const dropped = accept(base, { type: 'action', scope: 'trip', questionId: 'everyone-joins', patch: { state: 'dropped', stateReason: 'Reis vervalt' } });
    const back = accept(dropped, { type: 'action', scope: 'trip', questionId: 'everyone-joins', patch: { state: 'in-progress' } });
    expect(back.actions['trip:everyone-joins']).toMatchObject({ state: 'in-progress', stateReason: 'Reis vervalt' });
  });

  it('is refused when it is not one of the four, or its reason is too long', () => {
    expect(codes(refuse(base, { type: 'action', scope: 'trip', questionId: 'everyone-joins', patch: { state: 'finished' as never } }))).toEqual(['choice']);
    expect(codes(refuse(base, { type: 'action', scope: 'trip', questionId: 'everyone-joins', patch: { stateReason: emoji(501) } }))).toEqual(['too-long']);
  });

  it('is shown in the plan and counted by state', () => {
    const assessed = createAssessor(testChecklist)(accept(base, { type: 'action', scope: 'trip', questionId: 'everyone-joins', patch: { state: 'done' } }));
    expect(assessed.plan.find((a) => a.key === 'trip:everyone-joins')).toMatchObject({ state: 'done', stateReason: '' });
    expect(assessed.counts.actionStates.done).toBe(1);
    expect(assessed.counts.actionStates['not-started']).toBe(assessed.plan.length - 1);
  });
});

describe('the school’s words for parents', () => {
  it('are kept one field at a time', () => {
    const contact = accept(base, { type: 'for-parents', patch: { contact: 'de administratie' } });
    const parts = accept(contact, { type: 'for-parents', patch: { instalments: 'In drie delen' } });
    expect(parts.forParents).toEqual({ contact: 'de administratie', instalments: 'In drie delen', paysFor: '' });
  });

  it('are refused when too long, and only the known fields are taken', () => {
    expect(codes(refuse(base, { type: 'for-parents', patch: { contact: emoji(501) } }))).toEqual(['too-long']);
    expect(codes(refuse(base, { type: 'for-parents', patch: { paysFor: emoji(10_001) } }))).toEqual(['too-long']);
    const extra = accept(base, { type: 'for-parents', patch: { contact: 'x', owner: 'y' } as never });
    expect(extra.forParents).toEqual({ contact: 'x', instalments: '', paysFor: '' });
  });
});
