import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { LONG_STRING, PAYLOADS } from '../fixtures/payloads';
import { addCustom, goToStep, startAssessment } from './support/assessment';
import { root } from './support/site';

const URL_NL = '/nl/zelfevaluatie/';
const work = mkdtempSync(join(tmpdir(), 'skc-robust-'));
const fixtureText = readFileSync(join(root, 'tests/fixtures/assessments/v1-noorderlicht-vo-real-checklist.json'), 'utf8');
const fixtureId = (JSON.parse(fixtureText) as { id: string }).id;

async function exportFile(page: Page, name: string) {
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Bewaren als bestand (.json)' }).click();
  const file = join(work, name);
  await (await downloadPromise).saveAs(file);
  return JSON.parse(readFileSync(file, 'utf8')) as { profile: { schoolName: string } };
}

test.describe('broken storage', () => {
  test('a corrupted stored entry: the page loads, says so, offers the raw data, and the others are untouched', async ({ page }) => {
    await page.addInitScript(({ good, id }) => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem(`skc.assessment.${id}`, good);
      localStorage.setItem('skc.assessment.kapot', '{"format":"schoolkostencheck-assessment", dit is stuk');
    }, { good: fixtureText, id: fixtureId });
    await page.goto(URL_NL);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('1 bewaarde zelfevaluatie kon niet worden gelezen');
    await expect(page.getByRole('button', { name: 'Openen Het Noorderlicht College' })).toBeVisible();
    const downloadPromise = page.waitForEvent('download');
    await alert.getByRole('button', { name: /Onleesbare gegevens bewaren als bestand/ }).click();
    const saved = join(work, 'raw.txt');
    await (await downloadPromise).saveAs(saved);
    expect(readFileSync(saved, 'utf8')).toBe('{"format":"schoolkostencheck-assessment", dit is stuk');
    expect(await page.evaluate(() => localStorage.getItem('skc.assessment.kapot'))).toContain('dit is stuk');
  });

  test('storage that cannot be used: the user is told, work goes on in memory and export still works', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', { get: () => { throw new DOMException('geblokkeerd', 'SecurityError'); } });
    });
    await page.goto(URL_NL);
    await expect(page.getByText('Deze browser laat niets bewaren op deze computer')).toBeVisible();
    await startAssessment(page, { name: 'Geheugen School', type: 'basisonderwijs (po)', year: '2026-2027', contribution: '5', filledInBy: 'X' });
    await expect(page.locator('.skc-save-status')).toHaveText(/^Niet bewaard op deze computer/);
    expect((await exportFile(page, 'memory.json')).profile.schoolName).toBe('Geheugen School');
  });

  test('full storage: the user is told, nothing typed is lost and export still works', async ({ page }) => {
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => { throw new DOMException('vol', 'QuotaExceededError'); };
    });
    await page.goto(URL_NL);
    await startAssessment(page, { name: 'Volle Schijf School', type: 'voortgezet onderwijs (vo)', year: '2026-2027', contribution: '5', filledInBy: 'X' });
    await expect(page.locator('.skc-save-status')).toHaveText(/^Opslaan op deze computer lukt niet/);
    await expect(page.locator('[aria-live="polite"]')).toHaveText(/^Opslaan op deze computer lukt niet/);
    await goToStep(page, 'Hele school');
    await page.locator('fieldset.skc-question').first().getByRole('radio', { name: 'nee', exact: true }).check();
    await goToStep(page, 'Schoolgegevens');
    await expect(page.getByLabel('Naam van de school')).toHaveValue('Volle Schijf School');
    expect((await exportFile(page, 'full.json')).profile.schoolName).toBe('Volle Schijf School');
  });
});

