import type { Checklist } from '../checklist/schema';
import { ACTIVITY_KINDS, ACTIVITY_TRAITS, SCHOOL_TYPES } from '../vocabulary';
import type { Problem, Result } from '../result';
import { actionKey } from './action-plan';
import { activityQuestionsFor } from './applicable';
import { ACTION_STATES, FUNDING, LIMITS, MAX_ACTIVITIES, MR_INVOLVEMENT, OPTIONAL_DECISIONS } from './format/constants';
import type { Action, ActionFields, Activity, AnswerValue, Assessment, ForParents, Profile } from './format/schema';
import { newQuestions, questionsToReview } from './review';
import { applyMerge, mergeDifferences } from './merge';

// Every change a person makes to an assessment goes through `applyEdit`. It is the one place that knows
// what a value may be: what it accepts, the file check (format/decode.ts) accepts too, so work that the
// page kept always reopens and its exported file always imports (a property test holds it to that).
// A refused edit changes nothing and says why; the field that sent it shows that message.

const ID = /^[A-Za-z0-9_-]{1,64}$/;
const ANSWER_VALUES: readonly AnswerValue[] = ['yes', 'partly', 'no', 'na'];
/** `school` is the school-wide part's scope in action keys, so no activity may have it as its id. */
const SCHOOL_SCOPE = 'school';

/** What a person can do to an assessment. `scope` is `school` or an activity's id. */
export type Edit =
  | { type: 'profile'; patch: Partial<Profile> }
  | { type: 'answer'; scope: string; questionId: string; value: AnswerValue }
  /** Confirms a taken-over answer as it stands. */
  | { type: 'confirm'; scope: string; questionId: string }
  /** Takes over another activity's answers where this one has none yet, each marked to confirm. */
  | { type: 'copy-answers'; scope: string; from: string }
  | { type: 'note'; scope: string; questionId: string; note: string }
  | { type: 'add-activity'; id: string; activity: NewActivity }
  | { type: 'update-activity'; id: string; patch: ActivityPatch }
  | { type: 'remove-activity'; id: string }
  /** Puts a removed activity back (undo). When its id is taken meanwhile, it comes back under `newId`. */
  | { type: 'restore-activity'; activity: Activity; index: number; newId: string }
  /** An action's own owner, deadline and state (not started, in progress, done, dropped with a reason). */
  | { type: 'action'; scope: string; questionId: string; patch: Partial<Action> }
  /** Owner and deadline of a group of actions (`activity:<id>` or `topic:<topic>`). */
  | { type: 'action-group'; group: string; patch: Partial<ActionFields> }
  /** The school's own words for the text for parents: contact, paying in parts, what else the contribution pays for. */
  | { type: 'for-parents'; patch: Partial<ForParents> }
  /** A colleague's file merged in: only the differences (merge.ts keys) in `take` come from theirs; a record is kept. */
  | { type: 'merge'; theirs: Assessment; take: readonly string[]; fileName: string }
  /** Puts back the assessment as it was just before a merge, while that merge is still the last change. */
  | { type: 'undo-merge'; before: Assessment };

const ACTIVITY_FIELDS = ['name', 'kind', 'traits', 'yearGroup', 'costPerPupil', 'fundedBy', 'optional', 'optionalDecision', 'notes'] as const;
type ActivityField = (typeof ACTIVITY_FIELDS)[number];
export type NewActivity = Pick<Activity, 'name' | 'kind'> & Partial<Pick<Activity, 'templateId' | Exclude<ActivityField, 'name' | 'kind'>>>;
export type ActivityPatch = Partial<Pick<Activity, ActivityField>>;

/** Why an edit was refused; the island translates the code (`sa.edit.<code>`). */
type EditProblemCode =
  | 'name-missing'
  | 'too-long'
  | 'amount'
  | 'date'
  | 'choice'
  | 'id'
  | 'id-taken'
  | 'no-such-activity'
  | 'same-activity'
  | 'not-answered'
  | 'too-many-activities'
  | 'nothing-to-merge'
  | 'merge-key'
  | 'merge-not-last';

export interface EditContext {
  checklist: Checklist;
  now: Date;
}

