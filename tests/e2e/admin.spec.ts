import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { load } from 'js-yaml';
import { PageSchema } from '../../src/domain';
import { listFiles, projectRoot } from '../support/content-reader';
import { contentDirUnderTest, contentUnderTest } from '../support/content-under-test';

// The editing screen at /admin/ (Sveltia CMS, configured from the content schemas by src/domain/cms/).
// It is the one page that may talk to another origin, the git host; these tests need no network: every
// request that leaves the test server is aborted and listed, and the screen must still open. A content
// folder without `editing` in site.yaml gets a page that says what to set instead (unit-tested in
// tests/unit/cms-config.test.ts); both content folders of this project set it.
test.use({ locale: 'nl-NL' });

const editing = contentUnderTest.settings.editing;
const hostName = editing?.host === 'gitlab' ? 'GitLab' : 'GitHub';
const oauthConfigured = Boolean(editing?.host === 'gitlab' ? editing.appId : editing?.authUrl);
/** The git host's addresses, the only other origins the screen may reach (src/domain/cms/csp.ts). */
const gitHost = editing?.host === 'gitlab' ? [new URL(editing.gitlabUrl ?? 'https://gitlab.com').origin] : ['https://api.github.com', 'https://www.githubstatus.com'];
const notTheGitHost = (urls: string[]) => urls.filter((url) => !gitHost.includes(new URL(url).origin));

/**
 * Console errors, page errors and requests to another origin while the test runs. A request to another
 * origin is aborted; the browser's own "Failed to load resource" line for it is not counted as a problem,
 * the request itself is listed in `outside`.
 */
function watch(page: Page) {
  const problems: string[] = [];
  const outside: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    if (outside.includes(message.location().url) && message.text().startsWith('Failed to load resource')) return;
    problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.context().route(
    (url) => !['127.0.0.1', 'localhost'].includes(url.hostname),
    (route) => {
      outside.push(route.request().url());
      return route.abort();
    },
  );
  return { problems, outside };
}

