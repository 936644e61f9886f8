import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { aggregate, type SchoolFileEntry } from '../../src/domain/monitor/aggregate';
import { MonitorFileSchema, type MonitorFile } from '../../src/domain/monitor/schema';

// The municipality's numbers, checked against the committed sample set with plain loops written here,
// not with the aggregation's own helpers: two ways of counting that must agree.

const sample = JSON.parse(readFileSync(new URL('../../public/monitor/sample.json', import.meta.url), 'utf8')) as { files: { name: string; file: MonitorFile }[] };
const entries: SchoolFileEntry[] = sample.files.map(({ name, file }) => ({ fileName: name, file }));
const result = aggregate(entries);

/** The files that count: per school (type and name, ignoring case) and year, the one made last. */
function latestFiles(): MonitorFile[] {
  const latest: Record<string, MonitorFile> = {};
  for (const { file } of sample.files) {
    const id = `${file.school.schoolYear}|${file.school.type}|${file.school.name.toLowerCase()}`;
    if (!latest[id] || latest[id].createdAt <= file.createdAt) latest[id] = file;
  }
  return Object.values(latest);
}
const years = [...new Set(sample.files.map(({ file }) => file.school.schoolYear))].sort();
const filesOf = (year: string) => latestFiles().filter((file) => file.school.schoolYear === year);

function middle(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const half = sorted.length / 2;
  return Number.isInteger(half) ? (sorted[half - 1]! + sorted[half]!) / 2 : sorted[Math.floor(half)]!;
}

