import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IsoDateSchema } from '../../src/domain';
import { describeField, SCHEMA_MESSAGES_NL } from '../../src/domain/content/check';
import { projectRoot } from '../support/content-reader';

// The content schemas speak English (their messages are written in src/domain/content and the checklist
// schema); the content check says them in Dutch by default. A schema message without a Dutch version would
// reach a Dutch editor in English, so every one must be in SCHEMA_MESSAGES_NL.

const SCHEMA_FILES = [
  ...readdirSync(join(projectRoot, 'src/domain/content'))
    .filter((name) => name.endsWith('.ts'))
    .map((name) => `src/domain/content/${name}`),
  'src/domain/checklist/schema.ts',
  // Parts of site.yaml's schema that live beside the content schemas.
  ...readdirSync(join(projectRoot, 'src/domain/identity'))
    .filter((name) => name.endsWith('.ts'))
    .map((name) => `src/domain/identity/${name}`),
  'src/domain/cms/editing.ts',
];

/** The messages a schema gives: `.min(1, '...')`, `.regex(x, '...')`, `.refine(f, '...')`, `error: '...'`. */
function schemaMessages(source: string): string[] {
  const patterns = [/\.(?:min|max|regex|refine|length)\([^;]*?,\s*'((?:[^'\\]|\\.)+)'\s*\)/g, /error:\s*'((?:[^'\\]|\\.)+)'/g, /\.string\(\{\s*error:\s*'((?:[^'\\]|\\.)+)'/g];
  return patterns.flatMap((pattern) => [...source.matchAll(pattern)].map((match) => match[1]!.replace(/\\'/g, "'")));
}

describe('the schemas’ messages', () => {
  const messages = [...new Set(SCHEMA_FILES.flatMap((file) => schemaMessages(readFileSync(join(projectRoot, file), 'utf8'))))];

  it('are found in the schema files (so the next test can fail)', () => {
    expect(messages).toContain('must not be empty');
    expect(messages.length).toBeGreaterThan(20);
  });

  it('each have a Dutch version for the content check', () => {
    expect(messages.filter((message) => !SCHEMA_MESSAGES_NL[message])).toEqual([]);
  });
});

describe('a field named in a message', () => {
  it('counts list items from 1, as an editor counts them', () => {
    expect(describeField(['sources', 0, 'url'], 'nl')).toBe('sources nr. 1 › url');
    expect(describeField(['basis', 2, 'source', 'url'], 'en')).toBe('basis no. 3 › source.url');
    expect(describeField(['text', 'en'], 'nl')).toBe('text.en');
    expect(describeField(['school', 1], 'nl')).toBe('school nr. 2');
  });
});

describe('a date in the content', () => {
  it('is read only when written as YYYY-MM-DD, never guessed', () => {
    expect(IsoDateSchema.safeParse('7-10-2020').success).toBe(false);
    expect(IsoDateSchema.safeParse('10/07/2020').success).toBe(false);
    expect(IsoDateSchema.safeParse('2020-10-7').success).toBe(false);
    expect(IsoDateSchema.safeParse('2021-02-29').success).toBe(false);
    expect(IsoDateSchema.safeParse(new Date('2020-10-07T10:30:00Z')).success).toBe(false);
    expect(IsoDateSchema.parse('2020-10-07').toISOString()).toBe('2020-10-07T00:00:00.000Z');
    expect(IsoDateSchema.parse(new Date('2020-10-07')).toISOString()).toBe('2020-10-07T00:00:00.000Z');
  });
});
