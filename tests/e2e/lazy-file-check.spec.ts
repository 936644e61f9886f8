import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startAssessment } from './support/assessment';
import { root } from './support/site';

// The file check (zod and the schema) is a chunk of its own that keeps the page within its script budget.
// It must load only when it is needed: when a file is opened or a stored entry is not sealed by this page.
const URL_NL = '/nl/zelfevaluatie/';
const fixtureText = readFileSync(join(root, 'tests/fixtures/assessments/v1-noorderlicht-vo-real-checklist.json'), 'utf8');

function countFileCheckLoads(page: Page) {
  const loads: string[] = [];
  page.on('request', (request) => {
    if (/\/_astro\/browser-codec\.[\w-]+\.js$/.test(request.url())) loads.push(request.url());
  });
  return loads;
}

test('starting, filling in and reopening an assessment never loads the file check', async ({ page }) => {
  const loads = countFileCheckLoads(page);
  await page.goto(URL_NL);
  await startAssessment(page, { name: 'Licht College', type: 'voortgezet onderwijs (vo)', year: '2026-2027', contribution: '50', filledInBy: 'Directie' });
  await expect(page.locator('.skc-save-status')).toContainText('Opgeslagen');
  await page.reload();
  await expect(page.locator('.skc-assessment-list strong')).toHaveText(['Licht College']);
  expect(loads).toEqual([]);
});

test('opening a file loads the file check once, and the opened assessment then reopens without it', async ({ page }) => {
  const loads = countFileCheckLoads(page);
  await page.goto(URL_NL);
  await page.locator('input[type="file"]').setInputFiles({ name: 'zelfevaluatie.json', mimeType: 'application/json', buffer: Buffer.from(fixtureText) });
  await expect(page.locator('.skc-flow')).toBeVisible();
  expect(loads).toHaveLength(1);
  await page.reload();
  await expect(page.locator('.skc-assessment-list strong')).toHaveText(['Het Noorderlicht College']);
  expect(loads).toHaveLength(1);
});

test('an entry not sealed by this page (an older release, a hand edit) is checked in full before it is listed', async ({ page }) => {
  await page.addInitScript((text) => {
    if (!sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('skc.assessment.oud', text);
    }
  }, fixtureText);
  const loads = countFileCheckLoads(page);
  await page.goto(URL_NL);
  await expect(page.locator('.skc-assessment-list strong')).toHaveText(['Het Noorderlicht College']);
  expect(loads).toHaveLength(1);
});
