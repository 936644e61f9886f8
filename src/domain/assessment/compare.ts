import type { ActivityQuestion, Checklist, SchoolQuestion } from '../checklist/schema';
import type { LocalizedText } from '../content/common';
import type { Concern } from '../vocabulary';
import { actionKey } from './action-plan';
import { answerTo } from './applicable';
import { createAssessor, type Assessed, type AssessedPart } from './assess';
import type { ActionState } from './format/constants';
import type { Activity, AnswerValue, Assessment } from './format/schema';
import type { ItemStatus, PrincipleStatus } from './status';

// Two assessments side by side, usually last school year's and this year's: per activity and per principle
// better / worse / same / new / gone, the answers that changed, the costs, and how far last year's actions
// got. Pure: the island's compare step, the report's comparison page and the CSV all read this one result.

/**
 * How a status moved. The rule, in order:
 * 1. Only in the later assessment: `new`; only in the earlier: `gone`.
 * 2. "Nog niet compleet" (`incomplete`) on either side: `unfinished`. An unfinished part says nothing yet
 *    about whether pupils can join (next year's copy is unfinished until each answer is confirmed), so
 *    calling it better or worse would be a guess.
 * 3. Otherwise by seriousness as ITEM_STATUSES orders it, where `dropped` counts as `open`: nobody is kept
 *    out of an activity that does not take place, so dropping an activity that excluded pupils is better,
 *    and an open activity that is dropped is the same.
 * For principles, `not-assessed` (no question of it applies) on one side counts as `new` or `gone`.
 */
export const VERDICTS = ['worse', 'better', 'unfinished', 'new', 'gone', 'same'] as const;
export type Verdict = (typeof VERDICTS)[number];

type AnyStatus = ItemStatus | PrincipleStatus['status'];

const SERIOUSNESS: Record<Exclude<AnyStatus, 'incomplete' | 'not-assessed'>, number> = {
  excludes: 0,
  'cost-barrier': 1,
  information: 2,
  open: 3,
  dropped: 3,
};

export function verdictOf(before: AnyStatus | null, after: AnyStatus | null): Verdict {
  const absent = (s: AnyStatus | null) => s === null || s === 'not-assessed';
  if (absent(before) && absent(after)) return 'same';
  if (absent(before)) return 'new';
  if (absent(after)) return 'gone';
  if (before === 'incomplete' || after === 'incomplete') return 'unfinished';
  const b = SERIOUSNESS[before as keyof typeof SERIOUSNESS];
  const a = SERIOUSNESS[after as keyof typeof SERIOUSNESS];
  return a > b ? 'better' : a < b ? 'worse' : 'same';
}

/** One assessment as the comparison names it. */
export interface ComparedSide {
  id: string;
  schoolName: string;
  schoolYear: string;
  updatedAt: string;
  checklistVersion: number;
}

/** The school-wide part or one activity, matched across the two assessments. */
interface PartComparison {
  /** The activity's id in the earlier / later assessment; null where it is missing (and for the school-wide part). */
  beforeId: string | null;
  afterId: string | null;
  /** The later name where there is one; null for the school-wide part. */
  name: string | null;
  before: ItemStatus | null;
  after: ItemStatus | null;
  verdict: Verdict;
  /** Answers in the later assessment taken over and not yet confirmed (why it may be unfinished). */
  toConfirm: number;
  costBefore: number | null;
  costAfter: number | null;
  fundedByBefore: Activity['fundedBy'];
  fundedByAfter: Activity['fundedBy'];
  /** The cost per pupil or who pays differs (for an activity on one side only: it has a cost or a payer). */
  costChanged: boolean;
}

interface PrincipleComparison {
  principle: string;
  before: PrincipleStatus['status'];
  after: PrincipleStatus['status'];
  verdict: Verdict;
}

/** An answer that differs: given, taken away or changed (an answer only confirmed is not a change). */
interface AnswerChange {
  /** `school` or the activity's id in the later assessment. */
  scope: string;
  /** The activity's name; null for the school-wide part. */
  name: string | null;
  questionId: string;
  question: LocalizedText;
  before: AnswerValue | null;
  after: AnswerValue | null;
}

