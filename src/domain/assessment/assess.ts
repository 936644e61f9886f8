import type { Checklist, Severity } from '../checklist/schema';
import type { LocalizedText } from '../content/common';
import type { SchoolType } from '../vocabulary';
import { actionKey, type PlannedAction } from './action-plan';
import { activityQuestionsFor, answerTo, schoolQuestionsFor, type Scope } from './applicable';
import type { Activity, Answer, Assessment } from './format/schema';
import { isNewQuestion, needsReview } from './review';
import { type ItemStatus, type PrincipleStatus, type SummaryCounts } from './status';
import type { ActivityQuestion, SchoolQuestion } from '../checklist/schema';

// The one derived model of an assessment: which questions apply, statuses, the action plan, counts and
// what to review. Views read it and never count for themselves. It is worked out per part (the
// school-wide questions, each activity) and a part is kept while its data is the same object, so a
// keystroke in one activity costs that activity, not the whole assessment (edits replace only what
// they change, see edit.ts). The rules themselves live in status.ts, review.ts and action-plan.ts.

/** An action without the owner and deadline the school fills in (those change on every keystroke). */
type ActionBase = Omit<PlannedAction, 'owner' | 'deadline'>;

/** One question where it is asked, with its answer. */
export interface AssessedQuestion {
  question: SchoolQuestion | ActivityQuestion;
  answer: Answer | undefined;
  review: boolean;
  isNew: boolean;
}

/** The school-wide part or one activity, worked out. */
export interface AssessedPart {
  scope: Scope;
  activity: Activity | null;
  questions: AssessedQuestion[];
  status: ItemStatus;
  answered: number;
  total: number;
  actions: ActionBase[];
  /** Per principle: the grades that decide its status. */
  principles: Map<string, Grades>;
}

interface Grades {
  criticalNo: boolean;
  unanswered: boolean;
  notYes: boolean;
  answered: number;
  total: number;
}

export interface Assessed {
  school: AssessedPart;
  activities: AssessedPart[];
  /** Parts by scope (`school` or the activity id). */
  byScope: Map<string, AssessedPart>;
  plan: PlannedAction[];
  principles: PrincipleStatus[];
  counts: SummaryCounts;
  /** Answers to look at again: given before their question changed, or new questions not yet answered. */
  review: { scope: Scope; questionId: string; isNew: boolean }[];
}

/**
 * The status rules, in order. A critical "no" wins even over unanswered questions, because a school must
 * see that an activity can exclude pupils before it has finished the list. "partly" on a critical
 * question is a point of attention, not exclusion: the school has done something, just not enough.
 */
const statusOfGrades = (g: Grades): ItemStatus =>
  g.criticalNo ? 'excludes' : g.unanswered ? 'incomplete' : g.notYes ? 'attention' : 'open';

const emptyGrades = (): Grades => ({ criticalNo: false, unanswered: false, notYes: false, answered: 0, total: 0 });

function grade(into: Grades, severity: Severity, value: Answer['value'] | undefined) {
  into.total += 1;
  if (value === undefined) into.unanswered = true;
  else into.answered += 1;
  if (severity === 'critical' && value === 'no') into.criticalNo = true;
  if (value === 'no' || value === 'partly') into.notYes = true;
}

/** The status of one set of questions given their answers; no questions at all counts as open. */
export function statusOfAnswers(questions: readonly { id: string; severity: Severity }[], answers: Readonly<Record<string, Answer>>): ItemStatus {
  const g = emptyGrades();
  for (const question of questions) grade(g, question.severity, answerTo(answers, question.id)?.value);
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
    assessed.push({ question, answer, review: needsReview(question, answer), isNew: isNewQuestion(question, answer, checklistVersion) });
    grade(all, question.severity, answer?.value);
    let p = principles.get(question.principle);
    if (!p) principles.set(question.principle, (p = emptyGrades()));
    grade(p, question.severity, answer?.value);
    if (answer?.value === 'no' || answer?.value === 'partly') {
      actions.push({
        key: actionKey(scope, question.id),
        scope,
        scopeName: activity ? activity.name : null,
        questionId: question.id,
        principle: question.principle,
        severity: question.severity,
        answer: answer.value,
        suggestion: question.action as LocalizedText,
        question: question.text,
        note: answer.note,
      });
    }
  }
  return { scope, activity, questions: assessed, status: statusOfGrades(all), answered: all.answered, total: all.total, actions, principles };
}

/**
 * Returns `assess(assessment)` for one checklist, remembering each part while its inputs are the same
 * objects. Create one per checklist (the island's state does) and call it after every change.
 */
export function createAssessor(checklist: Checklist) {
  const questionsByType = new Map<string, readonly ActivityQuestion[]>();
  const activityQuestions = (type: SchoolType, kind: Activity['kind']) => {
    const key = `${type}:${kind}`;
    let list = questionsByType.get(key);
    if (!list) questionsByType.set(key, (list = activityQuestionsFor(checklist, type, kind)));
    return list;
  };
  const schoolQuestions = new Map<SchoolType, SchoolQuestion[]>();
  const parts = new WeakMap<Activity, { type: SchoolType; version: number; part: AssessedPart }>();
  let school: { answers: Assessment['schoolAnswers']; type: SchoolType; version: number; part: AssessedPart } | null = null;
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
      const part = assessPart(activity.id, activity, activityQuestions(type, activity.kind), activity.answers, version);
      parts.set(activity, { type, version, part });
      return part;
    });
    const all = [school.part, ...activities];

    const byScope = new Map<string, AssessedPart>(all.map((part) => [part.scope, part]));
    const counts: SummaryCounts = { activities: { open: 0, attention: 0, excludes: 0, incomplete: 0 }, answered: 0, total: 0, actions: { critical: 0, improvement: 0 } };
    const principleGrades = new Map<string, Grades>(principleOrder.map((key) => [key, emptyGrades()]));
    const critical: PlannedAction[] = [];
    const improvement: PlannedAction[] = [];
    const review: Assessed['review'] = [];
    for (const part of all) {
      if (part.activity) counts.activities[part.status] += 1;
      counts.answered += part.answered;
      counts.total += part.total;
      for (const [key, g] of part.principles) {
        const into = principleGrades.get(key);
        if (!into) continue;
        into.criticalNo ||= g.criticalNo;
        into.unanswered ||= g.unanswered;
        into.notYes ||= g.notYes;
        into.answered += g.answered;
        into.total += g.total;
      }
      for (const base of part.actions) {
        const fields = Object.hasOwn(assessment.actions, base.key) ? assessment.actions[base.key] : undefined;
        (base.severity === 'critical' ? critical : improvement).push({ ...base, owner: fields?.owner ?? '', deadline: fields?.deadline ?? '' });
      }
      for (const q of part.questions) {
        if (q.review || q.isNew) review.push({ scope: part.scope, questionId: q.question.id, isNew: q.isNew });
      }
    }
    counts.actions = { critical: critical.length, improvement: improvement.length };
    const principles: PrincipleStatus[] = [...principleGrades].map(([principle, g]) => ({
      principle,
      status: g.total === 0 ? 'not-assessed' : statusOfGrades(g),
      answered: g.answered,
      total: g.total,
    }));
    // Changed answers first, then new questions, as the summary lists them.
    review.sort((a, b) => Number(a.isNew) - Number(b.isNew));
    return { school: school.part, activities, byScope, plan: [...critical, ...improvement], principles, counts, review };
  };
}