const problem = (field: string, code: EditProblemCode, params: Problem['params'] = {}): { ok: false; issues: Problem[] } => ({
  ok: false,
  issues: [{ file: '', field, code, message: code, params }],
});

/** Length in code points, as the schema's limits are meant for people (an emoji is one character). */
const length = (text: string) => {
  let n = 0;
  for (const _ of text) n += 1;
  return n;
};

/** An ISO calendar date that exists (2027-02-29 does not). Same rule as the schema's `z.iso.date()`. */
function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return day <= days;
}

/** Question ids of a checklist, kept per checklist (an edit runs on every keystroke). */
const questionIds = new WeakMap<Checklist, Set<string>>();
function isQuestion(checklist: Checklist, id: string): boolean {
  let ids = questionIds.get(checklist);
  if (!ids) questionIds.set(checklist, (ids = new Set([...checklist.schoolQuestions, ...checklist.activityQuestions].map((q) => q.id))));
  return ids.has(id);
}

/** -0 passes every range check but is written as 0, so it would not come back from a file the same. */
const noNegativeZero = <T>(value: T): T => (Object.is(value, -0) ? (0 as T) : value);

const isAmount = (value: unknown): value is number | null =>
  value === null || (typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= LIMITS.amount);

/** Checks one text field against its limit; `required` refuses text that is empty once trimmed. */
function checkText(field: string, value: unknown, max: number, required = false): Problem[] {
  if (typeof value !== 'string') return problem(field, 'too-long').issues;
  if (required && value.trim() === '') return problem(field, 'name-missing').issues;
  if (length(value) > max) return problem(field, 'too-long', { maximum: max }).issues;
  return [];
}

function checkProfile(patch: Partial<Profile>): Problem[] {
  const issues: Problem[] = [];
  for (const key of ['schoolName', 'schoolYear', 'filledInBy'] as const) {
    if (key in patch) issues.push(...checkText(`profile.${key}`, patch[key], LIMITS.shortText));
  }
  if ('contribution' in patch && !isAmount(patch.contribution)) issues.push(...problem('profile.contribution', 'amount').issues);
  if ('schoolType' in patch && !SCHOOL_TYPES.includes(patch.schoolType as never)) issues.push(...problem('profile.schoolType', 'choice').issues);
  if ('mrInvolved' in patch && !MR_INVOLVEMENT.includes(patch.mrInvolved as never)) issues.push(...problem('profile.mrInvolved', 'choice').issues);
  return issues;
}

function checkActivityFields(patch: ActivityPatch): Problem[] {
  const issues: Problem[] = [];
  if ('name' in patch) issues.push(...checkText('name', patch.name, LIMITS.shortText, true));
  if ('notes' in patch) issues.push(...checkText('notes', patch.notes, LIMITS.longText));
  if ('costPerPupil' in patch && !isAmount(patch.costPerPupil)) issues.push(...problem('costPerPupil', 'amount').issues);
  if ('kind' in patch && !ACTIVITY_KINDS.includes(patch.kind as never)) issues.push(...problem('kind', 'choice').issues);
  if ('yearGroup' in patch) issues.push(...checkText('yearGroup', patch.yearGroup, LIMITS.shortText));
  if ('fundedBy' in patch && patch.fundedBy !== null && !FUNDING.includes(patch.fundedBy as never)) issues.push(...problem('fundedBy', 'choice').issues);
  if ('optional' in patch && typeof patch.optional !== 'boolean') issues.push(...problem('optional', 'choice').issues);
  if ('optionalDecision' in patch && patch.optionalDecision !== null && !OPTIONAL_DECISIONS.includes(patch.optionalDecision as never)) {
    issues.push(...problem('optionalDecision', 'choice').issues);
  }
  if ('traits' in patch) {
    const traits = patch.traits;
    if (!Array.isArray(traits) || traits.some((t) => !ACTIVITY_TRAITS.includes(t)) || new Set(traits).size !== traits.length) {
      issues.push(...problem('traits', 'choice').issues);
    }
  }
  return issues;
}

/** Only the keys an edit may set: a patch from a view can never add a field the format does not know. */
function pick<T extends object>(patch: T, keys: readonly (keyof T)[]): T {
  const out = {} as T;
  for (const key of keys) if (Object.hasOwn(patch, key) && patch[key] !== undefined) out[key] = patch[key];
  return out;
}

