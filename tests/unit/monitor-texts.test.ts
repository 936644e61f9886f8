import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { monitorEn } from '../../src/lib/i18n/monitor/en';
import { monitorNl } from '../../src/lib/i18n/monitor/nl';
import { readSchoolFile } from '../../src/domain/monitor/read';
import { testChecklist } from '../fixtures/checklist';

// The monitor page's own words: both languages complete, every text used, and every reason a file can be
// refused for has its own sentence (a refusal must say why in the page's language, not in zod's).

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const flatten = (value: unknown): string[] => (typeof value === 'string' ? [value] : Object.values(value as object).flatMap(flatten));

const root = new URL('../../src/', import.meta.url).pathname;
const code = readdirSync(root, { recursive: true })
  .map(String)
  .filter((file) => /\.(ts|tsx|astro)$/.test(file) && !file.includes('i18n/monitor/'))
  .map((file) => readFileSync(join(root, file), 'utf8'))
  .join('\n');
const built = [...code.matchAll(/`(mon\.[\w.-]*)\$\{/g)].map(([, prefix]) => prefix!);

describe('the monitor page’s texts', () => {
  it('exist in both languages, filled in, with the same placeholders', () => {
    expect(Object.keys(monitorEn).sort()).toEqual(Object.keys(monitorNl).sort());
    for (const key of Object.keys(monitorNl) as (keyof typeof monitorNl)[]) {
      const nl = flatten(monitorNl[key]);
      const en = flatten(monitorEn[key]);
      expect(en.length, key).toBe(nl.length);
      for (const text of [...nl, ...en]) expect(text.trim(), key).not.toBe('');
      expect(en.map(placeholders), key).toEqual(nl.map(placeholders));
    }
  });

  it('are each used by the page or its island', () => {
    const unused = Object.keys(monitorNl).filter((key) => !code.includes(`'${key}'`) && !built.some((prefix) => key.startsWith(prefix)));
    expect(unused).toEqual([]);
  });

  it('give a sentence for every reason the reader refuses a file', () => {
    const bad = ['{"x":', 'a;b\n1;2\n', '', '{}', '{"format":"schoolkostencheck-monitor","schemaVersion":9}', '{"format":"schoolkostencheck-monitor"}', '{"format":"schoolkostencheck-monitor","schemaVersion":0}'];
    const codes = bad.flatMap((text) => {
      const result = readSchoolFile(text, { fileName: 'x.json', checklist: testChecklist });
      return result.ok ? [] : result.issues.map((issue) => issue.code!);
    });
    expect(codes.length).toBe(bad.length);
    for (const reason of [...codes, 'too-large', 'read-failed', 'no-school-type', 'no-school-year', 'no-school-name']) expect(Object.keys(monitorNl)).toContain(`mon.reason.${reason}`);
  });
});
