import type { ActivityQuestion, Checklist, SchoolQuestion } from '../checklist/schema';
import type { LocalizedText } from '../content/common';
import { CONCERNS, FUNDING, TOPICS, type Concern, type SchoolType } from '../vocabulary';
import { actionKey, groupKey, type PlanGroup, type PlannedAction } from './action-plan';
import { activityQuestionsFor, answerTo, isDropped, questionKey, schoolQuestionsFor, type Scope } from './applicable';
import type { Activity, Answer, Assessment } from './format/schema';
import { isNewQuestion, needsReview } from './review';
import type { CostSummary, ItemStatus, PrincipleStatus, SummaryCounts } from './status';

// The one derived model of an assessment: which questions apply, statuses, the action plan, costs, counts
// and what to review. Views read it and never count for themselves. It is worked out per part (the
// school-wide questions, each activity) and a part is kept while its data is the same object, so a
// keystroke in one activity costs that activity, not the whole assessment (edits replace only what
// they change, see edit.ts).

/** An action without the owner and deadline the school fills in (those change on every keystroke). */
type ActionBase = Omit<PlannedAction, 'owner' | 'deadline' | 'ownOwner' | 'ownDeadline' | 'state' | 'stateReason'>;

/** One question where it is asked, with its answer. */
export interface AssessedQuestion {
  question: SchoolQuestion | ActivityQuestion;
  answer: Answer | undefined;
  /** Answered before the question last changed: look at it again. */
  review: boolean;
  /** Added to the checklist since the assessment's version and not answered yet. */
  isNew: boolean;
  /** Taken over (from another activity or year) and not yet confirmed: counts as unanswered. */
  recheck: boolean;
}

/** The school-wide part or one activity, worked out. */
export interface AssessedPart {
  scope: Scope;
  activity: Activity | null;
  questions: AssessedQuestion[];
  status: ItemStatus;
  /** Questions answered and confirmed. */
  answered: number;
  /** Questions asked. */
  total: number;
  /** Answers taken over (from another activity or last year) that wait for the school to confirm them. */
  toConfirm: number;
  /** For an optional activity: true while the school has not decided to open it to all or drop it. */
  needsDecision: boolean;
  actions: ActionBase[];
  /** Per principle: the grades that decide its status. */
  principles: Map<string, Grades>;
}

interface Grades {
  /** The most serious concern among "no" and "partly" answers; null when there is none. */
  worst: Concern | null;
  unanswered: boolean;
  answered: number;
  total: number;
}

export interface Assessed {
  school: AssessedPart;
  activities: AssessedPart[];
  /** Parts by scope (`school` or the activity id). */
  byScope: Map<string, AssessedPart>;
  /** Every action, in the plan's order: group by group. */
  plan: PlannedAction[];
  /** The action plan in groups, those with an exclusion (the law) first. */
  groups: PlanGroup[];
  principles: PrincipleStatus[];
  counts: SummaryCounts;
  costs: CostSummary;
  /** Answers to look at again: given before their question changed, or new questions not yet answered. */
  review: { scope: Scope; questionId: string; isNew: boolean }[];
}

const rank = (concern: Concern | null) => (concern === null ? CONCERNS.length : CONCERNS.indexOf(concern));
const worse = (a: Concern | null, b: Concern | null) => (rank(b) < rank(a) ? b : a);

/**
 * The status rules, in order. An exclusion wins even over unanswered questions, because a school must see
 * that an activity can keep pupils out before it has finished the list. Any "no" or "partly" counts: a
 * "partly" on an exclusion question still means some pupil can be left out, and the action it produces has
 * the same concern, so a status and its actions never disagree.
 */
function statusOfGrades(g: Grades): Exclude<ItemStatus, 'dropped'> {
  if (g.worst === 'exclusion') return 'excludes';
  if (g.unanswered) return 'incomplete';
  if (g.worst === 'cost-barrier') return 'cost-barrier';
  if (g.worst === 'information') return 'information';
  return 'open';
}

const emptyGrades = (): Grades => ({ worst: null, unanswered: false, answered: 0, total: 0 });

/** A taken-over answer counts as unanswered until confirmed, and as no answer for the status. */
const counted = (answer: Answer | undefined) => (answer && !answer.recheck ? answer.value : undefined);

function grade(into: Grades, concern: Concern, value: Answer['value'] | undefined) {
  into.total += 1;
  if (value === undefined) into.unanswered = true;
  else into.answered += 1;
  if (value === 'no' || value === 'partly') into.worst = worse(into.worst, concern);
}

/** The status of one set of questions given their answers; no questions at all counts as open. */
export function statusOfAnswers(questions: readonly { id: string; concern: Concern }[], answers: Readonly<Record<string, Answer>>): ItemStatus {
  const g = emptyGrades();
  for (const question of questions) grade(g, question.concern, counted(answerTo(answers, question.id)));
  return statusOfGrades(g);
}

