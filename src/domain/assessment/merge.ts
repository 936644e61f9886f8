import { MAX_MERGES } from './format/constants';
import type { Action, ActionFields, Activity, Answer, AnswerValue, Assessment, ForParents, MergeRecord, Profile } from './format/schema';

// Merging a colleague's file into the open assessment (issue 11, part 4). Every difference between the two
// is one item with a stable key; a person chooses per item, and only the keys they chose to take come from
// the colleague's file. Everything else stays as it is here: nothing is overwritten without a choice.
//
// Keys (scopes and activity ids are this assessment's, so a key still means the same thing after merging):
//   profile:<field>                   for-parents:<field>
//   answer:<scope>:<question>         note:<scope>:<question>   (a note only when both sides answered;
//                                                                otherwise it comes and goes with its answer)
//   activity:<id>                     an activity only in one file: taking it adds theirs, or removes mine
//                                     (the colleague removed it); keeping it leaves this side as it is
//   activity-field:<id>:<field>       name, kind, traits, year group, cost, payer, optional, decision, notes
//   action:<scope>:<question>:<field> owner, deadline, state, stateReason
//   group:<activity|topic>:<id>:<field>  a group of actions' owner and deadline

export type MergeGroup = 'profile' | 'school' | `activity:${string}` | 'plan' | 'parents';
export type MergeValue = string | number | boolean | null | readonly string[];

interface Base {
  key: string;
  group: MergeGroup;
  mine: MergeValue;
  theirs: MergeValue;
}
export type Difference =
  | (Base & { kind: 'profile'; field: keyof Profile })
  | (Base & { kind: 'for-parents'; field: keyof ForParents })
  /** `mine`/`theirs`: the answer value, null when that side has none. `note` is the side's note. */
  | (Base & { kind: 'answer'; scope: string; questionId: string; mine: AnswerValue | null; theirs: AnswerValue | null; theirsNote: string })
  | (Base & { kind: 'note'; scope: string; questionId: string; mine: string; theirs: string })
  /** `mine`/`theirs`: the activity's name on the side that has it, null on the other. */
  | (Base & { kind: 'activity'; id: string; mine: string | null; theirs: string | null })
  | (Base & { kind: 'activity-field'; id: string; field: ActivityField })
  | (Base & { kind: 'action'; actionKey: string; field: keyof Action })
  | (Base & { kind: 'group'; groupKey: string; field: keyof ActionFields });

const ACTIVITY_FIELDS = ['name', 'kind', 'traits', 'yearGroup', 'costPerPupil', 'fundedBy', 'optional', 'optionalDecision', 'notes'] as const;
type ActivityField = (typeof ACTIVITY_FIELDS)[number];
const PROFILE_FIELDS = ['schoolName', 'schoolType', 'schoolYear', 'contribution', 'filledInBy', 'mrInvolved'] as const;
const PARENTS_FIELDS = ['contact', 'instalments', 'paysFor'] as const;
const ACTION_FIELDS = ['owner', 'deadline', 'state', 'stateReason'] as const;
const GROUP_FIELDS = ['owner', 'deadline'] as const;
const NO_ACTION: Action = { owner: '', deadline: '', state: 'not-started', stateReason: '' };
const NO_GROUP: ActionFields = { owner: '', deadline: '' };

const same = (a: MergeValue, b: MergeValue) =>
  Array.isArray(a) && Array.isArray(b) ? a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n') : a === b;
const own = <T>(record: Record<string, T>, key: string): T | undefined => (Object.hasOwn(record, key) ? record[key] : undefined);
const nameKey = (a: Activity) => `${a.kind}\n${a.name.trim().toLocaleLowerCase('nl')}`;

/** School names compared without case, accents, spaces or punctuation ("Het Lyceum" and "het-lyceum" are one school). */
const normaliseSchool = (name: string) =>
  name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLocaleLowerCase('nl').replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * Pairs the activities: by id first (a colleague working on a copy of the same exported file keeps the ids),
 * then the rest by the same kind and name. Returns theirs by my id, and theirs that have no partner here.
 */
