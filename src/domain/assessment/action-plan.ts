import type { LocalizedText } from '../content/common';
import type { Concern, TOPICS } from '../vocabulary';
import type { Scope } from './applicable';
import type { ActionState } from './format/constants';

/** One action: derived from a "no" or "partly" answer, with what the school filled in for it. */
export interface PlannedAction {
  /** Key into `assessment.actions`. */
  key: string;
  /** Key into `assessment.actionGroups`: the group it belongs to. */
  group: string;
  /** `school` or the activity's id. */
  scope: Scope;
  /** The activity's name; null for the school-wide part. */
  scopeName: string | null;
  questionId: string;
  principle: string;
  /** What the answer means: exclusion (the law), cost-barrier or information. */
  concern: Concern;
  answer: 'no' | 'partly';
  /** The checklist's suggested action for this question. */
  suggestion: LocalizedText;
  /** The question itself. */
  question: LocalizedText;
  /** The school's note on the answer. */
  note: string;
  /** Who does it and by when: the action's own, or else its group's. */
  owner: string;
  deadline: string;
  /** The action's own owner and deadline, set only where it differs from its group's. */
  ownOwner: string;
  ownDeadline: string;
  /** How far it got, and why it was dropped (only for `dropped`). */
  state: ActionState;
  stateReason: string;
}

/** Actions that one person can take on together: an activity's, or one school-wide topic's. */
export interface PlanGroup {
  /** `activity:<id>` or `topic:<topic>`; key into `assessment.actionGroups`. */
  key: string;
  scope: Scope;
  /** The school-wide topic, or null for an activity. */
  topic: (typeof TOPICS)[number] | null;
  /** The activity's name; null for a topic. */
  name: string | null;
  /** The most serious concern among its actions, which decides its place in the plan. */
  concern: Concern;
  /** The group's owner and deadline, which its actions take unless they have their own. */
  owner: string;
  deadline: string;
  /** Its actions, most serious first. */
  actions: PlannedAction[];
}

/** `school:<question>` or `<activity>:<question>`; the key format AssessmentSchema.actions accepts. */
export function actionKey(scope: Scope, questionId: string): string {
  return `${scope}:${questionId}`;
}

/** `topic:<topic>` or `activity:<id>`; the key format AssessmentSchema.actionGroups accepts. */
export function groupKey(scope: Scope, topic: string | null): string {
  return scope === 'school' ? `topic:${topic}` : `activity:${scope}`;
}
