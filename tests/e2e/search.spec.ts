import { expect, test } from '@playwright/test';
import { pageIn, pagePath } from '../support/content-reader';
import { contentUnderTest } from '../support/content-under-test';
import { wordFromPrincipleBody } from './support/site';

for (const [lang, searchPath] of [['nl', '/nl/zoeken/'], ['en', '/en/search/']] as const) {
  test(`search (${lang}) finds a principle by a word from its body`, async ({ page }) => {
    // The last principle: the first is the one policy.spec.ts searches for.
    const { word, path } = wordFromPrincipleBody(lang, 'last');
    await page.goto(`${searchPath}?q=${encodeURIComponent(word)}`);
    await expect(page.locator('#search-page-query')).toHaveValue(word);
    const hit = page.locator(`#search-list a[href="${path}"]`);
    await expect(hit).toHaveCount(1);
    await expect(page.getByRole('status')).toContainText(word);
  });
}

test('search says so in words when nothing is found', async ({ page }) => {
  await page.goto('/nl/zoeken/?q=xyzzyquux');
  await expect(page.getByRole('status')).toHaveText(/Geen resultaten voor “xyzzyquux”/);
  await expect(page.locator('#search-list li')).toHaveCount(0);
});

test('the search form on a content page needs no JavaScript to reach the search page', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(pagePath(pageIn(contentUnderTest, 'nl', 'parents')));
  await page.getByRole('searchbox', { name: 'Zoek op deze site' }).fill('laptop');
  await page.getByRole('button', { name: 'Zoeken' }).click();
  await expect(page).toHaveURL('/nl/zoeken/?q=laptop');
  await expect(page.getByText('Zoeken werkt met JavaScript')).toBeVisible();
  await context.close();
});
