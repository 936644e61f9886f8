import type { Assessment } from './format/schema';

/** One difference between two versions of an assessment, named so a person recognises it. */
export type Change =
  | { kind: 'profile' }
  | { kind: 'school-answers' }
  | { kind: 'activity-added'; name: string }
  | { kind: 'activity-removed'; name: string }
  | { kind: 'activity-changed'; name: string }
  | { kind: 'actions' };

/**
 * What changed from `before` to `after`, for the notice when another tab saved the assessment open here.
 * Coarse on purpose: the person needs to know where to look, not every field.
 */
export function describeChanges(before: Assessment, after: Assessment): Change[] {
  const changes: Change[] = [];
  const same = (x: unknown, y: unknown) => x === y || JSON.stringify(x) === JSON.stringify(y);
  if (!same(before.profile, after.profile)) changes.push({ kind: 'profile' });
  if (!same(before.schoolAnswers, after.schoolAnswers)) changes.push({ kind: 'school-answers' });
  const old = new Map(before.activities.map((activity) => [activity.id, activity]));
  const now = new Set(after.activities.map((activity) => activity.id));
  for (const activity of after.activities) {
    const was = old.get(activity.id);
    if (!was) changes.push({ kind: 'activity-added', name: activity.name });
    else if (!same(was, activity)) changes.push({ kind: 'activity-changed', name: activity.name });
  }
  for (const activity of before.activities) if (!now.has(activity.id)) changes.push({ kind: 'activity-removed', name: activity.name });
  if (!same(before.actions, after.actions)) changes.push({ kind: 'actions' });
  return changes;
}
