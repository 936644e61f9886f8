import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ActivityQuestionSchema,
  ActivityTemplateSchema,
  checkChecklist,
  checkSituationLinks,
  ChecklistMetaSchema,
  checkTranslations,
  formatProblem,
  PageSchema,
  PrincipleSchema,
  SchemeSchema,
  SchoolQuestionSchema,
  SiteSettingsSchema,
  SituationSchema,
  validateEntry,
  type Lang,
} from '../../src/domain';
import { CHECKLIST_TRANSLATIONS_FILE, ChecklistTranslationsSchema } from '../../src/domain/content/check';
import { listFiles, projectRoot, readContentFile as readFile } from '../support/content-reader';
import { contentDirUnderTest } from '../support/content-under-test';

// The content to publish (the folder under test: SKC_CONTENT_DIR, else content/): every file passes
// its schema, and the languages fit together. Files are named by their path inside the folder.
const schemaFor = (file: string) =>
  file.startsWith('principles/') ? PrincipleSchema
  : file.startsWith('pages/') ? PageSchema
  : file.startsWith('situations/') ? SituationSchema
  : file.startsWith('schemes/') ? SchemeSchema
  : file === 'settings/site.yaml' ? SiteSettingsSchema
  : file === 'checklist/checklist.yaml' ? ChecklistMetaSchema
  : file === CHECKLIST_TRANSLATIONS_FILE ? ChecklistTranslationsSchema
  : undefined;

// The checklist's question and template files are lists: each item is one entry.
const listSchemaFor = (file: string) =>
  file === 'checklist/school-wide.yaml' ? SchoolQuestionSchema
  : file === 'checklist/activity.yaml' ? ActivityQuestionSchema
  : file === 'checklist/templates.yaml' ? ActivityTemplateSchema
  : undefined;

const files = listFiles(contentDirUnderTest);
const readContentFile = (file: string) => readFile(join(contentDirUnderTest, file));

describe(`the content folder ${relative(projectRoot, contentDirUnderTest)}`, () => {
  it('holds principles, as many in English as in Dutch', () => {
    const nl = files.filter((f) => f.startsWith('principles/nl/'));
    const en = files.filter((f) => f.startsWith('principles/en/'));
    expect(nl.length).toBeGreaterThan(0);
    expect(en.length).toBe(nl.length);
  });

  // Images (images/) have no schema; the content check (tests/unit/content-check*.test.ts) checks that they exist.
  it.each(files.filter((file) => /\.(md|ya?ml)$/.test(file)))('%s passes its schema', (file) => {
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

  it('has every principle, page and situation in both languages, with unique slugs and positions', () => {
    const entries = files
      .filter((f) => f.startsWith('principles/') || f.startsWith('pages/') || f.startsWith('situations/'))
      .map((file) => {
        const data = readContentFile(file).data as { key: string; slug: string; order?: number };
        return { file, lang: file.split('/')[1] as Lang, key: data.key, slug: data.slug, order: data.order };
      });
    const principles = entries.filter((e) => e.file.startsWith('principles/'));
    const pages = entries.filter((e) => e.file.startsWith('pages/'));
    const situations = entries.filter((e) => e.file.startsWith('situations/'));
    expect([...checkTranslations(principles), ...checkTranslations(pages), ...checkTranslations(situations)].map(formatProblem)).toEqual([]);
  });

  it('links situations only to principles that exist', () => {
    const keys = files.filter((f) => f.startsWith('principles/nl/')).map((f) => (readContentFile(f).data as { key: string }).key);
    const situations = files
      .filter((f) => f.startsWith('situations/'))
      .map((file) => ({ file, principles: (readContentFile(file).data as { principles?: string[] }).principles ?? [] }));
    expect(checkSituationLinks(situations, keys).map(formatProblem)).toEqual([]);
  });

  it('has a checklist whose ids are unique and whose questions test existing principles', () => {
    const meta = readContentFile('checklist/checklist.yaml').data as { version: number; date: Date };
    const checklist = {
      version: meta.version,
      date: '',
      schoolQuestions: readContentFile('checklist/school-wide.yaml').data as never[],
      activityQuestions: readContentFile('checklist/activity.yaml').data as never[],
      templates: readContentFile('checklist/templates.yaml').data as never[],
    };
    const keys = files.filter((f) => f.startsWith('principles/nl/')).map((f) => (readContentFile(f).data as { key: string }).key);
    expect(checkChecklist(checklist, keys).map(formatProblem)).toEqual([]);
  });

  it('gives every principle a body that explains what it means', () => {
    for (const file of files.filter((f) => f.startsWith('principles/'))) {
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
