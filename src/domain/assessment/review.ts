import type { Checklist } from '../checklist/schema';
import { applicableItems, type Scope } from './applicable';
import type { Answer, Assessment } from './schema';

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
