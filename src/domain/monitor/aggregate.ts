import type { ItemStatus } from '../assessment/status';
import { ACTION_STATES, MR_INVOLVEMENT, type ActionState } from '../assessment/format/constants';
import { ACTIVITY_KINDS, CONCERNS, SCHOOL_TYPES, type ActivityKind, type Concern, type SchoolType } from '../vocabulary';
import { ITEM_STATUSES, MONITOR_TOP_QUESTIONS, PRINCIPLE_STATUSES, QUESTION_SCOPES, type MonitorPrincipleStatus, type QuestionScope } from './constants';
import type { MonitorFile } from './schema';
import { spreadOf, type Spread } from './stats';

// The municipality's view over many schools: pure arithmetic over monitor files, so the page, the report,
// the CSV export and the tests all read the same numbers.

/** One file that was read, by the name it had on the policy officer's computer. */
export interface SchoolFileEntry {
  fileName: string;
  file: MonitorFile;
}

/** A school across years: its name (or code) and type identify it. */
interface SchoolRow {
  key: string;
  name: string;
  type: SchoolType;
  /** The years it sent a file for, oldest first. */
  years: string[];
}

/** A file set aside because the same school sent a later one for the same year. */
interface Duplicate {
  fileName: string;
  /** The file that counts instead. */
  keptFileName: string;
  name: string;
  type: SchoolType;
  schoolYear: string;
}

export type MrAnswer = (typeof MR_INVOLVEMENT)[number] | 'not-said';
export const MR_ANSWERS: readonly MrAnswer[] = [...MR_INVOLVEMENT, 'not-said'];

/** Statuses that mean a school falls short on a principle: a pupil can be excluded, a cost is a barrier, or information is missing. */
export const SHORTFALL_STATUSES: readonly MonitorPrincipleStatus[] = ['excludes', 'cost-barrier', 'information'];
/** Statuses of an activity that put pupils at risk of missing out. */
const AT_RISK_STATUSES: readonly ItemStatus[] = ['excludes', 'cost-barrier'];

/** One question over all schools asked it: how many schools answered "nee" or "deels" to it anywhere. */
interface QuestionRow {
  /** The question's id; the page shows its text from its own checklist, or the id when it does not know it. */
  question: string;
  /** Schools that were asked it (school-wide or for any activity). */
  asked: number;
  /** Schools that answered "nee" at least once. */
  no: number;
  /** Schools that answered "deels" at least once, and never "nee". */
  partly: number;
  /** no + partly: schools falling short on it. */
  shortfall: number;
  /** shortfall / asked, from 0 to 1. */
  share: number;
  /** Where schools fell short on it: school-wide, or which kinds of activity, in that order. */
  scopes: QuestionScope[];
}

/** One question added up while the files are read: schools asked, saying "nee", saying only "deels", and where. */
type QuestionTally = { asked: number; no: number; partly: number; scopes: Set<QuestionScope> };

/** Action counts by state for a group of schools, and the share done. */
interface ActionStateRow {
  type: SchoolType | 'all';
  /** Schools in the group whose file says how far their actions got. */
  schools: number;
  states: Record<ActionState, number>;
  total: number;
  /** done / total, from 0 to 1; null when the group has no actions. */
  doneShare: number | null;
}

export interface YearAggregate {
  schoolYear: string;
  /** Schools counted this year, by type, and in all. */
  schools: Record<SchoolType, number>;
  schoolCount: number;
  /** Per kind of activity (only kinds some school has): activities in each status. */
  activities: { kind: ActivityKind; total: number; counts: Record<ItemStatus, number>; open: number; atRisk: number }[];
  /** Per principle: schools in each status, most schools falling short first. */
  principles: { principle: string; counts: Record<MonitorPrincipleStatus, number>; shortfall: number }[];
  /** The voluntary contribution per school type: of the schools that ask one (null means none asked). */
  contributions: { type: SchoolType; schools: number; none: number; spread: Spread }[];
  /** Cost per pupil of multi-day trips that go ahead (not dropped), over every school and per type. */
  multiDay: { all: Spread; withoutCost: number; byType: { type: SchoolType; spread: Spread }[] };
  /** Whether the MR took part, schools per answer. */
  mr: Record<MrAnswer, number>;
  /** The action plans added up. */
  actions: { byConcern: Record<Concern, number>; total: number; groups: number; withOwner: number; withDeadline: number; planned: number; schoolsWithActions: number };
  /** Schools that answered every question asked. */
  complete: number;
  /**
   * The questions where the largest share of schools falls short, at most MONITOR_TOP_QUESTIONS, largest
   * share first; `short` is how many questions any school fell short on, `schools` how many files say per
   * question, `without` how many do not (made before monitor files held it).
   */
  questions: { rows: QuestionRow[]; short: number; schools: number; without: number };
  /**
   * Actions by state per school type (types with schools this year) and for all schools (`all`, last);
   * `without` counts the files that do not say (made before monitor files held it).
   */
  actionStates: { rows: ActionStateRow[]; without: number };
}

