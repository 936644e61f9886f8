import type { z } from 'zod';
import { checkChecklist } from '../../checklist/check';
import { ActivityQuestionSchema, ActivityTemplateSchema, ChecklistMetaSchema, SchoolQuestionSchema, type Checklist } from '../../checklist/schema';
import type { Problem } from '../../result';
import { LANGS, type Lang } from '../../vocabulary';
import { PageSchema } from '../page';
import { PrincipleSchema } from '../principle';
import { SchemeSchema } from '../scheme';
import { SiteSettingsSchema } from '../settings';
import { checkSituationLinks, SituationSchema } from '../situation';
import { checkTranslations } from '../translations';
import { checkMarkdown, type LinkContext } from './markdown';
import type { ContentProblem, Finding, Subject, SubjectKind } from './problem';
import { checkSchema } from './schema-issues';
import { CHECKLIST_LISTS, CHECKLIST_TRANSLATIONS_FILE, ChecklistTranslationsSchema, dutchCode, fileCode, readChecklistCodes } from './translation-status';
import { readYaml, splitMarkdown, type FieldPath, type YamlSource } from './yaml-source';

// The whole content folder checked at once, before Astro reads it: every file against its schema, the
// Markdown in bodies and fields, what only the files together can say (every key in both languages, links
// to pages that exist), and which translations are out of date. Pure: the runner
// (src/integrations/content-check.ts) reads the files and passes their texts in.

/** The site's routes (src/lib/routes.ts), passed in so the check and the site agree on every path. */
export interface SiteRoutes {
  home(lang: Lang): string;
  principles(lang: Lang): string;
  principle(lang: Lang, slug: string): string;
  page(lang: Lang, slug: string): string;
  situations(lang: Lang, parentsSlug: string): string;
  situation(lang: Lang, parentsSlug: string, slug: string): string;
  search(lang: Lang): string;
  selfAssessment(lang: Lang): string;
}

export interface ContentFolder {
  /** The Markdown and YAML files, by their path inside the folder ("principles/nl/01-x.md"), and their text. */
  texts: ReadonlyMap<string, string>;
  /** Every other file (images), by its path inside the folder. */
  otherFiles: readonly string[];
}

export interface CheckOptions {
  routes: SiteRoutes;
  /** Pages and files of the site that do not come from the content: other pages, files in public/. */
  extraPaths?: readonly string[];
}

type Collection = 'principles' | 'pages' | 'situations';
const SUBJECT_OF: Record<Collection, SubjectKind> = { principles: 'principle', pages: 'page', situations: 'situation' };
const SCHEMA_OF = { principles: PrincipleSchema, pages: PageSchema, situations: SituationSchema } as const;
const LIST_SCHEMAS: Record<(typeof CHECKLIST_LISTS)[number], z.ZodType> = {
  'checklist/school-wide.yaml': SchoolQuestionSchema,
  'checklist/activity.yaml': ActivityQuestionSchema,
  'checklist/templates.yaml': ActivityTemplateSchema,
};
const REQUIRED_FILES = ['settings/site.yaml', 'checklist/checklist.yaml', ...CHECKLIST_LISTS];
const IMAGE = /\.(?:png|jpe?g|gif|webp|avif|svg)$/i;

/** A Markdown file as read: its frontmatter's data and where things are, its body. */
interface MarkdownEntry {
  file: string;
  collection: Collection;
  lang: Lang;
  text: string;
  source: YamlSource;
  data: Record<string, unknown>;
  valid: boolean;
  body: string;
  bodyLine: number;
}

/** A YAML file as read. */
interface YamlEntry {
  file: string;
  source: YamlSource;
  data: unknown;
  /** For list files: which items passed their schema. */
  validItems?: unknown[];
  valid: boolean;
}

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date);
const stringAt = (data: Record<string, unknown>, key: string) => (typeof data[key] === 'string' ? (data[key] as string) : undefined);

