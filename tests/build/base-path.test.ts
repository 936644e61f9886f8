import { cpSync, existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astroBuild, buildWorkDir } from '../support/astro-build.mjs';
import { projectRoot, sitePaths } from '../support/content-reader';
import { contentDirUnderTest, contentUnderTest } from '../support/content-under-test';

// A site published under a path (https://organisatie.github.io/schoolkosten/): the content folder under
// test, with that address as `url` in its site.yaml, built the way a deployer builds it (`npm run build
// -- --content <folder>`, search index included). Then a crawl from the home page, as a visitor's browser
// would follow it: every link and file on every page must be a built file under the base path.
const ADDRESS = 'https://example.org/schoolkosten/';
const BASE = new URL(ADDRESS).pathname;
const work = buildWorkDir('skc-base');
afterAll(() => rmSync(work, { recursive: true, force: true }));

/**
 * A copy of the content folder under test whose site.yaml has `url` set to `url` (or none), and a security
 * contact (a published site must name one; the default content leaves it to the municipality). The file
 * is changed as text, so that everything else stays as the editor wrote it.
 */
function contentWith(name: string, url: string | null): string {
  const dir = join(work, name);
  cpSync(contentDirUnderTest, dir, { recursive: true });
  const file = join(dir, 'settings/site.yaml');
  let text = readFileSync(file, 'utf8').replace(/^url:.*\n/m, '');
  if (url) text += `\nurl: ${url}\n`;
  if (!/^security:/m.test(text)) text += '\nsecurity:\n  contact: security@example.org\n';
  writeFileSync(file, text);
  return dir;
}

const published = contentWith('published', ADDRESS);
const dist = join(work, 'dist');
const build = astroBuild({ outDir: dist, cacheDir: join(work, 'cache'), contentDir: published, siteUrl: null, local: false, asNpmBuild: true });

