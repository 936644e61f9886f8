import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listFiles } from '../unit/support/content-files';
import { astroBuild } from '../support/astro-build.mjs';
import { PAYLOADS } from '../fixtures/payloads';

// Real `astro build` runs against fixture content folders: the same code must publish another
// municipality, and broken content must stop the build with a message naming file and field.
const root = new URL('../../', import.meta.url).pathname;
const fixture = join(root, 'tests/fixtures/content-fictional');
const work = mkdtempSync(join(tmpdir(), 'skc-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function build(contentDir: string, name: string, command: 'build' | 'check' = 'build') {
  const outDir = join(work, `out-${name}`);
  return { ...astroBuild({ outDir, cacheDir: join(work, `cache-${name}`), contentDir, command }), outDir };
}

function brokenCopy(name: string, edit: (dir: string) => void): string {
  const dir = join(work, name);
  cpSync(fixture, dir, { recursive: true });
  edit(dir);
  return dir;
}

describe('building another municipality from its own content folder', () => {
  const built = build(fixture, 'fictional');
  const read = (path: string) => readFileSync(join(built.outDir, path), 'utf8');

  it('builds', () => {
    expect(built.status, built.output).toBe(0);
  });

  it('shows that municipality’s name, agreement and contact', () => {
    const home = read('nl/index.html');
    expect(home).toContain('Zonnedal aan Zee');
    expect(home).toContain('Zonnedaler Onderwijspact');
    expect(home).toContain('jeugd@zonnedal.example');
    expect(read('en/parents/index.html')).toContain('Zonnedal youth desk');
  });

  it('contains nothing of the default municipality in any page', () => {
    const pages = listFiles(built.outDir).filter((file) => /\.(html|xml|txt)$/.test(file));
    expect(pages.length).toBeGreaterThan(10);
    for (const file of pages) {
      expect(readFileSync(join(root, file), 'utf8'), file).not.toMatch(/groningen|14 ?050/i);
    }
  });

  it('builds its principles under their own slugs in both languages', () => {
    expect(existsSync(join(built.outDir, 'nl/uitgangspunten/alpha-nl/index.html'))).toBe(true);
    expect(read('sitemap.xml')).toContain('/en/principles/beta-en/');
  });
}, 120_000);

describe('hostile text in content Markdown', () => {
  it('is built into pages as text: no script, no event handler, no script link', () => {
    const hostile = PAYLOADS.map((p) => `- ${p}`).join('\n');
    const dir = brokenCopy('hostile', (d) => {
      const principle = join(d, 'principles/nl/01-alpha.md');
      writeFileSync(principle, `${readFileSync(principle, 'utf8')}\n${hostile}\n\n## ${PAYLOADS[0]}\n`);
      const parents = join(d, 'pages/nl/ouders.md');
      writeFileSync(parents, `${readFileSync(parents, 'utf8')}\n${hostile}\n`);
    });
    const result = build(dir, 'hostile');
    expect(result.status, result.output).toBe(0);
    for (const page of ['nl/uitgangspunten/alpha-nl/index.html', 'nl/ouders/index.html']) {
      const html = readFileSync(join(result.outDir, page), 'utf8');
      const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
      expect(main).toContain('&lt;script&gt;window.__xss=1&lt;/script&gt;');
      expect(main).not.toMatch(/<(script|iframe|svg|style|object|embed)\b/i);
      expect(main).not.toMatch(/<[a-z][^>]*\son[a-z]+\s*=/i);
      expect(main).not.toMatch(/(href|src)="\s*(javascript|vbscript|data):/i);
    }
  }, 120_000);
});

describe('broken content stops the build', () => {
  it('names the file and the fields that are wrong', () => {
    const dir = brokenCopy('broken-fields', (d) => {
      const file = join(d, 'principles/nl/02-beta.md');
      writeFileSync(file, readFileSync(file, 'utf8').replace('title: "Beta (nl)"', 'title: 42').replace('https://zonnedal.example/wet', 'javascript:alert(1)'));
    });
    const result = build(dir, 'broken-fields');
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('principles/nl/02-beta.md');
    expect(result.output).toMatch(/title/);
    expect(result.output).toContain('sources.0.url');
  }, 120_000);

  it('fails `npm run check` too, with the same file and field', () => {
    const dir = brokenCopy('broken-check', (d) => {
      const file = join(d, 'schemes/zonnefonds.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace('appliesTo: [po, vo]', 'appliesTo: [mbo]'));
    });
    const result = build(dir, 'broken-check', 'check');
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('schemes/zonnefonds.yaml');
    expect(result.output).toContain('appliesTo.0');
  }, 120_000);

  it('names the settings file when the contact e-mail is malformed', () => {
    const dir = brokenCopy('broken-settings', (d) => {
      const file = join(d, 'settings/site.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace('jeugd@zonnedal.example', 'not an address'));
    });
    const result = build(dir, 'broken-settings');
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('settings/site.yaml');
    expect(result.output).toContain('contact.email');
  }, 120_000);

  it('names the checklist question that tests a principle that does not exist', () => {
    const dir = brokenCopy('broken-checklist', (d) => {
      const file = join(d, 'checklist/activity.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace('principle: beta-principle', 'principle: gamma-principle'));
    });
    const result = build(dir, 'broken-checklist');
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/checklist\/activity\.yaml: field "act-fictional-all\.principle": no principle has key "gamma-principle"/);
  }, 120_000);

  it('names the checklist file and the question field that is malformed', () => {
    const dir = brokenCopy('broken-question', (d) => {
      const file = join(d, 'checklist/school-wide.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace('severity: critical', 'severity: sometimes'));
    });
    const result = build(dir, 'broken-question');
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('checklist/school-wide.yaml');
    expect(result.output).toContain('0.severity');
  }, 120_000);

  it('names the file whose translation is missing', () => {
    const dir = brokenCopy('missing-translation', (d) => rmSync(join(d, 'principles/en/02-beta.md')));
    const result = build(dir, 'missing-translation');
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/principles\/nl\/02-beta\.md: field "key": no "en" translation has key "beta-principle"/);
  }, 120_000);
});
