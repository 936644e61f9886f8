import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { decideAddress, isLocalAddress, LOCAL_ADDRESS, publicAddress } from '../../src/lib/public-address';
import { FICTIONAL_CONTENT_DIR, projectRoot } from '../support/content-reader';

// The public address in site.yaml decides where every link of a build points (astro.config.mjs); a build
// that is going to be published must have a real one. The message is read by an editor.
describe('the public address of a build', () => {
  it('takes the path of the address as the base path of every link', () => {
    expect(decideAddress('https://organisatie.github.io/schoolkosten/', 'site.yaml', false)).toEqual({
      site: 'https://organisatie.github.io/schoolkosten/',
      base: '/schoolkosten/',
      problem: null,
    });
    expect(decideAddress('https://schoolkosten.example.nl', 'site.yaml', false)).toMatchObject({ site: 'https://schoolkosten.example.nl/', base: '/' });
    // Written without the closing slash, the last part is still a folder of the site.
    expect(decideAddress('https://example.org/a/schoolkosten', 'site.yaml', false)).toMatchObject({ base: '/a/schoolkosten/' });
  });

  it('refuses to publish without an address, and says in Dutch which file to change and what to write', () => {
    const { problem, site, base } = decideAddress(undefined, 'gemeente/settings/site.yaml', false);
    expect(problem).toContain('gemeente/settings/site.yaml: veld "url": het webadres van de site ontbreekt');
    expect(problem).toContain('url: https://organisatie.github.io/schoolkosten/');
    expect(problem).toContain('npm start');
    // A preview (astro dev, astro preview) still gets an address to work with.
    expect({ site, base }).toEqual({ site: LOCAL_ADDRESS, base: '/' });
  });

  it.each(['http://localhost:4321/', 'http://127.0.0.1:8080/schoolkosten/', 'https://gemeente.localhost/'])(
    'refuses to publish %s, an address on this computer',
    (written) => {
      expect(decideAddress(written, 'site.yaml', false).problem).toMatch(/^site\.yaml: veld "url": .* is een adres op deze computer/);
    },
  );

  it.each(['organisatie.github.io/schoolkosten', 'ftp://example.org/', 'https://example.org/?page=1', 'https://example.org/#top', 42])(
    'refuses %s, which is not the full address of a site',
    (written) => {
      expect(decideAddress(written, 'site.yaml', false).problem).toContain('is geen volledig webadres van een site');
    },
  );

  it('refuses a public address without https', () => {
    expect(decideAddress('http://schoolkosten.example.nl/', 'site.yaml', false).problem).toContain('begint met http://');
  });

  it('names SITE_URL, not a file, when the address comes from there', () => {
    expect(decideAddress('http://localhost:4321/', 'SITE_URL', false).problem).toMatch(/^SITE_URL: /);
  });

  it('lets a build for this computer do without one', () => {
    expect(decideAddress(undefined, 'site.yaml', true)).toEqual({ site: LOCAL_ADDRESS, base: '/', problem: null });
    expect(decideAddress('http://localhost:4321/', 'site.yaml', true).problem).toBeNull();
  });

  it('knows which addresses only work on this computer', () => {
    expect(['http://localhost:4321/', 'http://127.0.0.1/', 'http://[::1]:4321/'].filter((a) => !isLocalAddress(a))).toEqual([]);
    expect(['https://example.org/', 'https://localhost.example.org/'].filter(isLocalAddress)).toEqual([]);
  });
});

describe('where the address comes from', () => {
  const work = mkdtempSync(join(tmpdir(), 'skc-address-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const folder = (name: string, siteYaml: string) => {
    const dir = join(work, name);
    cpSync(join(FICTIONAL_CONTENT_DIR, 'settings'), join(dir, 'settings'), { recursive: true });
    writeFileSync(join(dir, 'settings/site.yaml'), siteYaml);
    return dir;
  };

  it("reads `url` from the content folder's site.yaml and names that file in its message", () => {
    expect(publicAddress({ SKC_CONTENT_DIR: FICTIONAL_CONTENT_DIR }, projectRoot)).toMatchObject({ base: '/schoolkostenwijzer/', problem: null });
    const dir = folder('no-url', 'municipality: X\n');
    // The file is named as a path from the project, whether the folder is inside it or beside it.
    expect(publicAddress({ SKC_CONTENT_DIR: dir }, projectRoot).problem).toContain(`${relative(projectRoot, dir)}/settings/site.yaml`);
  });

  it('lets SITE_URL win over site.yaml', () => {
    expect(publicAddress({ SKC_CONTENT_DIR: FICTIONAL_CONTENT_DIR, SITE_URL: 'https://example.org/elders/' }, projectRoot)).toMatchObject({ base: '/elders/' });
  });

  it('builds for this computer at the root, whatever site.yaml says, with SKC_LOCAL_BUILD=1', () => {
    expect(publicAddress({ SKC_CONTENT_DIR: FICTIONAL_CONTENT_DIR, SKC_LOCAL_BUILD: '1' }, projectRoot)).toEqual({ site: LOCAL_ADDRESS, base: '/', problem: null });
  });

  it('leaves a site.yaml that is no valid YAML to the content check, which explains that mistake', () => {
    const dir = folder('broken', 'municipality: [X\n');
    expect(publicAddress({ SKC_CONTENT_DIR: dir }, projectRoot).problem).toBeNull();
  });
});

describe('links under a base path', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });
  const withBasePath = async () => {
    vi.stubEnv('BASE_URL', '/schoolkosten/');
    vi.resetModules();
    return { routes: await import('../../src/lib/routes'), markdown: await import('../../src/lib/markdown') };
  };

  it('start every page address with the base path, and Astro routes are named without it', async () => {
    const { routes } = await withBasePath();
    expect(routes.homePath('nl')).toBe('/schoolkosten/nl/');
    expect(routes.principlePath('en', 'x')).toBe('/schoolkosten/en/principles/x/');
    expect(routes.pagePath('nl', '')).toBe('/schoolkosten/nl/');
    expect(routes.withBase('/favicon.svg')).toBe('/schoolkosten/favicon.svg');
    expect(routes.withoutBase(routes.searchPath('nl'))).toBe('/nl/zoeken/');
  });

  it("give a Markdown link or image written from the site's root the base path, and leave other links alone", async () => {
    const { markdown } = await withBasePath();
    const { html } = markdown.renderMarkdown(
      '[ouders](/nl/ouders/#faq) [begrippen](../begrippen/) [rijk](https://www.rijksoverheid.nl/) [mail](mailto:a@b.nl) [anker](#x) ![logo](/logo.svg)',
    );
    expect(html).toContain('href="/schoolkosten/nl/ouders/#faq"');
    expect(html).toContain('href="../begrippen/"');
    expect(html).toContain('href="https://www.rijksoverheid.nl/"');
    expect(html).toContain('href="mailto:a@b.nl"');
    expect(html).toContain('href="#x"');
    expect(html).toContain('src="/schoolkosten/logo.svg"');
    expect(markdown.renderInline('[ouders](/nl/ouders/)')).toContain('href="/schoolkosten/nl/ouders/"');
  });
});
