import type { ActionState } from '../../src/domain/assessment/format/constants';
// The per-rule reference of the self-assessment's results: the rules written out one by one over
// applicableItems, plainly and without memoising. src/domain/assessment/assess.ts computes the same in one
// pass per part (and per keystroke only for what changed); tests hold it to this reference, so a change to
// assess() that changes a status, a count, a cost or the plan is caught.
import type { Checklist } from '../../src/domain/checklist/schema';
import type { Concern } from '../../src/domain/vocabulary';
import { FUNDING, TOPICS } from '../../src/domain/vocabulary';
import type { PlannedAction } from '../../src/domain/assessment/action-plan';
import { activityQuestionsFor, answerTo, applicableItems, schoolQuestionsFor } from '../../src/domain/assessment/applicable';
import type { Activity, Answer, AnswerValue, Assessment } from '../../src/domain/assessment/format/schema';
import type { CostSummary, ItemStatus, PrincipleStatus, SummaryCounts } from '../../src/domain/assessment/status';

/** A question's concern with its answer value, if answered and confirmed. */
interface Graded {
  concern: Concern;
  value: AnswerValue | undefined;
}

const confirmed = (answer: Answer | undefined) => (answer && !answer.recheck ? answer.value : undefined);
const failing = (g: Graded) => g.value === 'no' || g.value === 'partly';

/**
 * The rules, in order: any "no" or "partly" on an exclusion question (the law) wins even over unanswered
 * questions; then unanswered (or not yet confirmed); then cost barriers; then missing information.
 */
function statusOf(graded: readonly Graded[], extraUnanswered = false): Exclude<ItemStatus, 'dropped'> {
  if (graded.some((g) => g.concern === 'exclusion' && failing(g))) return 'excludes';
  if (extraUnanswered || graded.some((g) => g.value === undefined)) return 'incomplete';
  if (graded.some((g) => g.concern === 'cost-barrier' && failing(g))) return 'cost-barrier';
  if (graded.some((g) => g.concern === 'information' && failing(g))) return 'information';
  return 'open';
}

/** The status of one activity, over the questions it gets at this school type. */
export function activityStatus(checklist: Checklist, assessment: Assessment, activity: Activity): ItemStatus {
  if (activity.optional && activity.optionalDecision === 'drop') return 'dropped';
  const questions = activityQuestionsFor(checklist, assessment.profile.schoolType, activity);
  const graded = questions.map((q) => ({ concern: q.concern, value: confirmed(answerTo(activity.answers, q.id)) }));
  return statusOf(graded, activity.optional && activity.optionalDecision === null);
}

/** The status of the school-wide part. */
export function schoolWideStatus(checklist: Checklist, assessment: Assessment): ItemStatus {
  const questions = schoolQuestionsFor(checklist, assessment.profile.schoolType);
  return statusOf(questions.map((q) => ({ concern: q.concern, value: confirmed(answerTo(assessment.schoolAnswers, q.id)) })));
}

/** How the school does on each principle, over every applicable question linked to it, in order of first appearance. */
export function principleStatuses(checklist: Checklist, assessment: Assessment): PrincipleStatus[] {
  const graded = new Map<string, Graded[]>();
  for (const question of [...checklist.schoolQuestions, ...checklist.activityQuestions]) {
    if (!graded.has(question.principle)) graded.set(question.principle, []);
  }
  for (const item of applicableItems(checklist, assessment)) {
    graded.get(item.question.principle)?.push({ concern: item.question.concern, value: confirmed(item.answer) });
  }
  return [...graded].map(([principle, list]) => ({
    principle,
    status: list.length === 0 ? 'not-assessed' : statusOf(list),
    answered: list.filter((g) => g.value !== undefined).length,
    total: list.length,
  }));
}

/** Everything the summary and report show. */
export interface Overview {
  /** Status of each activity, by activity id. */
  statuses: Map<string, ItemStatus>;
  /** The action plan in its order. */
  plan: PlannedAction[];
  counts: SummaryCounts;
}

export function overview(checklist: Checklist, assessment: Assessment): Overview {
  const statuses = new Map(assessment.activities.map((activity) => [activity.id, activityStatus(checklist, assessment, activity)] as const));
  const activities: Record<ItemStatus, number> = { excludes: 0, incomplete: 0, 'cost-barrier': 0, information: 0, open: 0, dropped: 0 };
  for (const status of statuses.values()) activities[status] += 1;

  const plan = actionPlan(checklist, assessment);
  const actions: Record<Concern, number> = { exclusion: 0, 'cost-barrier': 0, information: 0 };
  for (const action of plan) actions[action.concern] += 1;
  const actionStates: Record<ActionState, number> = { 'not-started': 0, 'in-progress': 0, done: 0, dropped: 0 };
  for (const action of plan) actionStates[action.state] += 1;

  const items = applicableItems(checklist, assessment);
  return {
    statuses,
    plan,
    counts: { activities, answered: items.filter((item) => confirmed(item.answer) !== undefined).length, toConfirm: items.filter((item) => item.answer?.recheck === true).length, total: items.length, actions, actionStates },
  };
}

