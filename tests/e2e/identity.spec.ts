import { expect, test } from '@playwright/test';
import { contentUnderTest } from '../support/content-under-test';

// The municipality's identity comes from site.yaml (logo, colour): what a visitor sees must follow the
// content folder the site was built from, and the page's own security policy must let it through.
const { colour, logo, siteName, municipality } = contentUnderTest.settings;
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16)).join(', ')})`;

for (const path of ['/nl/', '/en/']) {
  test(`${path} shows the house colour and ${logo ? 'the logo' : 'no logo'} of site.yaml`, async ({ page }) => {
    const blocked: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') blocked.push(message.text());
    });
    await page.goto(path);
    await expect(page.locator('.skc-header')).toHaveCSS('background-color', rgb(colour));
    await expect(page.locator('meta[name="theme-color"]')).toHaveAttribute('content', colour);

    const brand = page.getByRole('link', { name: new RegExp(`^${siteName} ${municipality}`) });
    const image = brand.locator('img');
    if (logo) {
      await expect(image).toHaveCount(1);
      await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    } else {
      await expect(image).toHaveCount(0);
    }
    expect(blocked).toEqual([]);
  });
}

test('the icon in the browser tab is drawn in the house colour', async ({ page, request }) => {
  await page.goto('/nl/');
  const href = await page.locator('link[rel="icon"]').getAttribute('href');
  const svg = await (await request.get(href!)).text();
  expect(svg).toContain(`fill="${colour}"`);
});