const activityIndex = (a: Assessment, id: string) => a.activities.findIndex((activity) => activity.id === id);

function withAnswers(a: Assessment, scope: string, update: (answers: Assessment['schoolAnswers']) => Assessment['schoolAnswers'] | null): Result<Assessment> {
  if (scope === SCHOOL_SCOPE) {
    const next = update(a.schoolAnswers);
    return next ? { ok: true, value: { ...a, schoolAnswers: next } } : problem('answer', 'not-answered');
  }
  const index = activityIndex(a, scope);
  if (index < 0) return problem('activity', 'no-such-activity');
  const activity = a.activities[index]!;
  const next = update(activity.answers);
  if (!next) return problem('answer', 'not-answered');
  const activities = a.activities.slice();
  activities[index] = { ...activity, answers: next };
  return { ok: true, value: { ...a, activities } };
}

function change(a: Assessment, edit: Edit, checklist: Checklist, now: Date): Result<Assessment> {
  switch (edit.type) {
    case 'profile': {
      const patch = pick(edit.patch, ['schoolName', 'schoolType', 'schoolYear', 'contribution', 'filledInBy', 'mrInvolved']);
      if ('contribution' in patch) patch.contribution = noNegativeZero(patch.contribution);
      const issues = checkProfile(patch);
      return issues.length ? { ok: false, issues } : { ok: true, value: { ...a, profile: { ...a.profile, ...patch } } };
    }
    case 'answer': {
      // Only the checklist's own questions: an id such as `__proto__` would pass the pattern, yet a
      // file's answers record drops it, so it would not come back from an export.
      if (!isQuestion(checklist, edit.questionId)) return problem('answer', 'id');
      if (!ANSWER_VALUES.includes(edit.value)) return problem('answer', 'choice');
      return withAnswers(a, edit.scope, (answers) => ({
        ...answers,
        [edit.questionId]: {
          value: edit.value,
          note: Object.hasOwn(answers, edit.questionId) ? answers[edit.questionId]!.note : '',
          checklistVersion: checklist.version,
          recheck: false,
        },
      }));
    }
    case 'confirm':
      return withAnswers(a, edit.scope, (answers) =>
        Object.hasOwn(answers, edit.questionId) ? { ...answers, [edit.questionId]: { ...answers[edit.questionId]!, recheck: false } } : null,
      );
    case 'copy-answers': {
      const from = activityIndex(a, edit.from);
      const to = activityIndex(a, edit.scope);
      if (from < 0 || to < 0) return problem('activity', 'no-such-activity');
      if (from === to) return problem('activity', 'same-activity');
      const source = a.activities[from]!.answers;
      const target = a.activities[to]!;
      // Only answers to questions this activity is asked, and never over an answer it already has.
      const answers = { ...target.answers };
      for (const question of activityQuestionsFor(checklist, a.profile.schoolType, target)) {
        if (Object.hasOwn(answers, question.id) || !Object.hasOwn(source, question.id)) continue;
        answers[question.id] = { ...source[question.id]!, recheck: true };
      }
      const activities = a.activities.slice();
      activities[to] = { ...target, answers };
      return { ok: true, value: { ...a, activities } };
    }
    case 'note': {
      const issues = checkText('note', edit.note, LIMITS.longText);
      if (issues.length) return { ok: false, issues };
      return withAnswers(a, edit.scope, (answers) =>
        Object.hasOwn(answers, edit.questionId) ? { ...answers, [edit.questionId]: { ...answers[edit.questionId]!, note: edit.note } } : null,
      );
    }
    case 'add-activity': {
      if (a.activities.length >= MAX_ACTIVITIES) return problem('activities', 'too-many-activities', { maximum: MAX_ACTIVITIES });
      if (!ID.test(edit.id) || edit.id === SCHOOL_SCOPE) return problem('id', 'id');
      if (activityIndex(a, edit.id) >= 0) return problem('id', 'id-taken');
      if (edit.activity.templateId != null && !ID.test(edit.activity.templateId)) return problem('templateId', 'id');
      const fields: ActivityPatch = {
        name: edit.activity.name,
        kind: edit.activity.kind,
        traits: edit.activity.traits ?? [],
        yearGroup: edit.activity.yearGroup ?? '',
        costPerPupil: noNegativeZero(edit.activity.costPerPupil ?? null),
        fundedBy: edit.activity.fundedBy ?? null,
        optional: edit.activity.optional ?? false,
        optionalDecision: edit.activity.optionalDecision ?? null,
        notes: edit.activity.notes ?? '',
      };
      const issues = checkActivityFields(fields);
      if (issues.length) return { ok: false, issues };
      const activity: Activity = { id: edit.id, templateId: edit.activity.templateId ?? null, ...(fields as Required<ActivityPatch>), answers: {} };
      return { ok: true, value: { ...a, activities: [...a.activities, activity] } };
    }
    case 'update-activity': {
      const index = activityIndex(a, edit.id);
      if (index < 0) return problem('activity', 'no-such-activity');
      const patch = pick(edit.patch, ACTIVITY_FIELDS);
      if ('costPerPupil' in patch) patch.costPerPupil = noNegativeZero(patch.costPerPupil);
      const issues = checkActivityFields(patch);
      if (issues.length) return { ok: false, issues };
      const activities = a.activities.slice();
      activities[index] = { ...activities[index]!, ...patch };
      return { ok: true, value: { ...a, activities } };
    }
    case 'remove-activity': {
      const index = activityIndex(a, edit.id);
      if (index < 0) return problem('activity', 'no-such-activity');
      return { ok: true, value: { ...a, activities: a.activities.filter((_, i) => i !== index) } };
    }
    case 'restore-activity': {
      if (a.activities.length >= MAX_ACTIVITIES) return problem('activities', 'too-many-activities', { maximum: MAX_ACTIVITIES });
      // Undo never overwrites: if another activity has this id by now, the old one comes back beside it.
      if (!ID.test(edit.activity.id) || edit.activity.id === SCHOOL_SCOPE) return problem('id', 'id');
      const taken = activityIndex(a, edit.activity.id) >= 0;
      if (taken && (!ID.test(edit.newId) || edit.newId === SCHOOL_SCOPE || activityIndex(a, edit.newId) >= 0)) return problem('id', 'id-taken');
      const activity = taken ? { ...edit.activity, id: edit.newId } : edit.activity;
      const issues = checkActivityFields(activity);
      if (issues.length) return { ok: false, issues };
      const at = Math.max(0, Math.min(edit.index, a.activities.length));
      const activities = [...a.activities.slice(0, at), activity, ...a.activities.slice(at)];
      // Owners and deadlines were keyed by the old id; a restored copy takes them along.
      const actions = taken ? { ...a.actions, ...copyActions(a.actions, edit.activity.id, edit.newId) } : a.actions;
      const group = `activity:${edit.activity.id}`;
      const actionGroups =
        taken && Object.hasOwn(a.actionGroups, group) ? { ...a.actionGroups, [`activity:${edit.newId}`]: a.actionGroups[group]! } : a.actionGroups;
      return { ok: true, value: { ...a, activities, actions, actionGroups } };
    }
    case 'action': {
      if (edit.scope !== SCHOOL_SCOPE && activityIndex(a, edit.scope) < 0) return problem('activity', 'no-such-activity');
      if (!isQuestion(checklist, edit.questionId)) return problem('action', 'id');
      const checked = checkActionFields(edit.patch);
      if (!checked.ok) return checked;
      const patch: Partial<Action> = checked.value;
      const extra = pick(edit.patch, ['state', 'stateReason']);
      if ('state' in extra && !ACTION_STATES.includes(extra.state as never)) return problem('state', 'choice');
      if ('stateReason' in extra) {
        const issues = checkText('stateReason', extra.stateReason, LIMITS.shortText);
        if (issues.length) return { ok: false, issues };
      }
      Object.assign(patch, extra);
      const key = actionKey(edit.scope, edit.questionId);
      const existing = Object.hasOwn(a.actions, key) ? a.actions[key] : undefined;
      const fields: Action = { owner: '', deadline: '', state: 'not-started', stateReason: '', ...existing, ...patch };
      return { ok: true, value: { ...a, actions: { ...a.actions, [key]: fields } } };
    }
    case 'action-group': {
      const match = /^(activity|topic):([A-Za-z0-9_-]{1,64})$/.exec(edit.group);
      if (!match) return problem('group', 'id');
      if (match[1] === 'activity' && activityIndex(a, match[2]!) < 0) return problem('activity', 'no-such-activity');
      const patch = checkActionFields(edit.patch);
      if (!patch.ok) return patch;
      const existing = Object.hasOwn(a.actionGroups, edit.group) ? a.actionGroups[edit.group] : undefined;
      return { ok: true, value: { ...a, actionGroups: { ...a.actionGroups, [edit.group]: { owner: '', deadline: '', ...existing, ...patch.value } } } };
    }
    case 'for-parents': {
      const patch = pick(edit.patch, ['contact', 'instalments', 'paysFor']);
      const issues = [
        ...('contact' in patch ? checkText('forParents.contact', patch.contact, LIMITS.shortText) : []),
        ...('instalments' in patch ? checkText('forParents.instalments', patch.instalments, LIMITS.longText) : []),
        ...('paysFor' in patch ? checkText('forParents.paysFor', patch.paysFor, LIMITS.longText) : []),
      ];
      return issues.length ? { ok: false, issues } : { ok: true, value: { ...a, forParents: { ...a.forParents, ...patch } } };
    }
    case 'merge': {
      const keys = new Set(mergeDifferences(a, edit.theirs).map((d) => d.key));
      if (keys.size === 0) return problem('merge', 'nothing-to-merge');
      const unknown = edit.take.find((key) => !keys.has(key));
      if (unknown !== undefined) return problem('merge', 'merge-key', { key: unknown.slice(0, 200) });
      const merged = applyMerge(a, edit.theirs, new Set(edit.take), { at: now.toISOString(), fileName: edit.fileName });
      if (merged.activities.length > MAX_ACTIVITIES) return problem('activities', 'too-many-activities', { maximum: MAX_ACTIVITIES });
      return { ok: true, value: merged };
    }
    case 'undo-merge': {
      // The merge is still the last change when its record is the one added to `before` and it was made at the
      // moment the assessment was last changed (every edit stamps `updatedAt`; a merge stamps both the same).
      const last = a.merges.at(-1);
      // Compared by the record before it, not by the number of records: at the limit (MAX_MERGES) the oldest
      // record gives way, so a merge does not always add one to the count.
      const isLast =
        edit.before.id === a.id && last !== undefined && last.at === a.updatedAt && a.merges.at(-2)?.at === edit.before.merges.at(-1)?.at;
      return isLast ? { ok: true, value: edit.before } : problem('merge', 'merge-not-last');
    }
  }
}

