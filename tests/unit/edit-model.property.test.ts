import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAssessment } from '../../src/domain/assessment/create';
import { applyEdit, type Edit } from '../../src/domain/assessment/edit';
import { FUNDING, MR_INVOLVEMENT } from '../../src/domain/assessment/format/constants';
import { decodeAssessment } from '../../src/domain/assessment/format/decode';
import { encodeAssessment } from '../../src/domain/assessment/format/encode';
import type { Action, Activity, Answer, AnswerValue, Assessment, ForParents, Profile } from '../../src/domain/assessment/format/schema';
import { seal, unseal } from '../../src/domain/assessment/format/seal';
import { ACTIVITY_KINDS, ACTIVITY_TRAITS, SCHOOL_TYPES, type SchoolType } from '../../src/domain/vocabulary';
import { testChecklist as checklist } from '../fixtures/checklist';

// Model-based: random sequences of what a person can do, applied both to the real assessment (through
// applyEdit) and to a plain model written from the rules as a person would state them. After every step
// the two must agree, and the real assessment must survive export → import and the browser's sealed
// storage unchanged: what the page accepts, the file check accepts. Seeded, so a failure can be replayed
// with FC_SEED=<seed> (fast-check prints the seed and the shrunk list of steps).
const seed = Number(process.env.FC_SEED ?? 20270405);
const numRuns = Number(process.env.FC_RUNS ?? 200);

const CURRENT = checklist.version;
const MAX_SHORT = 500;
const MAX_LONG = 10_000;
const MAX_AMOUNT = 100_000;

// ---------------------------------------------------------------------------------------------------
// The model: plain data, changed by rules written here without looking at how edit.ts does it.
// ---------------------------------------------------------------------------------------------------

interface Model {
  checklistVersion: number;
  updatedAt: string;
  profile: Profile;
  schoolAnswers: Record<string, Answer>;
  activities: Activity[];
  actions: Record<string, Action>;
  forParents: ForParents;
  /** Activities removed so far, as undo would hand them back, with where they stood. */
  removed: { activity: Activity; index: number }[];
  /** For fresh ids. */
  counter: number;
}

interface Real {
  a: Assessment;
}

/** Sets a key as an own property, even `__proto__`, the way `{ ...o, [k]: v }` does. */
const withKey = <V>(record: Record<string, V>, key: string, value: V): Record<string, V> => ({ ...record, [key]: value });
const has = (record: object, key: string) => Object.hasOwn(record, key);

const characters = (text: string) => Array.from(text).length;
const textFits = (value: unknown, max: number) => typeof value === 'string' && characters(value) <= max;
const nameFits = (value: unknown) => textFits(value, MAX_SHORT) && (value as string).trim() !== '';
const amountFits = (value: unknown) => value === null || (typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= MAX_AMOUNT);
const zeroed = <T,>(value: T): T => (Object.is(value, -0) ? (0 as T) : value);
const isId = (value: string) => /^[A-Za-z0-9_-]{1,64}$/.test(value);
/** A date on the calendar, checked by letting the calendar itself normalise it. */
function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** The questions that apply to the model as it stands, per scope. */
function applicable(m: Model): { answers: Record<string, Answer>; questions: { id: string; revised: number }[] }[] {
  const type = m.profile.schoolType;
  if (type === null) return [{ answers: m.schoolAnswers, questions: [] }];
  // Written out apart from applicable.ts: a trait or "who pays" decides, and a dropped optional activity has none.
  const fits = (q: (typeof checklist.activityQuestions)[number], activity: Activity) => {
    const has = new Set<string>([...activity.traits, ...(activity.fundedBy === 'separate-charge' ? ['separate-charge'] : [])]);
    const paying = activity.fundedBy !== 'school' && activity.fundedBy !== 'fund';
    return (q.onlyFor.length === 0 || q.onlyFor.some((c) => has.has(c))) && (!q.onlyWhenParentsPay || paying);
  };
  return [
    { answers: m.schoolAnswers, questions: checklist.schoolQuestions.filter((q) => q.schoolTypes.includes(type)) },
    ...m.activities.map((activity) => ({
      answers: activity.answers,
      questions:
        activity.optional && activity.optionalDecision === 'drop'
          ? []
          : checklist.activityQuestions.filter((q) => q.schoolTypes.includes(type) && q.kinds.includes(activity.kind) && fits(q, activity)),
    })),
  ];
}

