import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/lib/markdown';
import { contentLinks, samePageKey, writtenWithoutFragment, type ContentLink } from '../support/content-links';
import { listFiles, pagePath, principlePath, projectRoot, sitePaths, type Content, type Entry } from '../support/content-reader';
import { contentDirUnderTest, contentUnderTest } from '../support/content-under-test';

// Every link in the content folder under test, with its file. An editor prints the list before
// publishing (README, "Checking the links"):
//   SKC_LIST_LINKS=1 npx vitest run --config tests/vitest.config.ts tests/unit/content-links.test.ts
// Links to another site use https; one official page is written one way everywhere, so that a change
// of address is found and fixed in every file at once; links inside the site lead to a page that exists.

const links = contentLinks(contentDirUnderTest);
const folder = relative(projectRoot, contentDirUnderTest) || '.';
const where = (link: ContentLink) => `${link.file} (${link.field})`;
const isOutside = (link: ContentLink) => /^https?:/i.test(link.url);
const isContact = (link: ContentLink) => /^(mailto|tel):/i.test(link.url);

if (process.env.SKC_LIST_LINKS) {
  console.log(`${links.length} links in ${folder}:\n${links.map((link) => `${link.url}\t${where(link)}`).join('\n')}`);
}

// The ids a content page or principle page has: its Markdown headings and the sections the template adds.
const PAGE_IDS = ['faq', 'help-with-costs', 'statement-summary', 'report-a-problem', 'urgent-route'];
const PRINCIPLE_IDS = ['meaning', 'what-schools-do', 'what-parents-can-expect', 'basis', 'sources'];
const idsOf = (entry: Entry<unknown>, fixed: string[]) => new Set([...fixed, ...renderMarkdown(entry.body).headings.map((h) => h.id)]);
function pagesByPath(content: Content) {
  return new Map<string, { file: string; ids: Set<string> }>([
    ...content.pages.map((entry) => [pagePath(entry), { file: entry.file, ids: idsOf(entry, PAGE_IDS) }] as const),
    ...content.principles.map((entry) => [principlePath(entry), { file: entry.file, ids: idsOf(entry, PRINCIPLE_IDS) }] as const),
  ]);
}

describe(`links in the content folder ${folder}`, () => {
  it('are found in the Markdown bodies and in the fields of the frontmatter and YAML files', () => {
    expect(links.some((link) => link.field === 'body')).toBe(true);
    expect(links.some((link) => link.field !== 'body')).toBe(true);
  });

  it('lead to other sites over https only (mailto: and tel: excepted)', () => {
    const wrong = links.filter((link) => !isContact(link) && /^[a-z][a-z0-9+.-]*:/i.test(link.url) && !/^https:\/\//i.test(link.url));
    expect(wrong.map((link) => `${where(link)}: ${link.url}`)).toEqual([]);
  });

  it('write each page of another site one way: not once with and once without https, "www." or a closing slash', () => {
    const spellings = new Map<string, Map<string, string[]>>();
    for (const link of links.filter(isOutside)) {
      const key = samePageKey(link.url);
      const written = writtenWithoutFragment(link.url);
      const forKey = spellings.get(key) ?? new Map<string, string[]>();
      forKey.set(written, [...(forKey.get(written) ?? []), where(link)]);
      spellings.set(key, forKey);
    }
    const mixed = [...spellings.values()]
      .filter((forKey) => forKey.size > 1)
      .map((forKey) => [...forKey].map(([written, files]) => `${written} in ${files.join(', ')}`).join('  ≠  '));
    expect(mixed).toEqual([]);
  });

  it('write each website one way: always or never with "www."', () => {
    const hosts = new Map<string, Set<string>>();
    for (const link of links.filter(isOutside)) {
      const host = new URL(link.url).hostname.toLowerCase();
      const bare = host.replace(/^www\./, '');
      hosts.set(bare, (hosts.get(bare) ?? new Set()).add(host));
    }
    expect([...hosts.values()].filter((written) => written.size > 1).map((written) => [...written].join(' ≠ '))).toEqual([]);
  });

  it('inside the site, lead from a page or principle to a page that exists, and to a section it has', () => {
    const pages = pagesByPath(contentUnderTest);
    // Images are written from the site's root too (/images/kaart.png): a file in the content folder's images/.
    const imagesDir = join(contentDirUnderTest, 'images');
    const images = existsSync(imagesDir) ? listFiles(imagesDir).map((file) => `/images/${file.split('\\').join('/')}`) : [];
    const known = new Set([...sitePaths(contentUnderTest), ...images]);
    const fromPaths = new Map([...pages].map(([path, page]) => [page.file, path]));
    const problems = links
      .filter((link) => !isOutside(link) && !isContact(link))
      .flatMap((link) => {
        const from = fromPaths.get(link.file);
        if (!from) return [`${where(link)}: ${link.url} is a link inside the site from a file that is no page; write the full https address`];
        const target = new URL(link.url, `https://site.invalid${from}`);
        const path = target.pathname;
        if (!known.has(path)) return [`${where(link)}: ${link.url} leads to ${path}, which the site does not have`];
        const fragment = decodeURIComponent(target.hash.slice(1));
        const page = pages.get(path);
        if (fragment && page && !page.ids.has(fragment)) return [`${where(link)}: ${link.url}: ${page.file} has no section "#${fragment}"`];
        return [];
      });
    expect(problems).toEqual([]);
  });
});

describe('comparing links', () => {
  it('sees http and https, "www.", a closing slash and a fragment as the same page, and another path as another page', () => {
    const key = samePageKey('https://www.rijksoverheid.nl/onderwerpen/schoolkosten/');
    expect(samePageKey('http://rijksoverheid.nl/onderwerpen/schoolkosten#kosten')).toBe(key);
    expect(samePageKey('https://WWW.Rijksoverheid.nl/onderwerpen/schoolkosten')).toBe(key);
    expect(samePageKey('https://www.rijksoverheid.nl/onderwerpen/gratis-schoolboeken')).not.toBe(key);
  });

  it('finds links in Markdown text, autolinks included, with their field', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'skc-links-'));
    mkdirSync(join(dir, 'pages'));
    writeFileSync(
      join(dir, 'pages/a.md'),
      '---\nsources:\n  - url: https://a.example/x\nschool:\n  - Zie [b](http://b.example/ "B").\n---\nLees <https://c.example/> en [d](../d/#e) of [mail](mailto:x@y.example).\n',
    );
    expect(contentLinks(dir).map((link) => `${link.field} ${link.url}`)).toEqual([
      'sources.0.url https://a.example/x',
      'school.0 http://b.example/',
      'body https://c.example/',
      'body ../d/#e',
      'body mailto:x@y.example',
    ]);
  });
});