/** The built file an address of the site is served from, or null when it is not a file of the built site. */
function fileFor(url: URL): string | null {
  if (url.origin !== new URL(ADDRESS).origin || !url.pathname.startsWith(BASE)) return null;
  const path = join(dist, decodeURIComponent(url.pathname.slice(BASE.length)));
  const file = url.pathname.endsWith('/') ? join(path, 'index.html') : path;
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

/** Every address a page or stylesheet refers to, with where it was written. */
function referencesIn(text: string, type: 'html' | 'css' | 'js' | 'xml' | 'txt'): { what: string; url: string }[] {
  const found: { what: string; url: string }[] = [];
  const add = (what: string, url: string) => found.push({ what, url: url.replace(/&amp;/g, '&') });
  if (type === 'html') {
    for (const [, attr, value] of text.matchAll(/\s(href|src|action|poster|data-bundle)="([^"]*)"/g)) add(attr!, attr === 'data-bundle' ? `${value}pagefind.js` : value!);
    for (const [, value] of text.matchAll(/\s(?:srcset|imagesrcset)="([^"]*)"/g)) for (const part of value!.split(',')) add('srcset', part.trim().split(/\s+/)[0]!);
  }
  if (type === 'html' || type === 'css') for (const [, , value] of text.matchAll(/url\(\s*(["']?)([^"')]+)\1\s*\)/g)) add('url()', value!);
  // Scripts: the chunks they import, and the files Vite's loader preloads by their path under the base.
  if (type === 'js') {
    for (const [, value] of text.matchAll(/(?:from|import)\s*\(?\s*["'`](\.{1,2}\/[^"'`]+)["'`]/g)) add('import', value!);
    for (const [, value] of text.matchAll(/["'`](_astro\/[^"'`]+)["'`]/g)) add('preload', `${BASE}${value}`);
  }
  if (type === 'xml') for (const [, value] of text.matchAll(/(?:<loc>|href=")([^<"]+)/g)) add('sitemap', value!);
  if (type === 'txt') for (const [, value] of text.matchAll(/^(?:Sitemap|Canonical): (\S+)/gm)) add('robots.txt', value!);
  return found;
}

/**
 * Follows every reference from the home page, robots.txt and the 404 page (served by the host at any
 * unknown address, so it is read as if it were at a deep one). Returns the pages reached and every
 * reference that does not lead to a built file, with the page it is on.
 */
function crawl() {
  const broken: string[] = [];
  const seen = new Set<string>();
  const queue: { url: URL; file: string }[] = [];
  const visit = (url: URL, from: string, what: string) => {
    url.hash = '';
    url.search = '';
    if (!/^https?:$/.test(url.protocol) || url.origin !== new URL(ADDRESS).origin) return;
    const file = fileFor(url);
    if (!file) broken.push(`${from}: ${what} ${url.pathname}`);
    else if (!seen.has(url.href)) {
      seen.add(url.href);
      queue.push({ url, file });
    }
  };
  visit(new URL(ADDRESS), 'start', 'home');
  visit(new URL('robots.txt', ADDRESS), 'start', 'robots.txt');
  queue.push({ url: new URL('nl/bestaat-niet/echt-niet/', ADDRESS), file: join(dist, '404.html') });
  while (queue.length) {
    const { url, file } = queue.shift()!;
    const type = (/\.(css|js|xml|txt)$/.exec(file)?.[1] ?? (file.endsWith('.html') ? 'html' : null)) as 'html' | 'css' | 'js' | 'xml' | 'txt' | null;
    if (!type) continue;
    const from = url.pathname === '/schoolkosten/nl/bestaat-niet/echt-niet/' ? '404.html' : url.pathname;
    for (const ref of referencesIn(readFileSync(file, 'utf8'), type)) {
      if (!ref.url || ref.url.startsWith('#')) continue;
      let target: URL;
      try {
        target = new URL(ref.url, url);
      } catch {
        broken.push(`${from}: ${ref.what} ${ref.url} (no address)`);
        continue;
      }
      visit(target, from, ref.what);
    }
  }
  return { broken: [...new Set(broken)].sort(), reached: [...seen].map((href) => new URL(href).pathname) };
}

describe('a site published under a path', () => {
  const { broken, reached } = build.status === 0 ? crawl() : { broken: [], reached: [] };

  it('builds from the address in site.yaml, with its search index', () => {
    expect(build.status, build.output).toBe(0);
    expect(existsSync(join(dist, 'pagefind/pagefind.js'))).toBe(true);
  });

  it('has every link, image, script, stylesheet and form on every page lead to a built file under the base path', () => {
    expect(reached.length).toBeGreaterThan(0);
    expect(broken).toEqual([]);
  });

  it('reaches every page of the content folder from the home page', () => {
    const pages = sitePaths(contentUnderTest).map((path) => `${BASE}${path.slice(1)}`);
    expect(pages.filter((page) => !reached.includes(page))).toEqual([]);
  });

  it('gives search engines and other languages the full public address', () => {
    const home = readFileSync(join(dist, 'nl/index.html'), 'utf8');
    expect(home).toContain(`<link rel="canonical" href="${ADDRESS}nl/">`);
    expect(home).toContain(`<link rel="alternate" hreflang="en" href="${ADDRESS}en/">`);
    const sitemap = readFileSync(join(dist, 'sitemap.xml'), 'utf8');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(locs.length).toBeGreaterThan(0);
    expect(locs.filter((loc) => !loc.startsWith(ADDRESS))).toEqual([]);
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${ADDRESS}sitemap.xml`);
  });

  it('lets search results link to pages under the base path', () => {
    // Pagefind takes the base of its result links from where its script is loaded (data-bundle).
    const search = readFileSync(join(dist, 'nl/zoeken/index.html'), 'utf8');
    expect(search).toContain(`data-bundle="${BASE}pagefind/"`);
  });
}, 180_000);

describe('a production build without a public address', () => {
  const shown = (dir: string) => relative(projectRoot, join(dir, 'settings/site.yaml'));
  const buildOf = (name: string, dir: string, siteUrl: string | null = null) =>
    astroBuild({ outDir: join(work, `out-${name}`), cacheDir: join(work, `cache-${name}`), contentDir: dir, siteUrl, local: false });

  it('stops, and tells the editor which file to change and what to write in it', () => {
    const dir = contentWith('no-url', null);
    const result = buildOf('no-url', dir);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(`${shown(dir)}: veld "url": het webadres van de site ontbreekt`);
    expect(result.output).toContain('url: https://organisatie.github.io/schoolkosten/');
    expect(existsSync(join(work, 'out-no-url'))).toBe(false);
  });

  it('stops on an address on this computer', () => {
    const dir = contentWith('localhost', 'http://localhost:4321/');
    const result = buildOf('localhost', dir);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(`${shown(dir)}: veld "url": http://localhost:4321/ is een adres op deze computer`);
  });

  it('stops on SITE_URL on this computer, and names SITE_URL', () => {
    const result = buildOf('site-url', published, 'http://127.0.0.1:4321/');
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('SITE_URL: http://127.0.0.1:4321/ is een adres op deze computer');
  });
}, 60_000);
