import type { Severity } from '../checklist/schema';
import type { LocalizedText } from '../content/common';
import type { Scope } from './applicable';

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