describe('the aggregation over the sample set', () => {
  it('covers both school years with at least one duplicate, and counts one file per school and year', () => {
    expect(years).toHaveLength(2);
    expect(result.years).toEqual(years);
    expect(result.counted).toHaveLength(latestFiles().length);
    expect(result.duplicates.length).toBe(sample.files.length - latestFiles().length);
    expect(result.duplicates.length).toBeGreaterThan(0);
  });

  it('keeps the later file of a school that sent one year twice, and names both', () => {
    for (const duplicate of result.duplicates) {
      const dropped = sample.files.find((f) => f.name === duplicate.fileName)!.file;
      const kept = sample.files.find((f) => f.name === duplicate.keptFileName)!.file;
      expect(kept.school.name).toBe(dropped.school.name);
      expect(kept.school.schoolYear).toBe(dropped.school.schoolYear);
      expect(kept.createdAt > dropped.createdAt).toBe(true);
    }
  });

  for (const year of years) {
    describe(year, () => {
      const files = filesOf(year);
      const counted = result.perYear.find((y) => y.schoolYear === year)!;

      it('counts the schools by type', () => {
        let po = 0;
        let vo = 0;
        let so = 0;
        for (const file of files) {
          if (file.school.type === 'po') po += 1;
          if (file.school.type === 'vo') vo += 1;
          if (file.school.type === 'so') so += 1;
        }
        expect(counted.schools).toEqual({ po, vo, so });
        expect(counted.schoolCount).toBe(files.length);
      });

      it('counts activities open and at risk per kind', () => {
        const expected: Record<string, { total: number; open: number; atRisk: number; incomplete: number; dropped: number }> = {};
        for (const file of files) {
          for (const activity of file.activities) {
            expected[activity.kind] ??= { total: 0, open: 0, atRisk: 0, incomplete: 0, dropped: 0 };
            const row = expected[activity.kind]!;
            row.total += 1;
            if (activity.status === 'open') row.open += 1;
            if (activity.status === 'excludes' || activity.status === 'cost-barrier') row.atRisk += 1;
            if (activity.status === 'incomplete') row.incomplete += 1;
            if (activity.status === 'dropped') row.dropped += 1;
          }
        }
        const actual = Object.fromEntries(counted.activities.map((row) => [row.kind, { total: row.total, open: row.open, atRisk: row.atRisk, incomplete: row.counts.incomplete, dropped: row.counts.dropped }]));
        expect(actual).toEqual(expected);
      });

      it('lists the principles with the number of schools falling short, most first', () => {
        const shortfall: Record<string, number> = {};
        for (const file of files) {
          for (const { principle, status } of file.principles) {
            shortfall[principle] ??= 0;
            if (status === 'excludes' || status === 'cost-barrier' || status === 'information') shortfall[principle] += 1;
          }
        }
        expect(Object.fromEntries(counted.principles.map((p) => [p.principle, p.shortfall]))).toEqual(shortfall);
        const numbers = counted.principles.map((p) => p.shortfall);
        expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
      });

      it('gives the median and range of the contribution per school type', () => {
        for (const type of ['po', 'vo', 'so'] as const) {
          const amounts: number[] = [];
          let none = 0;
          for (const file of files) {
            if (file.school.type !== type) continue;
            if (file.contribution === null) none += 1;
            else amounts.push(file.contribution);
          }
          const row = counted.contributions.find((c) => c.type === type)!;
          expect(row.none).toBe(none);
          expect(row.spread).toEqual({ count: amounts.length, median: middle(amounts), min: Math.min(...amounts), max: Math.max(...amounts) });
        }
      });

      it('gives the median and range of the cost per pupil of multi-day trips that go ahead', () => {
        const costs: number[] = [];
        let withoutCost = 0;
        for (const file of files) {
          for (const activity of file.activities) {
            if (activity.kind !== 'multi-day' || activity.status === 'dropped') continue;
            if (activity.costPerPupil === null) withoutCost += 1;
            else costs.push(activity.costPerPupil);
          }
        }
        expect(counted.multiDay.all).toEqual({ count: costs.length, median: middle(costs), min: Math.min(...costs), max: Math.max(...costs) });
        expect(counted.multiDay.withoutCost).toBe(withoutCost);
      });

      it('counts MR involvement and the action plans', () => {
        const mr: Record<string, number> = { yes: 0, no: 0, planned: 0, unknown: 0, 'not-said': 0 };
        let total = 0;
        let exclusion = 0;
        let planned = 0;
        let withOwner = 0;
        let schoolsWithActions = 0;
        for (const file of files) {
          mr[file.mrInvolved ?? 'not-said']! += 1;
          const own = file.actions.byConcern.exclusion + file.actions.byConcern['cost-barrier'] + file.actions.byConcern.information;
          total += own;
          if (own > 0) schoolsWithActions += 1;
          exclusion += file.actions.byConcern.exclusion;
          planned += file.actions.planned;
          withOwner += file.actions.withOwner;
        }
        expect(counted.mr).toEqual(mr);
        expect([counted.actions.total, counted.actions.byConcern.exclusion, counted.actions.planned, counted.actions.withOwner, counted.actions.schoolsWithActions]).toEqual([
          total,
          exclusion,
          planned,
          withOwner,
          schoolsWithActions,
        ]);
      });

      it('lists the questions where the largest share of schools answered "nee" or "deels", at most ten', () => {
        // Per question: the schools asked it, those that said "nee" anywhere, those that said only "deels".
        const perQuestion: Record<string, { asked: number; no: number; partly: number; places: string[] }> = {};
        for (const file of files) {
          const mine: Record<string, { no: boolean; partly: boolean; places: string[] }> = {};
          for (const row of file.answers ?? []) {
            mine[row.question] ??= { no: false, partly: false, places: [] };
            if (row.no > 0) mine[row.question]!.no = true;
            if (row.partly > 0) mine[row.question]!.partly = true;
            if (row.no + row.partly > 0) mine[row.question]!.places.push(row.scope);
          }
          for (const [question, own] of Object.entries(mine)) {
            perQuestion[question] ??= { asked: 0, no: 0, partly: 0, places: [] };
            const q = perQuestion[question]!;
            q.asked += 1;
            if (own.no) q.no += 1;
            else if (own.partly) q.partly += 1;
            for (const place of own.places) if (!q.places.includes(place)) q.places.push(place);
          }
        }
        const short = Object.entries(perQuestion).filter(([, q]) => q.no + q.partly > 0);
        const rows = counted.questions.rows;
        expect(counted.questions.short).toBe(short.length);
        expect(rows).toHaveLength(Math.min(10, short.length));
        expect(rows.length).toBeGreaterThan(3);
        for (const row of rows) {
          const q = perQuestion[row.question]!;
          expect([row.asked, row.no, row.partly, row.shortfall, row.share], row.question).toEqual([q.asked, q.no, q.partly, q.no + q.partly, (q.no + q.partly) / q.asked]);
          expect([...row.scopes].sort(), row.question).toEqual([...q.places].sort());
        }
        // Largest share first; no question left out has a larger share than the last one shown.
        const shares = rows.map((row) => row.share);
        expect(shares).toEqual([...shares].sort((a, b) => b - a));
        const shown = new Set(rows.map((row) => row.question));
        for (const [question, q] of short) if (!shown.has(question)) expect((q.no + q.partly) / q.asked, question).toBeLessThanOrEqual(shares.at(-1)!);
        expect([counted.questions.schools, counted.questions.without]).toEqual([files.length, 0]);
      });

      it('counts the actions by how far they got per school type and in all, with the share done', () => {
        const expected: Record<string, { schools: number; 'not-started': number; 'in-progress': number; done: number; dropped: number }> = {};
        for (const file of files) {
          for (const group of [file.school.type, 'all']) {
            expected[group] ??= { schools: 0, 'not-started': 0, 'in-progress': 0, done: 0, dropped: 0 };
            const row = expected[group]!;
            row.schools += 1;
            row['not-started'] += file.actions.states!['not-started'];
            row['in-progress'] += file.actions.states!['in-progress'];
            row.done += file.actions.states!.done;
            row.dropped += file.actions.states!.dropped;
          }
        }
        const actual = Object.fromEntries(counted.actionStates.rows.map((row) => [row.type, { schools: row.schools, ...row.states }]));
        expect(actual).toEqual(expected);
        for (const row of counted.actionStates.rows) {
          const e = expected[row.type]!;
          const total = e['not-started'] + e['in-progress'] + e.done + e.dropped;
          expect([row.total, row.doneShare], row.type).toEqual([total, total === 0 ? null : e.done / total]);
        }
        expect(counted.actionStates.rows.at(-1)!.type).toBe('all');
        expect(counted.actionStates.without).toBe(0);
      });
    });
  }

  it('says per school and overall which principles got better and which worse from one year to the next', () => {
    const score: Record<string, number> = { excludes: 0, 'cost-barrier': 1, information: 2, open: 3 };
    const [from, to] = years as [string, string];
    const before = filesOf(from);
    let inBoth = 0;
    const better: Record<string, number> = {};
    const worse: Record<string, number> = {};
    const perSchool: Record<string, { better: string[]; worse: string[] }> = {};
    for (const file of filesOf(to)) {
      const earlier = before.find((f) => f.school.name === file.school.name && f.school.type === file.school.type);
      if (!earlier) continue;
      inBoth += 1;
      for (const { principle, status } of file.principles) {
        const was = earlier.principles.find((p) => p.principle === principle)?.status;
        if (was === undefined || !(was in score) || !(status in score)) continue;
        if (score[status]! > score[was]!) {
          better[principle] = (better[principle] ?? 0) + 1;
          (perSchool[file.school.name] ??= { better: [], worse: [] }).better.push(principle);
        }
        if (score[status]! < score[was]!) {
          worse[principle] = (worse[principle] ?? 0) + 1;
          (perSchool[file.school.name] ??= { better: [], worse: [] }).worse.push(principle);
        }
      }
    }
    const change = result.changes[0]!;
    expect([change.from, change.to, change.schoolsInBoth]).toEqual([from, to, inBoth]);
    expect(Object.fromEntries(change.principles.filter((p) => p.better).map((p) => [p.principle, p.better]))).toEqual(better);
    expect(Object.fromEntries(change.principles.filter((p) => p.worse).map((p) => [p.principle, p.worse]))).toEqual(worse);
    const actual: Record<string, { better: string[]; worse: string[] }> = {};
    for (const school of change.schools) {
      const b = school.better.filter((i) => i.what === 'principle').map((i) => i.key);
      const w = school.worse.filter((i) => i.what === 'principle').map((i) => i.key);
      if (b.length || w.length) actual[school.name] = { better: b, worse: w };
    }
    expect(actual).toEqual(perSchool);
    // The sample has schools doing better and schools doing worse.
    expect(Object.keys(better).length).toBeGreaterThan(0);
    expect(Object.keys(worse).length).toBeGreaterThan(0);
  });
});