function pairActivities(mine: Assessment, theirs: Assessment) {
  const byId = new Map(theirs.activities.map((a) => [a.id, a]));
  const paired = new Map<string, Activity>();
  const used = new Set<string>();
  for (const a of mine.activities) {
    const other = byId.get(a.id);
    if (other) {
      paired.set(a.id, other);
      used.add(other.id);
    }
  }
  const free = new Map<string, Activity[]>();
  for (const t of theirs.activities) if (!used.has(t.id)) free.set(nameKey(t), [...(free.get(nameKey(t)) ?? []), t]);
  for (const a of mine.activities) {
    if (paired.has(a.id)) continue;
    const other = free.get(nameKey(a))?.shift();
    if (other) {
      paired.set(a.id, other);
      used.add(other.id);
    }
  }
  return { paired, onlyTheirs: theirs.activities.filter((t) => !used.has(t.id)) };
}

function answerDifferences(scope: string, group: MergeGroup, mine: Record<string, Answer>, theirs: Record<string, Answer>): Difference[] {
  const out: Difference[] = [];
  const ids = [...Object.keys(mine), ...Object.keys(theirs).filter((id) => !Object.hasOwn(mine, id))];
  for (const questionId of ids) {
    const m = own(mine, questionId);
    const t = own(theirs, questionId);
    if (m?.value !== t?.value) {
      out.push({ kind: 'answer', key: `answer:${scope}:${questionId}`, group, scope, questionId, mine: m?.value ?? null, theirs: t?.value ?? null, theirsNote: t?.note ?? '' });
    }
    if (m && t && m.note !== t.note) out.push({ kind: 'note', key: `note:${scope}:${questionId}`, group, scope, questionId, mine: m.note, theirs: t.note });
  }
  return out;
}

/** Every difference between this assessment and a colleague's, in the order a person reads them. */
export function mergeDifferences(mine: Assessment, theirs: Assessment): Difference[] {
  const out: Difference[] = [];
  for (const field of PROFILE_FIELDS) {
    if (!same(mine.profile[field], theirs.profile[field])) out.push({ kind: 'profile', key: `profile:${field}`, group: 'profile', field, mine: mine.profile[field], theirs: theirs.profile[field] });
  }
  out.push(...answerDifferences('school', 'school', mine.schoolAnswers, theirs.schoolAnswers));

  const { paired, onlyTheirs } = pairActivities(mine, theirs);
  // Their activity's id as it is here: its partner's, or its own when it would be added.
  const idHere = new Map<string, string>();
  for (const [id, t] of paired) idHere.set(t.id, id);
  for (const a of mine.activities) {
    const group: MergeGroup = `activity:${a.id}`;
    const t = paired.get(a.id);
    if (!t) {
      out.push({ kind: 'activity', key: `activity:${a.id}`, group, id: a.id, mine: a.name, theirs: null });
      continue;
    }
    for (const field of ACTIVITY_FIELDS) {
      if (!same(a[field], t[field])) out.push({ kind: 'activity-field', key: `activity-field:${a.id}:${field}`, group, id: a.id, field, mine: a[field], theirs: t[field] });
    }
    out.push(...answerDifferences(a.id, group, a.answers, t.answers));
  }
  for (const t of onlyTheirs) out.push({ kind: 'activity', key: `activity:${t.id}`, group: `activity:${t.id}`, id: t.id, mine: null, theirs: t.name });

  // Actions and groups of activities on both sides; those of an activity only in one file come and go with it.
  const here = (scope: string) => scope === 'school' || paired.has(scope);
  const theirKey = (key: string) => {
    const [scope = '', rest = ''] = key.split(/:(.*)/s);
    if (scope === 'school') return key;
    const id = idHere.get(scope);
    return id !== undefined && paired.has(id) ? `${id}:${rest}` : null;
  };
  const theirActions = new Map<string, Action>();
  for (const [key, value] of Object.entries(theirs.actions)) {
    const k = theirKey(key);
    if (k !== null) theirActions.set(k, value);
  }
  const actionKeys = [...Object.keys(mine.actions).filter((k) => here(k.split(':')[0]!)), ...theirActions.keys()];
  for (const actionKey of new Set(actionKeys)) {
    const m = own(mine.actions, actionKey) ?? NO_ACTION;
    const t = theirActions.get(actionKey) ?? NO_ACTION;
    for (const field of ACTION_FIELDS) {
      if (m[field] !== t[field]) out.push({ kind: 'action', key: `action:${actionKey}:${field}`, group: 'plan', actionKey, field, mine: m[field], theirs: t[field] });
    }
  }
  const theirGroups = new Map<string, ActionFields>();
  for (const [key, value] of Object.entries(theirs.actionGroups)) {
    const [type, id = ''] = key.split(':');
    if (type === 'topic') theirGroups.set(key, value);
    else if (idHere.has(id) && paired.has(idHere.get(id)!)) theirGroups.set(`activity:${idHere.get(id)}`, value);
  }
  const groupKeys = [...Object.keys(mine.actionGroups).filter((k) => k.startsWith('topic:') || paired.has(k.slice('activity:'.length))), ...theirGroups.keys()];
  for (const groupKey of new Set(groupKeys)) {
    const m = own(mine.actionGroups, groupKey) ?? NO_GROUP;
    const t = theirGroups.get(groupKey) ?? NO_GROUP;
    for (const field of GROUP_FIELDS) {
      if (m[field] !== t[field]) out.push({ kind: 'group', key: `group:${groupKey}:${field}`, group: 'plan', groupKey, field, mine: m[field], theirs: t[field] });
    }
  }

  for (const field of PARENTS_FIELDS) {
    if (mine.forParents[field] !== theirs.forParents[field]) out.push({ kind: 'for-parents', key: `for-parents:${field}`, group: 'parents', field, mine: mine.forParents[field], theirs: theirs.forParents[field] });
  }
  return out;
}

