import { expect, test } from '@playwright/test';
import { sitemapPaths } from './support/site';

// The language switch keeps the reader on the same page: its target is the page's own hreflang alternate.
for (const path of sitemapPaths) {
  test(`the language switch on ${path} lands on the translated page`, async ({ page }) => {
    await page.goto(path);
    const from = path.split('/')[1];
    const to = from === 'nl' ? 'en' : 'nl';
    const alternate = new URL((await page.locator(`link[rel="alternate"][hreflang="${to}"]`).getAttribute('href'))!).pathname;
    await page.locator('a.skc-lang-switch').click();
    await expect(page).toHaveURL(alternate);
    await expect(page.locator('html')).toHaveAttribute('lang', to);
    // And back again: the translation's own switch returns to where the reader started.
    const back = new URL((await page.locator(`link[rel="alternate"][hreflang="${from}"]`).getAttribute('href'))!).pathname;
    expect(back).toBe(path);
  });
}
