import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { LONG_STRING, PAYLOADS } from '../fixtures/payloads';
import { VO_SCHOOL } from '../fixtures/schools';
import {
  activityEntry,
  activityQuestionsFor,
  addActivity,
  axeClean,
  backToList,
  goToStep,
  listEntry,
  notice,
  startAssessment,
  stepAddress,
  typeAtEnd,
  typeInto,
  URL_NL,
} from './support/assessment';
import { root } from './support/site';

const fixtureText = readFileSync(join(root, 'tests/fixtures/assessments/v1-noorderlicht-vo-real-checklist.json'), 'utf8');
const fixtureId = (JSON.parse(fixtureText) as { id: string }).id;

test.use({ locale: 'nl-NL' });

async function exportFile(page: Page, name: string) {
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Bewaren als bestand (.json)' }).click();
  const file = test.info().outputPath(name);
  await (await downloadPromise).saveAs(file);
  return JSON.parse(readFileSync(file, 'utf8')) as { profile: { schoolName: string; filledInBy: string } };
}

/** Accepts every dialog (the browser's "leave this page?") and remembers which kinds were shown. */
function acceptDialogs(page: Page) {
  const shown: string[] = [];
  page.on('dialog', (dialog) => {
    shown.push(dialog.type());
    void dialog.accept();
  });
  return shown;
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
    await expect(alert).toContainText('Beschadigd of met de hand gewijzigd.');
    await axeClean(page, 'unreadable entry');
    await expect(page.getByRole('button', { name: 'Openen Het Noorderlicht College' })).toBeVisible();
    const downloadPromise = page.waitForEvent('download');
    await alert.getByRole('button', { name: /Onleesbare gegevens bewaren als bestand/ }).click();
    const saved = test.info().outputPath('raw.txt');
    await (await downloadPromise).saveAs(saved);
    expect(readFileSync(saved, 'utf8')).toBe('{"format":"schoolkostencheck-assessment", dit is stuk');
    // Nothing is thrown away: after a reload it is still there to be saved.
    await page.reload();
    await expect(page.getByRole('alert')).toContainText('1 bewaarde zelfevaluatie kon niet worden gelezen');
  });

  test('storage that cannot be used: the user is told, work goes on in memory, export still works, and leaving asks first', async ({ page }) => {
    const dialogs = acceptDialogs(page);
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', { get: () => { throw new DOMException('geblokkeerd', 'SecurityError'); } });
    });
    await page.goto(URL_NL);
    await expect(page.getByText('Deze browser laat niets bewaren op deze computer')).toBeVisible();
    await startAssessment(page, { name: 'Geheugen School', type: 'po', year: '2026-2027', contribution: '5', filledInBy: 'X' });
    await expect(page.locator('.skc-save-status')).toContainText('Deze browser laat niets bewaren op deze computer');
    await axeClean(page, 'storage unavailable');
    await backToList(page);
    await expect(listEntry(page, 'Geheugen School')).toContainText('Niet opgeslagen: deze browser bewaart niets.');
    await page.getByRole('button', { name: 'Openen Geheugen School' }).click();
    await page.reload();
    expect(dialogs).toEqual(['beforeunload']);

    // Once the work is saved as a file, leaving loses nothing and the browser does not ask.
    await startAssessment(page, { name: 'Bestand School', type: 'po', year: '2026-2027', contribution: '5', filledInBy: 'X' });
    expect((await exportFile(page, 'memory.json')).profile.schoolName).toBe('Bestand School');
    await page.reload();
    expect(dialogs).toEqual(['beforeunload']);
  });

  test('full storage: the user is told, nothing typed is lost and export still works', async ({ page }) => {
    const dialogs = acceptDialogs(page);
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => { throw new DOMException('vol', 'QuotaExceededError'); };
    });
    await page.goto(URL_NL);
    await startAssessment(page, { name: 'Volle Schijf School', type: 'vo', year: '2026-2027', contribution: '5', filledInBy: 'X' });
    await expect(page.locator('.skc-save-status')).toContainText('Opslaan op deze computer lukt niet');
    // Said once, in words, in the notice a screen reader announces, even when saving fails from the start.
    await expect(notice(page)).toContainText('Opslaan op deze computer lukt niet');
    await axeClean(page, 'storage full');
    await goToStep(page, 'Hele school');
    await page.locator('fieldset.skc-question').first().getByRole('radio', { name: 'nee', exact: true }).check();
    await goToStep(page, 'Schoolgegevens');
    await expect(page.getByLabel('Naam van de school')).toHaveValue('Volle Schijf School');
    await backToList(page);
    await expect(listEntry(page, 'Volle Schijf School')).toContainText('Niet opgeslagen: bewaren op deze computer is mislukt.');
    await page.getByRole('button', { name: 'Openen Volle Schijf School' }).click();
    expect((await exportFile(page, 'full.json')).profile.schoolName).toBe('Volle Schijf School');
    await typeAtEnd(page.getByLabel('Ingevuld door'), ' en Y');
    await page.reload();
    expect(dialogs).toEqual(['beforeunload']);
  });
});