/** Every string in a value with its path, for the Markdown checks. */
function* strings(value: unknown, path: (string | number)[] = []): Generator<{ path: (string | number)[]; text: string }> {
  if (typeof value === 'string') yield { path, text: value };
  else if (Array.isArray(value)) for (const [i, item] of value.entries()) yield* strings(item, [...path, i]);
  else if (isRecord(value)) for (const [key, item] of Object.entries(value)) yield* strings(item, [...path, key]);
}

export function checkContent(folder: ContentFolder, options: CheckOptions): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const add = (file: string, findings: readonly Finding[]) => {
    for (const finding of findings) problems.push({ ...finding, file });
  };
  const error = (file: string, code: ContentProblem['code'], params: ContentProblem['params'] = {}, extra: Partial<Finding> = {}) =>
    problems.push({ severity: 'error', file, code, params, ...extra });

  const markdown: MarkdownEntry[] = [];
  const yaml = new Map<string, YamlEntry>();
  // "principles/en" when a file there cannot be read: its key is unknown, so a missing twin is no news.
  const unreadable = new Set<string>();

  /** Reads a YAML text; reports an empty text or one that cannot be read. */
  const read = (file: string, text: string, firstLine = 1): YamlSource | undefined => {
    const result = readYaml(text, firstLine);
    if (!result.ok) {
      add(file, result.findings);
      return undefined;
    }
    if (result.source.data === null || result.source.data === undefined) {
      error(file, 'empty-file');
      return undefined;
    }
    return result.source;
  };

  // 1. Each file on its own.
  for (const [file, text] of folder.texts) {
    const md = /^(principles|pages|situations)\/(.+)\.md$/.exec(file);
    if (md) {
      const collection = md[1] as Collection;
      const lang = md[2]!.split('/')[0] as Lang;
      if (!LANGS.includes(lang) || !md[2]!.includes('/')) {
        error(file, 'ignored-file', { hint: 'language' });
        continue;
      }
      const parts = text.trim() ? splitMarkdown(text) : undefined;
      if (!text.trim()) error(file, 'empty-file');
      else if (!parts) error(file, 'no-frontmatter', {}, { line: 1 });
      const source = parts && read(file, parts.frontmatter, parts.frontmatterLine);
      if (source && !isRecord(source.data)) error(file, 'not-a-mapping', {}, { line: parts.frontmatterLine });
      if (!parts || !source || !isRecord(source.data) || typeof source.data.key !== 'string') unreadable.add(`${collection}/${lang}`);
      if (!parts || !source || !isRecord(source.data)) continue;
      const key = stringAt(source.data, 'key');
      const subject: Subject | undefined = key ? { kind: SUBJECT_OF[collection], id: key } : undefined;
      const result = checkSchema(SCHEMA_OF[collection], source.data, source, [], subject);
      if (!result.ok) add(file, result.findings);
      markdown.push({ file, collection, lang, text, source, data: source.data, valid: result.ok, body: parts.body, bodyLine: parts.bodyLine });
      continue;
    }
    if (/^schemes\/[^/]+\.yml$/.test(file) || (/\.yml$/.test(file) && REQUIRED_FILES.includes(file.replace(/\.yml$/, '.yaml')))) {
      problems.push({ severity: 'warning', file, code: 'ignored-file', params: { hint: 'yml' } });
      continue;
    }
    const known = /^schemes\/[^/]+\.yaml$/.test(file) || REQUIRED_FILES.includes(file) || file === CHECKLIST_TRANSLATIONS_FILE;
    if (!known) {
      if (!/^(?:readme|license)[^/]*$/i.test(file)) problems.push({ severity: 'warning', file, code: 'ignored-file', params: { hint: 'unknown' } });
      continue;
    }
    if (!text.trim()) {
      error(file, 'empty-file');
      continue;
    }
    const source = read(file, text);
    if (!source) continue;
    const listSchema = LIST_SCHEMAS[file as keyof typeof LIST_SCHEMAS];
    if (listSchema) {
      if (!Array.isArray(source.data)) {
        error(file, 'not-a-list', {}, { line: 1 });
        continue;
      }
      const kind: SubjectKind = file === 'checklist/templates.yaml' ? 'template' : 'question';
      const validItems: unknown[] = [];
      for (const [i, item] of source.data.entries()) {
        const id = isRecord(item) && typeof item.id === 'string' ? item.id : undefined;
        const subject: Subject = { kind, id: id ?? `nr. ${i + 1}` };
        if (!isRecord(item)) {
          error(file, 'not-a-mapping', {}, { line: source.lineOf([i]), subject });
          continue;
        }
        const result = checkSchema(listSchema, item, source, [i], subject);
        if (result.ok) validItems.push(result.value);
        else add(file, result.findings);
      }
      yaml.set(file, { file, source, data: source.data, validItems, valid: validItems.length === source.data.length });
      continue;
    }
    if (!isRecord(source.data)) {
      error(file, 'not-a-mapping', {}, { line: 1 });
      continue;
    }
    const schema =
      file === CHECKLIST_TRANSLATIONS_FILE ? ChecklistTranslationsSchema
      : file.startsWith('schemes/') ? SchemeSchema
      : file === 'settings/site.yaml' ? SiteSettingsSchema
      : ChecklistMetaSchema;
    const result = checkSchema(schema, source.data, source);
    if (!result.ok) add(file, result.findings);
    yaml.set(file, { file, source, data: result.ok ? result.value : source.data, valid: result.ok });
  }
  for (const file of folder.otherFiles) {
    if (IMAGE.test(file) && !file.startsWith('images/')) problems.push({ severity: 'warning', file, code: 'image-in-wrong-place', params: {} });
    else if (!file.startsWith('images/') && !/^(?:readme|license)[^/]*$/i.test(file)) problems.push({ severity: 'warning', file, code: 'ignored-file', params: { hint: 'unknown' } });
  }

  // 2. Files the site cannot do without.
  for (const file of REQUIRED_FILES) if (!folder.texts.has(file)) error(file, 'missing-file');
  for (const lang of LANGS) {
    for (const key of PageSchema.shape.key.options) {
      if (unreadable.has(`pages/${lang}`)) continue;
      if (!markdown.some((entry) => entry.collection === 'pages' && entry.lang === lang && entry.data.key === key)) error(`pages/${lang}/`, 'page-missing', { key, folder: `pages/${lang}/` });
    }
  }

  // 3. Markdown in bodies and fields: HTML, links, images, lists.
  const context = linkContext(markdown, folder, options);
  const pagePathOf = (entry: MarkdownEntry) => pathOf(entry, markdown, options.routes);
  for (const entry of markdown) {
    const key = stringAt(entry.data, 'key');
    const subject: Subject | undefined = key ? { kind: SUBJECT_OF[entry.collection], id: key } : undefined;
    const here = { ...context, pagePath: pagePathOf(entry) };
    for (const { path, text } of strings(entry.data)) {
      add(entry.file, checkMarkdown(text, entry.source.textLineOf(path) ?? 1, here, text.includes('\n')).map((f) => ({ ...f, subject, field: path })));
    }
    add(entry.file, checkMarkdown(entry.body, entry.bodyLine, here, true).map((f) => ({ ...f, subject })));
  }
  for (const entry of yaml.values()) {
    if (entry.file === CHECKLIST_TRANSLATIONS_FILE) continue;
    const list = Array.isArray(entry.data);
    for (const { path, text } of strings(entry.data)) {
      const subject = list ? itemSubject(entry, Number(path[0])) : undefined;
      const field = list ? path.slice(1) : path;
      add(entry.file, checkMarkdown(text, entry.source.textLineOf(path) ?? 1, context, text.includes('\n')).map((f) => ({ ...f, subject, field })));
    }
  }

  // 4. What the files say together.
  const crossFile: Problem[] = [];
  for (const collection of ['principles', 'pages', 'situations'] as const) {
    const entries = markdown
      .filter((entry) => entry.collection === collection && typeof entry.data.key === 'string' && typeof entry.data.slug === 'string')
      .map((entry) => ({
        file: entry.file,
        lang: entry.lang,
        key: entry.data.key as string,
        slug: entry.data.slug as string,
        order: typeof entry.data.order === 'number' ? entry.data.order : undefined,
      }));
    crossFile.push(...checkTranslations(entries));
  }
  const principleKeys = [...new Set(markdown.filter((e) => e.collection === 'principles' && typeof e.data.key === 'string').map((e) => e.data.key as string))];
  crossFile.push(
    ...checkSituationLinks(
      markdown.filter((e) => e.collection === 'situations' && Array.isArray(e.data.principles)).map((e) => ({ file: e.file, principles: (e.data.principles as unknown[]).map(String) })),
      principleKeys,
    ),
  );
  const meta = yaml.get('checklist/checklist.yaml');
  const lists = CHECKLIST_LISTS.map((file) => yaml.get(file));
  if (meta?.valid && lists.every((list) => list?.valid)) {
    const [school, activity, templates] = lists as YamlEntry[];
    const checklist: Checklist = {
      version: (meta.data as { version: number }).version,
      date: '',
      schoolQuestions: school!.validItems as Checklist['schoolQuestions'],
      activityQuestions: activity!.validItems as Checklist['activityQuestions'],
      templates: templates!.validItems as Checklist['templates'],
    };
    crossFile.push(
      ...checkChecklist(checklist, principleKeys, {
        meta: 'checklist/checklist.yaml',
        schoolQuestions: 'checklist/school-wide.yaml',
        activityQuestions: 'checklist/activity.yaml',
        templates: 'checklist/templates.yaml',
      }),
    );
  }
  for (const problem of crossFile) {
    if (problem.code === 'translation-missing' && unreadable.has(`${problem.file.split('/')[0]}/${String(problem.params?.lang)}`)) continue;
    problems.push(placeCrossFile(problem, markdown, yaml));
  }

  // 5. Translations that are out of date or not yet recorded (warnings: the site is still built).
  problems.push(...translationStatus(markdown, yaml, folder));

  const order = [...folder.texts.keys(), ...folder.otherFiles];
  const rank = (file: string) => (order.includes(file) ? order.indexOf(file) : order.length);
  // Errors first (they stop the build), then warnings; each in file order, line by line.
  const weight = (problem: ContentProblem) => (problem.severity === 'error' ? 0 : 1);
  return problems.sort((a, b) => weight(a) - weight(b) || rank(a.file) - rank(b.file) || a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}

