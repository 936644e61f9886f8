import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../src/domain/assessment/edit';
import { decodeAssessment } from '../../src/domain/assessment/format/decode';
import { encodeAssessment } from '../../src/domain/assessment/format/encode';
import type { Assessment } from '../../src/domain/assessment/format/schema';
import { applyMerge, mergeDifferences, mergeWarnings } from '../../src/domain/assessment/merge';
import { questionsToReview } from '../../src/domain/assessment/review';
import { answer, makeActivity, makeAssessment, testChecklist } from '../fixtures/checklist';

const NOW = new Date('2025-11-01T09:00:00Z');
const LATER = new Date('2025-11-01T09:05:00Z');
const ctx = { checklist: testChecklist, now: NOW };

/** My assessment: a school with two activities, a few answers, an action and words for parents. */
const mine = (): Assessment =>
  makeAssessment({
    profile: { schoolName: 'Het Lyceum', schoolType: 'vo', schoolYear: '2025-2026', contribution: 50, filledInBy: 'Directie', mrInvolved: 'yes' },
    schoolAnswers: { 'inform-parents': answer('yes', 2, 'In de schoolgids.'), 'mr-approved': answer('no') },
    activities: [
      makeActivity({ id: 'trip', kind: 'one-day', name: 'Schoolreis', costPerPupil: 20, answers: { 'everyone-joins': answer('yes') } }),
      makeActivity({ id: 'laptop', kind: 'materials-ict', name: 'Laptop' }),
    ],
    actions: { 'school:mr-approved': { owner: 'Directeur', deadline: '2026-01-31', state: 'not-started', stateReason: '' } },
    actionGroups: { 'activity:trip': { owner: 'Teamleider', deadline: '' } },
    forParents: { contact: 'de administratie', instalments: '', paysFor: '' },
  });

/** A colleague's copy of the same file, each kind of field changed once. */
const theirs = (): Assessment => {
  const a = mine();
  return {
    ...a,
    updatedAt: '2025-10-20T10:00:00.000Z',
    profile: { ...a.profile, contribution: 60 },
    schoolAnswers: { ...a.schoolAnswers, 'inform-parents': answer('yes', 2, 'In de schoolgids en op de website.'), 'mr-approved': answer('yes'), 'no-payer-lists': answer('partly') },
    activities: [
      { ...a.activities[0]!, costPerPupil: 25, traits: ['travel'], answers: { 'everyone-joins': answer('no') } },
      // The laptop is gone in the colleague's file, and a camp was added.
      makeActivity({ id: 'camp', kind: 'multi-day', name: 'Werkweek', costPerPupil: 300, answers: { 'everyone-joins': answer('partly') } }),
    ],
    actions: {
      'school:mr-approved': { owner: 'MR-voorzitter', deadline: '2026-01-31', state: 'done', stateReason: '' },
      'camp:everyone-joins': { owner: 'Coördinator', deadline: '', state: 'in-progress', stateReason: '' },
    },
    actionGroups: { 'activity:trip': { owner: 'Teamleider', deadline: '2026-03-01' } },
    forParents: { contact: 'de administratie', instalments: 'In drie termijnen.', paysFor: '' },
  };
};

const keys = (a: Assessment, b: Assessment) => mergeDifferences(a, b).map((d) => d.key);

describe('the differences between my assessment and a colleague’s', () => {
  it('finds every kind of difference, each with a key that names it', () => {
    expect(keys(mine(), theirs()).sort()).toEqual(
      [
        'profile:contribution',
        'note:school:inform-parents',
        'answer:school:mr-approved',
        'answer:school:no-payer-lists',
        'activity-field:trip:traits',
        'activity-field:trip:costPerPupil',
        'answer:trip:everyone-joins',
        'activity:laptop',
        'activity:camp',
        'action:school:mr-approved:owner',
        'action:school:mr-approved:state',
        'group:activity:trip:deadline',
        'for-parents:instalments',
      ].sort(),
    );
  });

  it('puts each difference in its group: profile, school-wide, each activity, the plan, for parents', () => {
    const groups = Object.fromEntries(mergeDifferences(mine(), theirs()).map((d) => [d.key, d.group]));
    expect(groups['profile:contribution']).toBe('profile');
    expect(groups['answer:school:mr-approved']).toBe('school');
    expect(groups['activity-field:trip:costPerPupil']).toBe('activity:trip');
    expect(groups['activity:camp']).toBe('activity:camp');
    expect(groups['action:school:mr-approved:owner']).toBe('plan');
    expect(groups['for-parents:instalments']).toBe('parents');
  });

  it('shows both sides of a difference', () => {
    const cost = mergeDifferences(mine(), theirs()).find((d) => d.key === 'activity-field:trip:costPerPupil')!;
    expect([cost.mine, cost.theirs]).toEqual([20, 25]);
    const gone = mergeDifferences(mine(), theirs()).find((d) => d.key === 'activity:laptop')!;
    expect([gone.mine, gone.theirs]).toEqual(['Laptop', null]);
  });

  it('pairs an activity with another id by its kind and name, and compares it field by field', () => {
    const other = theirs();
    other.activities[0] = { ...other.activities[0]!, id: 'elsewhere' };
    other.actionGroups = { 'activity:elsewhere': { owner: 'Teamleider', deadline: '2026-03-01' } };
    const found = keys(mine(), other);
    expect(found).toContain('activity-field:trip:costPerPupil');
    expect(found).toContain('group:activity:trip:deadline');
    expect(found.some((k) => k.includes('elsewhere'))).toBe(false);
  });

  it('finds none in the same file, and none when only the save time differs', () => {
    expect(mergeDifferences(mine(), mine())).toEqual([]);
    expect(mergeDifferences(mine(), { ...mine(), updatedAt: '2026-01-01T00:00:00.000Z' })).toEqual([]);
  });
});