/** After an accepted edit: up to the current checklist once nothing new is unanswered and nothing is to review. */
function settleVersion(m: Model) {
  if (m.checklistVersion === CURRENT) return;
  const open = applicable(m).some(({ answers, questions }) =>
    questions.some((q) => (has(answers, q.id) ? answers[q.id]!.checklistVersion < q.revised : q.revised > m.checklistVersion)),
  );
  if (!open) m.checklistVersion = CURRENT;
}

// ---------------------------------------------------------------------------------------------------
// Arbitraries: what a person (or a view with a bug) might send.
// ---------------------------------------------------------------------------------------------------

/** A text of exactly `n` characters as a person counts them, made of `unit`'s characters. */
const textOfLength = (unit: string, n: number) => {
  const chars = Array.from(unit);
  return Array.from({ length: Math.max(0, n) }, (_, i) => chars[i % chars.length]).join('');
};

/** Just under, at and just over a limit, in letters, emoji, a family emoji or spaces only. */
const nearLimit = (max: number) =>
  fc
    .tuple(fc.integer({ min: -2, max: 2 }), fc.constantFrom('a', '😀', '👩‍👩‍👧', 'é', '\u00a0', 'a😀'))
    .map(([delta, unit]) => textOfLength(unit, max + delta));

const oddTexts = ['', ' ', '   ', '\t\n', '\u00a0', '\u3000\u2003', '\ufeff', '\u200b', '👩‍👩‍👧‍👦', '🇳🇱', 'Café', '"quoted"', '\\', '</script>', '\u0000', '\ud83d', '__proto__'];

/** Mostly text that fits; now and then odd characters, blanks, or a text at the limit. */
const text = (max: number) =>
  fc.oneof(
    { weight: 6, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
    { weight: 2, arbitrary: fc.constantFrom(...oddTexts) },
    { weight: 1, arbitrary: nearLimit(max) },
  );

/** A name: mostly words, sometimes only spaces or too long. */
const name = fc.oneof(
  { weight: 8, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }).filter((s) => s.trim() !== '') },
  { weight: 2, arbitrary: text(MAX_SHORT) },
);