function itemSubject(entry: YamlEntry, index: number): Subject {
  const item = (entry.data as unknown[])[index];
  const id = isRecord(item) && typeof item.id === 'string' ? item.id : `nr. ${index + 1}`;
  return { kind: entry.file === 'checklist/templates.yaml' ? 'template' : 'question', id };
}

/** The site path of a Markdown file's page, from its slug, or undefined when the slug is not usable. */
function pathOf(entry: MarkdownEntry, all: readonly MarkdownEntry[], routes: SiteRoutes): string | undefined {
  const slug = stringAt(entry.data, 'slug');
  if (slug === undefined) return undefined;
  if (entry.collection === 'principles') return routes.principle(entry.lang, slug);
  if (entry.collection === 'pages') return routes.page(entry.lang, slug);
  const parents = all.find((other) => other.collection === 'pages' && other.lang === entry.lang && other.data.key === 'parents');
  const parentsSlug = parents && stringAt(parents.data, 'slug');
  return parentsSlug === undefined ? undefined : routes.situation(entry.lang, parentsSlug, slug);
}

/** Every page the site will have, and the images there are, for the link checks. */
function linkContext(markdown: readonly MarkdownEntry[], folder: ContentFolder, options: CheckOptions): LinkContext {
  const { routes } = options;
  const paths = new Set<string>(['/', ...(options.extraPaths ?? [])]);
  for (const lang of LANGS) {
    for (const path of [routes.home(lang), routes.principles(lang), routes.search(lang), routes.selfAssessment(lang)]) paths.add(path);
    const parents = markdown.find((entry) => entry.collection === 'pages' && entry.lang === lang && entry.data.key === 'parents');
    const parentsSlug = parents && stringAt(parents.data, 'slug');
    if (parentsSlug !== undefined && markdown.some((entry) => entry.collection === 'situations')) paths.add(routes.situations(lang, parentsSlug));
  }
  for (const entry of markdown) {
    const path = pathOf(entry, markdown, routes);
    if (path) paths.add(path);
  }
  return { sitePaths: paths, images: new Set(folder.otherFiles.filter((file) => file.startsWith('images/'))) };
}