test('the editing screen opens with its sign-in choices, from this site alone and without errors', async ({ page }) => {
  expect(editing, `${contentDirUnderTest}/settings/site.yaml sets no "editing"`).toBeDefined();
  const { problems, outside } = watch(page);
  const fonts: string[] = [];
  page.on('requestfinished', (request) => {
    if (request.url().endsWith('.woff2')) fonts.push(new URL(request.url()).pathname);
  });
  const config = page.waitForResponse((response) => new URL(response.url()).pathname === '/admin/config.json');
  await page.goto('/admin/');
  expect((await config).status()).toBe(200);

  // On this computer (127.0.0.1) the screen also offers the local copy of the repository.
  await expect(page.getByRole('button', { name: 'Werken met een lokale repository' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Inloggen met een toegangstoken' })).toBeVisible();
  // Sveltia isolates the host's name for right-to-left languages (U+2068 … U+2069).
  await expect(page.getByRole('button', { name: new RegExp(`^Inloggen met \u2068?${hostName}\u2069?$`) })).toHaveCount(oauthConfigured ? 1 : 0);
  // The screen names the site it edits (app_title in the generated configuration).
  await expect(page).toHaveTitle(`${contentUnderTest.settings.siteName} ${contentUnderTest.settings.municipality}`);

  // Its icons come from this site, not from a font host.
  await expect.poll(() => fonts.some((font) => font.startsWith('/admin/fonts/material-symbols-outlined'))).toBe(true);
  expect(problems).toEqual([]);
  expect(notTheGitHost(outside)).toEqual([]);
});

test('the editing screen keeps a policy of its own that only adds the git host', async ({ page }) => {
  await page.goto('/admin/');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("script-src 'self';");
  const connect = policy!.split(';').map((part) => part.trim()).find((part) => part.startsWith('connect-src '))!.split(' ').slice(1);
  expect(connect.filter((source) => /^https:/.test(source)).sort()).toEqual([...gitHost].sort());
  await expect(page.locator('meta[name="robots"]').first()).toHaveAttribute('content', /noindex/);
});

/**
 * The content folder as a local copy of the repository, in the browser's private file system, for the
 * screen's "local repository" mode: the same File System Access API a person's folder goes through, with
 * the folder picker answered by the test.
 */
async function openContentAsLocalRepository(page: Page) {
  const files = listFiles(contentDirUnderTest).map((file) => ({
    path: relative(projectRoot, join(contentDirUnderTest, file)).split('\\').join('/'),
    text: readFileSync(join(contentDirUnderTest, file), 'utf8'),
  }));
  await page.addInitScript(() => {
    Object.defineProperty(window, 'showDirectoryPicker', { value: () => navigator.storage.getDirectory(), configurable: true });
  });
  await page.goto('/admin/');
  await page.evaluate(async (all) => {
    const root = await navigator.storage.getDirectory();
    await root.getDirectoryHandle('.git', { create: true });
    for (const { path, text } of all) {
      const parts = path.split('/');
      let dir = root;
      for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
      const writable = await (await dir.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
      await writable.write(text);
      await writable.close();
    }
  }, files);
  await page.getByRole('button', { name: 'Werken met een lokale repository' }).click();
}

/** A file of the local copy as the screen left it, by its path inside the content folder. */
async function readFromLocalCopy(page: Page, file: string): Promise<string> {
  const path = relative(projectRoot, join(contentDirUnderTest, file)).split('\\').join('/');
  return page.evaluate(async (parts) => {
    let dir = await navigator.storage.getDirectory();
    for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part);
    return (await (await dir.getFileHandle(parts.at(-1)!)).getFile()).text();
  }, path.split('/'));
}

const frontmatter = (text: string) => {
  const [, yaml, body] = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text)!;
  return { data: load(yaml!) as Record<string, unknown>, body: body!.trim() };
};

test('on a local copy, the screen lists every entry once and shows Dutch and English side by side', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  const { problems, outside } = watch(page);
  await openContentAsLocalRepository(page);
  const entries = page.getByRole('grid', { name: 'Items' }).getByRole('row');

  // The two files of an entry (nl/ and en/) are one entry, listed by its Dutch title in the content's order.
  await page.getByRole('treeitem', { name: /^Uitgangspunten/ }).click();
  const principles = contentUnderTest.principles.filter((entry) => entry.lang === 'nl').map((entry) => entry.data.title);
  await expect(entries).toHaveText(principles.map((title, i) => new RegExp(`${i + 1}\\. ${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`)));

  // A page whose files are named differently per language (ouders.md, parents.md) is still one entry.
  await page.getByRole('treeitem', { name: /^Pagina’s/ }).click();
  const keys = new Set(contentUnderTest.pages.map((p) => p.data.key));
  await expect(entries).toHaveCount(keys.size);
  const [nl, en] = (['nl', 'en'] as const).map((lang) => contentUnderTest.pages.find((p) => p.lang === lang && p.data.key === 'parents')!.data);
  await entries.filter({ hasText: nl!.title }).click();
  await expect(page.getByRole('textbox', { name: 'Titel' })).toHaveCount(2);
  await expect(page.getByRole('textbox', { name: 'Titel' }).first()).toHaveValue(nl!.title);
  await expect(page.getByRole('textbox', { name: 'Titel' }).last()).toHaveValue(en!.title);

  expect(problems).toEqual([]);
  expect(notTheGitHost(outside)).toEqual([]);
});

test('saving a change on the screen writes that change only, in a file the site accepts', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  const { problems, outside } = watch(page);
  await openContentAsLocalRepository(page);
  // The home page: its slug is empty, the one value the screen could otherwise refuse or drop.
  const [nl, en] = (['nl', 'en'] as const).map((lang) => contentUnderTest.pages.find((p) => p.lang === lang && p.data.key === 'home')!);
  await page.getByRole('treeitem', { name: /^Pagina’s/ }).click();
  await page.getByRole('grid', { name: 'Items' }).getByRole('row').filter({ hasText: nl!.data.title }).click();
  const title = page.getByRole('textbox', { name: 'Titel' }).first();
  await title.click();
  await title.press('End');
  await title.pressSequentially(' en ook u');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Item opgeslagen.' })).toBeVisible();

  const saved = frontmatter(await readFromLocalCopy(page, nl!.file));
  const before = frontmatter(readFileSync(join(contentDirUnderTest, nl!.file), 'utf8'));
  expect(saved.data).toEqual({ ...before.data, title: `${nl!.data.title} en ook u` });
  expect(saved.body).toBe(before.body);
  expect(PageSchema.safeParse(saved.data).success).toBe(true);
  expect(frontmatter(await readFromLocalCopy(page, en!.file)).data).toEqual(frontmatter(readFileSync(join(contentDirUnderTest, en!.file), 'utf8')).data);

  expect(problems).toEqual([]);
  expect(notTheGitHost(outside)).toEqual([]);
});