/** Mostly amounts a person could mean; sometimes ones no field should let through. */
const amount = fc.oneof(
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 3, arbitrary: fc.integer({ min: 0, max: MAX_AMOUNT }) },
  { weight: 3, arbitrary: fc.double({ min: 0, max: MAX_AMOUNT, noNaN: true }) },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.integer({ min: -10, max: 2 * MAX_AMOUNT }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(-1, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 0, -0, 12.5, MAX_AMOUNT, 100_000.01, Number.MIN_VALUE, Number.MAX_VALUE),
  },
  // A view that forgot to parse the field.
  { weight: 1, arbitrary: fc.constant('12' as unknown as number) },
);

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const date = fc.oneof(
  fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom('', '2027-02-29', '2028-02-29', '2027-13-01', '2027-00-10', '2027-04-31', '1900-02-29', '2000-02-29', '0000-02-29', '2027-1-1', '27-01-01', ' 2027-01-01', '2027-01-01T00:00:00Z'),
  fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`),
  fc.string({ maxLength: 12 }),
);

const questionIds = [...checklist.schoolQuestions, ...checklist.activityQuestions].map((q) => q.id);
const questionId = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...questionIds) },
  // Ids the pattern allows that are special to JavaScript objects, and ids that are not ids.
  { weight: 1, arbitrary: fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'other-question') },
  { weight: 1, arbitrary: fc.constantFrom('', 'has space', 'a:b', 'x'.repeat(65), 'é') },
);

const answerValue = fc.oneof({ weight: 9, arbitrary: fc.constantFrom<AnswerValue>('yes', 'partly', 'no', 'na') }, { weight: 1, arbitrary: fc.constant('maybe' as AnswerValue) });
const kind = fc.oneof({ weight: 19, arbitrary: fc.constantFrom(...ACTIVITY_KINDS) }, { weight: 1, arbitrary: fc.constant('party' as Activity['kind']) });
const fundedBy = fc.oneof({ weight: 19, arbitrary: fc.constantFrom(...FUNDING, null) }, { weight: 1, arbitrary: fc.constant('parents' as Activity['fundedBy']) });
const traits = fc.oneof(
  { weight: 9, arbitrary: fc.subarray([...ACTIVITY_TRAITS]) },
  { weight: 1, arbitrary: fc.constantFrom(['gear', 'gear'], ['sleeping-bag']) as fc.Arbitrary<Activity['traits']> },
);
const optional = fc.oneof({ weight: 9, arbitrary: fc.boolean() }, { weight: 1, arbitrary: fc.constant('yes' as unknown as boolean) });
const optionalDecision = fc.constantFrom<Activity['optionalDecision']>(null, 'free-for-all', 'drop', 'maybe' as Activity['optionalDecision']);
const traitsFit = (value: readonly string[]) => value.every((t) => (ACTIVITY_TRAITS as readonly string[]).includes(t)) && new Set(value).size === value.length;
const fundingFits = (value: Activity['fundedBy']) => value === null || (FUNDING as readonly string[]).includes(value);
const decisionFits = (value: Activity['optionalDecision']) => value === null || value === 'free-for-all' || value === 'drop';
const schoolType = fc.oneof({ weight: 19, arbitrary: fc.constantFrom(...SCHOOL_TYPES) }, { weight: 1, arbitrary: fc.constant('mbo' as SchoolType) });
const mrInvolved = fc.oneof({ weight: 19, arbitrary: fc.constantFrom(...MR_INVOLVEMENT) }, { weight: 1, arbitrary: fc.constant('maybe' as Profile['mrInvolved']) });
const now = fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true });

/** Where an edit goes: the school-wide part, an activity there is, one removed earlier, or one never there. */
type Target = { kind: 'school' } | { kind: 'activity'; pick: number } | { kind: 'removed'; pick: number } | { kind: 'unknown'; id: string };
const target: fc.Arbitrary<Target> = fc.oneof(
  { weight: 3, arbitrary: fc.constant({ kind: 'school' as const }) },
  { weight: 6, arbitrary: fc.nat().map((pick) => ({ kind: 'activity' as const, pick })) },
  { weight: 1, arbitrary: fc.nat().map((pick) => ({ kind: 'removed' as const, pick })) },
  { weight: 1, arbitrary: fc.constantFrom('ghost', '', 'SCHOOL', 'has space').map((id) => ({ kind: 'unknown' as const, id })) },
);

/** The scope id a target stands for now; an activity target with no activities falls back to a missing id. */
function resolve(m: Model, t: Target): string {
  if (t.kind === 'school') return 'school';
  if (t.kind === 'activity') return m.activities.length ? m.activities[t.pick % m.activities.length]!.id : 'missing';
  if (t.kind === 'removed') return m.removed.length ? m.removed[t.pick % m.removed.length]!.activity.id : 'missing';
  return t.id;
}
const activityAt = (m: Model, id: string) => m.activities.findIndex((activity) => activity.id === id);

/** How a new id is chosen: fresh, one in use, one removed earlier (so undo finds it taken), reserved, or no id. */
type IdChoice = 'fresh' | 'taken' | 'removed' | 'school' | 'invalid';
const idChoice = fc.constantFrom<IdChoice>('fresh', 'fresh', 'fresh', 'fresh', 'fresh', 'removed', 'removed', 'removed', 'taken', 'school', 'invalid');
function chooseId(m: Model, choice: IdChoice, pick: number): string {
  if (choice === 'taken' && m.activities.length) return m.activities[pick % m.activities.length]!.id;
  if (choice === 'removed' && m.removed.length) return m.removed[pick % m.removed.length]!.activity.id;
  if (choice === 'school') return 'school';
  if (choice === 'invalid') return 'not an id';
  m.counter += 1;
  return `act-${m.counter}`;
}

// ---------------------------------------------------------------------------------------------------
// Commands
// ---------------------------------------------------------------------------------------------------

/** Runs one edit on both sides: `expected` is the model's own verdict and what it does on acceptance. */
function step(m: Model, r: Real, edit: Edit, at: Date, expected: { ok: boolean; apply?: () => void }) {
  const before = r.a;
  const snapshot = structuredClone(before);
  const result = applyEdit(before, edit, { checklist, now: at });
  // Edits never change the assessment they are given: the assessor's memo and undo rely on that.
  expect(before).toEqual(snapshot);
  if (expected.ok) {
    expect(result.ok ? [] : result.issues, 'the edit should have been accepted').toEqual([]);
    if (result.ok) r.a = result.value;
    expected.apply?.();
    m.updatedAt = at.toISOString();
    settleVersion(m);
  } else {
    expect(result.ok, 'the edit should have been refused').toBe(false);
    if (!result.ok) expect(result.issues.length).toBeGreaterThan(0);
  }
  verify(m, r);
}

/** The real assessment agrees with the model, and survives export → import and sealed storage unchanged. */
function verify(m: Model, r: Real) {
  const a = r.a;
  expect(a.profile).toEqual(m.profile);
  expect(a.schoolAnswers).toEqual(m.schoolAnswers);
  expect(a.activities).toEqual(m.activities);
  expect(a.actions).toEqual(m.actions);
  expect(a.forParents).toEqual(m.forParents);
  expect(a.checklistVersion).toBe(m.checklistVersion);
  expect(a.updatedAt).toBe(m.updatedAt);

  const decoded = decodeAssessment(encodeAssessment(a), { currentChecklistVersion: CURRENT });
  expect(decoded.ok ? [] : decoded.issues, 'the file check refuses what the edits accepted').toEqual([]);
  if (decoded.ok) expect(decoded.value.assessment, 'export → import changed the assessment').toEqual(a);
  expect(unseal(seal(a), CURRENT), 'stored and reopened, the assessment changed').toEqual(a);
}

type Cmd = fc.Command<Model, Real>;
const command = (label: string, run: (m: Model, r: Real) => void, check: (m: Model) => boolean = () => true): Cmd => ({
  check,
  run,
  toString: () => label,
});
const show = (value: unknown) => JSON.stringify(value, (_, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : Object.is(v, -0) ? '-0' : v))?.slice(0, 120);

const profilePatch: fc.Arbitrary<Partial<Profile>> = fc.record(
  { schoolName: text(MAX_SHORT), schoolYear: text(MAX_SHORT), filledInBy: text(MAX_SHORT), contribution: amount, schoolType, mrInvolved },
  { requiredKeys: [] },
);

const profileCommand = fc.tuple(profilePatch, now).map(([patch, at]) =>
  command(`profile ${show(patch)}`, (m, r) => {
    const ok =
      (['schoolName', 'schoolYear', 'filledInBy'] as const).every((key) => !(key in patch) || textFits(patch[key], MAX_SHORT)) &&
      (!('contribution' in patch) || amountFits(patch.contribution)) &&
      (!('schoolType' in patch) || (SCHOOL_TYPES as readonly string[]).includes(patch.schoolType!)) &&
      (!('mrInvolved' in patch) || (MR_INVOLVEMENT as readonly string[]).includes(patch.mrInvolved!));
    // An amount of -0 is kept as 0: a file could not tell them apart.
    const kept = 'contribution' in patch ? { ...patch, contribution: zeroed(patch.contribution!) } : patch;
    step(m, r, { type: 'profile', patch }, at, { ok, apply: () => (m.profile = { ...m.profile, ...kept }) });
  }),
);

const forParentsPatch = fc.record({ contact: text(MAX_SHORT), instalments: text(MAX_LONG), paysFor: text(MAX_LONG) }, { requiredKeys: [] });
const forParentsCommand = fc.tuple(forParentsPatch, now).map(([patch, at]) =>
  command(`for-parents ${show(patch)}`, (m, r) => {
    const ok =
      (!('contact' in patch) || textFits(patch.contact, MAX_SHORT)) &&
      (!('instalments' in patch) || textFits(patch.instalments, MAX_LONG)) &&
      (!('paysFor' in patch) || textFits(patch.paysFor, MAX_LONG));
    step(m, r, { type: 'for-parents', patch }, at, { ok, apply: () => (m.forParents = { ...m.forParents, ...patch }) });
  }),
);

/** The answers of a scope in the model, and a way to replace them; null when the scope is not there. */
function answersOf(m: Model, scope: string): { answers: Record<string, Answer>; set: (next: Record<string, Answer>) => void } | null {
  if (scope === 'school') return { answers: m.schoolAnswers, set: (next) => (m.schoolAnswers = next) };
  const index = activityAt(m, scope);
  if (index < 0) return null;
  return { answers: m.activities[index]!.answers, set: (next) => (m.activities[index] = { ...m.activities[index]!, answers: next }) };
}

const answerCommand = fc.tuple(target, questionId, answerValue, now).map(([t, qid, value, at]) =>
  command(`answer ${JSON.stringify(t)} ${qid} ${value}`, (m, r) => {
    const scope = resolve(m, t);
    const place = answersOf(m, scope);
    // Only the checklist's own questions can be answered (a `__proto__` key would not survive a file).
    const ok = place !== null && questionIds.includes(qid) && ['yes', 'partly', 'no', 'na'].includes(value);
    step(m, r, { type: 'answer', scope, questionId: qid, value }, at, {
      ok,
      apply: () => {
        const note = has(place!.answers, qid) ? place!.answers[qid]!.note : '';
        place!.set(withKey(place!.answers, qid, { value, note, checklistVersion: CURRENT, recheck: false }));
      },
    });
  }),
);

/** Every answered question, with where it is answered. */
const answered = (m: Model) => [
  ...Object.keys(m.schoolAnswers).map((qid) => ['school', qid] as const),
  ...m.activities.flatMap((activity) => Object.keys(activity.answers).map((qid) => [activity.id, qid] as const)),
];

/** A note goes to an answer that is there, or (less often) anywhere. */
const noteTarget = fc.oneof(
  { weight: 3, arbitrary: fc.nat().map((pick) => ({ answered: pick })) },
  { weight: 1, arbitrary: fc.tuple(target, questionId).map(([t, qid]) => ({ t, qid })) },
);

const noteCommand = fc.tuple(noteTarget, text(MAX_LONG), now).map(([where, note, at]) =>
  command(`note ${JSON.stringify(where)} ${show(note)}`, (m, r) => {
    const all = answered(m);
    const [scope, qid] =
      'answered' in where ? (all.length ? all[where.answered % all.length]! : ['school', 'mr-approved']) : [resolve(m, where.t), where.qid];
    const place = answersOf(m, scope);
    const ok = place !== null && has(place.answers, qid) && textFits(note, MAX_LONG);
    step(m, r, { type: 'note', scope, questionId: qid, note }, at, {
      ok,
      apply: () => place!.set(withKey(place!.answers, qid, { ...place!.answers[qid]!, note })),
    });
  }),
);

const newActivity = fc.record(
  {
    name,
    kind,
    templateId: fc.constantFrom<string | null>(null, null, null, 'school-trip', 'laptop', 'no such', ''),
    costPerPupil: amount,
    fundedBy,
    traits,
    yearGroup: text(MAX_SHORT),
    optional,
    optionalDecision,
    notes: text(MAX_LONG),
  },
  { requiredKeys: ['name', 'kind'] },
);

const addCommand = fc.tuple(newActivity, idChoice, fc.nat(), now).map(([activity, choice, pick, at]) =>
  command(`add ${choice} ${show(activity)}`, (m, r) => {
    const id = chooseId(m, choice, pick);
    const templateId = activity.templateId ?? null;
    const ok =
      m.activities.length < 1000 &&
      isId(id) &&
      id !== 'school' &&
      activityAt(m, id) < 0 &&
      (templateId === null || isId(templateId)) &&
      nameFits(activity.name) &&
      (ACTIVITY_KINDS as readonly string[]).includes(activity.kind) &&
      amountFits(activity.costPerPupil ?? null) &&
      fundingFits(activity.fundedBy ?? null) &&
      traitsFit(activity.traits ?? []) &&
      textFits(activity.yearGroup ?? '', MAX_SHORT) &&
      typeof (activity.optional ?? false) === 'boolean' &&
      decisionFits(activity.optionalDecision ?? null) &&
      textFits(activity.notes ?? '', MAX_LONG);
    step(m, r, { type: 'add-activity', id, activity }, at, {
      ok,
      apply: () =>
        m.activities.push({
          id,
          templateId,
          name: activity.name,
          kind: activity.kind,
          traits: activity.traits ?? [],
          yearGroup: activity.yearGroup ?? '',
          costPerPupil: zeroed(activity.costPerPupil ?? null),
          fundedBy: activity.fundedBy ?? null,
          optional: activity.optional ?? false,
          optionalDecision: activity.optionalDecision ?? null,
          notes: activity.notes ?? '',
          answers: {},
        }),
    });
  }),
);

const activityPatch = fc.record(
  { name, kind, traits, yearGroup: text(MAX_SHORT), costPerPupil: amount, fundedBy, optional, optionalDecision, notes: text(MAX_LONG) },
  { requiredKeys: [] },
);

const updateCommand = fc.tuple(target, activityPatch, now).map(([t, patch, at]) =>
  command(`update ${JSON.stringify(t)} ${show(patch)}`, (m, r) => {
    const id = resolve(m, t);
    const index = activityAt(m, id);
    const ok =
      index >= 0 &&
      (!('name' in patch) || nameFits(patch.name)) &&
      (!('notes' in patch) || textFits(patch.notes, MAX_LONG)) &&
      (!('costPerPupil' in patch) || amountFits(patch.costPerPupil)) &&
      (!('kind' in patch) || (ACTIVITY_KINDS as readonly string[]).includes(patch.kind!)) &&
      (!('fundedBy' in patch) || fundingFits(patch.fundedBy!)) &&
      (!('traits' in patch) || traitsFit(patch.traits!)) &&
      (!('yearGroup' in patch) || textFits(patch.yearGroup!, MAX_SHORT)) &&
      (!('optional' in patch) || typeof patch.optional === 'boolean') &&
      (!('optionalDecision' in patch) || decisionFits(patch.optionalDecision!));
    const kept = 'costPerPupil' in patch ? { ...patch, costPerPupil: zeroed(patch.costPerPupil!) } : patch;
    step(m, r, { type: 'update-activity', id, patch }, at, { ok, apply: () => (m.activities[index] = { ...m.activities[index]!, ...kept }) });
  }),
);

const removeCommand = fc.tuple(target, now).map(([t, at]) =>
  command(`remove ${JSON.stringify(t)}`, (m, r) => {
    const id = resolve(m, t);
    const index = activityAt(m, id);
    const names = m.activities.map((activity) => activity.name);
    // Undo hands back the activity object the page held when it was removed.
    const held = index >= 0 ? r.a.activities[index]! : null;
    step(m, r, { type: 'remove-activity', id }, at, {
      ok: index >= 0,
      apply: () => {
        m.removed.push({ activity: held!, index });
        m.activities.splice(index, 1);
      },
    });
    if (index >= 0) expect(r.a.activities.map((activity) => activity.name)).toEqual(names.filter((_, i) => i !== index));
  }),
);

const restoreCommand = fc.tuple(fc.nat(), fc.integer({ min: -3, max: 50 }), idChoice, fc.nat(), now).map(([pick, index, choice, idPick, at]) =>
  command(
    `restore #${pick} at ${index} newId ${choice}`,
    (m, r) => {
      const entry = m.removed[pick % m.removed.length]!;
      const newId = chooseId(m, choice, idPick);
      const taken = activityAt(m, entry.activity.id) >= 0;
      const ok =
        m.activities.length < 1000 && (!taken || (isId(newId) && newId !== 'school' && activityAt(m, newId) < 0));
      const count = m.activities.length;
      step(m, r, { type: 'restore-activity', activity: entry.activity, index, newId }, at, {
        ok,
        apply: () => {
          const at = Math.max(0, Math.min(index, m.activities.length));
          m.activities.splice(at, 0, taken ? { ...entry.activity, id: newId } : entry.activity);
          if (taken) {
            const prefix = `${entry.activity.id}:`;
            for (const [key, fields] of Object.entries(m.actions)) {
              if (key.startsWith(prefix)) m.actions = withKey(m.actions, `${newId}:${key.slice(prefix.length)}`, fields);
            }
          }
          m.removed.splice(m.removed.indexOf(entry), 1);
        },
      });
      if (ok) {
        expect(r.a.activities).toHaveLength(count + 1);
        expect(r.a.activities.map((activity) => activity.name)).toContain(entry.activity.name);
      }
    },
    (m) => m.removed.length > 0,
  ),
);