/** Puts a cross-file problem (checkTranslations, checkChecklist, ...) on its line, with its subject. */
function placeCrossFile(problem: Problem, markdown: readonly MarkdownEntry[], yaml: ReadonlyMap<string, YamlEntry>): ContentProblem {
  const base = { severity: 'error' as const, file: problem.file, code: (problem.code ?? 'schema-rule') as ContentProblem['code'], params: problem.params ?? { en: problem.message } };
  const entry = markdown.find((e) => e.file === problem.file);
  const segments: FieldPath = problem.field ? problem.field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part)) : [];
  if (entry) {
    const key = stringAt(entry.data, 'key');
    return { ...base, line: entry.source.lineOf(segments), subject: key ? { kind: SUBJECT_OF[entry.collection], id: key } : undefined, field: segments };
  }
  const list = yaml.get(problem.file);
  const id = problem.params?.id;
  if (list && Array.isArray(list.data) && typeof id === 'string') {
    const index = list.data.findIndex((item) => isRecord(item) && item.id === id);
    const field = problem.field.startsWith(`${id}.`) ? segments.slice(1) : segments;
    return { ...base, line: list.source.lineOf([index, ...field]), subject: itemSubject(list, index), field };
  }
  return { ...base, line: list?.source.lineOf(segments), field: segments };
}