/** One action of either plan, with how far it got on each side. */
export interface ActionComparison {
  /** The action's key in the later assessment (in the earlier one for an activity that is gone). */
  key: string;
  scope: string;
  name: string | null;
  questionId: string;
  question: LocalizedText;
  suggestion: LocalizedText;
  concern: Concern;
  /** In the earlier plan, or only in the later one. */
  origin: 'earlier' | 'later';
  /** Its state in each; null where the assessment does not plan it. */
  before: ActionState | null;
  after: ActionState | null;
  /**
   * Why the later assessment no longer plans it: the answer is now yes or n.v.t. (or none), the question is no
   * longer asked (the activity was dropped or changed), or the activity is gone.
   */
  noLongerNeeded: null | 'answered' | 'not-asked' | 'activity-gone';
  /** Done in the later assessment and not in the earlier one. */
  markedDone: boolean;
}

interface AmountChange {
  before: number | null;
  after: number | null;
}

type CompareWarning = 'itself' | 'other-school' | 'other-checklist';

export interface Comparison {
  before: ComparedSide;
  after: ComparedSide;
  /** Said above the comparison: the same assessment twice, another school's, another checklist version. */
  warnings: CompareWarning[];
  school: PartComparison;
  /** Every activity of either, in the later assessment's order, then those that are gone. */
  activities: PartComparison[];
  principles: PrincipleComparison[];
  answers: AnswerChange[];
  /** The earlier plan's actions in its order, then the actions only the later plan has. */
  actions: ActionComparison[];
  costs: { contribution: AmountChange; total: AmountChange; askedOnTop: AmountChange; withoutCost: AmountChange };
  counts: {
    activities: Record<Verdict, number>;
    principles: Record<Verdict, number>;
    answers: number;
    /** The earlier plan's actions by their state in the later assessment. */
    earlierActions: Record<ActionState, number>;
    markedDone: number;
  };
}

/** "Sint-Jozef  school" and "sint jozefschool" are one school; case, accents, spaces and punctuation do not count. */
export const normaliseSchoolName = (name: string) =>
  name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLocaleLowerCase('nl').replace(/[^\p{L}\p{N}]+/gu, '');

const firstYear = (year: string) => {
  const match = /\d{4}/.exec(year);
  return match ? Number(match[0]) : null;
};

/**
 * Which of two assessments came first: the one the other continues (its predecessor), else the earlier school
 * year, else the one created first. On a tie, `other` counts as the earlier one: the open assessment is "now".
 */
export function orderForComparison(current: Assessment, other: Assessment): { before: Assessment; after: Assessment } {
  if (current.predecessor?.id === other.id && current.id !== other.id) return { before: other, after: current };
  if (other.predecessor?.id === current.id && current.id !== other.id) return { before: current, after: other };
  const yc = firstYear(current.profile.schoolYear);
  const yo = firstYear(other.profile.schoolYear);
  if (yc !== null && yo !== null && yc !== yo) return yc < yo ? { before: current, after: other } : { before: other, after: current };
  return current.createdAt < other.createdAt ? { before: current, after: other } : { before: other, after: current };
}

/** The same assessment, as saved at the same moment or with the very same content. */
function isSameAssessment(a: Assessment, b: Assessment): boolean {
  return a.id === b.id && (a.updatedAt === b.updatedAt || JSON.stringify(a) === JSON.stringify(b));
}

const side = (a: Assessment): ComparedSide => ({
  id: a.id,
  schoolName: a.profile.schoolName,
  schoolYear: a.profile.schoolYear,
  updatedAt: a.updatedAt,
  checklistVersion: a.checklistVersion,
});

/**
 * Pairs the activities: by id first (next year's copy keeps them), then, for two assessments made apart, by
 * the same name (case and spaces aside) and kind, each activity used once.
 */
