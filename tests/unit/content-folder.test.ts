import { describe, expect, it } from 'vitest';
import {
  ActivityQuestionSchema,
  ActivityTemplateSchema,
  checkChecklist,
  ChecklistMetaSchema,
  checkTranslations,
  formatProblem,
  PageSchema,
  PrincipleSchema,
  SchemeSchema,
  SchoolQuestionSchema,
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
  : file === 'content/checklist/checklist.yaml' ? ChecklistMetaSchema
  : undefined;

// The checklist's question and template files are lists: each item is one entry.
const listSchemaFor = (file: string) =>
  file === 'content/checklist/school-wide.yaml' ? SchoolQuestionSchema
  : file === 'content/checklist/activity.yaml' ? ActivityQuestionSchema
  : file === 'content/checklist/templates.yaml' ? ActivityTemplateSchema
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
    const listSchema = listSchemaFor(file);
    if (listSchema) {
      const items = readContentFile(file).data as { id?: string }[];
      expect(Array.isArray(items) && items.length > 0, `${file} is a list`).toBe(true);
      const problems = items.flatMap((item, i) => {
        const result = validateEntry(listSchema, item, file);
        return result.ok ? [] : result.issues.map((issue) => formatProblem({ ...issue, field: `${item.id ?? i}.${issue.field}` }));
      });
      expect(problems).toEqual([]);
      return;
    }
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

  it('has a checklist whose ids are unique and whose questions test existing principles', () => {
    const meta = readContentFile('content/checklist/checklist.yaml').data as { version: number; date: Date };
    const checklist = {
      version: meta.version,
      date: '',
      schoolQuestions: readContentFile('content/checklist/school-wide.yaml').data as never[],
      activityQuestions: readContentFile('content/checklist/activity.yaml').data as never[],
      templates: readContentFile('content/checklist/templates.yaml').data as never[],
    };
    const keys = files.filter((f) => f.startsWith('content/principles/nl/')).map((f) => (readContentFile(f).data as { key: string }).key);
    expect(checkChecklist(checklist, keys).map(formatProblem)).toEqual([]);
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