/** What to say before any choice: another school, another checklist version, an older save of this very assessment. */
export type MergeWarning = 'other-school' | 'other-checklist' | 'older-save';

export function mergeWarnings(mine: Assessment, theirs: Assessment): MergeWarning[] {
  const warnings: MergeWarning[] = [];
  const a = normaliseSchool(mine.profile.schoolName);
  const b = normaliseSchool(theirs.profile.schoolName);
  if (a && b && a !== b) warnings.push('other-school');
  if (mine.checklistVersion !== theirs.checklistVersion) warnings.push('other-checklist');
  // The same assessment saved to a file earlier: what changed here since would show up as "theirs" to undo.
  if (mine.id === theirs.id && theirs.updatedAt < mine.updatedAt) warnings.push('older-save');
  return warnings;
}

const cut = (text: string, max: number) => [...text].slice(0, max).join('');

/**
 * This assessment with the differences whose keys are in `take` from theirs, and a record of the merge
 * (which file, whose, what was taken, how many kept). Keys that are not differences are ignored; the edit
 * rule (edit.ts) refuses them before this runs. `at` is also the assessment's new `updatedAt`, so an undo
 * can tell whether the merge is still the last change.
 */
export function applyMerge(mine: Assessment, theirs: Assessment, take: ReadonlySet<string>, { at, fileName }: { at: string; fileName: string }): Assessment {
  const differences = mergeDifferences(mine, theirs);
  const taken = differences.filter((d) => take.has(d.key));
  const { paired } = pairActivities(mine, theirs);
  const theirActivity = new Map(theirs.activities.map((a) => [a.id, a]));

  // Each record is copied once and then written into: copying it again for every taken difference made a
  // merge of a thousand activities take seconds (tests/bench/cycle.mjs). Nothing here is shared with
  // `mine`, which stays as it was.
  let profile = mine.profile;
  let forParents = mine.forParents;
  const activities = new Map(mine.activities.map((a) => [a.id, a]));
  const added: Activity[] = [];
  const removed = new Set<string>();
  const actions: Record<string, Action> = { ...mine.actions };
  const actionGroups: Record<string, ActionFields> = { ...mine.actionGroups };
  /** Answers written so far, per scope: the first write copies that scope's answers. */
  const written = new Map<string, Record<string, Answer>>();
  const answersOf = (scope: string): Record<string, Answer> => {
    let answers = written.get(scope);
    if (!answers) {
      answers = { ...(scope === 'school' ? mine.schoolAnswers : activities.get(scope)!.answers) };
      written.set(scope, answers);
    }
    return answers;
  };
  const theirAnswersOf = (scope: string) => (scope === 'school' ? theirs.schoolAnswers : paired.get(scope)!.answers);
  /** Their actions by activity id, for an activity taken over with its actions. */
  let theirActionsByScope: Map<string, [string, Action][]> | null = null;
  const theirActionsOf = (id: string) => {
    if (!theirActionsByScope) {
      theirActionsByScope = new Map();
      for (const entry of Object.entries(theirs.actions)) {
        const scope = entry[0].slice(0, entry[0].indexOf(':'));
        const list = theirActionsByScope.get(scope);
        if (list) list.push(entry);
        else theirActionsByScope.set(scope, [entry]);
      }
    }
    return theirActionsByScope.get(id) ?? [];
  };

  /** My action keys by activity id, looked up once, for the same reason. */
  let myActionsByScope: Map<string, string[]> | null = null;
  const myActionsOf = (id: string) => {
    if (!myActionsByScope) {
      myActionsByScope = new Map();
      for (const key of Object.keys(mine.actions)) {
        const scope = key.slice(0, key.indexOf(':'));
        const list = myActionsByScope.get(scope);
        if (list) list.push(key);
        else myActionsByScope.set(scope, [key]);
      }
    }
    return myActionsByScope.get(id) ?? [];
  };

  for (const d of taken) {
    switch (d.kind) {
      case 'profile':
        profile = { ...profile, [d.field]: theirs.profile[d.field] };
        break;
      case 'for-parents':
        forParents = { ...forParents, [d.field]: theirs.forParents[d.field] };
        break;
      case 'answer': {
        const answers = answersOf(d.scope);
        const theirAnswer = own(theirAnswersOf(d.scope), d.questionId);
        const myAnswer = own(answers, d.questionId);
        // Their answer keeps the checklist version it was given against, so review (review.ts) still asks
        // to look again at an answer to a question revised since. My note stays unless its own key is taken.
        if (theirAnswer) answers[d.questionId] = { ...theirAnswer, note: myAnswer ? myAnswer.note : theirAnswer.note };
        else delete answers[d.questionId];
        break;
      }
      case 'note': {
        const answers = answersOf(d.scope);
        const myAnswer = own(answers, d.questionId);
        if (myAnswer) answers[d.questionId] = { ...myAnswer, note: d.theirs };
        break;
      }
      case 'activity': {
        if (d.mine !== null) {
          removed.add(d.id);
          break;
        }
        // Ids only in their file are not in mine (pairing by id comes first), so the activity keeps its id and
        // its actions and group keep their keys.
        added.push(theirActivity.get(d.id)!);
        // Mine may still hold owners, deadlines and a group under this id from an activity removed here (kept so
        // that undoing a removal brings them back): the activity taken comes with its own, never with those.
        for (const key of myActionsOf(d.id)) delete actions[key];
        delete actionGroups[`activity:${d.id}`];
        for (const [key, action] of theirActionsOf(d.id)) actions[key] = action;
        const group = own(theirs.actionGroups, `activity:${d.id}`);
        if (group) actionGroups[`activity:${d.id}`] = group;
        break;
      }
      case 'activity-field':
        activities.set(d.id, { ...activities.get(d.id)!, [d.field]: paired.get(d.id)![d.field] });
        break;
      case 'action': {
        const current = own(actions, d.actionKey) ?? NO_ACTION;
        actions[d.actionKey] = { ...current, [d.field]: d.theirs };
        break;
      }
      case 'group': {
        const current = own(actionGroups, d.groupKey) ?? NO_GROUP;
        actionGroups[d.groupKey] = { ...current, [d.field]: d.theirs };
        break;
      }
    }
  }
  const schoolAnswers = written.get('school') ?? mine.schoolAnswers;
  for (const [scope, answers] of written) if (scope !== 'school') activities.set(scope, { ...activities.get(scope)!, answers });

  const record: MergeRecord = {
    at,
    fileName: cut(fileName, 500),
    fromId: theirs.id,
    fromSchoolName: theirs.profile.schoolName,
    fromUpdatedAt: theirs.updatedAt,
    taken: taken.map((d) => d.key),
    kept: differences.length - taken.length,
  };
  return {
    ...mine,
    updatedAt: at,
    profile,
    forParents,
    schoolAnswers,
    activities: [...mine.activities.filter((a) => !removed.has(a.id)).map((a) => activities.get(a.id)!), ...added],
    actions,
    actionGroups,
    // The oldest records give way at the limit: the file must stay within what the schema accepts.
    merges: [...mine.merges, record].slice(-MAX_MERGES),
  };
}