function matchActivities(before: readonly AssessedPart[], after: readonly AssessedPart[]): [AssessedPart | null, AssessedPart | null][] {
  const byId = new Map(before.map((part) => [part.scope, part]));
  const used = new Set<AssessedPart>();
  const pairs: [AssessedPart | null, AssessedPart][] = after.map((part) => {
    const match = byId.get(part.scope);
    if (match) used.add(match);
    return [match ?? null, part];
  });
  // Looked up by name, not searched: two lists of a thousand activities each stay quick to compare.
  const nameKey = (part: AssessedPart) => `${part.activity!.kind}:${part.activity!.name.toLocaleLowerCase('nl').replace(/\s+/g, ' ').trim()}`;
  const byName = new Map<string, AssessedPart[]>();
  for (const part of before) {
    if (used.has(part)) continue;
    const key = nameKey(part);
    const same = byName.get(key);
    if (same) same.push(part);
    else byName.set(key, [part]);
  }
  for (const pair of pairs) {
    if (pair[0]) continue;
    const match = byName.get(nameKey(pair[1]))?.shift();
    if (match) {
      used.add(match);
      pair[0] = match;
    }
  }
  return [...pairs, ...before.filter((part) => !used.has(part)).map((part): [AssessedPart, null] => [part, null])];
}

const zeros = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

function comparePart(b: AssessedPart | null, a: AssessedPart | null): PartComparison {
  const costBefore = b?.activity?.costPerPupil ?? null;
  const costAfter = a?.activity?.costPerPupil ?? null;
  const fundedByBefore = b?.activity?.fundedBy ?? null;
  const fundedByAfter = a?.activity?.fundedBy ?? null;
  const isSchool = (b ?? a)!.activity === null;
  return {
    beforeId: isSchool ? null : b?.scope ?? null,
    afterId: isSchool ? null : a?.scope ?? null,
    name: (a ?? b)!.activity?.name ?? null,
    before: b?.status ?? null,
    after: a?.status ?? null,
    verdict: verdictOf(b?.status ?? null, a?.status ?? null),
    toConfirm: a ? a.questions.filter((q) => q.recheck).length : 0,
    costBefore,
    costAfter,
    fundedByBefore,
    fundedByAfter,
    costChanged: !isSchool && (costBefore !== costAfter || fundedByBefore !== fundedByAfter),
  };
}

/** The questions of either side of a part, each once, in the later side's order. */
function questionsOf(b: AssessedPart | null, a: AssessedPart | null): (SchoolQuestion | ActivityQuestion)[] {
  const seen = new Map<string, SchoolQuestion | ActivityQuestion>();
  for (const part of [a, b]) for (const q of part?.questions ?? []) if (!seen.has(q.question.id)) seen.set(q.question.id, q.question);
  return [...seen.values()];
}

const failing = (value: AnswerValue | undefined) => value === 'no' || value === 'partly';

/**
 * Compares two assessments of one checklist; `before` is the earlier one (see orderForComparison). Statuses
 * are the ones assess() gives each; answers count as they stand, so an answer taken over and only confirmed
 * is no change, and an action whose answer was taken over still needs doing.
 */
