import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dump, load } from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_CONTENT_DIR,
  escapeHtml,
  FICTIONAL_CONTENT_DIR,
  listFiles,
  pageIn,
  pagePath,
  principlePath,
  principlesIn,
  readContent,
} from '../support/content-reader';
import { astroBuild, buildWorkDir } from '../support/astro-build.mjs';
import { PAYLOADS } from '../fixtures/payloads';
import { DEFAULT_CONTENT_LICENSE } from '../../src/domain';

// Real `astro build` runs against fixture content folders: the same code must publish another
// municipality, and broken content must stop the build with a message naming file and field.
// What each build must show is read from the fixture folder itself, so the fixture can grow.
const fixture = FICTIONAL_CONTENT_DIR;
const fictional = readContent(fixture);
const work = buildWorkDir('skc-build');
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

/** Changes the data of a YAML file of a copied folder. */
function editYaml(dir: string, file: string, edit: (data: any) => void) {
  const path = join(dir, file);
  const data = load(readFileSync(path, 'utf8'));
  edit(data);
  writeFileSync(path, dump(data));
}

/** Changes the frontmatter of a Markdown file of a copied folder, keeping its body. */
function editFrontmatter(dir: string, file: string, edit: (data: any) => void) {
  const path = join(dir, file);
  const [, front = '', body = ''] = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(readFileSync(path, 'utf8')) ?? [];
  const data = load(front);
  edit(data);
  writeFileSync(path, `---\n${dump(data)}---\n${body}`);
}

/** A built page's file for a site path ("/nl/x/" → "nl/x/index.html"). */
const fileOf = (path: string) => `${path.replace(/^\//, '')}index.html`;

// The default municipality's own details, which a build of another content folder must not contain.
const defaults = readContent(DEFAULT_CONTENT_DIR);
const defaultDetails = [
  defaults.settings.municipality,
  defaults.settings.agreement.name.nl,
  defaults.settings.agreement.name.en,
  defaults.settings.contact.name.nl,
  defaults.settings.contact.name.en,
  defaults.settings.contact.email,
  defaults.settings.contact.url?.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, ''),
  ...defaults.schemes.map((scheme) => scheme.name),
].filter((detail): detail is string => Boolean(detail));
// A phone number may be written with or without its spaces.
const defaultPhone = defaults.settings.contact.phone?.replace(/\D/g, '').split('').join('\\s?');

describe('building another municipality from its own content folder', () => {
  const built = build(fixture, 'fictional');
  const read = (path: string) => readFileSync(join(built.outDir, path), 'utf8');
  const { settings } = fictional;

  it('builds', () => {
    expect(built.status, built.output).toBe(0);
  });

  it('publishes the images of its content folder at /images/', () => {
    const images = listFiles(join(fixture, 'images'));
    expect(images.length).toBeGreaterThan(0);
    for (const image of images) expect(readFileSync(join(built.outDir, 'images', image)), image).toEqual(readFileSync(join(fixture, 'images', image)));
  });

  it('prints no warnings an editor cannot act on', () => {
    expect(built.output).not.toMatch(/\[WARN\]|MODULE_LEVEL_DIRECTIVE/);
  });

  it('shows that municipality’s name, agreement and contact', () => {
    const home = read(fileOf(pagePath(pageIn(fictional, 'nl', 'home'))));
    expect(home).toContain(escapeHtml(settings.municipality));
    expect(home).toContain(escapeHtml(settings.agreement.name.nl));
    expect(settings.contact.email).toBeTruthy();
    expect(home).toContain(settings.contact.email!);
    expect(read(fileOf(pagePath(pageIn(fictional, 'en', 'parents'))))).toContain(escapeHtml(settings.contact.name.en));
  });

  it('names its own licence for its texts in the footer of every page, not the default CC BY 4.0', () => {
    const { contentLicense } = settings;
    // The fixture sets its own licence, so the default cannot pass for it.
    expect(contentLicense.url).not.toBe(DEFAULT_CONTENT_LICENSE.url);
    // The editing screen at /admin/ is the CMS's own page, not one of the site's: it has no footer.
    const pages = listFiles(built.outDir).filter((file) => file.endsWith('.html') && !/(^|[\\/])admin[\\/]/.test(file));
    expect(pages.length).toBeGreaterThan(10);
    for (const file of pages) {
      const footer = read(file).split('<footer')[1] ?? '';
      expect(footer, file).toContain(`href="${contentLicense.url}"`);
      expect(footer, file).toContain(`>${escapeHtml(contentLicense.name)}</a>`);
      expect(footer, file).not.toContain(DEFAULT_CONTENT_LICENSE.url);
    }
  });

  it('shows each of its support schemes on the parents page', () => {
    expect(fictional.schemes.length).toBeGreaterThan(0);
    const parents = read(fileOf(pagePath(pageIn(fictional, 'nl', 'parents'))));
    for (const scheme of fictional.schemes) expect(parents).toContain(escapeHtml(scheme.name));
  });

  it('contains nothing of the default municipality in any page', () => {
    // Sanity: the two folders must differ, or this test could not find anything.
    const fixtureText = listFiles(fixture).map((file) => readFileSync(join(fixture, file), 'utf8')).join('\n').toLowerCase();
    for (const detail of defaultDetails) expect(fixtureText, detail).not.toContain(detail.toLowerCase());
    const pages = listFiles(built.outDir).filter((file) => /\.(html|xml|txt)$/.test(file));
    expect(pages.length).toBeGreaterThan(10);
    for (const file of pages) {
      const text = readFileSync(join(built.outDir, file), 'utf8').toLowerCase();
      for (const detail of defaultDetails) {
        expect(text, `${file} contains "${detail}"`).not.toContain(detail.toLowerCase());
        expect(text, `${file} contains "${detail}"`).not.toContain(escapeHtml(detail).toLowerCase());
      }
      if (defaultPhone) expect(text, file).not.toMatch(new RegExp(defaultPhone));
    }
  });

  it('builds its principles under their own slugs in both languages', () => {
    expect(fictional.principles.length).toBeGreaterThan(0);
    const sitemap = read('sitemap.xml');
    for (const principle of fictional.principles) {
      const path = principlePath(principle);
      expect(existsSync(join(built.outDir, fileOf(path))), path).toBe(true);
      expect(sitemap).toContain(`${path}</loc>`);
    }
  });
}, 120_000);