test.describe('closing and reloading', () => {
  test('the last keystroke survives a reload right after typing', async ({ page }) => {
    await page.goto(URL_NL);
    await startAssessment(page, { name: 'Snel', type: 'basisonderwijs (po)', year: '2026-2027', contribution: '', filledInBy: '' });
    await page.getByLabel('Naam van de school').press('End');
    await page.getByLabel('Naam van de school').pressSequentially(' Typen');
    await page.reload();
    await expect(page.getByRole('button', { name: 'Openen Snel Typen' })).toBeVisible();
  });

  test('the last keystroke survives closing the tab right after typing', async ({ context }) => {
    const page = await context.newPage();
    await page.goto(URL_NL);
    await startAssessment(page, { name: 'Dicht', type: 'basisonderwijs (po)', year: '2026-2027', contribution: '', filledInBy: '' });
    await page.getByLabel('Ingevuld door').press('End');
    await page.getByLabel('Ingevuld door').pressSequentially('Laatste woord');
    await page.close({ runBeforeUnload: true });
    const again = await context.newPage();
    await again.goto(URL_NL);
    await again.getByRole('button', { name: 'Openen Dicht' }).click();
    await expect(again.getByLabel('Ingevuld door')).toHaveValue('Laatste woord');
  });
});

test('two tabs on the same assessment: each takes the other’s changes, nothing is overwritten', async ({ context }) => {
  const a = await context.newPage();
  await a.goto(URL_NL);
  await startAssessment(a, { name: 'Twee Tabs', type: 'basisonderwijs (po)', year: '2026-2027', contribution: '', filledInBy: '' });
  const b = await context.newPage();
  await b.goto(URL_NL);
  await b.getByRole('button', { name: 'Openen Twee Tabs' }).click();

  await a.getByLabel('Schooljaar').fill('2027-2028');
  await expect(b.getByLabel('Schooljaar')).toHaveValue('2027-2028');
  await expect(b.locator('[aria-live="polite"]')).toHaveText('Deze zelfevaluatie is bijgewerkt met wijzigingen uit een ander tabblad.');
  await b.getByLabel('Ingevuld door').fill('Tab B');
  await expect(a.getByLabel('Ingevuld door')).toHaveValue('Tab B');
  await expect(a.getByLabel('Schooljaar')).toHaveValue('2027-2028');

  const stored = await a.evaluate(() => Object.values(localStorage).map((v) => JSON.parse(v).assessment).find((x) => x?.profile.schoolName === 'Twee Tabs'));
  expect(stored.profile).toMatchObject({ schoolYear: '2027-2028', filledInBy: 'Tab B' });
});

test('hostile text in every free-text field is shown as text in the island, the report and the PDF, and never runs', async ({ page }) => {
  test.setTimeout(180_000);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(URL_NL);
  const [p0 = '', p1 = '', p2 = '', p3 = '', p4 = '', p5 = ''] = PAYLOADS;
  await startAssessment(page, { name: p0, type: 'voortgezet onderwijs (vo)', year: p1, contribution: '1', filledInBy: p2 });
  await goToStep(page, 'Activiteiten');
  await addCustom(page, p3, 'Activiteit van één dag', '1');
  await page.getByRole('button', { name: /^Vragen beantwoorden / }).click();
  await page.getByText('Gegevens van de activiteit').click();
  await page.getByLabel('Notities').fill(PAYLOADS.join('\n'));
  const first = page.locator('fieldset.skc-question').first();
  await first.getByRole('radio', { name: 'nee', exact: true }).check();
  await first.getByLabel('Toelichting (niet verplicht)').fill(`${p4}\n${p5}\n${LONG_STRING}`);
  await goToStep(page, 'Samenvatting en actieplan');
  await page.locator('.skc-action-table tbody tr').first().getByRole('textbox').first().fill(PAYLOADS.at(-8)!);
  await goToStep(page, 'Rapport');

  const report = page.locator('.skc-report');
  for (const text of [p0, p1, p2, p3]) await expect(report).toContainText(text);
  await expect(report.locator('script, iframe, img, style, a[href^="javascript"]')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(dialogs).toEqual([]);

  await page.emulateMedia({ media: 'print' });
  const pdf = join(work, 'hostile.pdf');
  writeFileSync(pdf, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
  const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
  expect(text).toContain('<script>window.__xss=1</script>');
  expect(text).toContain('onerror');

  // And after a round trip through the file.
  await page.emulateMedia({ media: 'screen' });
  await page.reload();
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  await expect(page.getByRole('button', { name: /^Openen <script>/ })).toBeVisible();
});