describe('merging', () => {
  const take = (...k: string[]) => new Set(k);
  const at = NOW.toISOString();

  it('takes exactly the chosen differences and keeps every other one as it is here', () => {
    const merged = applyMerge(mine(), theirs(), take('profile:contribution', 'answer:trip:everyone-joins', 'action:school:mr-approved:state', 'activity:camp'), { at, fileName: 'collega.json' });
    expect(merged.profile.contribution).toBe(60);
    expect(merged.activities.find((a) => a.id === 'trip')!.answers['everyone-joins']!.value).toBe('no');
    expect(merged.actions['school:mr-approved']).toEqual({ owner: 'Directeur', deadline: '2026-01-31', state: 'done', stateReason: '' });
    expect(merged.activities.map((a) => a.name)).toEqual(['Schoolreis', 'Laptop', 'Werkweek']);
    // The added activity brings its answers and its actions.
    expect(merged.activities[2]!.answers['everyone-joins']!.value).toBe('partly');
    expect(merged.actions['camp:everyone-joins']!.owner).toBe('Coördinator');
    // Kept: my cost, traits, answers, notes and words for parents.
    expect(merged.activities[0]!.costPerPupil).toBe(20);
    expect(merged.activities[0]!.traits).toEqual([]);
    expect(merged.schoolAnswers['mr-approved']!.value).toBe('no');
    expect(merged.schoolAnswers['inform-parents']!.note).toBe('In de schoolgids.');
    expect(merged.forParents.instalments).toBe('');
    expect(merged.actionGroups['activity:trip']!.deadline).toBe('');
  });

  it('changes nothing that was not chosen: taking nothing keeps everything but records the merge', () => {
    const before = mine();
    const merged = applyMerge(before, theirs(), take(), { at, fileName: 'collega.json' });
    const { merges, updatedAt, ...rest } = merged;
    const { merges: _m, updatedAt: _u, ...was } = before;
    expect(rest).toEqual(was);
    expect(merges).toHaveLength(1);
    expect(merges[0]!.kept).toBe(mergeDifferences(before, theirs()).length);
  });

  it('removes an activity only in my file when the colleague’s side (removed) is chosen', () => {
    expect(applyMerge(mine(), theirs(), take('activity:laptop'), { at, fileName: 'x.json' }).activities.map((a) => a.id)).toEqual(['trip']);
    expect(applyMerge(mine(), theirs(), take(), { at, fileName: 'x.json' }).activities.map((a) => a.id)).toEqual(['trip', 'laptop']);
  });

  it('takes an answer without its note, or the note alone, as chosen', () => {
    const merged = applyMerge(mine(), theirs(), take('note:school:inform-parents'), { at, fileName: 'x.json' });
    expect(merged.schoolAnswers['inform-parents']).toEqual(answer('yes', 2, 'In de schoolgids en op de website.'));
    const answerOnly = applyMerge(mine(), theirs(), take('answer:school:no-payer-lists'), { at, fileName: 'x.json' });
    expect(answerOnly.schoolAnswers['no-payer-lists']!.value).toBe('partly');
  });

  it('records which file, whose, what was taken and how many were kept', () => {
    const merged = applyMerge(mine(), theirs(), take('profile:contribution', 'for-parents:instalments'), { at, fileName: 'werk-van-an.json' });
    expect(merged.merges).toEqual([
      {
        at,
        fileName: 'werk-van-an.json',
        fromId: 'test',
        fromSchoolName: 'Het Lyceum',
        fromUpdatedAt: '2025-10-20T10:00:00.000Z',
        taken: ['profile:contribution', 'for-parents:instalments'],
        kept: mergeDifferences(mine(), theirs()).length - 2,
      },
    ]);
  });

  it('keeps an answer taken from an older checklist version marked for review', () => {
    const old = theirs();
    // Answered against version 1; the question was revised in version 2.
    old.schoolAnswers = { ...old.schoolAnswers, 'no-payer-lists': answer('yes', 1) };
    const merged = applyMerge(mine(), old, take('answer:school:no-payer-lists'), { at, fileName: 'x.json' });
    expect(questionsToReview(testChecklist, merged)).toContainEqual({ scope: 'school', questionId: 'no-payer-lists' });
  });
});

