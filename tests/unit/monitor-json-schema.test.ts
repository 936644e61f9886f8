import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { MONITOR_SCHEMA_VERSION } from '../../src/domain/monitor/constants';
import { MonitorFileSchema } from '../../src/domain/monitor/schema';

// The published JSON Schema of the monitor file lets a municipality's own tools read what schools send.
// Generated from the zod schema and committed; this test fails when the two drift apart. Regenerate with:
//   UPDATE_SCHEMA=1 vitest run --config tests/vitest.config.ts tests/unit/monitor-json-schema.test.ts
const file = new URL(`../../public/schemas/monitor-v${MONITOR_SCHEMA_VERSION}.schema.json`, import.meta.url);

describe('the published JSON Schema of the monitor file', () => {
  const generated = z.toJSONSchema(MonitorFileSchema, { io: 'input' });
  if (process.env.UPDATE_SCHEMA === '1') writeFileSync(file, `${JSON.stringify(generated, null, 2)}\n`);

  it('matches the zod schema', () => {
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(generated);
  });

  it('names no field that could hold free text or a person, other than the school’s own name', () => {
    const text = readFileSync(file, 'utf8');
    for (const field of ['notes', 'note', 'owner', 'filledInBy', 'yearGroup', 'deadline']) expect(text).not.toContain(`"${field}"`);
    const strings: string[] = [];
    const walk = (node: unknown, path: string) => {
      if (typeof node !== 'object' || node === null) return;
      const record = node as Record<string, unknown>;
      if (record.type === 'string' && !record.enum && !record.const && !record.pattern && !record.format) strings.push(path);
      for (const [key, value] of Object.entries(record)) walk(value, `${path}/${key}`);
    };
    walk(JSON.parse(text), '');
    expect(strings).toEqual(['/properties/school/properties/name']);
  });
});
