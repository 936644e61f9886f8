import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AssessmentSchema, SCHEMA_VERSION } from '../../src/domain/assessment';

// The published JSON Schema lets other tools read and write export files. It is generated from the zod
// schema and committed; this test fails when the two drift apart. Regenerate with:
//   UPDATE_SCHEMA=1 vitest run --config tests/vitest.config.ts tests/unit/json-schema.test.ts
// One file per schema version: tools that read older files keep their schema.
const file = new URL(`../../public/schemas/assessment-v${SCHEMA_VERSION}.schema.json`, import.meta.url);

describe('the published JSON Schema of the export file', () => {
  // `input`: what a file may contain, so fields with defaults are optional.
  const generated = z.toJSONSchema(AssessmentSchema, { io: 'input' });
  if (process.env.UPDATE_SCHEMA === '1') writeFileSync(file, `${JSON.stringify(generated, null, 2)}\n`);

  it('matches the zod schema', () => {
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(generated);
  });

  it('stays published for every earlier version', () => {
    for (let version = 1; version < SCHEMA_VERSION; version += 1) {
      const old = JSON.parse(readFileSync(new URL(`../../public/schemas/assessment-v${version}.schema.json`, import.meta.url), 'utf8'));
      expect(old.properties.schemaVersion.const).toBe(version);
    }
  });
});
