import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateSample, SAMPLE_FORMAT } from '../../src/domain/monitor/sample';
import { MonitorFileSchema } from '../../src/domain/monitor/schema';
import { DEFAULT_CONTENT_DIR, readContent } from '../support/content-reader';

// The sample set behind "Voorbeeldgegevens laden" is generated and committed (public/monitor/sample.json),
// so the page can fetch it from its own site. Its principles are those of the published content folder
// (content/), whichever folder is under test: a change to them fails this test until the file is written again:
//   UPDATE_SAMPLE=1 vitest run --config tests/vitest.config.ts tests/unit/monitor-sample.test.ts
const file = new URL('../../public/monitor/sample.json', import.meta.url);
const { checklist } = readContent(DEFAULT_CONTENT_DIR);
const principles = [...new Set([...checklist.schoolQuestions, ...checklist.activityQuestions].map((q) => q.principle))];

// The questions without their texts: a monitor file names a question by its id only.
const questions = [
  ...checklist.schoolQuestions.map((q) => ({ id: q.id, principle: q.principle, concern: q.concern, schoolTypes: q.schoolTypes, kinds: null })),
  ...checklist.activityQuestions.map((q) => ({ id: q.id, principle: q.principle, concern: q.concern, schoolTypes: q.schoolTypes, kinds: q.kinds })),
];

const sampleOptions = { seed: 20261123, principles, questions, checklistVersion: checklist.version, years: ['2025-2026', '2026-2027'] } as const;

describe('the sample data set', () => {
  // One school's file per line: small to fetch, and a change to the generator shows as lines in a diff.
  const set = generateSample(sampleOptions);
  const head = JSON.stringify({ format: set.format, description: set.description });
  const generated = `${head.slice(0, -1)},"files":[\n${set.files.map((entry) => JSON.stringify(entry)).join(',\n')}\n]}\n`;
  if (process.env.UPDATE_SAMPLE === '1') writeFileSync(file, generated);
  const committed = readFileSync(file, 'utf8');

  it('is the generator’s output, as committed', () => {
    expect(committed).toBe(generated);
  });

  it('is the same every time it is generated', () => {
    expect(JSON.stringify(generateSample(sampleOptions))).toBe(JSON.stringify(JSON.parse(generated)));
    expect(JSON.parse(generated)).toEqual(set);
  });

  it('holds about 40 schools of every type over two years, each file a valid monitor file', () => {
    const set = JSON.parse(committed);
    expect(set.format).toBe(SAMPLE_FORMAT);
    const schools = new Set(set.files.map((f: { file: { school: { name: string } } }) => f.file.school.name));
    expect(schools.size).toBe(40);
    const types = new Set(set.files.map((f: { file: { school: { type: string } } }) => f.file.school.type));
    expect([...types].sort()).toEqual(['po', 'so', 'vo']);
    const years = new Set(set.files.map((f: { file: { school: { schoolYear: string } } }) => f.file.school.schoolYear));
    expect([...years].sort()).toEqual(['2025-2026', '2026-2027']);
    const problems = set.files.flatMap((f: { name: string; file: unknown }) => {
      const parsed = MonitorFileSchema.safeParse(f.file);
      return parsed.success ? [] : [`${f.name}: ${parsed.error.message}`];
    });
    expect(problems).toEqual([]);
  });

  it('says per question where schools answered "nee" or "deels", and how far their actions got, in every file', () => {
    const set = JSON.parse(committed) as { files: { file: { answers: { question: string; no: number; partly: number }[] | null; actions: { states: Record<string, number> | null } } }[] };
    const ids = new Set(questions.map((q) => q.id));
    for (const { file } of set.files) {
      expect(file.answers?.length).toBeGreaterThan(0);
      for (const row of file.answers!) expect(ids.has(row.question), row.question).toBe(true);
      expect(file.actions.states).not.toBeNull();
    }
    expect(set.files.some(({ file }) => file.answers!.some((row) => row.no > 0))).toBe(true);
    expect(set.files.some(({ file }) => file.answers!.some((row) => row.partly > 0))).toBe(true);
    expect(set.files.some(({ file }) => (file.actions.states?.done ?? 0) > 0)).toBe(true);
  });
});
