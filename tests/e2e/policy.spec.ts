import { expect, test, type Page } from '@playwright/test';
import { sitemapPaths, wordFromPrincipleBody } from './support/site';

// Every built page carries a Content-Security-Policy without 'unsafe-inline' for scripts, nothing is
// requested from another origin, and the policy is never violated (a violation means something broke).

async function watch(page: Page) {
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['http:', 'https:'].includes(url.protocol)) return; // data: and blob: stay in the page
    if (url.origin !== new URL(page.url() || 'http://127.0.0.1').origin && !url.href.startsWith('http://127.0.0.1:')) foreign.push(url.href);
  });
  await page.addInitScript(() => {
    (window as unknown as { __violations: string[] }).__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __violations: string[] }).__violations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return {
    foreign,
    violations: () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations),
  };
}

for (const path of [...sitemapPaths, '/404.html']) {
  test(`${path} has a strict Content-Security-Policy and asks nothing of other origins`, async ({ page }) => {
    const watched = await watch(page);
    await page.goto(path, { waitUntil: 'networkidle' });
    const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(csp).toMatch(/script-src 'self'/);
    expect(csp).not.toContain("'unsafe-inline'");
    expect(csp).not.toContain("'unsafe-eval'");
    expect(csp).toContain("object-src 'none'");
    expect(watched.foreign).toEqual([]);
    expect(await watched.violations()).toEqual([]);
  });
}

test('searching runs under the policy without violations or outside requests', async ({ page }) => {
  const watched = await watch(page);
  await page.goto(`/nl/zoeken/?q=${encodeURIComponent(wordFromPrincipleBody('nl').word)}`, { waitUntil: 'networkidle' });
  await expect(page.locator('#search-list li').first()).toBeVisible();
  expect(watched.foreign).toEqual([]);
  expect(await watched.violations()).toEqual([]);
});

test('the self-assessment runs under the policy without violations or outside requests', async ({ page }) => {
  const watched = await watch(page);
  await page.goto('/nl/zelfevaluatie/');
  await page.getByRole('button', { name: 'Nieuwe zelfevaluatie' }).click();
  await page.getByLabel('Naam van de school').fill('Beleid School');
  // Step 1 chooses nothing: the school type and the MR's part come first.
  await page.getByRole('radio', { name: 'voortgezet onderwijs (vo)' }).check();
  await page.getByRole('group', { name: 'Is de MR betrokken bij deze zelfevaluatie?' }).getByRole('radio', { name: 'Ja', exact: true }).check();
  await page.getByRole('navigation', { name: 'Stappen' }).first().getByRole('button', { name: 'Rapport' }).click();
  // The report with its status marks (inline SVG), drawn under the policy.
  await expect(page.locator('.skc-report svg').first()).toBeVisible();
  expect(watched.foreign).toEqual([]);
  expect(await watched.violations()).toEqual([]);
});
