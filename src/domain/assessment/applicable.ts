import type { SchoolType } from '../content/common';
import type { ActivityQuestion, ActivityTemplate, Checklist, SchoolQuestion } from '../checklist/schema';
import type { QuestionCondition } from '../vocabulary';
import type { Activity, Answer, Assessment } from './format/schema';

/** The school-wide questions a school of this type is asked, in checklist order; none before a type is chosen. */
export function schoolQuestionsFor(checklist: Checklist, schoolType: SchoolType | null): SchoolQuestion[] {
  if (!schoolType) return [];
  return checklist.schoolQuestions.filter((question) => question.schoolTypes.includes(schoolType));
}

/** What an activity involves as questions see it: its ticked traits, and `separate-charge` from who pays. */
function conditionsOf(activity: Pick<Activity, 'traits' | 'fundedBy'>): ReadonlySet<QuestionCondition> {
  const conditions = new Set<QuestionCondition>(activity.traits);
  if (activity.fundedBy === 'separate-charge') conditions.add('separate-charge');
  return conditions;
}

/**
 * Whether parents pay anything for the activity. Not yet chosen counts as yes, so no question is left out
 * before the school has said the school or a fund pays all of it.
 */
const parentsPay = (activity: Pick<Activity, 'fundedBy'>) => activity.fundedBy !== 'school' && activity.fundedBy !== 'fund';

/** The same string for two activities that get the same questions (the assessor keeps question lists by it). */
export function questionKey(schoolType: SchoolType | null, activity: Pick<Activity, 'kind' | 'traits' | 'fundedBy' | 'optional' | 'optionalDecision'>): string {
  return `${schoolType}:${activity.kind}:${[...conditionsOf(activity)].sort().join(',')}:${parentsPay(activity)}:${isDropped(activity)}`;
}

/** An optional activity the school decided to drop: nothing to ask about it any more. */
export const isDropped = (activity: Pick<Activity, 'optional' | 'optionalDecision'>) => activity.optional && activity.optionalDecision === 'drop';

/**
 * The questions asked for one activity at a school of this type, in checklist order: those for its kind,
 * leaving out any that is only for activities with a trait this one does not have (no sleeping bags for a
 * sports day) and any about payment when the school or a fund pays all of it. None before the school type is chosen, and none for an optional activity that is dropped.
 */
export function activityQuestionsFor(
  checklist: Checklist,
  schoolType: SchoolType | null,
  activity: Pick<Activity, 'kind' | 'traits' | 'fundedBy' | 'optional' | 'optionalDecision'>,
): ActivityQuestion[] {
  if (!schoolType || isDropped(activity)) return [];
  const conditions = conditionsOf(activity);
  const paying = parentsPay(activity);
  return checklist.activityQuestions.filter(
    (question) =>
      question.schoolTypes.includes(schoolType) &&
      question.kinds.includes(activity.kind) &&
      (!question.onlyWhenParentsPay || paying) &&
      (question.onlyFor.length === 0 || question.onlyFor.some((condition) => conditions.has(condition))),
  );
}

/** The ready-made activities offered to a school of this type, in checklist order. */
export function templatesFor(checklist: Checklist, schoolType: SchoolType | null): ActivityTemplate[] {
  if (!schoolType) return [];
  return checklist.templates.filter((template) => template.schoolTypes.includes(schoolType));
}

/**
 * The answer to one question, or undefined. Answers come from files anyone can edit, and an id such as
 * `constructor` passes the id pattern, so a plain `answers[id]` could return something inherited from
 * Object.prototype; only own properties count.
 */
export function answerTo(answers: Readonly<Record<string, Answer>>, questionId: string): Answer | undefined {
  return Object.hasOwn(answers, questionId) ? answers[questionId] : undefined;
}

/** Where a question is answered: `school` for the school-wide part, otherwise the activity's id. */
export type Scope = 'school' | (string & {});

/** One question as it applies to this assessment, with its answer if any. */
export interface ApplicableItem {
  scope: Scope;
  /** The activity, or null for a school-wide question. */
  activity: Activity | null;
  question: SchoolQuestion | ActivityQuestion;
  answer: Answer | undefined;
}

/**
 * Every question that applies to this assessment, once per place it is asked: the school-wide questions
 * first, then each activity in its order with its questions in checklist order. Status, review and the
 * action plan all walk this one list, so they always agree on what "applies" means. Answers to questions
 * that no longer apply (removed from the checklist, other school type, activity kind changed) are left out
 * but kept in the assessment, in case they apply again.
 */
export function applicableItems(checklist: Checklist, assessment: Assessment): ApplicableItem[] {
  const { schoolType } = assessment.profile;
  const items: ApplicableItem[] = schoolQuestionsFor(checklist, schoolType).map((question) => ({
    scope: 'school',
    activity: null,
    question,
    answer: answerTo(assessment.schoolAnswers, question.id),
  }));
  for (const activity of assessment.activities) {
    for (const question of activityQuestionsFor(checklist, schoolType, activity)) {
      items.push({ scope: activity.id, activity, question, answer: answerTo(activity.answers, question.id) });
    }
  }
  return items;
}