const actionCommand = fc
  .tuple(
    target,
    questionId,
    fc.record(
      { owner: text(MAX_SHORT), deadline: date, state: fc.constantFrom('not-started', 'in-progress', 'done', 'dropped', 'finished'), stateReason: text(MAX_SHORT) },
      { requiredKeys: [] },
    ),
    now,
  )
  .map(([t, qid, patch, at]) =>
    command(`action ${JSON.stringify(t)} ${qid} ${show(patch)}`, (m, r) => {
      const scope = resolve(m, t);
      const ok =
        (scope === 'school' || activityAt(m, scope) >= 0) &&
        questionIds.includes(qid) &&
        (!('owner' in patch) || textFits(patch.owner, MAX_SHORT)) &&
        (!('deadline' in patch) || patch.deadline === '' || isCalendarDate(patch.deadline!)) &&
        (!('state' in patch) || patch.state !== 'finished') &&
        (!('stateReason' in patch) || textFits(patch.stateReason, MAX_SHORT));
      const key = `${scope}:${qid}`;
      // 'finished' is no state: such a patch is refused, so only an accepted one (a real state) is applied.
      const accepted = patch as Partial<Action>;
      step(m, r, { type: 'action', scope, questionId: qid, patch: accepted }, at, {
        ok,
        apply: () => (m.actions = withKey(m.actions, key, { owner: '', deadline: '', state: 'not-started', stateReason: '', ...(has(m.actions, key) ? m.actions[key] : {}), ...accepted })),
      });
    }),
  );