function assessPart(
  scope: Scope,
  activity: Activity | null,
  questions: readonly (SchoolQuestion | ActivityQuestion)[],
  answers: Readonly<Record<string, Answer>>,
  checklistVersion: number,
): AssessedPart {
  const all = emptyGrades();
  const principles = new Map<string, Grades>();
  const assessed: AssessedQuestion[] = [];
  const actions: ActionBase[] = [];
  for (const question of questions) {
    const answer = answerTo(answers, question.id);
    const value = counted(answer);
    assessed.push({
      question,
      answer,
      review: needsReview(question, answer),
      isNew: isNewQuestion(question, answer, checklistVersion),
      recheck: answer?.recheck === true,
    });
    grade(all, question.concern, value);
    let p = principles.get(question.principle);
    if (!p) principles.set(question.principle, (p = emptyGrades()));
    grade(p, question.concern, value);
    if (value === 'no' || value === 'partly') {
      actions.push({
        key: actionKey(scope, question.id),
        group: groupKey(scope, 'topic' in question ? question.topic : null),
        scope,
        scopeName: activity ? activity.name : null,
        questionId: question.id,
        principle: question.principle,
        concern: question.concern,
        answer: value,
        suggestion: question.action as LocalizedText,
        question: question.text,
        note: answer?.note ?? '',
      });
    }
  }
  actions.sort((a, b) => rank(a.concern) - rank(b.concern));
  // An optional activity waits for one decision (open to every pupil who wants to join, or dropped);
  // until then it is not finished, whatever its answers say. The decision is not a question, so it is not
  // counted among the questions answered: "9 van 9 vragen beantwoord" stays true, and the status and the
  // part's `needsDecision` say what is still open.
  const needsDecision = activity !== null && activity.optional && activity.optionalDecision === null;
  if (needsDecision) all.unanswered = true;
  const status: ItemStatus = activity && isDropped(activity) ? 'dropped' : statusOfGrades(all);
  const toConfirm = assessed.reduce((n, q) => n + (q.recheck ? 1 : 0), 0);
  return { scope, activity, questions: assessed, status, answered: all.answered, total: all.total, toConfirm, needsDecision, actions, principles };
}

function costsOf(assessment: Assessment): CostSummary {
  const byFunding = Object.fromEntries([...FUNDING, 'unknown'].map((f) => [f, 0])) as CostSummary['byFunding'];
  let total = 0;
  let askedOnTop = 0;
  let withoutCost = 0;
  let wholeSchool = { total: 0, askedOnTop: 0, activities: 0 };
  const groups = new Map<string, { yearGroup: string; total: number; askedOnTop: number; activities: number }>();
  for (const activity of assessment.activities) {
    if (isDropped(activity)) continue;
    const cost = activity.costPerPupil ?? 0;
    if (activity.costPerPupil === null) withoutCost += 1;
    const onTop = activity.fundedBy === 'separate-charge' || activity.fundedBy === 'parents-purchase' ? cost : 0;
    total += cost;
    askedOnTop += onTop;
    byFunding[activity.fundedBy ?? 'unknown'] += cost;
    const label = activity.yearGroup.trim();
    if (label === '') {
      wholeSchool = { total: wholeSchool.total + cost, askedOnTop: wholeSchool.askedOnTop + onTop, activities: wholeSchool.activities + 1 };
      continue;
    }
    // "Klas 1" and "klas 1 " are the same group to a reader; the first spelling names it.
    const key = label.toLocaleLowerCase('nl').replace(/\s+/g, ' ');
    const group = groups.get(key) ?? { yearGroup: label, total: 0, askedOnTop: 0, activities: 0 };
    group.total += cost;
    group.askedOnTop += onTop;
    group.activities += 1;
    groups.set(key, group);
  }
  const byYearGroup = [...groups.values()]
    .map((g) => ({ yearGroup: g.yearGroup, total: g.total + wholeSchool.total, askedOnTop: g.askedOnTop + wholeSchool.askedOnTop, activities: g.activities + wholeSchool.activities }))
    .sort((a, b) => a.yearGroup.localeCompare(b.yearGroup, 'nl', { numeric: true }));
  return { contribution: assessment.profile.contribution, total, askedOnTop, withoutCost, byFunding, byYearGroup };
}

/**
 * Returns `assess(assessment)` for one checklist, remembering each part while its inputs are the same
 * objects. Create one per checklist (the island's state does) and call it after every change.
 */
