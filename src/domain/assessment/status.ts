import type { Checklist, Severity } from '../checklist/schema';
import { actionPlan } from './action-plan';
import { activityQuestionsFor, answerTo, applicableItems, schoolQuestionsFor } from './applicable';
import type { Activity, Answer, AnswerValue, Assessment } from './format/schema';

// Statuses are derived from the answers every time and never stored: a stored status could disagree with
// the answers after an edit, an import or a new checklist version.

/**
 * `open`: open to every pupil. `attention`: a point of attention. `excludes`: can exclude pupils.
 * `incomplete`: not every question is answered yet.
 */
export type ItemStatus = 'open' | 'attention' | 'excludes' | 'incomplete';
export const ITEM_STATUSES = ['open', 'attention', 'excludes', 'incomplete'] as const satisfies readonly ItemStatus[];

/** A question's severity with its answer value, if answered. */
interface Graded {
  severity: Severity;
  value: AnswerValue | undefined;
}

/**
 * The rules, in order. A critical "no" wins even over unanswered questions, because a school must see that
 * an activity can exclude pupils before it has finished the list. "partly" on a critical question is a point
 * of attention, not exclusion: the school has done something, just not enough.
 */
function statusOf(graded: readonly Graded[]): ItemStatus {
  if (graded.some((g) => g.severity === 'critical' && g.value === 'no')) return 'excludes';
  if (graded.some((g) => g.value === undefined)) return 'incomplete';
  if (graded.some((g) => g.value === 'no' || g.value === 'partly')) return 'attention';
  return 'open';
}

/** The status of one set of questions given their answers; no questions at all counts as open. */
export function statusOfAnswers(
  questions: readonly { id: string; severity: Severity }[],
  answers: Readonly<Record<string, Answer>>,
): ItemStatus {
  return statusOf(questions.map((q) => ({ severity: q.severity, value: answerTo(answers, q.id)?.value })));
}

/** The status of one activity, over the questions its kind gets at this school type. */
export function activityStatus(checklist: Checklist, assessment: Assessment, activity: Activity): ItemStatus {
  return statusOfAnswers(activityQuestionsFor(checklist, assessment.profile.schoolType, activity.kind), activity.answers);
}

/** The status of the school-wide part. */
export function schoolWideStatus(checklist: Checklist, assessment: Assessment): ItemStatus {
  return statusOfAnswers(schoolQuestionsFor(checklist, assessment.profile.schoolType), assessment.schoolAnswers);
}

export interface PrincipleStatus {
  /** The principle's key. */
  principle: string;
  /** `not-assessed` when no question of this principle applies (yet), e.g. no activity of that kind. */
  status: ItemStatus | 'not-assessed';
  answered: number;
  total: number;
}

/**
 * How the school does on each principle, over every applicable question linked to it: the school-wide ones
 * and each activity's. Every principle the checklist names is listed, in order of first appearance
 * (school-wide questions, then activity questions), so the overview keeps the same rows as the school adds
 * activities.
 */
export function principleStatuses(checklist: Checklist, assessment: Assessment): PrincipleStatus[] {
  const graded = new Map<string, Graded[]>();
  for (const question of [...checklist.schoolQuestions, ...checklist.activityQuestions]) {
    if (!graded.has(question.principle)) graded.set(question.principle, []);
  }
  for (const item of applicableItems(checklist, assessment)) {
    graded.get(item.question.principle)?.push({ severity: item.question.severity, value: item.answer?.value });
  }
  return [...graded].map(([principle, list]) => ({
    principle,
    status: list.length === 0 ? 'not-assessed' : statusOf(list),
    answered: list.filter((g) => g.value !== undefined).length,
    total: list.length,
  }));
}

export interface SummaryCounts {
  /** Number of activities in each status. */
  activities: Record<ItemStatus, number>;
  /** Applicable questions answered, over the school-wide part and all activities (progress). */
  answered: number;
  /** Applicable questions in all. */
  total: number;
  /** Number of actions in the action plan, by severity. */
  actions: Record<Severity, number>;
}

/** Everything the summary and report show, computed in one pass over the answers. */
export interface Overview {
  /** Status of each activity, by activity id. */
  statuses: Map<string, ItemStatus>;
  /** The action plan (see action-plan.ts). */
  plan: ReturnType<typeof actionPlan>;
  counts: SummaryCounts;
}

export function overview(checklist: Checklist, assessment: Assessment): Overview {
  const statuses = new Map(assessment.activities.map((activity) => [activity.id, activityStatus(checklist, assessment, activity)] as const));
  const activities: Record<ItemStatus, number> = { open: 0, attention: 0, excludes: 0, incomplete: 0 };
  for (const status of statuses.values()) activities[status] += 1;

  const plan = actionPlan(checklist, assessment);
  const actions: Record<Severity, number> = { critical: 0, improvement: 0 };
  for (const action of plan) actions[action.severity] += 1;

  const items = applicableItems(checklist, assessment);
  return {
    statuses,
    plan,
    counts: { activities, answered: items.filter((item) => item.answer !== undefined).length, total: items.length, actions },
  };
}

/** The numbers for the overview: activities per status, progress, and actions. */
export function summaryCounts(checklist: Checklist, assessment: Assessment): SummaryCounts {
  return overview(checklist, assessment).counts;
}
