import { FIELD_ORDER } from './constants';
import type { Assessment } from './schema';

/** Copies `value`'s known keys in the order of `keys`; unknown keys are left out. */
function ordered<T extends object>(value: T, keys: readonly string[]): T {
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of keys) if (Object.hasOwn(source, key)) out[key] = source[key];
  return out as T;
}

function orderedRecord<V>(record: Readonly<Record<string, V>>, order: (value: V) => V): Record<string, V> {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, order(value)]));
}

/**
 * The export file: JSON with 2-space indentation and keys in schema order, so files are readable and two
 * exports of the same assessment are identical. Keys are ordered by hand rather than by parsing, because
 * the assessment in the browser may be mid-edit (an activity without a name yet) and export must still work.
 */
export function encodeAssessment(assessment: Assessment): string {
  const answer = (a: Assessment['schoolAnswers'][string]) => ordered(a, FIELD_ORDER.answer);
  const data = ordered(
    {
      ...assessment,
      profile: ordered(assessment.profile, FIELD_ORDER.profile),
      schoolAnswers: orderedRecord(assessment.schoolAnswers, answer),
      activities: assessment.activities.map((activity) =>
        ordered({ ...activity, answers: orderedRecord(activity.answers, answer) }, FIELD_ORDER.activity),
      ),
      actionGroups: orderedRecord(assessment.actionGroups, (fields) => ordered(fields, FIELD_ORDER.actionGroup)),
      actions: orderedRecord(assessment.actions, (fields) => ordered(fields, FIELD_ORDER.action)),
      predecessor: assessment.predecessor && ordered(assessment.predecessor, FIELD_ORDER.predecessor),
      forParents: ordered(assessment.forParents, FIELD_ORDER.forParents),
      merges: assessment.merges.map((merge) => ordered(merge, FIELD_ORDER.merge)),
    },
    FIELD_ORDER.assessment,
  );
  return `${JSON.stringify(data, null, 2)}\n`;
}