/** A status that can be compared from one year to the next, worst first; incomplete and not assessed say nothing either way. */
const COMPARABLE = ['excludes', 'cost-barrier', 'information', 'open'] as const;
type Comparable = (typeof COMPARABLE)[number];
const isComparable = (status: string): status is Comparable => (COMPARABLE as readonly string[]).includes(status);

/** One thing that changed at one school: a principle or a kind of activity, from one status to another. */
export interface ChangedItem {
  what: 'principle' | 'kind';
  key: string;
  from: Comparable;
  to: Comparable;
}

export interface YearChange {
  from: string;
  to: string;
  /** Schools with a file in both years. */
  schoolsInBoth: number;
  /** Per school in both years: what got better and what got worse (schools without either are left out). */
  schools: { key: string; name: string; type: SchoolType; better: ChangedItem[]; worse: ChangedItem[] }[];
  /** Over all schools in both years: per principle and per kind, how many schools did better, worse, the same. */
  principles: { principle: string; better: number; worse: number; same: number }[];
  kinds: { kind: ActivityKind; better: number; worse: number; same: number }[];
}

export interface Aggregate {
  /** The files counted, one per school and year. */
  counted: SchoolFileEntry[];
  duplicates: Duplicate[];
  /** School years present, oldest first. */
  years: string[];
  schools: SchoolRow[];
  perYear: YearAggregate[];
  /** One per pair of consecutive years present, oldest first. */
  changes: YearChange[];
}

/** "De Regenboog" and " de regenboog" are one school to a reader; the type keeps a po and an so of one name apart. */
const schoolKey = (file: MonitorFile) => `${file.school.type}:${file.school.name.trim().toLocaleLowerCase('nl').replace(/\s+/g, ' ')}`;

const zeros = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;

/** Each school's worst status per kind of activity, leaving out dropped activities. */
function kindStatuses(file: MonitorFile): Map<ActivityKind, ItemStatus> {
  const worst = new Map<ActivityKind, ItemStatus>();
  for (const activity of file.activities) {
    if (activity.status === 'dropped') continue;
    const known = worst.get(activity.kind);
    if (known === undefined || ITEM_STATUSES.indexOf(activity.status) < ITEM_STATUSES.indexOf(known)) worst.set(activity.kind, activity.status);
  }
  return worst;
}