export function compareAssessments(before: Assessment, after: Assessment, checklist: Checklist, assess: (a: Assessment) => Assessed = createAssessor(checklist)): Comparison {
  const ab = assess(before);
  const aa = assess(after);

  const warnings: CompareWarning[] = [];
  if (isSameAssessment(before, after)) warnings.push('itself');
  const nb = normaliseSchoolName(before.profile.schoolName);
  const na = normaliseSchoolName(after.profile.schoolName);
  if (nb && na && nb !== na) warnings.push('other-school');
  if (before.checklistVersion !== after.checklistVersion) warnings.push('other-checklist');

  const pairs = matchActivities(ab.activities, aa.activities);
  const activities = pairs.map(([b, a]) => comparePart(b, a));

  const afterPrinciples = new Map(aa.principles.map((p) => [p.principle, p.status]));
  const principles = ab.principles.map((p) => {
    const next = afterPrinciples.get(p.principle) ?? 'not-assessed';
    return { principle: p.principle, before: p.status, after: next, verdict: verdictOf(p.status, next) };
  });

  const answers: AnswerChange[] = [];
  for (const [b, a] of [[ab.school, aa.school] as const, ...pairs]) {
    if (!b || !a) continue;
    for (const question of questionsOf(b, a)) {
      const was = answerTo(b.activity?.answers ?? before.schoolAnswers, question.id)?.value ?? null;
      const is = answerTo(a.activity?.answers ?? after.schoolAnswers, question.id)?.value ?? null;
      if (was !== is) answers.push({ scope: a.scope, name: a.activity?.name ?? null, questionId: question.id, question: question.text, before: was, after: is });
    }
  }

  // Action keys are per activity id: an activity matched by name has another id in each assessment.
  const laterScope = new Map<string, AssessedPart | null>([['school', aa.school], ...pairs.filter(([b]) => b).map(([b, a]): [string, AssessedPart | null] => [b!.scope, a])]);
  const earlierKeys = new Set<string>();
  const actions: ActionComparison[] = [];
  const stateIn = (assessment: Assessment, key: string): ActionState => (Object.hasOwn(assessment.actions, key) ? assessment.actions[key]!.state : 'not-started');
  for (const action of ab.plan) {
    const later = laterScope.get(action.scope) ?? null;
    const key = later ? actionKey(later.scope, action.questionId) : action.key;
    earlierKeys.add(key);
    const value = later ? answerTo(later.activity?.answers ?? after.schoolAnswers, action.questionId)?.value : undefined;
    const asked = later?.questions.some((q) => q.question.id === action.questionId) ?? false;
    const needed = later !== null && asked && failing(value);
    const state = needed ? stateIn(after, key) : null;
    actions.push({
      key,
      scope: later?.scope ?? action.scope,
      name: later?.activity?.name ?? action.scopeName,
      questionId: action.questionId,
      question: action.question,
      suggestion: action.suggestion,
      concern: action.concern,
      origin: 'earlier',
      before: action.state,
      after: state,
      noLongerNeeded: needed ? null : !later ? 'activity-gone' : asked ? 'answered' : 'not-asked',
      markedDone: state === 'done' && action.state !== 'done',
    });
  }
  for (const action of aa.plan) {
    if (earlierKeys.has(action.key)) continue;
    actions.push({
      key: action.key,
      scope: action.scope,
      name: action.scopeName,
      questionId: action.questionId,
      question: action.question,
      suggestion: action.suggestion,
      concern: action.concern,
      origin: 'later',
      before: null,
      after: action.state,
      noLongerNeeded: null,
      markedDone: action.state === 'done',
    });
  }

  const amount = (pick: (a: Assessed) => number | null): AmountChange => ({ before: pick(ab), after: pick(aa) });
  const earlierActions = zeros(['not-started', 'in-progress', 'done', 'dropped'] as const);
  for (const action of actions) if (action.origin === 'earlier' && action.after) earlierActions[action.after] += 1;
  const activityVerdicts = zeros(VERDICTS);
  for (const part of activities) activityVerdicts[part.verdict] += 1;
  const principleVerdicts = zeros(VERDICTS);
  for (const p of principles) principleVerdicts[p.verdict] += 1;

  return {
    before: side(before),
    after: side(after),
    warnings,
    school: comparePart(ab.school, aa.school),
    activities,
    principles,
    answers,
    actions,
    costs: {
      contribution: amount((x) => x.costs.contribution),
      total: amount((x) => x.costs.total),
      askedOnTop: amount((x) => x.costs.askedOnTop),
      withoutCost: amount((x) => x.costs.withoutCost),
    },
    counts: {
      activities: activityVerdicts,
      principles: principleVerdicts,
      answers: answers.length,
      earlierActions,
      markedDone: actions.filter((a) => a.markedDone).length,
    },
  };
}
