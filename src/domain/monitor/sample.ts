import type { ItemStatus } from '../assessment/status';
import { DEFAULT_TRAITS, type ActivityKind, type ActivityTrait, type Concern, type Funding, type SchoolType } from '../vocabulary';
import { MONITOR_FORMAT, MONITOR_SCHEMA_VERSION, type MonitorPrincipleStatus, type QuestionScope } from './constants';
import type { MonitorActivity, MonitorAnswers, MonitorFile } from './schema';

// A fictional data set for the monitor page's "Voorbeeldgegevens laden": about 40 schools over two school
// years, so any visitor sees the page work without real schools' files. Seeded, so the committed file
// (public/monitor/sample.json, written by tests/unit/monitor-sample.test.ts) is the same on every computer.
// The schools and their numbers are made up; the names are built from words that name no real school.

/** The sample set's own format name: a bundle of monitor files, not one school's file. */
export const SAMPLE_FORMAT = 'schoolkostencheck-monitor-sample';

export interface SampleSet {
  format: typeof SAMPLE_FORMAT;
  /** Says, in both languages, that the data is made up. */
  description: { nl: string; en: string };
  files: { name: string; file: MonitorFile }[];
}

export interface SampleOptions {
  seed: number;
  /** Principle keys, in the checklist's order (the content folder's principles). */
  principles: readonly string[];
  checklistVersion: number;
  /** The checklist's questions, without texts: school-wide ones have no `kinds`. */
  questions: readonly SampleQuestion[];
  /** The two school years, older first. */
  years: readonly [string, string];
}

interface SampleQuestion {
  id: string;
  principle: string;
  concern: Concern;
  schoolTypes: readonly SchoolType[];
  /** The kinds of activity it is asked for; null for a school-wide question. */
  kinds: readonly ActivityKind[] | null;
}

/** The activity status a "nee" or "deels" of each concern leads to. */
const STATUS_OF: Record<Concern, ItemStatus> = { exclusion: 'excludes', 'cost-barrier': 'cost-barrier', information: 'information' };

/** mulberry32: a small seeded generator, good enough for made-up numbers and the same everywhere. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ADJECTIVES = ['Zilveren', 'Blauwe', 'Gouden', 'Groene', 'Rode', 'Witte', 'Vrolijke', 'Stille', 'Verre', 'Hoge'];
const NOUNS = ['Wulp', 'Anker', 'Vlieger', 'Kompasroos', 'Zeppelin', 'Walvis', 'Lantaarn', 'Duinroos', 'Kraanvogel', 'Molenwiek', 'Zandloper', 'Otter'];

/** 40 schools: 24 primary, 10 secondary, 6 special, each named from an adjective and a noun. */
function schoolNames(next: () => number): { name: string; type: SchoolType }[] {
  const pairs = ADJECTIVES.flatMap((adjective) => NOUNS.map((noun) => `${adjective} ${noun}`));
  for (let i = pairs.length - 1; i > 0; i -= 1) {
    const j = Math.floor(next() * (i + 1));
    [pairs[i], pairs[j]] = [pairs[j]!, pairs[i]!];
  }
  const types: SchoolType[] = [...Array<SchoolType>(24).fill('po'), ...Array<SchoolType>(10).fill('vo'), ...Array<SchoolType>(6).fill('so')];
  return types.map((type, i) => {
    const base = pairs[i]!;
    const name = type === 'po' ? `Basisschool De ${base}` : type === 'vo' ? `${base} College` : `SO De ${base}`;
    return { name, type };
  });
}

interface Plan {
  kind: ActivityKind;
  cost: [number, number];
  fundedBy: Funding[];
  traits?: ActivityTrait[];
  optional?: boolean;
}

const PLANS: Record<SchoolType, Plan[]> = {
  po: [
    { kind: 'one-day', cost: [10, 35], fundedBy: ['contribution', 'school'] },
    { kind: 'one-day', cost: [5, 20], fundedBy: ['contribution', 'school', 'separate-charge'] },
    { kind: 'multi-day', cost: [60, 160], fundedBy: ['separate-charge', 'contribution'] },
    { kind: 'celebration', cost: [0, 12], fundedBy: ['contribution', 'school'] },
    { kind: 'celebration', cost: [0, 8], fundedBy: ['school'] },
    { kind: 'extra-programme', cost: [15, 90], fundedBy: ['separate-charge', 'fund'] },
  ],
  vo: [
    { kind: 'one-day', cost: [15, 45], fundedBy: ['contribution', 'separate-charge'] },
    { kind: 'one-day', cost: [10, 30], fundedBy: ['contribution', 'school'] },
    { kind: 'multi-day', cost: [150, 420], fundedBy: ['separate-charge', 'contribution'] },
    { kind: 'multi-day', cost: [350, 700], fundedBy: ['separate-charge'], traits: ['overnight', 'travel', 'abroad', 'food'], optional: true },
    { kind: 'celebration', cost: [15, 45], fundedBy: ['separate-charge', 'parents-purchase'] },
    { kind: 'extra-programme', cost: [40, 250], fundedBy: ['separate-charge', 'fund'] },
    { kind: 'materials-ict', cost: [0, 350], fundedBy: ['school', 'parents-purchase'] },
    { kind: 'clothing-equipment', cost: [10, 60], fundedBy: ['parents-purchase', 'school'] },
  ],
  so: [
    { kind: 'one-day', cost: [5, 25], fundedBy: ['school', 'contribution'] },
    { kind: 'multi-day', cost: [50, 140], fundedBy: ['contribution', 'fund'] },
    { kind: 'celebration', cost: [0, 10], fundedBy: ['school'] },
    { kind: 'facilities', cost: [0, 20], fundedBy: ['school', 'contribution'] },
  ],
};