test.describe('closing and reloading', () => {
  test('the last keystroke survives a reload right after typing', async ({ page }) => {
    await page.goto(URL_NL);
    await startAssessment(page, { name: 'Snel', type: 'po', year: '2026-2027', contribution: '', filledInBy: '' });
    await typeAtEnd(page.getByLabel('Naam van de school'), ' Typen');
    // An amount is kept as soon as it reads as one, before the field is left.
    await typeInto(page.getByLabel('Vrijwillige ouderbijdrage per leerling per jaar (euro)'), '12,5');
    await page.reload();
    await expect(page).toHaveURL(stepAddress('profile'));
    await expect(page.getByLabel('Naam van de school')).toHaveValue('Snel Typen');
    await expect(page.getByLabel('Vrijwillige ouderbijdrage per leerling per jaar (euro)')).toHaveValue('12,50');
  });

  test('the last keystroke survives closing the tab right after typing', async ({ context }) => {
    const page = await context.newPage();
    await page.goto(URL_NL);
    await startAssessment(page, { name: 'Dicht', type: 'po', year: '2026-2027', contribution: '', filledInBy: '' });
    await typeAtEnd(page.getByLabel('Ingevuld door'), 'Laatste woord');
    await page.close({ runBeforeUnload: true });
    const again = await context.newPage();
    await again.goto(URL_NL);
    await again.getByRole('button', { name: 'Openen Dicht' }).click();
    await expect(again.getByLabel('Ingevuld door')).toHaveValue('Laatste woord');
  });
});

