import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { checkContent, formatReport, type ContentFolder, type ContentProblem, type SiteRoutes } from '../domain/content/check';
import type { Lang } from '../domain';
import { homePath, pagePath, principlePath, principlesPath, searchPath, selfAssessmentPath, situationPath, situationsPath, withoutBase } from '../lib/routes';

// The content check's side that touches files: which folder is in use, reading it, and the pages of the site
// that do not come from the content. The rules themselves are pure (src/domain/content/check/).

/** The content folder in use: SKC_CONTENT_DIR (as src/content.config.ts reads it), else ./content. */
export const contentDirOf = (env: Record<string, string | undefined>, root: string) => resolve(root, env.SKC_CONTENT_DIR ?? 'content');

/** The folder as the editor knows it: relative to the project when inside it, with forward slashes. */
export function displayFolder(dir: string, root: string): string {
  const inside = relative(root, dir);
  return (inside && !inside.startsWith('..') && !isAbsolute(inside) ? inside : dir).split(sep).join('/');
}

/** The editor's language: SKC_LANG=en or `--lang en` for English, else Dutch. */
export function languageOf(env: Record<string, string | undefined>, args: readonly string[] = []): Lang {
  const flag = args.indexOf('--lang');
  const asked = (flag >= 0 ? args[flag + 1] : args.find((arg) => arg.startsWith('--lang='))?.slice(7)) ?? env.SKC_LANG ?? 'nl';
  return asked.toLowerCase().startsWith('en') ? 'en' : 'nl';
}

const TEXT = /\.(?:md|ya?ml)$/i;

/** Every file below `dir` (dot files and folders left out), as Markdown/YAML texts and other files. */
export function readContentFolder(dir: string): ContentFolder {
  const texts = new Map<string, string>();
  const otherFiles: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      if (name.startsWith('.')) continue;
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else {
        const inside = relative(dir, path).split(sep).join('/');
        if (TEXT.test(name)) texts.set(inside, readFileSync(path, 'utf8'));
        else otherFiles.push(inside);
      }
    }
  };
  if (existsSync(dir)) walk(dir);
  return { texts, otherFiles };
}

/**
 * The site's routes as the check needs them (src/lib/routes.ts), without the base path: editors write links
 * from the site's root ("/nl/ouders/") and the renderer puts the base path in front.
 */
export const siteRoutes: SiteRoutes = {
  home: (lang) => withoutBase(homePath(lang)),
  principles: (lang) => withoutBase(principlesPath(lang)),
  principle: (lang, slug) => withoutBase(principlePath(lang, slug)),
  page: (lang, slug) => withoutBase(pagePath(lang, slug)),
  situations: (lang, parentsSlug) => withoutBase(situationsPath(lang, parentsSlug)),
  situation: (lang, parentsSlug, slug) => withoutBase(situationPath(lang, parentsSlug, slug)),
  search: (lang) => withoutBase(searchPath(lang)),
  selfAssessment: (lang) => withoutBase(selfAssessmentPath(lang)),
};

/** Pages and files that are not content: the files in public/ and the pages in src/pages/<lang>/. */
export function extraPaths(root: string): string[] {
  const paths: string[] = [];
  const publicDir = join(root, 'public');
  const walk = (folder: string) => {
    for (const name of existsSync(folder) ? readdirSync(folder) : []) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else paths.push(`/${relative(publicDir, path).split(sep).join('/')}`);
    }
  };
  walk(publicDir);
  for (const lang of ['nl', 'en']) {
    const pages = join(root, 'src/pages', lang);
    for (const name of existsSync(pages) ? readdirSync(pages) : []) {
      if (name.endsWith('.astro')) paths.push(`/${lang}/${name.replace(/\.astro$/, '')}/`);
    }
  }
  return paths;
}

export interface CheckRun {
  problems: ContentProblem[];
  errors: number;
  /** The report in the editor's language, ready to print. */
  report: string;
  folder: string;
}

/** Reads and checks the content folder in use. */
export function runContentCheck(options: { root: string; contentDir: string; lang: Lang; during?: 'build' | 'dev' }): CheckRun {
  const folder = displayFolder(options.contentDir, options.root);
  const problems = checkContent(readContentFolder(options.contentDir), { routes: siteRoutes, extraPaths: extraPaths(options.root) });
  return {
    problems,
    errors: problems.filter((problem) => problem.severity === 'error').length,
    report: formatReport(problems, options.lang, folder, options.during),
    folder,
  };
}