const CONCERN_RANK: Record<Concern, number> = { exclusion: 0, 'cost-barrier': 1, information: 2 };

/**
 * The action plan: one action per "no" or "partly", grouped per activity and per school-wide topic. Groups
 * with an exclusion come first, then cost barriers, then information; within a rank school-wide topics in
 * the flow's order, then activities in the school's order; within a group the most serious first. An
 * action takes its group's owner and deadline unless it has its own.
 */
export function actionPlan(checklist: Checklist, assessment: Assessment): PlannedAction[] {
  const groups = new Map<string, { rank: number; topic: number; order: number; actions: PlannedAction[] }>();
  let order = 0;
  for (const { scope, activity, question, answer } of applicableItems(checklist, assessment)) {
    const value = confirmed(answer);
    if (value !== 'no' && value !== 'partly') continue;
    const group = activity ? `activity:${activity.id}` : `topic:${'topic' in question ? question.topic : ''}`;
    const key = `${scope}:${question.id}`;
    const own = Object.hasOwn(assessment.actions, key) ? assessment.actions[key] : undefined;
    const shared = Object.hasOwn(assessment.actionGroups, group) ? assessment.actionGroups[group] : undefined;
    if (!groups.has(group)) {
      groups.set(group, { rank: 9, topic: 'topic' in question ? TOPICS.indexOf(question.topic) : TOPICS.length, order: order++, actions: [] });
    }
    const entry = groups.get(group)!;
    entry.rank = Math.min(entry.rank, CONCERN_RANK[question.concern]);
    entry.actions.push({
      key,
      group,
      scope,
      scopeName: activity ? activity.name : null,
      questionId: question.id,
      principle: question.principle,
      concern: question.concern,
      answer: value,
      suggestion: question.action,
      question: question.text,
      note: answer?.note ?? '',
      owner: own?.owner || shared?.owner || '',
      deadline: own?.deadline || shared?.deadline || '',
      ownOwner: own?.owner ?? '',
      ownDeadline: own?.deadline ?? '',
      state: own?.state ?? 'not-started',
      stateReason: own?.stateReason ?? '',
    });
  }
  return [...groups.values()]
    .sort((a, b) => a.rank - b.rank || a.topic - b.topic || a.order - b.order)
    .flatMap((g) => g.actions.slice().sort((a, b) => CONCERN_RANK[a.concern] - CONCERN_RANK[b.concern]));
}

/**
 * Costs per pupil, summed activity by activity: every activity that goes ahead (not an optional one that
 * was dropped); "on top" are separate charges and parents' own purchases; a year group's total is its own
 * activities plus the whole school's; year groups written with other capitals or spaces are one group.
 */
export function costSummary(assessment: Assessment): CostSummary {
  const going = assessment.activities.filter((a) => !(a.optional && a.optionalDecision === 'drop'));
  const cost = (a: Activity) => a.costPerPupil ?? 0;
  const onTop = (a: Activity) => (a.fundedBy === 'separate-charge' || a.fundedBy === 'parents-purchase' ? cost(a) : 0);
  const sum = (list: Activity[], f: (a: Activity) => number) => list.reduce((total, a) => total + f(a), 0);
  const byFunding = {} as CostSummary['byFunding'];
  for (const f of [...FUNDING, 'unknown'] as const) byFunding[f] = sum(going.filter((a) => (a.fundedBy ?? 'unknown') === f), cost);
  const whole = going.filter((a) => a.yearGroup.trim() === '');
  const norm = (label: string) => label.trim().toLocaleLowerCase('nl').replace(/\s+/g, ' ');
  const names = [...new Set(going.filter((a) => a.yearGroup.trim() !== '').map((a) => norm(a.yearGroup)))];
  const byYearGroup = names
    .map((name) => {
      const own = going.filter((a) => norm(a.yearGroup) === name);
      const list = [...own, ...whole];
      return { yearGroup: own[0]!.yearGroup.trim(), total: sum(list, cost), askedOnTop: sum(list, onTop), activities: list.length };
    })
    .sort((a, b) => a.yearGroup.localeCompare(b.yearGroup, 'nl', { numeric: true }));
  return {
    contribution: assessment.profile.contribution,
    total: sum(going, cost),
    askedOnTop: sum(going, onTop),
    withoutCost: going.filter((a) => a.costPerPupil === null).length,
    byFunding,
    byYearGroup,
  };
}