function translationStatus(markdown: readonly MarkdownEntry[], yaml: ReadonlyMap<string, YamlEntry>, folder: ContentFolder): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const warn = (file: string, recorded: unknown, expected: string, params: { source: string; target: string }, extra: Partial<ContentProblem>) => {
    if (recorded === expected) return;
    problems.push({ severity: 'warning', file, code: recorded === undefined ? 'translation-unmarked' : 'translation-outdated', params, ...extra });
  };
  for (const entry of markdown.filter((e) => e.lang !== 'nl' && typeof e.data.key === 'string')) {
    const dutch = markdown.find((e) => e.collection === entry.collection && e.lang === 'nl' && e.data.key === entry.data.key);
    if (!dutch) continue;
    warn(entry.file, entry.data.translationOf, fileCode(dutch.text), { source: dutch.file, target: entry.file }, {
      line: entry.source.lineOf(['translationOf']),
      subject: { kind: SUBJECT_OF[entry.collection], id: entry.data.key as string },
      field: entry.data.translationOf === undefined ? undefined : ['translationOf'],
    });
  }
  for (const entry of yaml.values()) {
    if (!(entry.file.startsWith('schemes/') || entry.file === 'settings/site.yaml') || !isRecord(entry.data)) continue;
    const data = entry.source.data as Record<string, unknown>;
    warn(entry.file, data.translationOf, dutchCode(data), { source: entry.file, target: entry.file }, { line: entry.source.lineOf(['translationOf']) });
  }
  const codes = readChecklistCodes(folder.texts.get(CHECKLIST_TRANSLATIONS_FILE));
  for (const file of CHECKLIST_LISTS) {
    const entry = yaml.get(file);
    if (!entry || !Array.isArray(entry.data)) continue;
    const name = file.slice('checklist/'.length);
    for (const [i, item] of entry.data.entries()) {
      if (!isRecord(item) || typeof item.id !== 'string') continue;
      warn(file, codes[name]?.[item.id], dutchCode(item), { source: `${file}#${item.id}`, target: `${file}#${item.id}` }, { line: entry.source.lineOf([i]), subject: itemSubject(entry, i) });
    }
  }
  return problems;
}