describe('hostile text in content Markdown', () => {
  // The content check refuses this text before the build (tests/unit/content-check.test.ts); the renderer
  // must be safe on its own too, so this build skips the check as `npm run check` does for `astro check`.
  it('is built into pages as text: no script, no event handler, no script link', () => {
    const hostile = PAYLOADS.map((p) => `- ${p}`).join('\n');
    const principle = principlesIn(fictional, 'nl')[0]!;
    const parents = pageIn(fictional, 'nl', 'parents');
    const dir = brokenCopy('hostile', (d) => {
      const principleFile = join(d, principle.file);
      writeFileSync(principleFile, `${readFileSync(principleFile, 'utf8')}\n${hostile}\n\n## ${PAYLOADS[0]}\n`);
      const parentsFile = join(d, parents.file);
      writeFileSync(parentsFile, `${readFileSync(parentsFile, 'utf8')}\n${hostile}\n`);
    });
    process.env.SKC_CONTENT_CHECKED = '1';
    const result = build(dir, 'hostile');
    delete process.env.SKC_CONTENT_CHECKED;
    expect(result.status, result.output).toBe(0);
    for (const page of [principlePath(principle), pagePath(parents)]) {
      const html = readFileSync(join(result.outDir, fileOf(page)), 'utf8');
      const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
      expect(main).toContain('&lt;script&gt;window.__xss=1&lt;/script&gt;');
      expect(main).not.toMatch(/<(script|iframe|svg|style|object|embed)\b/i);
      expect(main).not.toMatch(/<[a-z][^>]*\son[a-z]+\s*=/i);
      expect(main).not.toMatch(/(href|src)="\s*(javascript|vbscript|data):/i);
    }
  }, 120_000);
});

describe('broken content stops the build', () => {
  const principle = principlesIn(fictional, 'nl').at(-1)!;

  it('names the file and the fields that are wrong', () => {
    const dir = brokenCopy('broken-fields', (d) =>
      editFrontmatter(d, principle.file, (data) => {
        data.title = 42;
        data.sources[0].url = 'javascript:alert(1)';
      }),
    );
    const result = build(dir, 'broken-fields');
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(principle.file);
    expect(result.output).toMatch(/title/);
    expect(result.output).toContain('veld "sources nr. 1 › url"');
  }, 120_000);

  it('fails `npm run check` too, with the same file and field', () => {
    const scheme = listFiles(join(fixture, 'schemes'))[0]!;
    const dir = brokenCopy('broken-check', (d) => editYaml(d, `schemes/${scheme}`, (data) => (data.appliesTo = ['mbo'])));
    const result = build(dir, 'broken-check', 'check');
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(`schemes/${scheme}`);
    expect(result.output).toContain('veld "appliesTo nr. 1": "mbo" kan hier niet. Kies een van: po, vo.');
  }, 120_000);

  it('names the settings file when the contact e-mail is malformed', () => {
    const dir = brokenCopy('broken-settings', (d) => editYaml(d, 'settings/site.yaml', (data) => (data.contact.email = 'not an address')));
    const result = build(dir, 'broken-settings');
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('settings/site.yaml');
    expect(result.output).toContain('contact.email');
  }, 120_000);

  it('names the checklist question that tests a principle that does not exist', () => {
    const question = fictional.checklist.activityQuestions[0]!;
    const dir = brokenCopy('broken-checklist', (d) =>
      editYaml(d, 'checklist/activity.yaml', (data) => (data[0].principle = 'no-such-principle')),
    );
    const result = build(dir, 'broken-checklist');
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(new RegExp(`checklist/activity\\.yaml:\\d+ vraag "${question.id}", veld "principle": Er is geen uitgangspunt met key "no-such-principle"`));
  }, 120_000);

  it('names the checklist file and the question, by its id, whose field is malformed', () => {
    const last = fictional.checklist.schoolQuestions.length - 1;
    const { id } = fictional.checklist.schoolQuestions[last]!;
    const dir = brokenCopy('broken-question', (d) => editYaml(d, 'checklist/school-wide.yaml', (data) => (data[last].severity = 'sometimes')));
    const result = build(dir, 'broken-question');
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(new RegExp(`checklist/school-wide\\.yaml:\\d+ vraag "${id}", veld "severity": De site kent het veld "severity" niet`));
    expect(result.output).not.toContain(`${last}.severity`);
  }, 120_000);

  it('names the file whose translation is missing', () => {
    const english = fictional.principles.find((entry) => entry.lang === 'en' && entry.data.key === principle.data.key)!;
    const dir = brokenCopy('missing-translation', (d) => rmSync(join(d, english.file)));
    const result = build(dir, 'missing-translation');
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(
      new RegExp(`${principle.file}:\\d+ uitgangspunt "${principle.data.key}", veld "key": Er is geen Engelse versie met key "${principle.data.key}"`),
    );
  }, 120_000);
});
