import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Lang } from '../../../src/domain';
import { pagePath, principlePath, principlesIn, projectRoot, situationPath, situationsPath } from '../../support/content-reader';
import { contentUnderTest } from '../../support/content-under-test';

// The built site is the source of truth for what to test: every URL in its sitemap. It is the folder
// the static server serves (SKC_SERVE_DIR, else dist/); what the pages must contain comes from the
// content folder it was built from (tests/support/content-under-test.ts).
export const root = projectRoot;
const builtSiteDir = resolve(root, process.env.SKC_SERVE_DIR ?? 'dist');
const sitemap = readFileSync(join(builtSiteDir, 'sitemap.xml'), 'utf8');

/** Paths of every page in the sitemap, e.g. `/nl/uitgangspunten/iedereen-doet-mee/`. */
export const sitemapPaths: string[] = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);

export const isPrinciplePage = (path: string) => /^\/(nl\/uitgangspunten|en\/principles)\/[^/]+\/$/.test(path);
/** The parents' guide in each language, at the slugs its content gives it. */
const parentsPaths = contentUnderTest.pages.filter((page) => page.data.key === 'parents').map(pagePath);
export const isParentsPage = (path: string) => parentsPaths.includes(path);
/** The "Can the school ask this?" list and its situation pages, in both languages. */
const situationPaths = [
  ...(contentUnderTest.situations.length ? contentUnderTest.pages.filter((page) => page.data.key === 'parents').map((page) => situationsPath(contentUnderTest, page.lang)) : []),
  ...contentUnderTest.situations.map((entry) => situationPath(contentUnderTest, entry)),
];
export const isSituationPage = (path: string) => situationPaths.includes(path);

/**
 * A word from the body of one of the content's principles that its title does not contain (so a hit
 * proves the body was indexed), and the path of that principle's page. Long words, to be distinctive.
 */
export function wordFromPrincipleBody(lang: Lang, which: 'first' | 'last' = 'first') {
  const principles = principlesIn(contentUnderTest, lang);
  if (!principles.length) throw new Error(`${contentUnderTest.dir} has no "${lang}" principles to search for`);
  const entry = which === 'first' ? principles[0]! : principles[principles.length - 1]!;
  const title = entry.data.title.toLowerCase();
  const word = (entry.body.toLowerCase().match(/[a-zà-ÿ]{9,}/g) ?? []).find((w) => !title.includes(w));
  if (!word) throw new Error(`${entry.file}: its body has no word of nine letters or more that is not in its title`);
  return { word, path: principlePath(entry) };
}

/** WCAG 2.2 AA, as axe tags it. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
