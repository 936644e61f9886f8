import type { Checklist } from '../checklist/schema';
import { applicableItems, type Scope } from './applicable';
import type { Answer, Assessment } from './format/schema';

/**
 * Whether an answer was given before its question last changed. Such an answer stays (the school's work
 * is not thrown away) but is shown for review, because it may answer a question that is no longer asked.
 * An unanswered question needs answering, not review.
 */
export function needsReview(question: { revised: number }, answer?: Answer): boolean {
  return answer !== undefined && question.revised > answer.checklistVersion;
}

/** Every applicable answer to review, school-wide first, then per activity in order. */
export function questionsToReview(checklist: Checklist, assessment: Assessment): { scope: Scope; questionId: string }[] {
  return applicableItems(checklist, assessment)
    .filter((item) => needsReview(item.question, item.answer))
    .map((item) => ({ scope: item.scope, questionId: item.question.id }));
}

/**
 * Whether a question is new since the checklist version the assessment was filled against: it has no
 * answer yet and was added (or last changed) after that version. Shown as "new" until answered.
 */
export function isNewQuestion(question: { revised: number }, answer: Answer | undefined, assessmentChecklistVersion: number): boolean {
  return answer === undefined && question.revised > assessmentChecklistVersion;
}

/** Every applicable question that is new since the assessment's checklist version and not answered yet. */
export function newQuestions(checklist: Checklist, assessment: Assessment): { scope: Scope; questionId: string }[] {
  return applicableItems(checklist, assessment)
    .filter((item) => isNewQuestion(item.question, item.answer, assessment.checklistVersion))
    .map((item) => ({ scope: item.scope, questionId: item.question.id }));
}