function yearAggregate(schoolYear: string, entries: readonly SchoolFileEntry[], principleOrder: readonly string[]): YearAggregate {
  const schools = zeros(SCHOOL_TYPES);
  const activities = new Map(ACTIVITY_KINDS.map((kind) => [kind, zeros(ITEM_STATUSES)]));
  const principles = new Map(principleOrder.map((key) => [key, zeros(PRINCIPLE_STATUSES)]));
  const contributions = new Map(SCHOOL_TYPES.map((type) => [type, { values: [] as number[], none: 0, schools: 0 }]));
  const multiDay = new Map(SCHOOL_TYPES.map((type) => [type, [] as number[]]));
  let withoutCost = 0;
  const mr = zeros(MR_ANSWERS);
  const actions = { byConcern: zeros(CONCERNS), total: 0, groups: 0, withOwner: 0, withDeadline: 0, planned: 0, schoolsWithActions: 0 };
  let complete = 0;
  const questions = new Map<string, QuestionTally>();
  let withQuestions = 0;
  const states = new Map<SchoolType | 'all', { schools: number; states: Record<ActionState, number> }>();
  let withoutStates = 0;

  for (const { file } of entries) {
    const type = file.school.type;
    schools[type] += 1;
    for (const activity of file.activities) {
      activities.get(activity.kind)![activity.status] += 1;
      if (activity.kind === 'multi-day' && activity.status !== 'dropped') {
        if (activity.costPerPupil === null) withoutCost += 1;
        else multiDay.get(type)!.push(activity.costPerPupil);
      }
    }
    for (const { principle, status } of file.principles) principles.get(principle)![status] += 1;
    const contribution = contributions.get(type)!;
    contribution.schools += 1;
    if (file.contribution === null) contribution.none += 1;
    else contribution.values.push(file.contribution);
    mr[file.mrInvolved ?? 'not-said'] += 1;
    let total = 0;
    for (const concern of CONCERNS) {
      actions.byConcern[concern] += file.actions.byConcern[concern];
      total += file.actions.byConcern[concern];
    }
    actions.total += total;
    if (total > 0) actions.schoolsWithActions += 1;
    actions.groups += file.actions.groups;
    actions.withOwner += file.actions.withOwner;
    actions.withDeadline += file.actions.withDeadline;
    actions.planned += file.actions.planned;
    if (file.questions.total > 0 && file.questions.answered === file.questions.total) complete += 1;
    if (file.answers) {
      withQuestions += 1;
      addAnswers(questions, file.answers);
    }
    if (file.actions.states) {
      for (const group of [type, 'all'] as const) {
        let row = states.get(group);
        if (!row) states.set(group, (row = { schools: 0, states: zeros(ACTION_STATES) }));
        row.schools += 1;
        for (const state of ACTION_STATES) row.states[state] += file.actions.states[state];
      }
    } else withoutStates += 1;
  }

  const shortfall = (counts: Record<MonitorPrincipleStatus, number>) => SHORTFALL_STATUSES.reduce((sum, status) => sum + counts[status], 0);
  return {
    schoolYear,
    schools,
    schoolCount: entries.length,
    activities: [...activities]
      .map(([kind, counts]) => ({
        kind,
        counts,
        total: ITEM_STATUSES.reduce((sum, status) => sum + counts[status], 0),
        open: counts.open,
        atRisk: AT_RISK_STATUSES.reduce((sum, status) => sum + counts[status], 0),
      }))
      .filter((row) => row.total > 0),
    principles: [...principles]
      .map(([principle, counts]) => ({ principle, counts, shortfall: shortfall(counts) }))
      // Most schools falling short first; a stable sort keeps the checklist's order among equals.
      .sort((a, b) => b.shortfall - a.shortfall),
    contributions: [...contributions]
      .filter(([, c]) => c.schools > 0)
      .map(([type, c]) => ({ type, schools: c.schools, none: c.none, spread: spreadOf(c.values) })),
    multiDay: {
      all: spreadOf([...multiDay.values()].flat()),
      withoutCost,
      byType: [...multiDay].filter(([type]) => schools[type] > 0).map(([type, values]) => ({ type, spread: spreadOf(values) })),
    },
    mr,
    actions,
    complete,
    questions: { ...questionRows(questions), schools: withQuestions, without: entries.length - withQuestions },
    actionStates: {
      rows: [...SCHOOL_TYPES.filter((t) => schools[t] > 0), 'all' as const].map((group) => {
        const row = states.get(group) ?? { schools: 0, states: zeros(ACTION_STATES) };
        const total = ACTION_STATES.reduce((sum, state) => sum + row.states[state], 0);
        return { type: group, schools: row.schools, states: row.states, total, doneShare: total > 0 ? row.states.done / total : null };
      }),
      without: withoutStates,
    },
  };
}

/** Adds one school's answers: per question, whether this school said "nee" or "deels" anywhere, and where. */
function addAnswers(into: Map<string, QuestionTally>, answers: NonNullable<MonitorFile['answers']>) {
  const mine = new Map<string, { asked: boolean; no: boolean; partly: boolean; scopes: Set<QuestionScope> }>();
  for (const row of answers) {
    let own = mine.get(row.question);
    if (!own) mine.set(row.question, (own = { asked: false, no: false, partly: false, scopes: new Set() }));
    own.asked ||= row.asked > 0;
    own.no ||= row.no > 0;
    own.partly ||= row.partly > 0;
    if (row.no > 0 || row.partly > 0) own.scopes.add(row.scope);
  }
  for (const [question, own] of mine) {
    if (!own.asked) continue;
    let total = into.get(question);
    if (!total) into.set(question, (total = { asked: 0, no: 0, partly: 0, scopes: new Set() }));
    total.asked += 1;
    if (own.no) total.no += 1;
    else if (own.partly) total.partly += 1;
    for (const scope of own.scopes) total.scopes.add(scope);
  }
}

function questionRows(questions: Map<string, QuestionTally>): { rows: QuestionRow[]; short: number } {
  const rows = [...questions]
    .map(([question, q]) => ({ question, asked: q.asked, no: q.no, partly: q.partly, shortfall: q.no + q.partly, share: (q.no + q.partly) / q.asked, scopes: QUESTION_SCOPES.filter((scope) => q.scopes.has(scope)) }))
    .filter((row) => row.shortfall > 0)
    // Largest share first, then most schools; a stable sort keeps the order the files name them among equals.
    .sort((a, b) => b.share - a.share || b.shortfall - a.shortfall);
  return { rows: rows.slice(0, MONITOR_TOP_QUESTIONS), short: rows.length };
}

