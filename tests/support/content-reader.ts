import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { load } from 'js-yaml';
import {
  ActivityQuestionSchema,
  ActivityTemplateSchema,
  ChecklistMetaSchema,
  formatProblem,
  LANGS,
  PageSchema,
  PrincipleSchema,
  SchemeSchema,
  SchoolQuestionSchema,
  SiteSettingsSchema,
  SituationSchema,
  validateEntry,
  type Checklist,
  type Lang,
  type Page,
  type PageKey,
  type Principle,
  type Problem,
  type Scheme,
  type SiteSettings,
  type Situation,
} from '../../src/domain';

// Reads a content folder the way the site's content loaders do (js-yaml, the project's own schemas),
// so tests can say what a build of that folder must contain instead of naming one municipality's texts.

export const projectRoot = resolve(new URL('../../', import.meta.url).pathname);
/** The municipality the site is published for by default. */
export const DEFAULT_CONTENT_DIR = join(projectRoot, 'content');
/** A municipality that does not exist, built by the build tests and by `npm test`'s second pass. */
export const FICTIONAL_CONTENT_DIR = join(projectRoot, 'tests/fixtures/content-fictional');

/** Every file below `dir`, as paths relative to `dir`, sorted. */
export function listFiles(dir: string): string[] {
  const walk = (path: string): string[] =>
    statSync(path).isDirectory() ? readdirSync(path).flatMap((name) => walk(join(path, name))) : [path];
  return walk(dir).map((path) => relative(dir, path)).sort();
}

