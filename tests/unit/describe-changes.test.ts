import { describe, expect, it } from 'vitest';
import { describeChanges } from '../../src/domain/assessment/changes';
import { createAssessment } from '../../src/domain/assessment/create';
import { applyEdit, type Edit } from '../../src/domain/assessment/edit';
import { decodeAssessment } from '../../src/domain/assessment/format/decode';
import { encodeAssessment } from '../../src/domain/assessment/format/encode';
import type { Assessment } from '../../src/domain/assessment/format/schema';
import { seal, unseal } from '../../src/domain/assessment/format/seal';
import { testChecklist } from '../fixtures/checklist';

// What the notice "changed in another tab" lists: where to look, not every field.

let clock = Date.parse('2026-02-01T08:00:00Z');
/** Applies edits as another tab would, each a minute later. */
function edited(a: Assessment, ...edits: Edit[]): Assessment {
  return edits.reduce((current, edit) => {
    clock += 60_000;
    const result = applyEdit(current, edit, { checklist: testChecklist, now: new Date(clock) });
    if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.issues)}`);
    return result.value;
  }, a);
}

// Built through the edit rules, as the page builds it, so it has the shape another tab's copy has.
const base = edited(
  createAssessment({ id: 'test', now: new Date(clock), checklistVersion: testChecklist.version, profile: { schoolType: 'vo', schoolName: 'De Linde' } }),
  { type: 'answer', scope: 'school', questionId: 'inform-parents', value: 'yes' },
  { type: 'note', scope: 'school', questionId: 'inform-parents', note: 'In de schoolgids' },
  { type: 'add-activity', id: 'trip', activity: { name: 'Schoolreis', kind: 'one-day' } },
  { type: 'answer', scope: 'trip', questionId: 'everyone-joins', value: 'no' },
  { type: 'add-activity', id: 'laptop', activity: { name: 'Laptop', kind: 'materials-ict' } },
  { type: 'action', scope: 'trip', questionId: 'everyone-joins', patch: { owner: 'Directeur', deadline: '2026-06-30' } },
);
const trip = base.activities[0]!;

describe('the changes listed when another tab saved the assessment', () => {
  it('are none when nothing changed', () => {
    expect(describeChanges(base, base)).toEqual([]);
  });

  it('are none for the same assessment read back from storage or from a file', () => {
    const decoded = decodeAssessment(encodeAssessment(base), { currentChecklistVersion: testChecklist.version });
    if (!decoded.ok) throw new Error('the file check refused the fixture');
    expect(describeChanges(base, decoded.value.assessment)).toEqual([]);
    expect(describeChanges(base, unseal(seal(base), testChecklist.version)!)).toEqual([]);
  });

  it('are none when only the time of saving differs', () => {
    expect(describeChanges(base, { ...base, updatedAt: '2026-12-31T23:59:59.000Z' })).toEqual([]);
  });

  it('name the school details once, however many of them changed', () => {
    const after = edited(base, { type: 'profile', patch: { schoolName: 'De Eik', schoolYear: '2026-2027', contribution: 45 } });
    expect(describeChanges(base, after)).toEqual([{ kind: 'profile' }]);
  });

  it('name the school-wide answers for a new answer, a changed answer or a changed note', () => {
    for (const edit of [
      { type: 'answer', scope: 'school', questionId: 'mr-approved', value: 'no' },
      { type: 'answer', scope: 'school', questionId: 'inform-parents', value: 'partly' },
      { type: 'note', scope: 'school', questionId: 'inform-parents', note: 'Ook op de website' },
    ] satisfies Edit[]) {
      expect(describeChanges(base, edited(base, edit))).toEqual([{ kind: 'school-answers' }]);
    }
  });

  it('name an added activity by its name', () => {
    const after = edited(base, { type: 'add-activity', id: 'camp', activity: { name: 'Kamp groep 8', kind: 'multi-day' } });
    expect(describeChanges(base, after)).toEqual([{ kind: 'activity-added', name: 'Kamp groep 8' }]);
  });

  it('name a removed activity by the name it had', () => {
    expect(describeChanges(base, edited(base, { type: 'remove-activity', id: 'trip' }))).toEqual([{ kind: 'activity-removed', name: 'Schoolreis' }]);
  });

  it('name a renamed activity by its new name', () => {
    const after = edited(base, { type: 'update-activity', id: 'trip', patch: { name: 'Excursie' } });
    expect(describeChanges(base, after)).toEqual([{ kind: 'activity-changed', name: 'Excursie' }]);
  });

  it('name an activity whose answers, notes or cost changed, and only that one', () => {
    for (const edit of [
      { type: 'answer', scope: 'laptop', questionId: 'cost-known', value: 'yes' },
      { type: 'update-activity', id: 'laptop', patch: { costPerPupil: 250, notes: 'In bruikleen' } },
    ] satisfies Edit[]) {
      expect(describeChanges(base, edited(base, edit))).toEqual([{ kind: 'activity-changed', name: 'Laptop' }]);
    }
  });

  it('name the action plan when an owner or deadline changed', () => {
    const after = edited(base, { type: 'action', scope: 'trip', questionId: 'everyone-joins', patch: { deadline: '2026-09-01' } });
    expect(describeChanges(base, after)).toEqual([{ kind: 'actions' }]);
  });

  it('list several changes in the order of the page: details, school-wide, activities, removals, plan', () => {
    const after = edited(
      base,
      { type: 'action', scope: 'school', questionId: 'inform-parents', patch: { owner: 'MR' } },
      { type: 'remove-activity', id: 'trip' },
      { type: 'add-activity', id: 'camp', activity: { name: 'Kamp', kind: 'multi-day' } },
      { type: 'update-activity', id: 'laptop', patch: { name: 'Chromebook' } },
      { type: 'answer', scope: 'school', questionId: 'mr-approved', value: 'yes' },
      { type: 'profile', patch: { filledInBy: 'Directie en MR' } },
    );
    expect(describeChanges(base, after)).toEqual([
      { kind: 'profile' },
      { kind: 'school-answers' },
      { kind: 'activity-changed', name: 'Chromebook' },
      { kind: 'activity-added', name: 'Kamp' },
      { kind: 'activity-removed', name: 'Schoolreis' },
      { kind: 'actions' },
    ]);
  });

  it('name a removal undone elsewhere as the activity being back', () => {
    const removed = edited(base, { type: 'remove-activity', id: 'trip' });
    const restored = edited(removed, { type: 'restore-activity', activity: trip, index: 0, newId: 'trip-2' });
    expect(describeChanges(removed, restored)).toEqual([{ kind: 'activity-added', name: 'Schoolreis' }]);
  });
});
