import { describe, expect, it } from 'vitest';
import {
  checkTranslations,
  formatProblem,
  PageSchema,
  PrincipleSchema,
  SchemeSchema,
  SiteSettingsSchema,
  validateEntry,
  type Lang,
} from '../../src/domain';
import { listFiles, readContentFile } from './support/content-files';

// The published content itself: every file passes its schema, and the languages fit together.
const schemaFor = (file: string) =>
  file.startsWith('content/principles/') ? PrincipleSchema
  : file.startsWith('content/pages/') ? PageSchema
  : file.startsWith('content/schemes/') ? SchemeSchema
  : file === 'content/settings/site.yaml' ? SiteSettingsSchema
  : undefined;

const files = listFiles(new URL('../../content', import.meta.url).pathname);

describe('the content folder', () => {
  it('holds at least 10 principles in Dutch and the same in English', () => {
    const nl = files.filter((f) => f.startsWith('content/principles/nl/'));
    const en = files.filter((f) => f.startsWith('content/principles/en/'));
    expect(nl.length).toBeGreaterThanOrEqual(10);
    expect(en.length).toBe(nl.length);
  });

  it.each(files)('%s passes its schema', (file) => {
    const schema = schemaFor(file);
    expect(schema, `${file} is in no collection`).toBeDefined();
    const result = validateEntry(schema!, readContentFile(file).data, file);
    expect(result.ok ? [] : result.issues.map(formatProblem)).toEqual([]);
  });

  it('has every principle and page in both languages, with unique slugs and positions', () => {
    const entries = files
      .filter((f) => f.startsWith('content/principles/') || f.startsWith('content/pages/'))
      .map((file) => {
        const data = readContentFile(file).data as { key: string; slug: string; order?: number };
        return { file: file.split('/')[1] + ':' + file, lang: file.split('/')[2] as Lang, key: data.key, slug: data.slug, order: data.order };
      });
    const principles = entries.filter((e) => e.file.startsWith('principles:'));
    const pages = entries.filter((e) => e.file.startsWith('pages:'));
    expect([...checkTranslations(principles), ...checkTranslations(pages)].map(formatProblem)).toEqual([]);
  });

  it('gives every principle a body that explains what it means', () => {
    for (const file of files.filter((f) => f.startsWith('content/principles/'))) {
      expect(readContentFile(file).body.trim().length, file).toBeGreaterThan(200);
    }
  });

  it('never uses a level-1 heading or raw HTML in a body (the template owns the h1; HTML is not rendered)', () => {
    for (const file of files.filter((f) => f.endsWith('.md'))) {
      const { body } = readContentFile(file);
      expect(body, file).not.toMatch(/^# /m);
      expect(body, file).not.toMatch(/<[a-z][^>]*>/i);
    }
  });
});
