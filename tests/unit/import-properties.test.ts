import { engine } from '../../src/islands/self-assessment/state/engine';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeAssessment, encodeAssessment, MAX_FILE_BYTES, type Assessment } from '../../src/domain/assessment';
import { createAssessmentState } from '../../src/islands/self-assessment/state/assessment-state';
import { memoryStorage } from '../../src/islands/self-assessment/storage/entries';
import { testChecklist } from '../fixtures/checklist';

// Property-based: whatever is fed to import, the result is a valid assessment or a list of readable
// problems; it never throws and never changes what is open. Seeded, so a failure can be replayed with
// FC_SEED=<seed> (fast-check prints the seed and path of a failing case).
const seed = Number(process.env.FC_SEED ?? 20261123);
const numRuns = Number(process.env.FC_RUNS ?? 2000);
const options = { currentChecklistVersion: testChecklist.version, fileName: 'test.json' };
const fixture = JSON.parse(readFileSync(new URL('../fixtures/assessments/v3-vo-school.json', import.meta.url), 'utf8')) as Record<string, unknown>;

/** The result contract: ok with an assessment, or not ok with at least one problem in words. */
function expectReadable(result: ReturnType<typeof decodeAssessment>) {
  if (result.ok) {
    expect(result.value.assessment.format).toBe('schoolkostencheck-assessment');
    return;
  }
  expect(result.issues.length).toBeGreaterThan(0);
  for (const issue of result.issues) {
    expect(typeof issue.message).toBe('string');
    expect(issue.message.trim().length).toBeGreaterThan(0);
    expect(issue.file).toBe('test.json');
  }
}

/** Sets `value` at a random path inside a copy of `base`, or deletes that key. */
const mutated = fc
  .tuple(fc.array(fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('profile', 'activities', 'answers', 'schoolAnswers', '0', '__proto__', 'constructor', 'value', 'schemaVersion')), { minLength: 1, maxLength: 4 }), fc.option(fc.jsonValue(), { nil: undefined }))
  .map(([path, value]) => {
    const copy = JSON.parse(JSON.stringify(fixture)) as Record<string, unknown>;
    let node: Record<string, unknown> = copy;
    for (const key of path.slice(0, -1)) {
      const next = Object.hasOwn(node, key) ? node[key] : undefined;
      if (typeof next !== 'object' || next === null) break;
      node = next as Record<string, unknown>;
    }
    const last = path.at(-1)!;
    if (value === undefined) delete node[last];
    else Object.defineProperty(node, last, { value, enumerable: true, writable: true, configurable: true });
    return JSON.stringify(copy);
  });

describe('importing any input', () => {
  it(`turns any JSON value into an assessment or readable problems (seed ${seed})`, () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => expectReadable(decodeAssessment(JSON.stringify(value) ?? 'null', options))), { seed, numRuns });
  });

  it(`turns any string into an assessment or readable problems (seed ${seed})`, () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 500 }), (text) => expectReadable(decodeAssessment(text, options))), { seed, numRuns });
  });

  it(`turns any change to a valid file into an assessment or readable problems (seed ${seed})`, () => {
    fc.assert(fc.property(mutated, (text) => expectReadable(decodeAssessment(text, options))), { seed, numRuns });
  });

  it(`reads back every valid assessment it writes (seed ${seed})`, () => {
    const base = decodeAssessment(JSON.stringify(fixture), options);
    if (!base.ok) throw new Error('fixture does not decode');
    const text = fc.string({ unit: 'grapheme', maxLength: 200 });
    fc.assert(
      fc.property(text, text, fc.option(fc.double({ min: 0, max: 100_000, noNaN: true }), { nil: null }), (name, note, contribution) => {
        const assessment: Assessment = {
          ...base.value.assessment,
          profile: { ...base.value.assessment.profile, schoolName: name, contribution },
          schoolAnswers: { ...base.value.assessment.schoolAnswers, 'inform-parents': { value: 'no', note, checklistVersion: 1, recheck: false } },
        };
        const back = decodeAssessment(encodeAssessment(assessment), options);
        expect(back.ok && back.value.assessment).toEqual(assessment);
      }),
      { seed, numRuns: Math.min(numRuns, 500) },
    );
  });

  it(`never changes what is open when an import fails (seed ${seed})`, async () => {
    let counter = 0;
    const state = createAssessmentState({ engine,
      checklist: testChecklist,
      storage: memoryStorage(),
      loadFileCheck: async () => decodeAssessment,
      now: () => new Date('2026-01-01T00:00:00Z'),
      newId: () => (counter === 0 ? ((counter += 1), 'open-one') : `id-${(counter += 1)}`),
    });
    state.create();
    state.updateProfile({ schoolName: 'Open School' });
    const current = state.current.value;
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ maxLength: 300 }), fc.jsonValue().map((v) => JSON.stringify(v) ?? ''), mutated), async (text) => {
        const before = state.model.entries.value;
        const ok = await state.importFile({ name: 'test.json', size: text.length, text: async () => text });
        if (ok) {
          // A valid file is added beside what is open, never over it.
          expect(state.model.entries.value.map((e) => e.assessment)).toContain(current);
          state.remove(state.current.value!.id);
          state.open('open-one');
        } else {
          expect(state.model.entries.value).toBe(before);
        }
        expect(state.model.entries.value.find((e) => e.assessment.id === 'open-one')?.assessment).toEqual(current);
      }),
      { seed, numRuns: Math.min(numRuns, 1000) },
    );
  });
});

describe('importing known hostile files', () => {
  const decode = (text: string) => decodeAssessment(text, options);
  const codes = (result: ReturnType<typeof decode>) => (result.ok ? [] : result.issues.map((i) => i.code ?? i.field));

  it('refuses a file over the size limit with a message that says so', () => {
    const result = decode(' '.repeat(MAX_FILE_BYTES + 1));
    expect(codes(result)).toEqual(['too-large']);
    expect(result.ok || result.issues[0]!.message).toContain('10 MB');
  });

  it('survives very deep nesting', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(() => decode(deep)).not.toThrow();
    expect(decode(deep).ok).toBe(false);
    const deepObject = `{"format":"schoolkostencheck-assessment","schemaVersion":1,"profile":${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}}`;
    expect(() => decode(deepObject)).not.toThrow();
    expect(decode(deepObject).ok).toBe(false);
  });

  it.each(['__proto__', 'constructor', 'prototype'])('does not let a "%s" key reach any object prototype', (key) => {
    const text = JSON.stringify(fixture).replace('"schoolAnswers":{', `"schoolAnswers":{"${key}":{"polluted":true},`).replace('"profile":{', `"profile":{"${key}":{"polluted":true},`);
    expect(() => decode(text)).not.toThrow();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as unknown as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('names the field of a wrong type', () => {
    const result = decode(JSON.stringify({ ...fixture, activities: 'none' }));
    expect(result.ok ? [] : result.issues.map((i) => i.field)).toEqual(['activities']);
  });

  it('names an unknown field', () => {
    // By the code and its parameters, which the page translates: the island loads no zod locale, so
    // zod's own message may be a bare "Invalid input".
    const result = decode(JSON.stringify({ ...fixture, hacked: true }));
    expect(result.ok ? [] : result.issues).toEqual([expect.objectContaining({ field: '', code: 'schema-unrecognized_keys', params: expect.objectContaining({ keys: 'hacked' }) })]);
  });

  it('says a file from a future schema version needs a newer page', () => {
    expect(codes(decode(JSON.stringify({ ...fixture, schemaVersion: 99 })))).toEqual(['version-newer']);
  });
});
