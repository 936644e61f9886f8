import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// The built site is the source of truth for what to test: every URL in its sitemap.
export const root = new URL('../../../', import.meta.url).pathname;
const sitemap = readFileSync(join(root, 'dist/sitemap.xml'), 'utf8');

/** Paths of every page in the sitemap, e.g. `/nl/uitgangspunten/iedereen-doet-mee/`. */
export const sitemapPaths: string[] = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);

export const isPrinciplePage = (path: string) => /^\/(nl\/uitgangspunten|en\/principles)\/[^/]+\/$/.test(path);
export const isParentsPage = (path: string) => path === '/nl/ouders/' || path === '/en/parents/';

/** WCAG 2.2 AA, as axe tags it. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
