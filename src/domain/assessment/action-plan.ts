import type { Checklist, Severity } from '../checklist/schema';
import type { LocalizedText } from '../content/common';
import { applicableItems, type Scope } from './applicable';
import type { Assessment } from './format/schema';

/** One action: derived from a "no" or "partly" answer, with what the school filled in for it. */
export interface PlannedAction {
  /** Key into `assessment.actions`. */
  key: string;
  /** `school` or the activity's id. */
  scope: Scope;
  /** The activity's name; null for the school-wide part. */
  scopeName: string | null;
  questionId: string;
  principle: string;
  severity: Severity;
  answer: 'no' | 'partly';
  /** The checklist's suggested action for this question. */
  suggestion: LocalizedText;
  /** The question itself. */
  question: LocalizedText;
  /** The school's note on the answer. */
  note: string;
  owner: string;
  deadline: string;
}

/** `school:<question>` or `<activity>:<question>`; the key format AssessmentSchema.actions accepts. */
export function actionKey(scope: Scope, questionId: string): string {
  return `${scope}:${questionId}`;
}

/**
 * The action plan. Actions are derived, never stored: only owner and deadline are the school's, so an
 * answer changed to "yes" drops its action, and changing it back brings the owner and deadline back.
 * Critical actions come first because they are about pupils being excluded now; within a severity the
 * order follows the assessment (school-wide, then activities, then question order).
 */
export function actionPlan(checklist: Checklist, assessment: Assessment): PlannedAction[] {
  const actions: PlannedAction[] = [];
  for (const { scope, activity, question, answer } of applicableItems(checklist, assessment)) {
    if (answer?.value !== 'no' && answer?.value !== 'partly') continue;
    const key = actionKey(scope, question.id);
    const fields = Object.hasOwn(assessment.actions, key) ? assessment.actions[key] : undefined;
    actions.push({
      key,
      scope,
      scopeName: activity ? activity.name : null,
      questionId: question.id,
      principle: question.principle,
      severity: question.severity,
      answer: answer.value,
      suggestion: question.action,
      question: question.text,
      note: answer.note,
      owner: fields?.owner ?? '',
      deadline: fields?.deadline ?? '',
    });
  }
  // Array.prototype.sort is stable, so the assessment order survives within each severity.
  const rank: Record<Severity, number> = { critical: 0, improvement: 1 };
  return actions.sort((a, b) => rank[a.severity] - rank[b.severity]);
}