describe('the aggregation on its own', () => {
  const file = (name: string, createdAt: string, schoolYear = '2026-2027'): MonitorFile => ({
    ...sample.files[0]!.file,
    school: { name, type: 'po', schoolYear },
    createdAt,
  });

  it('keeps the latest of three files of one school and year, whatever order they come in', () => {
    const files = [
      { fileName: 'b.json', file: file('De Wulp', '2026-10-02T00:00:00Z') },
      { fileName: 'c.json', file: file('de wulp ', '2026-10-03T00:00:00Z') },
      { fileName: 'a.json', file: file('De Wulp', '2026-10-01T00:00:00Z') },
    ];
    const { counted, duplicates } = aggregate(files);
    expect(counted.map((e) => e.fileName)).toEqual(['c.json']);
    expect(duplicates.map((d) => [d.fileName, d.keptFileName])).toEqual([
      ['b.json', 'c.json'],
      ['a.json', 'c.json'],
    ]);
  });

  it('counts the same school in two years once per year, and nothing is a duplicate', () => {
    const { counted, duplicates, schools } = aggregate([
      { fileName: 'a.json', file: file('De Wulp', '2025-10-01T00:00:00Z', '2025-2026') },
      { fileName: 'b.json', file: file('De Wulp', '2026-10-01T00:00:00Z') },
    ]);
    expect(counted).toHaveLength(2);
    expect(duplicates).toEqual([]);
    expect(schools.map((s) => [s.name, s.years])).toEqual([['De Wulp', ['2025-2026', '2026-2027']]]);
  });

  it('ranks questions by the share of schools asked, counts a school once per question, and names questions by id', () => {
    const base = sample.files[0]!.file;
    const withAnswers = (name: string, answers: MonitorFile['answers']): SchoolFileEntry => ({ fileName: `${name}.json`, file: { ...base, school: { ...base.school, name }, answers } });
    const { perYear } = aggregate([
      // "a": asked at three schools, two said "nee" (one of them for two kinds of trip): 2 of 3.
      withAnswers('Een', [
        { question: 'a', scope: 'one-day', asked: 2, no: 1, partly: 1 },
        { question: 'a', scope: 'multi-day', asked: 1, no: 1, partly: 0 },
        { question: 'b', scope: 'school', asked: 1, no: 0, partly: 1 },
      ]),
      withAnswers('Twee', [
        { question: 'a', scope: 'one-day', asked: 1, no: 1, partly: 0 },
        { question: 'b', scope: 'school', asked: 1, no: 0, partly: 0 },
        { question: 'c', scope: 'school', asked: 1, no: 0, partly: 1 },
      ]),
      // "b": 1 of 3, only "deels"; "c": asked at one school only, which said "deels": 1 of 1.
      withAnswers('Drie', [
        { question: 'a', scope: 'one-day', asked: 1, no: 0, partly: 0 },
        { question: 'b', scope: 'school', asked: 1, no: 0, partly: 0 },
        { question: 'd', scope: 'school', asked: 1, no: 0, partly: 0 },
      ]),
      // A file made before files said per question: left out of every count.
      { fileName: 'oud.json', file: MonitorFileSchema.parse({ ...base, school: { ...base.school, name: 'Vier' }, answers: undefined }) },
    ]);
    const year = perYear[0]!;
    expect(year.questions.rows.map((row) => [row.question, row.asked, row.no, row.partly, row.share, row.scopes])).toEqual([
      ['c', 1, 0, 1, 1, ['school']],
      ['a', 3, 2, 0, 2 / 3, ['one-day', 'multi-day']],
      ['b', 3, 0, 1, 1 / 3, ['school']],
    ]);
    expect([year.questions.short, year.questions.schools, year.questions.without]).toEqual([3, 3, 1]);
  });

  it('lists no more than ten questions', () => {
    const base = sample.files[0]!.file;
    const answers = Array.from({ length: 14 }, (_, i) => ({ question: `q-${i}`, scope: 'school' as const, asked: 1, no: i % 2, partly: 1 - (i % 2) }));
    const { perYear } = aggregate([{ fileName: 'x.json', file: { ...base, answers } }]);
    expect(perYear[0]!.questions.rows).toHaveLength(10);
    expect(perYear[0]!.questions.short).toBe(14);
  });

  it('gives the share of actions done per school type, leaving out files that do not say', () => {
    const base = sample.files[0]!.file;
    const school = (name: string, type: 'po' | 'vo', states: NonNullable<MonitorFile['actions']['states']> | null): SchoolFileEntry => ({
      fileName: `${name}.json`,
      file: { ...base, school: { ...base.school, name, type }, actions: { ...base.actions, states } },
    });
    const { perYear } = aggregate([
      school('A', 'po', { 'not-started': 1, 'in-progress': 1, done: 2, dropped: 0 }),
      school('B', 'po', { 'not-started': 0, 'in-progress': 0, done: 1, dropped: 1 }),
      school('C', 'vo', { 'not-started': 0, 'in-progress': 0, done: 0, dropped: 0 }),
      school('D', 'vo', null),
    ]);
    const rows = perYear[0]!.actionStates.rows.map((row) => [row.type, row.schools, row.total, row.states.done, row.doneShare]);
    // po: 3 done of 6; vo: one school says, with no actions; in all: 3 of 6.
    expect(rows).toEqual([
      ['po', 2, 6, 3, 0.5],
      ['vo', 1, 0, 0, null],
      ['all', 3, 6, 3, 0.5],
    ]);
    expect(perYear[0]!.actionStates.without).toBe(1);
  });

  it('gives no numbers at all for no files', () => {
    expect(aggregate([])).toEqual({ counted: [], duplicates: [], years: [], schools: [], perYear: [], changes: [] });
  });
});