/** Owner and deadline as an action or a group of actions takes them. */
function checkActionFields(input: Partial<ActionFields>): Result<Partial<ActionFields>> {
  const patch = pick(input, ['owner', 'deadline']);
  if ('owner' in patch) {
    const issues = checkText('owner', patch.owner, LIMITS.shortText);
    if (issues.length) return { ok: false, issues };
  }
  if ('deadline' in patch && patch.deadline !== '' && !isIsoDate(patch.deadline ?? '')) return problem('deadline', 'date');
  return { ok: true, value: patch };
}

function copyActions(actions: Assessment['actions'], from: string, to: string): Assessment['actions'] {
  const out: Assessment['actions'] = {};
  for (const [key, fields] of Object.entries(actions)) if (key.startsWith(`${from}:`)) out[`${to}:${key.slice(from.length + 1)}`] = fields;
  return out;
}

/**
 * Applies one edit: the new assessment, stamped with the time, or the problems that refused it (then
 * nothing changed). When nothing is left to review or newly to answer, the answers all stand against
 * the current checklist, so the assessment is brought up to its version.
 */
export function applyEdit(assessment: Assessment, edit: Edit, { checklist, now }: EditContext): Result<Assessment> {
  const changed = change(assessment, edit, checklist, now);
  if (!changed.ok) return changed;
  let next: Assessment = { ...changed.value, updatedAt: now.toISOString() };
  if (next.checklistVersion !== checklist.version && questionsToReview(checklist, next).length === 0 && newQuestions(checklist, next).length === 0) {
    next = { ...next, checklistVersion: checklist.version };
  }
  return { ok: true, value: next };
}