export function createAssessor(checklist: Checklist) {
  const questionLists = new Map<string, readonly ActivityQuestion[]>();
  const activityQuestions = (type: SchoolType | null, activity: Activity) => {
    const key = questionKey(type, activity);
    let list = questionLists.get(key);
    if (!list) questionLists.set(key, (list = activityQuestionsFor(checklist, type, activity)));
    return list;
  };
  const schoolQuestions = new Map<SchoolType | null, SchoolQuestion[]>();
  const parts = new WeakMap<Activity, { type: SchoolType | null; version: number; part: AssessedPart }>();
  let school: { answers: Assessment['schoolAnswers']; type: SchoolType | null; version: number; part: AssessedPart } | null = null;
  // The principles' order: as the checklist first names them (school-wide, then activity questions).
  const principleOrder = [...new Set([...checklist.schoolQuestions, ...checklist.activityQuestions].map((q) => q.principle))];

  return function assess(assessment: Assessment): Assessed {
    const { schoolType: type } = assessment.profile;
    const version = assessment.checklistVersion;
    if (!school || school.answers !== assessment.schoolAnswers || school.type !== type || school.version !== version) {
      let questions = schoolQuestions.get(type);
      if (!questions) schoolQuestions.set(type, (questions = schoolQuestionsFor(checklist, type)));
      school = { answers: assessment.schoolAnswers, type, version, part: assessPart('school', null, questions, assessment.schoolAnswers, version) };
    }
    const activities = assessment.activities.map((activity) => {
      const known = parts.get(activity);
      if (known && known.type === type && known.version === version) return known.part;
      const part = assessPart(activity.id, activity, activityQuestions(type, activity), activity.answers, version);
      parts.set(activity, { type, version, part });
      return part;
    });
    const all = [school.part, ...activities];

    const byScope = new Map<string, AssessedPart>(all.map((part) => [part.scope, part]));
    const counts: SummaryCounts = {
      activities: { excludes: 0, incomplete: 0, 'cost-barrier': 0, information: 0, open: 0, dropped: 0 },
      answered: 0,
      toConfirm: 0,
      total: 0,
      actions: { exclusion: 0, 'cost-barrier': 0, information: 0 },
      actionStates: { 'not-started': 0, 'in-progress': 0, done: 0, dropped: 0 },
    };
    const principleGrades = new Map<string, Grades>(principleOrder.map((key) => [key, emptyGrades()]));
    const groups = new Map<string, PlanGroup>();
    const review: Assessed['review'] = [];
    for (const part of all) {
      if (part.activity) counts.activities[part.status] += 1;
      counts.answered += part.answered;
      counts.toConfirm += part.toConfirm;
      counts.total += part.total;
      for (const [key, g] of part.principles) {
        const into = principleGrades.get(key);
        if (!into) continue;
        into.worst = worse(into.worst, g.worst);
        into.unanswered ||= g.unanswered;
        into.answered += g.answered;
        into.total += g.total;
      }
      for (const base of part.actions) {
        let group = groups.get(base.group);
        if (!group) {
          const fields = Object.hasOwn(assessment.actionGroups, base.group) ? assessment.actionGroups[base.group] : undefined;
          const topic = part.activity ? null : (base.group.slice('topic:'.length) as PlanGroup['topic']);
          group = { key: base.group, scope: part.scope, topic, name: part.activity?.name ?? null, concern: base.concern, owner: fields?.owner ?? '', deadline: fields?.deadline ?? '', actions: [] };
          groups.set(base.group, group);
        }
        const own = Object.hasOwn(assessment.actions, base.key) ? assessment.actions[base.key] : undefined;
        const ownOwner = own?.owner ?? '';
        const ownDeadline = own?.deadline ?? '';
        const state = own?.state ?? 'not-started';
        group.actions.push({ ...base, ownOwner, ownDeadline, owner: ownOwner || group.owner, deadline: ownDeadline || group.deadline, state, stateReason: own?.stateReason ?? '' });
        group.concern = worse(group.concern, base.concern) ?? base.concern;
        counts.actions[base.concern] += 1;
        counts.actionStates[state] += 1;
      }
      for (const q of part.questions) {
        if (q.review || q.isNew) review.push({ scope: part.scope, questionId: q.question.id, isNew: q.isNew });
      }
    }
    // The law first: groups with an exclusion, then cost barriers, then missing information. Within a rank,
    // the school-wide topics in the flow's order, then the activities in the school's order (a stable sort).
    const topicOrder = (group: PlanGroup) => (group.topic ? TOPICS.indexOf(group.topic) : TOPICS.length);
    const planGroups = [...groups.values()].sort((a, b) => rank(a.concern) - rank(b.concern) || topicOrder(a) - topicOrder(b));
    const principles: PrincipleStatus[] = [...principleGrades].map(([principle, g]) => ({
      principle,
      status: g.total === 0 ? 'not-assessed' : statusOfGrades(g),
      answered: g.answered,
      total: g.total,
    }));
    // Changed answers first, then new questions, as the summary lists them.
    review.sort((a, b) => Number(a.isNew) - Number(b.isNew));
    return {
      school: school.part,
      activities,
      byScope,
      plan: planGroups.flatMap((group) => group.actions),
      groups: planGroups,
      principles,
      counts,
      costs: costsOf(assessment),
      review,
    };
  };
}
