import type { SchoolType } from '../content/common';
import type { ActivityKind, ActivityQuestion, ActivityTemplate, Checklist, SchoolQuestion } from '../checklist/schema';
import type { Activity, Answer, Assessment } from './format/schema';

/** The school-wide questions a school of this type is asked, in checklist order. */
export function schoolQuestionsFor(checklist: Checklist, schoolType: SchoolType): SchoolQuestion[] {
  return checklist.schoolQuestions.filter((question) => question.schoolTypes.includes(schoolType));
}

/** The questions asked for one activity of this kind at a school of this type, in checklist order. */
export function activityQuestionsFor(checklist: Checklist, schoolType: SchoolType, kind: ActivityKind): ActivityQuestion[] {
  return checklist.activityQuestions.filter(
    (question) => question.schoolTypes.includes(schoolType) && question.kinds.includes(kind),
  );
}

/** The ready-made activities offered to a school of this type, in checklist order. */
export function templatesFor(checklist: Checklist, schoolType: SchoolType): ActivityTemplate[] {
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
    for (const question of activityQuestionsFor(checklist, schoolType, activity.kind)) {
      items.push({ scope: activity.id, activity, question, answer: answerTo(activity.answers, question.id) });
    }
  }
  return items;
}