const commands = fc.commands(
  [
    profileCommand,
    answerCommand, answerCommand, answerCommand,
    noteCommand, noteCommand,
    addCommand, addCommand, addCommand,
    updateCommand, updateCommand,
    removeCommand, removeCommand,
    restoreCommand, restoreCommand,
    actionCommand, actionCommand,
    forParentsCommand,
  ],
  { maxCommands: 60, size: '+1' },
);

const start = fc.record({ checklistVersion: fc.constantFrom(1, CURRENT), schoolType: fc.constantFrom(...SCHOOL_TYPES), at: now });

describe('edits, in any order, against a model of what they should do', () => {
  it('do what they say or change nothing, and leave an assessment that exports, imports and reopens unchanged', () => {
    fc.assert(
      fc.property(start, commands, ({ checklistVersion, schoolType, at }, cmds) => {
        const a = createAssessment({ id: 'model', now: at, checklistVersion, profile: { schoolType } });
        const setup = () => ({
          model: {
            checklistVersion,
            updatedAt: a.updatedAt,
            profile: { ...a.profile },
            schoolAnswers: {},
            activities: [],
            actions: {},
            forParents: { ...a.forParents },
            removed: [],
            counter: 0,
          } satisfies Model,
          real: { a },
        });
        fc.modelRun(setup, cmds);
      }),
      { seed, numRuns },
    );
    // A generous limit: the runs take a few seconds, more on a busy machine.
  }, 120_000);
});