const CONTRIBUTION: Record<SchoolType, [number, number]> = { po: [15, 65], vo: [40, 160], so: [0, 45] };

/**
 * The data set: two school years, not every school in both (a few start or stop sending), one school
 * that sent its newer year twice (the later file counts), schools that mostly do better in the second
 * year and a few that do worse.
 */
export function generateSample(options: SampleOptions): SampleSet {
  const next = random(options.seed);
  const between = (low: number, high: number) => low + next() * (high - low);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const euros = (low: number, high: number) => Math.round(between(low, high) * 2) / 2;
  const schools = schoolNames(next);
  const [first, second] = options.years;
  const files: SampleSet['files'] = [];

  const status = (quality: number): Exclude<ItemStatus, 'dropped'> => {
    const r = next();
    const open = 0.3 + 0.6 * quality;
    if (r < open) return 'open';
    const rest = (r - open) / (1 - open);
    return rest < 0.25 ? 'excludes' : rest < 0.5 ? 'cost-barrier' : rest < 0.8 ? 'information' : 'incomplete';
  };

  const fileFor = (school: { name: string; type: SchoolType }, year: string, quality: number, createdAt: string): MonitorFile => {
    const activities: MonitorActivity[] = PLANS[school.type]
      .filter(() => next() > 0.12)
      .map((plan) => {
        const optional = plan.optional ?? false;
        const decision = optional ? pick(['free-for-all', 'free-for-all', 'drop', null] as const) : null;
        const dropped = optional && decision === 'drop';
        return {
          kind: plan.kind,
          traits: [...(plan.traits ?? DEFAULT_TRAITS[plan.kind])],
          costPerPupil: next() < 0.06 ? null : euros(...plan.cost),
          fundedBy: next() < 0.05 ? null : pick(plan.fundedBy),
          optional,
          optionalDecision: decision,
          status: dropped ? 'dropped' : optional && decision === null ? 'incomplete' : status(quality),
        };
      });
    const principles = options.principles.map((principle) => ({
      principle,
      status: (next() < 0.05 ? 'not-assessed' : status(quality)) as MonitorPrincipleStatus,
    }));
    const [low, high] = CONTRIBUTION[school.type];
    const base: MonitorFile = {
      format: MONITOR_FORMAT,
      schemaVersion: MONITOR_SCHEMA_VERSION,
      checklistVersion: options.checklistVersion,
      createdAt,
      school: { name: school.name, type: school.type, schoolYear: year },
      contribution: next() < 0.12 ? null : Math.round(between(low, high)),
      mrInvolved: pick(['yes', 'yes', 'yes', 'yes', 'planned', 'planned', 'no', 'unknown', null] as const),
      questions: { answered: 0, total: 0 },
      activities: [],
      principles: [],
      answers: [],
      actions: { byConcern: { exclusion: 0, 'cost-barrier': 0, information: 0 }, groups: 0, withOwner: 0, withDeadline: 0, planned: 0, states: null },
    };
    return counted(base, activities, principles, quality);
  };

  const date = (year: string, from: number, days: number) => {
    const start = Date.UTC(Number(year.slice(0, 4)) + from, from === 0 ? 9 : 2, 1, 8);
    return new Date(start + Math.floor(next() * days) * 86_400_000 + Math.floor(next() * 8 * 60) * 60_000).toISOString();
  };
  const slug = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

  /**
   * The school a year on: the same activities a little dearer, statuses that mostly stay, and shortfalls
   * that a school doing better often resolves (and one doing worse adds). Counts follow from the statuses.
   */
  const evolve = (previous: MonitorFile, year: string, better: boolean, createdAt: string): MonitorFile => {
    const [fix, slip] = better ? [0.5, 0.05] : [0.1, 0.35];
    const move = <S extends string>(status: S, fresh: () => S): S => {
      if (status === 'open') return next() < slip ? fresh() : status;
      if (status === 'excludes' || status === 'cost-barrier' || status === 'information' || status === 'incomplete') return next() < fix ? ('open' as S) : status;
      return status;
    };
    const worse = () => pick(['excludes', 'cost-barrier', 'information'] as const);
    const activities = previous.activities.map((activity) => ({
      ...activity,
      costPerPupil: activity.costPerPupil === null ? null : Math.round(activity.costPerPupil * between(1, 1.08) * 2) / 2,
      status: move<ItemStatus>(activity.status, worse),
    }));
    const principles = previous.principles.map((p) => ({ ...p, status: move<MonitorPrincipleStatus>(p.status, worse) }));
    // A school doing better often involves its MR the next year.
    const mrInvolved = better && previous.mrInvolved !== 'yes' && next() < 0.5 ? 'yes' : previous.mrInvolved;
    return { ...counted(previous, activities, principles, better ? 0.8 : 0.3), createdAt, mrInvolved, school: { ...previous.school, schoolYear: year } };
  };

  /**
   * Per question and place, answers that fit the statuses: a question of a principle (school-wide) or an
   * activity that falls short on its concern is often answered "nee" or "deels", otherwise "ja".
   */
  const answersFor = (type: SchoolType, activities: MonitorActivity[], principles: MonitorFile['principles']): MonitorAnswers[] => {
    const rows = new Map<string, MonitorAnswers>();
    const ask = (question: SampleQuestion, scope: QuestionScope, short: boolean) => {
      const key = `${scope}|${question.id}`;
      let row = rows.get(key);
      if (!row) rows.set(key, (row = { question: question.id, scope, asked: 0, no: 0, partly: 0 }));
      row.asked += 1;
      if (!short) return;
      const r = next();
      if (r < 0.45) row.no += 1;
      else if (r < 0.7) row.partly += 1;
    };
    const principleStatus = new Map(principles.map((p) => [p.principle, p.status]));
    for (const question of options.questions) {
      if (question.kinds !== null || !question.schoolTypes.includes(type)) continue;
      const status = principleStatus.get(question.principle);
      ask(question, 'school', status === STATUS_OF[question.concern] || (status === 'excludes' && question.concern !== 'information'));
    }
    for (const activity of activities) {
      if (activity.status === 'dropped') continue;
      for (const question of options.questions) {
        if (question.kinds === null || !question.kinds.includes(activity.kind) || !question.schoolTypes.includes(type)) continue;
        ask(question, activity.kind, activity.status === STATUS_OF[question.concern]);
      }
    }
    return [...rows.values()];
  };

  /** Action counts and progress that fit the statuses; `care` is how well actions get an owner, a date and done. */
  const counted = (base: MonitorFile, activities: MonitorActivity[], principles: MonitorFile['principles'], care: number): MonitorFile => {
    const short = (wanted: string) => [...activities.map((a) => a.status), ...principles.map((p) => p.status)].filter((s) => s === wanted).length;
    const byConcern = { exclusion: short('excludes') * 2, 'cost-barrier': short('cost-barrier') + Math.floor(next() * 2), information: short('information') * 2 };
    const total = byConcern.exclusion + byConcern['cost-barrier'] + byConcern.information;
    const withOwner = Math.round(total * Math.min(1, care + between(0, 0.3)));
    const withDeadline = Math.round(withOwner * between(0.5, 1));
    const answers = answersFor(base.school.type, activities, principles);
    const questionsTotal = answers.reduce((sum, row) => sum + row.asked, 0);
    const unfinished = short('incomplete') > 0;
    // A careful school gets more done; a few actions are dropped (with a reason, in the school's own file).
    const done = Math.round(total * care * between(0.2, 0.8));
    const dropped = Math.min(total - done, next() < 0.3 ? 1 : 0);
    const inProgress = Math.round((total - done - dropped) * between(0, care));
    const states = { 'not-started': total - done - dropped - inProgress, 'in-progress': inProgress, done, dropped };
    return {
      ...base,
      questions: { answered: unfinished ? Math.max(0, questionsTotal - 1 - Math.floor(next() * 8)) : questionsTotal, total: questionsTotal },
      activities,
      principles,
      answers,
      actions: { byConcern, groups: Math.ceil(total / 2), withOwner, withDeadline, planned: withDeadline, states },
    };
  };

  schools.forEach((school, i) => {
    const quality = between(0.1, 0.8);
    // Four schools start sending only in the second year, two stop after the first.
    const inFirst = i >= 4;
    const inSecond = i < schools.length - 2;
    const earlier = inFirst ? fileFor(school, first, quality, date(first, 1, 90)) : null;
    if (earlier) files.push({ name: `${slug(school.name)}-${first}.json`, file: earlier });
    if (!inSecond) return;
    // Most do better in their second year; every seventh school does worse.
    const better = i % 7 !== 3;
    const createdAt = date(second, 0, 45);
    const later = earlier ? evolve(earlier, second, better, createdAt) : fileFor(school, second, quality, createdAt);
    files.push({ name: `${slug(school.name)}-${second}.json`, file: later });
    if (i === 5) {
      // Sent again three weeks later, after the MR looked at it: this one counts.
      const again = evolve(later, second, true, new Date(Date.parse(createdAt) + 21 * 86_400_000).toISOString());
      files.push({ name: `${slug(school.name)}-${second}-na-mr.json`, file: again });
    }
  });

  return {
    format: SAMPLE_FORMAT,
    description: {
      nl: 'Verzonnen voorbeeldgegevens van 40 scholen over twee schooljaren. Geen echte school, geen echte cijfers.',
      en: 'Made-up sample data of 40 schools over two school years. No real school, no real numbers.',
    },
    files,
  };
}
