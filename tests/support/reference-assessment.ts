// The per-rule reference of the self-assessment's results: the rules written out one by one over
// applicableItems, the way the first release computed them. src/domain/assessment/assess.ts computes the
// same in one pass per part (and per keystroke only for what changed); tests hold it to this reference,
// so a change to assess() that changes a status, a count or the plan is caught.
import type { Checklist, Severity } from '../../src/domain/checklist/schema';
import { actionKey, type PlannedAction } from '../../src/domain/assessment/action-plan';
import { activityQuestionsFor, answerTo, applicableItems, schoolQuestionsFor } from '../../src/domain/assessment/applicable';
import type { Activity, Answer, AnswerValue, Assessment } from '../../src/domain/assessment/format/schema';
import type { ItemStatus, PrincipleStatus, SummaryCounts } from '../../src/domain/assessment/status';

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
function statusOfAnswers(
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

/** Everything the summary and report show, computed in one pass over the answers. */
export interface Overview {
  /** Status of each activity, by activity id. */
  statuses: Map<string, ItemStatus>;
  /** The action plan (see action-plan.ts). */
  plan: PlannedAction[];
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