/** Frontmatter and body of a Markdown file, or the data of a YAML file, as the content loader sees them. */
export function readContentFile(path: string): { data: unknown; body: string } {
  const text = readFileSync(resolve(projectRoot, path), 'utf8');
  if (path.endsWith('.yaml') || path.endsWith('.yml')) return { data: load(text), body: '' };
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${path}: no frontmatter between --- lines`);
  return { data: load(match[1] ?? ''), body: match[2] ?? '' };
}

/** One Markdown entry of a content folder in one language. */
export interface Entry<T> {
  /** Path inside the content folder, e.g. "principles/nl/01-x.md". */
  file: string;
  lang: Lang;
  data: T;
  body: string;
}

/** A content folder as the site is built from it. */
export interface Content {
  /** Absolute path of the folder. */
  dir: string;
  /** In the order the site lists them, both languages. */
  principles: Entry<Principle>[];
  pages: Entry<Page>[];
  /** "Can the school ask this?" situations, in the site's order, both languages. */
  situations: Entry<Situation>[];
  schemes: Scheme[];
  settings: SiteSettings;
  checklist: Checklist;
}

/**
 * Reads and checks a whole content folder. A file that fails its schema throws, naming the file and
 * field, so a test that relies on the folder fails with the reason instead of with wrong expectations.
 */
export function readContent(dir: string): Content {
  const problems: Problem[] = [];
  const files = listFiles(dir);
  const parse = <T>(schema: Parameters<typeof validateEntry>[0], file: string, data: unknown): T | undefined => {
    const result = validateEntry(schema, data, file);
    if (result.ok) return result.value as T;
    problems.push(...result.issues);
    return undefined;
  };
  const markdown = <T>(folder: string, schema: Parameters<typeof validateEntry>[0]): Entry<T>[] =>
    files
      .filter((file) => file.startsWith(`${folder}/`) && file.endsWith('.md'))
      .flatMap((file) => {
        const { data, body } = readContentFile(join(dir, file));
        const value = parse<T>(schema, file, data);
        return value ? [{ file, lang: file.split('/')[1] as Lang, data: value, body }] : [];
      });
  const yaml = <T>(file: string, schema: Parameters<typeof validateEntry>[0]) => parse<T>(schema, file, readContentFile(join(dir, file)).data);
  const list = <T>(file: string, schema: Parameters<typeof validateEntry>[0]): T[] => {
    const items = readContentFile(join(dir, file)).data;
    if (!Array.isArray(items)) {
      problems.push({ file, field: '', message: 'must be a list' });
      return [];
    }
    return items.flatMap((item: unknown, i) => {
      const value = parse<T>(schema, `${file} item ${i}`, item);
      return value ? [value] : [];
    });
  };

  const principles = markdown<Principle>('principles', PrincipleSchema).sort(
    (a, b) => a.data.order - b.data.order || LANGS.indexOf(a.lang) - LANGS.indexOf(b.lang),
  );
  const pages = markdown<Page>('pages', PageSchema);
  const situations = markdown<Situation>('situations', SituationSchema).sort(
    (a, b) => a.data.order - b.data.order || LANGS.indexOf(a.lang) - LANGS.indexOf(b.lang),
  );
  const schemes = files
    .filter((file) => file.startsWith('schemes/') && file.endsWith('.yaml'))
    .flatMap((file) => yaml<Scheme>(file, SchemeSchema) ?? [])
    .sort((a, b) => a.order - b.order);
  const settings = yaml<SiteSettings>('settings/site.yaml', SiteSettingsSchema);
  const meta = yaml<{ version: number; date: Date }>('checklist/checklist.yaml', ChecklistMetaSchema);
  const checklist = {
    version: meta?.version ?? 0,
    date: meta?.date.toISOString().slice(0, 10) ?? '',
    schoolQuestions: list<Checklist['schoolQuestions'][number]>('checklist/school-wide.yaml', SchoolQuestionSchema),
    activityQuestions: list<Checklist['activityQuestions'][number]>('checklist/activity.yaml', ActivityQuestionSchema),
    templates: list<Checklist['templates'][number]>('checklist/templates.yaml', ActivityTemplateSchema),
  };
  if (problems.length || !settings) {
    throw new Error(`${dir} is not a valid content folder:\n${problems.map(formatProblem).join('\n')}`);
  }
  return { dir, principles, pages, situations, schemes, settings, checklist };
}

/** The principles of one language, in the site's order. */
export const principlesIn = (content: Content, lang: Lang) => content.principles.filter((entry) => entry.lang === lang);

/** The page with this key in this language; every page exists in every language (the build checks that). */
export function pageIn(content: Content, lang: Lang, key: PageKey): Entry<Page> {
  const page = content.pages.find((entry) => entry.lang === lang && entry.data.key === key);
  if (!page) throw new Error(`${content.dir}: no "${lang}" page with key "${key}"`);
  return page;
}

// The URL scheme is a contract that other sites link to (src/lib/routes.ts): the tests write it out
// themselves, so that a change to it in the code shows up as failing tests.
const SECTIONS = {
  principles: { nl: 'uitgangspunten', en: 'principles' },
  search: { nl: 'zoeken', en: 'search' },
  selfAssessment: { nl: 'zelfevaluatie', en: 'self-assessment' },
  situations: { nl: 'mag-de-school-dit-vragen', en: 'can-the-school-ask-this' },
  monitor: { nl: 'monitor', en: 'monitor' },
} as const;

const principlesListPath = (lang: Lang) => `/${lang}/${SECTIONS.principles[lang]}/`;
export const principlePath = (entry: Entry<Principle>) => `${principlesListPath(entry.lang)}${entry.data.slug}/`;
export const pagePath = (entry: Entry<Page>) => (entry.data.slug ? `/${entry.lang}/${entry.data.slug}/` : `/${entry.lang}/`);
const searchPath = (lang: Lang) => `/${lang}/${SECTIONS.search[lang]}/`;
const selfAssessmentPath = (lang: Lang) => `/${lang}/${SECTIONS.selfAssessment[lang]}/`;
const monitorPath = (lang: Lang) => `/${lang}/${SECTIONS.monitor[lang]}/`;
/** The "Can the school ask this?" list, below the parents' page of that language. */
export const situationsPath = (content: Content, lang: Lang) => `${pagePath(pageIn(content, lang, 'parents'))}${SECTIONS.situations[lang]}/`;
export const situationPath = (content: Content, entry: Entry<Situation>) => `${situationsPath(content, entry.lang)}${entry.data.slug}/`;

/** Every page a build of this content must publish (what its sitemap lists), sorted. */
export function sitePaths(content: Content): string[] {
  return [
    ...content.pages.map(pagePath),
    ...content.principles.map(principlePath),
    ...LANGS.flatMap((lang) => [principlesListPath(lang), searchPath(lang), selfAssessmentPath(lang), monitorPath(lang)]),
    ...(content.situations.length ? LANGS.map((lang) => situationsPath(content, lang)) : []),
    ...content.situations.map((entry) => situationPath(content, entry)),
  ].sort();
}

/** Text as Astro writes it into HTML, to look for a content text in a built page. */
export const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
