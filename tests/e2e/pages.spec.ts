import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { LANGS } from '../../src/domain';
import { escapeHtml, pageIn, pagePath, sitePaths } from '../support/content-reader';
import { contentUnderTest } from '../support/content-under-test';
import { sitemapPaths, WCAG_TAGS } from './support/site';

const parentsNl = pagePath(pageIn(contentUnderTest, 'nl', 'parents'));
const parentsEn = pagePath(pageIn(contentUnderTest, 'en', 'parents'));
const statementPaths = Object.fromEntries(LANGS.map((lang) => [lang, pagePath(pageIn(contentUnderTest, lang, 'accessibility'))]));

// Also catches testing one build against another content folder's expectations.
test('the sitemap lists every page of the content folder, in both languages, and nothing else', () => {
  expect(contentUnderTest.principles.length).toBeGreaterThan(0);
  expect([...sitemapPaths].sort()).toEqual(sitePaths(contentUnderTest));
  expect(sitemapPaths.filter((p) => p.startsWith('/nl/')).length).toBe(sitemapPaths.filter((p) => p.startsWith('/en/')).length);
});

for (const path of sitemapPaths) {
  test(`${path} answers 200 with one h1, its language set, and no WCAG 2.2 AA failures`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('html')).toHaveAttribute('lang', path.split('/')[1]!);
    await expect(page).toHaveTitle(/\S/);
    const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`)).toEqual([]);
  });
}

test('the bare address shows the Dutch home and points search engines to /nl/', async ({ page }) => {
  const response = await page.goto('/');
  expect(response?.status()).toBe(200);
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/nl\/$/);
});

test('an unknown address gets a 404 page in both languages that passes axe', async ({ page }) => {
  const response = await page.goto('/nl/bestaat-niet/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.getByRole('link', { name: 'Go to the home page' })).toHaveAttribute('href', '/en/');
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(violations.map((v) => v.id)).toEqual([]);
});

test('the skip link is the first thing the keyboard reaches and moves focus to the content', async ({ page }) => {
  await page.goto(parentsNl);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Direct naar de inhoud' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

for (const width of [375, 1280]) {
  test(`links, fields and buttons in header and navigation are at least 44 by 44 pixels at ${width}px wide`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/nl/uitgangspunten/');
    const targets = page.locator('header a, header button, header input, .skc-nav a, .skc-breadcrumb a').filter({ visible: true });
    const count = await targets.count();
    expect(count).toBeGreaterThan(5);
    for (let i = 0; i < count; i++) {
      const box = (await targets.nth(i).boundingBox())!;
      const name = (await targets.nth(i).innerText()) || (await targets.nth(i).getAttribute('id'));
      expect(box.height, `${name} height`).toBeGreaterThanOrEqual(44);
      expect(box.width, `${name} width`).toBeGreaterThanOrEqual(44);
    }
  });
}

test('the sitemap and hreflang links name the same alternates', async ({ page, request }) => {
  const xml = await (await request.get('/sitemap.xml')).text();
  await page.goto(parentsEn);
  const hreflangs = await page.locator('link[rel="alternate"][hreflang="nl"]').getAttribute('href');
  expect(new URL(hreflangs!).pathname).toBe(parentsNl);
  expect(xml).toContain(`hreflang="nl" href="${hreflangs}"`);
});

// WCAG 1.4.10 Reflow: 320 CSS pixels is a 1280 px screen at 400% zoom. The accessibility statement says
// every page is tested at this width, so this test is what makes that true.
test.describe('on a screen 320 pixels wide', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  for (const path of [...sitemapPaths, '/404.html']) {
    test(`${path} fits without scrolling sideways`, async ({ page }) => {
      // networkidle: the self-assessment's island has drawn its list by then.
      await page.goto(path, { waitUntil: 'networkidle' });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBe(0);
    });
  }
});

test('every page’s footer links the accessibility statement in its language and names the content licence', async ({ request }) => {
  const { contentLicense } = contentUnderTest.settings;
  const license = `<a href="${escapeHtml(contentLicense.url)}" rel="license noopener noreferrer">${escapeHtml(contentLicense.name)}</a>`;
  const pages = [...sitemapPaths, '/404.html'];
  expect(pages.length).toBeGreaterThan(LANGS.length * 4);
  for (const path of pages) {
    const html = await (await request.get(path)).text();
    const footer = html.slice(html.indexOf('<footer'), html.indexOf('</footer>'));
    const lang = path.startsWith('/en/') ? 'en' : 'nl';
    expect(footer, path).toContain(`href="${statementPaths[lang]}"`);
    expect(footer, path).toContain(license);
  }
});

for (const lang of LANGS) {
  test(`the accessibility statement (${lang}) shows the municipality’s status, date and where to report a problem`, async ({ page }) => {
    const { accessibility, contact } = contentUnderTest.settings;
    await page.goto(statementPaths[lang]!);
    await expect(page.locator('h1')).toHaveText(pageIn(contentUnderTest, lang, 'accessibility').data.title);
    const summary = page.locator('section', { has: page.locator('#statement-summary') });
    await expect(summary.locator('dd').first()).toHaveText(new RegExp(`^${accessibility.status}: `));
    await expect(summary.locator(`time[datetime="${accessibility.date.toISOString().slice(0, 10)}"]`)).toHaveCount(1);
    if (accessibility.register) await expect(summary.locator(`a[href="${accessibility.register}"]`)).toHaveCount(1);
    const report = page.locator('section', { has: page.locator('#report-a-problem') });
    const details = accessibility.contact ?? contact;
    const reachable = [details.email && `mailto:${details.email}`, details.url, details.phone && `tel:${details.phone.replace(/[^\d+]/g, '')}`].filter(Boolean);
    expect(reachable.length).toBeGreaterThan(0);
    for (const href of reachable) await expect(report.locator(`a[href="${href}"]`)).toHaveCount(1);
    await expect(report).toContainText(contentUnderTest.settings.municipality);
  });
}
