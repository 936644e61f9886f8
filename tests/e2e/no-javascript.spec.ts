import { expect, test } from '@playwright/test';
import { LANGS } from '../../src/domain';
import { contentUnderTest } from '../support/content-under-test';
import { isParentsPage, isPrinciplePage, isSituationPage, sitemapPaths } from './support/site';

const contentPages = sitemapPaths.filter((path) => isPrinciplePage(path) || isParentsPage(path) || isSituationPage(path));

test('there is a parents page in each language and a page for every principle and situation to check', () => {
  expect(contentPages.filter(isParentsPage)).toHaveLength(LANGS.length);
  expect(contentUnderTest.principles.length).toBeGreaterThan(0);
  expect(contentPages.filter(isPrinciplePage)).toHaveLength(contentUnderTest.principles.length);
  // Each situation in each language, and the list of them once per language.
  expect(contentUnderTest.situations.length).toBeGreaterThan(0);
  expect(contentPages.filter(isSituationPage)).toHaveLength(contentUnderTest.situations.length + LANGS.length);
});

for (const path of contentPages) {
  test(`${path} loads no JavaScript at all`, async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto(path, { waitUntil: 'networkidle' });
    expect(scripts).toEqual([]);
    await expect(page.locator('script')).toHaveCount(0);
  });
}

test('a principle page reads completely with JavaScript turned off', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(contentPages.find(isPrinciplePage)!);
  for (const name of ['Wat betekent dit?', 'Wat doet de school?', 'Wat mag u als ouder verwachten?', 'Waarop is dit gebaseerd?']) {
    await expect(page.getByRole('heading', { name, level: 2 })).toBeVisible();
  }
  await context.close();
});

test('printing a principle hides the navigation and keeps the text', async ({ page }) => {
  const path = contentPages.find(isPrinciplePage)!;
  await page.goto(path);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.skc-nav')).toBeHidden();
  await expect(page.locator('.skc-lang-switch')).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Wat doet de school?' })).toBeVisible();
  const color = await page.locator('main p').first().evaluate((el) => getComputedStyle(el).color);
  expect(color).toBe('rgb(0, 0, 0)');
});