function compare(from: SchoolFileEntry, to: SchoolFileEntry) {
  const better: ChangedItem[] = [];
  const worse: ChangedItem[] = [];
  const same: ChangedItem[] = [];
  const sort = (item: ChangedItem) => {
    const delta = COMPARABLE.indexOf(item.to) - COMPARABLE.indexOf(item.from);
    (delta > 0 ? better : delta < 0 ? worse : same).push(item);
  };
  const before = new Map(from.file.principles.map((p) => [p.principle, p.status]));
  for (const { principle, status } of to.file.principles) {
    const was = before.get(principle);
    if (was !== undefined && isComparable(was) && isComparable(status)) sort({ what: 'principle', key: principle, from: was, to: status });
  }
  const kindsBefore = kindStatuses(from.file);
  for (const [kind, status] of kindStatuses(to.file)) {
    const was = kindsBefore.get(kind);
    if (was !== undefined && isComparable(was) && isComparable(status)) sort({ what: 'kind', key: kind, from: was, to: status });
  }
  return { better, worse, same };
}

function yearChange(from: string, to: string, byYear: Map<string, Map<string, SchoolFileEntry>>, principleOrder: readonly string[]): YearChange {
  const earlier = byYear.get(from)!;
  const later = byYear.get(to)!;
  const principles = new Map(principleOrder.map((key) => [key, { better: 0, worse: 0, same: 0 }]));
  const kinds = new Map(ACTIVITY_KINDS.map((kind) => [kind, { better: 0, worse: 0, same: 0 }]));
  const schools: YearChange['schools'] = [];
  let schoolsInBoth = 0;
  for (const [key, entry] of later) {
    const before = earlier.get(key);
    if (!before) continue;
    schoolsInBoth += 1;
    const { better, worse, same } = compare(before, entry);
    for (const [list, field] of [[better, 'better'], [worse, 'worse'], [same, 'same']] as const) {
      for (const item of list) (item.what === 'principle' ? principles.get(item.key) : kinds.get(item.key as ActivityKind))![field] += 1;
    }
    if (better.length || worse.length) schools.push({ key, name: entry.file.school.name, type: entry.file.school.type, better, worse });
  }
  schools.sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  return {
    from,
    to,
    schoolsInBoth,
    schools,
    principles: [...principles].map(([principle, c]) => ({ principle, ...c })).filter((row) => row.better + row.worse + row.same > 0),
    kinds: [...kinds].map(([kind, c]) => ({ kind, ...c })).filter((row) => row.better + row.worse + row.same > 0),
  };
}

/**
 * Adds up the files of many schools. When a school sent more than one file for a year, the one made last
 * (`createdAt`) counts and the others are listed as duplicates; of two made at the same moment, the one
 * read last counts.
 */
export function aggregate(entries: readonly SchoolFileEntry[]): Aggregate {
  const byYear = new Map<string, Map<string, SchoolFileEntry>>();
  const setAside: { entry: SchoolFileEntry; key: string }[] = [];
  for (const entry of entries) {
    const year = entry.file.school.schoolYear;
    let schools = byYear.get(year);
    if (!schools) byYear.set(year, (schools = new Map()));
    const key = schoolKey(entry.file);
    const known = schools.get(key);
    if (!known) {
      schools.set(key, entry);
      continue;
    }
    const later = Date.parse(entry.file.createdAt) >= Date.parse(known.file.createdAt);
    schools.set(key, later ? entry : known);
    setAside.push({ entry: later ? known : entry, key });
  }
  // Named after all files are in: a file set aside for a later one may itself lose to one later still.
  const duplicates: Duplicate[] = setAside.map(({ entry, key }) => {
    const { name, type, schoolYear } = entry.file.school;
    return { fileName: entry.fileName, keptFileName: byYear.get(schoolYear)!.get(key)!.fileName, name, type, schoolYear };
  });

  const years = [...byYear.keys()].sort();
  const counted = years.flatMap((year) => [...byYear.get(year)!.values()]);
  // Principles in the order the files name them (their checklist's order), each once.
  const principleOrder = [...new Set(counted.flatMap((entry) => entry.file.principles.map((p) => p.principle)))];
  const schools = new Map<string, SchoolRow>();
  for (const { file } of counted) {
    const key = schoolKey(file);
    const row = schools.get(key) ?? { key, name: file.school.name, type: file.school.type, years: [] };
    row.years.push(file.school.schoolYear);
    row.name = file.school.name;
    schools.set(key, row);
  }
  return {
    counted,
    duplicates,
    years,
    schools: [...schools.values()].sort((a, b) => a.name.localeCompare(b.name, 'nl') || SCHOOL_TYPES.indexOf(a.type) - SCHOOL_TYPES.indexOf(b.type)),
    perYear: years.map((year) => yearAggregate(year, [...byYear.get(year)!.values()], principleOrder)),
    changes: years.slice(1).map((year, i) => yearChange(years[i]!, year, byYear, principleOrder)),
  };
}
