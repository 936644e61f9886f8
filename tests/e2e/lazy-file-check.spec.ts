import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { axeClean, backToList, goToStep, listEntry, notice, openedFileNotice, startAssessment, URL_NL } from './support/assessment';
import { root } from './support/site';

// The file check (zod and the schema) is a chunk of its own that keeps the page within its script budget.
// It must load only when it is needed: when a file is opened or a stored entry is not sealed by this page.
// When it cannot load, the person is told and can try again; nothing is lost meanwhile.
const fixtureText = readFileSync(join(root, 'tests/fixtures/assessments/v1-noorderlicht-vo-real-checklist.json'), 'utf8');
const fixture = JSON.parse(fixtureText) as { id: string; profile: { schoolName: string } };
const FILE_CHECK = '**/_astro/file-check.*.js';
const aFile = { name: 'zelfevaluatie.json', mimeType: 'application/json', buffer: Buffer.from(fixtureText) };

test.use({ locale: 'nl-NL' });

function countFileCheckLoads(page: Page) {
  const loads: string[] = [];
  page.on('request', (request) => {
    if (/\/_astro\/file-check\.[\w-]+\.js$/.test(request.url())) loads.push(request.url());
  });
  return loads;
}

/** Stores the fixture as an older release would have: not sealed by this page. */
async function seedUnsealedEntry(page: Page) {
  await page.addInitScript(({ text, id }) => {
    if (!sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem(`skc.assessment.${id}`, text);
    }
  }, { text: fixtureText, id: fixture.id });
}

test('starting, filling in and reopening an assessment never loads the file check', async ({ page }) => {
  const loads = countFileCheckLoads(page);
  await page.goto(URL_NL);
  await startAssessment(page, { name: 'Licht College', type: 'vo', year: '2026-2027', contribution: '50', filledInBy: 'Directie' });
  await expect(page.locator('.skc-save-status')).toContainText('Opgeslagen');
  await page.reload();
  await expect(page.getByLabel('Naam van de school')).toHaveValue('Licht College');
  await backToList(page);
  await expect(page.locator('.skc-assessment-list strong')).toHaveText(['Licht College']);
  expect(loads).toEqual([]);
});

test('opening a file loads the file check once, and the opened assessment then reopens without it', async ({ page }) => {
  const loads = countFileCheckLoads(page);
  await page.goto(URL_NL);
  await page.getByLabel('Bestand openen (.json)').setInputFiles(aFile);
  await expect(notice(page)).toHaveText(openedFileNotice(fixtureText));
  await goToStep(page, 'Schoolgegevens');
  await expect(page.getByLabel('Naam van de school')).toHaveValue(fixture.profile.schoolName);
  expect(loads).toHaveLength(1);
  await page.reload();
  await backToList(page);
  await expect(page.locator('.skc-assessment-list strong')).toHaveText([fixture.profile.schoolName]);
  expect(loads).toHaveLength(1);
});

test('an entry not sealed by this page (an older release, a hand edit) is checked in full before it is listed', async ({ page }) => {
  await seedUnsealedEntry(page);
  const loads = countFileCheckLoads(page);
  await page.goto(URL_NL);
  await expect(page.locator('.skc-assessment-list strong')).toHaveText([fixture.profile.schoolName]);
  await expect(listEntry(page, fixture.profile.schoolName)).toContainText('Bewaard op deze computer');
  expect(loads).toHaveLength(1);
});

test('when the file check cannot load, opening a file says so, and choosing the file again works once it can', async ({ page }) => {
  await page.route(FILE_CHECK, (route) => route.abort());
  await page.goto(URL_NL);
  await page.getByLabel('Bestand openen (.json)').setInputFiles(aFile);
  const summary = page.getByRole('alert');
  await expect(summary).toContainText('Dit bestand kon niet worden geopend');
  await expect(summary).toContainText('Het onderdeel dat bestanden controleert kon niet worden geladen.');
  await expect(summary).toBeFocused();
  await axeClean(page, 'file check failed');
  await expect(page.locator('.skc-assessment-list')).toHaveCount(0);

  await page.unroute(FILE_CHECK);
  await page.getByLabel('Bestand openen (.json)').setInputFiles(aFile);
  // A file of an earlier release: it says how many answers to look at again, or that it opened.
  await expect(notice(page)).toHaveText(openedFileNotice(fixtureText));
  await goToStep(page, 'Schoolgegevens');
  await expect(page.getByLabel('Naam van de school')).toHaveValue(fixture.profile.schoolName);
});

test('when the file check cannot load, a stored entry that needs it waits, is kept, and opens on “try again”', async ({ page }) => {
  await seedUnsealedEntry(page);
  await page.route(FILE_CHECK, (route) => route.abort());
  await page.goto(URL_NL);
  const waiting = page.getByRole('alert');
  await expect(waiting).toContainText('1 bewaarde zelfevaluatie kan nog niet worden geopend');
  await expect(page.locator('.skc-assessment-list')).toHaveCount(0);
  await axeClean(page, 'entry waiting for the file check');
  // Starting another meanwhile never touches the waiting one.
  await startAssessment(page, { name: 'Intussen School', type: 'po', year: '2026-2027', contribution: '', filledInBy: '' });
  await backToList(page);

  await page.unroute(FILE_CHECK);
  await page.getByRole('button', { name: 'Opnieuw proberen' }).click();
  await expect(page.getByRole('button', { name: `Openen ${fixture.profile.schoolName}` })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Openen Intussen School' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});
