import { expect, test } from '@playwright/test';
import { LANGS, type Lang } from '../../src/domain';
import { translate } from '../../src/lib/i18n';
import { pageIn, pagePath, situationPath, situationsPath } from '../support/content-reader';
import { contentUnderTest } from '../support/content-under-test';

// "Mag de school dit vragen?": one page per situation a parent asks about, reached from the parents'
// page. What each page must show is read from the content folder under test.

const situationsIn = (lang: Lang) => contentUnderTest.situations.filter((entry) => entry.lang === lang);
const locale = (lang: Lang) => (lang === 'nl' ? 'nl-NL' : 'en-GB');

for (const lang of LANGS) {
  test.describe(`in ${lang === 'nl' ? 'Dutch' : 'English'}`, () => {
    test.use({ locale: locale(lang) });

    test('the parents’ page links to the list of situations, which links to every situation of the content', async ({ page }) => {
      const situations = situationsIn(lang);
      expect(situations.length).toBeGreaterThan(0);
      await page.goto(pagePath(pageIn(contentUnderTest, lang, 'parents')));
      await page.locator(`main a[href$="${situationsPath(contentUnderTest, lang).split('/').at(-2)}/"]`).first().click();
      await expect(page).toHaveURL(situationsPath(contentUnderTest, lang));
      await expect(page.locator('h1')).toHaveText(translate(lang, 'situations.title'));
      for (const situation of situations) {
        const link = page.getByRole('link', { name: situation.data.title, exact: true });
        await expect(link).toHaveAttribute('href', situationPath(contentUnderTest, situation));
      }
      await expect(page.locator('main h3 a')).toHaveCount(situations.length);
    });

    test('every situation page answers first, then says what it rests on, what to do, and gives a message to copy', async ({ page }) => {
      for (const situation of situationsIn(lang)) {
        const { data } = situation;
        await page.goto(situationPath(contentUnderTest, situation));
        await expect(page.locator('h1')).toHaveText(data.title);
        await expect(page.locator('h1 + p')).toHaveText(data.answer);
        const basis = page.locator('section', { has: page.getByRole('heading', { name: translate(lang, 'principle.basis') }) });
        for (const kind of new Set(data.basis.map((b) => b.kind))) {
          await expect(basis.getByText(translate(lang, `basis.${kind}`), { exact: true }).first()).toBeVisible();
        }
        const steps = page.locator('section', { has: page.getByRole('heading', { name: translate(lang, 'situation.steps') }) });
        await expect(steps.locator('ol > li')).toHaveCount(data.steps.length);
        // The message reads as written: its first line and its last line are both there, in one block.
        const lines = data.message.split('\n').map((line) => line.trim()).filter(Boolean);
        const message = page.locator('.skc-message');
        await expect(message).toContainText(lines[0]!);
        await expect(message).toContainText(lines.at(-1)!);
        // Breadcrumbs lead back through the list and the parents' page.
        const crumbs = page.getByRole('navigation', { name: translate(lang, 'breadcrumb.label') });
        await expect(crumbs.getByRole('link', { name: translate(lang, 'situations.title') })).toHaveAttribute('href', situationsPath(contentUnderTest, lang));
        await expect(crumbs.getByRole('link', { name: pageIn(contentUnderTest, lang, 'parents').data.title })).toHaveAttribute(
          'href',
          pagePath(pageIn(contentUnderTest, lang, 'parents')),
        );
      }
    });
  });
}

test('the language switch on a situation leads to the same situation in the other language', async ({ page }) => {
  for (const situation of situationsIn('nl')) {
    const twin = contentUnderTest.situations.find((entry) => entry.lang === 'en' && entry.data.key === situation.data.key)!;
    await page.goto(situationPath(contentUnderTest, situation));
    await page.locator('a.skc-lang-switch').click();
    await expect(page).toHaveURL(situationPath(contentUnderTest, twin));
    await expect(page.locator('h1')).toHaveText(twin.data.title);
  }
});

test('a situation page reads completely and its message can be copied with JavaScript turned off', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, locale: 'nl-NL' });
  const page = await context.newPage();
  const situation = situationsIn('nl')[0]!;
  await page.goto(situationPath(contentUnderTest, situation));
  for (const key of ['principle.basis', 'situation.steps', 'situation.message'] as const) {
    await expect(page.getByRole('heading', { name: translate('nl', key), level: 2 })).toBeVisible();
  }
  // Selecting the block and copying it gives the message with its paragraphs, not an empty string.
  const copied = await page.locator('.skc-message').innerText();
  const paragraphs = situation.data.message.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim());
  expect(copied.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim())).toEqual(paragraphs);
  await context.close();
});

test('printing a situation keeps the answer and the message and hides the navigation', async ({ page }) => {
  const situation = situationsIn('nl')[0]!;
  await page.goto(situationPath(contentUnderTest, situation));
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.skc-nav')).toBeHidden();
  await expect(page.locator('h1 + p')).toBeVisible();
  await expect(page.locator('.skc-message')).toBeVisible();
});

test('search finds a situation by a word from its explanation', async ({ page }) => {
  // A long word from a Dutch situation's body that neither its title nor another situation uses, so a
  // hit proves that this page's body was indexed.
  const situations = situationsIn('nl');
  const textOf = (entry: (typeof situations)[number]) => `${entry.data.title} ${entry.body}`.toLowerCase();
  const found = [...situations]
    .reverse()
    .flatMap((entry) => (entry.body.toLowerCase().match(/[a-zà-ÿ]{9,}/g) ?? []).map((word) => ({ entry, word })))
    .find(({ entry, word }) => !entry.data.title.toLowerCase().includes(word) && situations.every((other) => other === entry || !textOf(other).includes(word)));
  expect(found, 'a situation body has a word of nine letters or more of its own').toBeTruthy();
  await page.goto(`/nl/zoeken/?q=${encodeURIComponent(found!.word)}`);
  await expect(page.locator(`#search-list a[href="${situationPath(contentUnderTest, found!.entry)}"]`)).toHaveCount(1);
});