test.describe('two tabs', () => {
  test('on the same assessment: each takes the other’s changes and says what changed, nothing is overwritten', async ({ context }) => {
    const a = await context.newPage();
    await a.goto(URL_NL);
    await startAssessment(a, { name: 'Twee Tabs', type: 'po', year: '2026-2027', contribution: '', filledInBy: '' });
    const b = await context.newPage();
    await b.goto(URL_NL);
    await b.getByRole('button', { name: 'Openen Twee Tabs' }).click();

    await typeInto(a.getByLabel('Schooljaar'), '2027-2028');
    await expect(b.getByLabel('Schooljaar')).toHaveValue('2027-2028');
    await expect(notice(b)).toContainText('Deze zelfevaluatie is in een ander tabblad gewijzigd.');
    await expect(notice(b).getByRole('listitem')).toHaveText(['de schoolgegevens']);
    await axeClean(b, 'changed in another tab');
    await typeInto(b.getByLabel('Ingevuld door'), 'Tab B');
    await expect(a.getByLabel('Ingevuld door')).toHaveValue('Tab B');
    await expect(a.getByLabel('Schooljaar')).toHaveValue('2027-2028');

    await a.reload();
    await expect(a.getByLabel('Schooljaar')).toHaveValue('2027-2028');
    await expect(a.getByLabel('Ingevuld door')).toHaveValue('Tab B');
  });

  test('deleted in one tab while open in the other: nothing is saved until the person chooses to keep it', async ({ context }) => {
    const a = await context.newPage();
    acceptDialogs(a);
    await a.goto(URL_NL);
    await startAssessment(a, { name: 'Weg School', type: 'po', year: '2026-2027', contribution: '', filledInBy: '' });
    const b = await context.newPage();
    await b.goto(URL_NL);
    await b.getByRole('button', { name: 'Verwijderen Weg School' }).click();
    await b.getByRole('button', { name: 'Ja, verwijderen' }).click();

    await expect(a.getByText('Deze zelfevaluatie staat niet meer op deze computer').first()).toBeVisible();
    await expect(a.locator('.skc-save-status')).toContainText('Niet opgeslagen: deze zelfevaluatie staat niet meer op deze computer.');
    await typeInto(a.getByLabel('Ingevuld door'), 'Toch nog');
    await b.reload();
    await expect(b.getByRole('button', { name: 'Openen Weg School' })).toHaveCount(0);

    await axeClean(a, 'deleted in another tab');
    // The warning and its choice once: the same words and two buttons of the same name confuse a screen
    // reader user (soft, so the rest is still checked).
    await expect.soft(a.getByRole('button', { name: 'Ja, toch bewaren' }), 'one “Ja, toch bewaren”').toHaveCount(1);
    await a.getByRole('button', { name: 'Ja, toch bewaren' }).first().click();
    await expect(notice(a)).toHaveText('De zelfevaluatie wordt weer op deze computer bewaard.');
    await expect(notice(b)).toHaveText('“Weg School” is in een ander tabblad toegevoegd.');
    await b.getByRole('button', { name: 'Openen Weg School' }).click();
    await expect(b.getByLabel('Ingevuld door')).toHaveValue('Toch nog');
  });

  test('an activity removed in one tab while open in the other: that tab goes to the list of activities and says why', async ({ context }) => {
    const [activity] = VO_SCHOOL.activities.filter((x) => activityQuestionsFor('vo', x.kind).length > 0);
    const a = await context.newPage();
    await a.goto(URL_NL);
    await startAssessment(a, { name: 'Activiteit Weg', type: 'vo', year: '2026-2027', contribution: '', filledInBy: '' });
    await goToStep(a, 'Activiteiten');
    await addActivity(a, activity!);
    await a.getByRole('button', { name: `Vragen beantwoorden ${activity!.name}`, exact: true }).click();
    await expect(a).toHaveURL(stepAddress('activity'));

    const b = await context.newPage();
    await b.goto(URL_NL);
    await b.getByRole('button', { name: 'Openen Activiteit Weg' }).click();
    await goToStep(b, 'Activiteiten');
    await activityEntry(b, activity!.name).getByRole('button', { name: `Verwijderen ${activity!.name}` }).click();

    await expect(a).toHaveURL(stepAddress('activities'));
    await expect(notice(a)).toContainText('Deze activiteit is in een ander tabblad verwijderd. U ziet nu de lijst met activiteiten.');
    await expect(activityEntry(a, activity!.name)).toHaveCount(0);
    await axeClean(a, 'activity removed in another tab');
  });
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
  await startAssessment(page, { name: p0, type: 'vo', year: p1, contribution: '1', filledInBy: p2 });
  await goToStep(page, 'Activiteiten');
  await addActivity(page, { name: p3, kind: 'one-day', cost: '1' });
  await page.getByRole('button', { name: /^Vragen beantwoorden / }).click();
  await typeInto(page.getByLabel('Voor welke klas of groep?'), p5);
  await typeInto(page.getByLabel('Notities'), PAYLOADS.join('\n'));
  const first = page.locator('fieldset.skc-question').first();
  await first.getByRole('radio', { name: 'nee', exact: true }).check();
  const note = first.getByLabel('Toelichting (niet verplicht)');
  await typeInto(note, `${p4}\n${p5}\n`);
  // Twenty thousand characters arrive the way a person would bring them: pasted.
  await page.keyboard.insertText(LONG_STRING);
  await goToStep(page, 'Samenvatting en actieplan');
  // The group of actions is named after the activity, so its field is too.
  await typeInto(page.getByRole('textbox', { name: `Wie, ${p3}`, exact: true }), PAYLOADS.at(-8)!);
  await page.getByText('Andere eigenaar of datum, actie 1', { exact: true }).click();
  await typeInto(page.getByRole('textbox', { name: 'Wie, actie 1', exact: true }), PAYLOADS.at(-7)!);
  await goToStep(page, 'Rapport');
  // The school's internal notes and every answer printed too, so every field's text is on paper.
  await page.getByLabel('Interne notities afdrukken').check();
  await page.getByLabel('Alle antwoorden als bijlage afdrukken').check();

  const report = page.locator('.skc-report');
  for (const text of [p0, p1, p2, p3, p4, p5]) await expect(report).toContainText(text);
  await expect(report).toContainText(PAYLOADS.at(-8)!);
  await expect(report).toContainText(PAYLOADS.at(-7)!);
  await expect(report).toContainText(PAYLOADS.at(-1)!);
  await expect(report.locator('script, iframe, img, style, a[href^="javascript"]')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(dialogs).toEqual([]);

  await page.emulateMedia({ media: 'print' });
  const pdf = test.info().outputPath('hostile.pdf');
  writeFileSync(pdf, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
  const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
  expect(text).toContain('<script>window.__xss=1</script>');
  expect(text).toContain('onerror');

  // And after a reload, from what was stored.
  await page.emulateMedia({ media: 'screen' });
  await page.reload();
  await expect(report).toContainText(p0);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  await backToList(page);
  await expect(page.getByRole('button', { name: /^Openen <script>/ })).toBeVisible();
  expect(dialogs).toEqual([]);
});