describe('warnings before merging', () => {
  it('says when the file is another school’s, whatever the case or spacing of the name', () => {
    expect(mergeWarnings(mine(), { ...theirs(), profile: { ...theirs().profile, schoolName: 'het  lyceum' } })).not.toContain('other-school');
    expect(mergeWarnings(mine(), { ...theirs(), profile: { ...theirs().profile, schoolName: 'Het Atheneum' } })).toContain('other-school');
  });

  it('says when the file was filled against another checklist version', () => {
    expect(mergeWarnings(mine(), { ...theirs(), checklistVersion: 1 })).toContain('other-checklist');
    expect(mergeWarnings(mine(), theirs())).not.toContain('other-checklist');
  });

  it('says when the file is an older save of this very assessment', () => {
    const here = { ...mine(), updatedAt: '2025-11-01T00:00:00.000Z' };
    expect(mergeWarnings(here, theirs())).toContain('older-save');
    expect(mergeWarnings(here, { ...theirs(), id: 'someone-else' })).not.toContain('older-save');
  });
});

describe('the merge edit rules', () => {
  it('merges through applyEdit, stamped with the time of the merge', () => {
    const result = applyEdit(mine(), { type: 'merge', theirs: theirs(), take: ['profile:contribution'], fileName: 'c.json' }, ctx);
    expect(result.ok && result.value.profile.contribution).toBe(60);
    expect(result.ok && result.value.updatedAt).toBe(NOW.toISOString());
    expect(result.ok && result.value.merges.at(-1)!.at).toBe(NOW.toISOString());
  });

  it('gives an assessment that saves to a file and opens again unchanged, merge record included', () => {
    const result = applyEdit(mine(), { type: 'merge', theirs: theirs(), take: ['activity:camp', 'note:school:inform-parents'], fileName: 'c.json' }, ctx);
    if (!result.ok) throw new Error('merge refused');
    const back = decodeAssessment(encodeAssessment(result.value), { currentChecklistVersion: testChecklist.version, fileName: 'c.json' });
    expect(back.ok && back.value.assessment).toEqual(result.value);
  });

  it('refuses the same file: there is nothing to merge', () => {
    const result = applyEdit(mine(), { type: 'merge', theirs: mine(), take: [], fileName: 'c.json' }, ctx);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues[0]!.code).toBe('nothing-to-merge');
  });

  it('refuses a choice that is not one of the differences, and changes nothing', () => {
    const before = mine();
    const result = applyEdit(before, { type: 'merge', theirs: theirs(), take: ['profile:schoolName'], fileName: 'c.json' }, ctx);
    expect(!result.ok && result.issues[0]!.code).toBe('merge-key');
    expect(before).toEqual(mine());
  });

  it('undoes a merge exactly, while the merge is the last change', () => {
    const before = mine();
    const merged = applyEdit(before, { type: 'merge', theirs: theirs(), take: ['activity:camp', 'activity:laptop', 'profile:contribution'], fileName: 'c.json' }, ctx);
    if (!merged.ok) throw new Error('merge refused');
    const undone = applyEdit(merged.value, { type: 'undo-merge', before }, { checklist: testChecklist, now: LATER });
    if (!undone.ok) throw new Error('undo refused');
    expect({ ...undone.value, updatedAt: before.updatedAt }).toEqual(before);
  });

  it('refuses to undo a merge once something else has changed since', () => {
    const before = mine();
    const merged = applyEdit(before, { type: 'merge', theirs: theirs(), take: ['profile:contribution'], fileName: 'c.json' }, ctx);
    if (!merged.ok) throw new Error('merge refused');
    const edited = applyEdit(merged.value, { type: 'profile', patch: { filledInBy: 'Iemand anders' } }, { checklist: testChecklist, now: LATER });
    if (!edited.ok) throw new Error('edit refused');
    const undone = applyEdit(edited.value, { type: 'undo-merge', before }, { checklist: testChecklist, now: LATER });
    expect(!undone.ok && undone.issues[0]!.code).toBe('merge-not-last');
    // Nor without a merge at all.
    expect(applyEdit(before, { type: 'undo-merge', before }, ctx).ok).toBe(false);
  });
});
