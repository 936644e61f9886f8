import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { root } from './support/site';

/** A distinctive word from a principle's body (not its title), and the path of its page. */
function wordFromBody(lang: 'nl' | 'en', index: number) {
  const dir = join(root, 'content/principles', lang);
  const file = readdirSync(dir).sort()[index]!;
  const text = readFileSync(join(dir, file), 'utf8');
  const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
  const slug = /^slug:\s*(\S+)/m.exec(front)![1];
  const title = /^title:\s*(.+)$/m.exec(front)![1]!.toLowerCase();
  const words = body.toLowerCase().match(/[a-zà-ÿ]{9,}/g) ?? [];
  const word = words.find((w) => !title.includes(w))!;
  const section = lang === 'nl' ? 'uitgangspunten' : 'principles';
  return { word, path: `/${lang}/${section}/${slug}/` };
}

for (const [lang, searchPath] of [['nl', '/nl/zoeken/'], ['en', '/en/search/']] as const) {
  test(`search (${lang}) finds a principle by a word from its body`, async ({ page }) => {
    const { word, path } = wordFromBody(lang, 2);
    expect(word).toBeTruthy();
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
  await page.goto('/nl/ouders/');
  await page.getByRole('searchbox', { name: 'Zoek op deze site' }).fill('laptop');
  await page.getByRole('button', { name: 'Zoeken' }).click();
  await expect(page).toHaveURL('/nl/zoeken/?q=laptop');
  await expect(page.getByText('Zoeken werkt met JavaScript')).toBeVisible();
  await context.close();
});
