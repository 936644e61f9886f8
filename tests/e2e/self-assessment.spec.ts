import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { addCustom, addTemplate, answerActivities, answerAll, goToStep, startAssessment } from './support/assessment';
import { root, WCAG_TAGS } from './support/site';

const URL_NL = '/nl/zelfevaluatie/';
const work = mkdtempSync(join(tmpdir(), 'skc-e2e-'));

async function axeClean(page: Page, state: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(violations.map((v) => `${state}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`)).toEqual([]);
}

const VO_TEMPLATES = ['Brugklaskamp', 'Werkweek', 'Reis naar het buitenland', 'Excursie', 'Sportdag', 'Gala of schoolfeest', 'Tweetalig onderwijs (tto)', 'Laptop of tablet', 'Kluisje', 'Gym- en practicumkleding'];

/** A realistic secondary school: 12 activities of 7 kinds, some answers that exclude or need attention. */
async function fillVoSchool(page: Page, name = 'Het Noorderlicht College') {
  await page.goto(URL_NL);
  await startAssessment(page, { name, type: 'voortgezet onderwijs (vo)', year: '2026-2027', contribution: '75', filledInBy: 'J. de Vries (rector), A. Bakker (MR)' });
  await goToStep(page, 'Hele school');
  const schoolCount = await answerAll(page, (i) => (i === 0 ? 'deels' : i === 3 ? 'nee' : 'ja'));
  expect(schoolCount).toBeGreaterThanOrEqual(15);
  await page.locator('fieldset.skc-question').first().getByLabel('Toelichting (niet verplicht)').fill('De schoolgids 2026 noemt het bedrag, maar niet dat iedereen meedoet.');
  await goToStep(page, 'Activiteiten');
  for (const template of VO_TEMPLATES) await addTemplate(page, template);
  await addCustom(page, 'Skireis naar Oostenrijk', 'Meerdaagse reis', '650');
  await addCustom(page, 'Kerstgala bovenbouw', 'Feest of themadag', '25');
  const names = await answerActivities(page, (activity, i) => {
    if (activity === 'Skireis naar Oostenrijk' && i === 0) return 'nee';
    if (activity === 'Werkweek' && i === 2) return 'deels';
    if (activity === 'Kluisje' && i === 1) return 'n.v.t.';
    return 'ja';
  });
  expect(names).toHaveLength(12);
  return names;
}

test.describe('the self-assessment', () => {
  // Filling twelve activities question by question takes a while on a 2-core machine.
  test.describe.configure({ timeout: 180_000 });
  test('a secondary school with twelve activities fills it in, gets statuses in words, an action plan and a report', async ({ page }) => {
    const names = await fillVoSchool(page);
    await goToStep(page, 'Samenvatting en actieplan');
    await expect(page.getByRole('heading', { name: 'Samenvatting' })).toBeFocused();
    const summary = page.locator('#skc-sa-root');
    await expect(summary.getByRole('listitem').filter({ hasText: 'Skireis naar Oostenrijk' })).toContainText('Kan leerlingen uitsluiten');
    await expect(summary.getByRole('listitem').filter({ hasText: 'Werkweek' })).toContainText('Aandachtspunt');
    await expect(summary.getByRole('listitem').filter({ hasText: 'Brugklaskamp' })).toContainText('Open voor elke leerling');
    const rows = page.locator('.skc-action-table tbody tr');
    await expect(rows).toHaveCount(4);
    await rows.first().getByRole('textbox').first().fill('Mevrouw Jansen, teamleider');
    await rows.first().locator('input[type="date"]').fill('2027-03-01');
    await axeClean(page, 'summary');

    await goToStep(page, 'Rapport');
    const report = page.locator('.skc-report');
    await expect(report).toContainText('Het Noorderlicht College');
    for (const name of names) await expect(report.getByRole('heading', { name, exact: true })).toBeVisible();
    await expect(report).toContainText('Mevrouw Jansen, teamleider');
    await expect(report.locator('svg[role="img"]')).toHaveCount(1);
    await axeClean(page, 'report');

    // Print with the browser's own engine and read the PDF's text.
    await page.emulateMedia({ media: 'print' });
    const pdfPath = join(work, 'report.pdf');
    writeFileSync(pdfPath, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
    const text = execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    // Table cells wrap, and a PDF's text interleaves the columns of a row: an action counts as printed
    // when all its words appear in order, starting within its row.
    const words = text.split(' ');
    const printedInOrder = (sentence: string) => {
      const wanted = sentence.split(/\s+/);
      const start = words.findIndex((_word, i) => wanted.every((x, j) => j > 2 || words[i + j] === x));
      let at = start;
      for (const word of wanted) {
        at = words.indexOf(word, at);
        if (at < 0 || at - start > wanted.length + 40) return false;
      }
      return start >= 0;
    };
    expect(text).toContain('Het Noorderlicht College');
    for (const name of names) expect(text).toContain(name);
    const actions = await page.locator('.skc-action-table tbody tr td:nth-child(2)').evaluateAll((cells) => cells.map((c) => (c.firstChild?.textContent ?? '').trim()));
    expect(actions).toHaveLength(4);
    for (const action of actions) expect(printedInOrder(action), action).toBe(true);
    for (const words of ['Ondertekening', 'Schoolleider', 'Namens de MR', 'Handtekening']) expect(text).toContain(words);
    expect(text).not.toContain('Volgende stap');
  });

  test('a primary school fills it in with primary templates only', async ({ page }) => {
    await page.goto(URL_NL);
    await startAssessment(page, { name: 'Basisschool De Regenboog', type: 'basisonderwijs (po)', year: '2026-2027', contribution: '45', filledInBy: 'K. Smit (directeur)' });
    await goToStep(page, 'Activiteiten');
    const options = await page.getByLabel('Kies een voorbeeld', { exact: true }).locator('option').allInnerTexts();
    expect(options.some((o) => o.startsWith('Kamp groep 8'))).toBe(true);
    expect(options.some((o) => o.startsWith('Brugklaskamp'))).toBe(false);
    for (const template of ['Schoolreis', 'Kamp groep 8', 'Sinterklaasviering', 'Sportdag']) await addTemplate(page, template);
    await answerActivities(page, () => 'ja');
    await goToStep(page, 'Hele school');
    await answerAll(page, () => 'ja');
    await goToStep(page, 'Samenvatting en actieplan');
    await expect(page.getByText('Er zijn geen acties: alle antwoorden zijn ja of n.v.t.')).toBeVisible();
    await expect(page.locator('.skc-status-list').first().getByText('Open voor elke leerling')).toHaveCount(5);
  });

  test('work survives a reload and closing the tab', async ({ page, context }) => {
    await page.goto(URL_NL);
    await startAssessment(page, { name: 'Reload College', type: 'voortgezet onderwijs (vo)', year: '2026-2027', contribution: '60', filledInBy: 'Test' });
    await goToStep(page, 'Hele school');
    await answerAll(page, (i) => (i % 2 ? 'ja' : 'nee'));
    await expect(page.getByText(/^Opgeslagen op deze computer om \d\d:\d\d:\d\d$/)).toBeVisible();
    await page.reload();
    await expect(page.locator('.skc-assessment-list strong')).toHaveText(['Reload College']);
    await page.getByRole('button', { name: 'Openen Reload College' }).click();
    await expect(page.getByLabel('Naam van de school')).toHaveValue('Reload College');
    await goToStep(page, 'Hele school');
    await expect(page.locator('fieldset.skc-question').nth(0).getByRole('radio', { name: 'nee', exact: true })).toBeChecked();
    await expect(page.locator('fieldset.skc-question').nth(1).getByRole('radio', { name: 'ja', exact: true })).toBeChecked();

    await page.close();
    const again = await context.newPage();
    await again.goto(URL_NL);
    await again.getByRole('button', { name: 'Openen Reload College' }).click();
    await goToStep(again, 'Hele school');
    await expect(again.locator('fieldset.skc-question').nth(2).getByRole('radio', { name: 'nee', exact: true })).toBeChecked();
  });

  test('two assessments are kept apart', async ({ page }) => {
    await page.goto(URL_NL);
    await startAssessment(page, { name: 'School Een', type: 'basisonderwijs (po)', year: '2026-2027', contribution: '10', filledInBy: 'A' });
    await goToStep(page, 'Hele school');
    await answerAll(page, () => 'ja');
    await page.getByRole('button', { name: /Naar de lijst met zelfevaluaties/ }).click();
    await startAssessment(page, { name: 'School Twee', type: 'voortgezet onderwijs (vo)', year: '2025-2026', contribution: '20', filledInBy: 'B' });
    await goToStep(page, 'Hele school');
    await answerAll(page, () => 'nee');
    await page.reload();
    await page.getByRole('button', { name: 'Openen School Een' }).click();
    await expect(page.getByRole('radio', { name: 'basisonderwijs (po)' })).toBeChecked();
    await goToStep(page, 'Hele school');
    await expect(page.locator('fieldset.skc-question').first().getByRole('radio', { name: 'ja', exact: true })).toBeChecked();
    await page.getByRole('button', { name: /Naar de lijst met zelfevaluaties/ }).click();
    await page.getByRole('button', { name: 'Openen School Twee' }).click();
    await expect(page.getByLabel('Schooljaar')).toHaveValue('2025-2026');
    await goToStep(page, 'Hele school');
    await expect(page.locator('fieldset.skc-question').first().getByRole('radio', { name: 'nee', exact: true })).toBeChecked();
  });

  test('export, delete and import give the same report', async ({ page }) => {
    await fillVoSchool(page, 'Export Lyceum');
    await goToStep(page, 'Rapport');
    const before = await page.locator('.skc-report').innerText();
    const downloadPromise = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Bewaren als bestand (.json)' }).click();
    const file = join(work, 'export.json');
    await (await downloadPromise).saveAs(file);
    const json = JSON.parse(readFileSync(file, 'utf8'));
    expect(json).toMatchObject({ format: 'schoolkostencheck-assessment', schemaVersion: 1, checklistVersion: 1 });

    await page.getByRole('button', { name: /Naar de lijst met zelfevaluaties/ }).click();
    await page.getByRole('button', { name: 'Verwijderen Export Lyceum' }).click();
    await page.getByRole('button', { name: 'Ja, verwijderen' }).click();
    await expect(page.getByRole('button', { name: 'Openen Export Lyceum' })).toHaveCount(0);
    await page.reload();
    await expect(page.getByRole('button', { name: 'Openen Export Lyceum' })).toHaveCount(0);

    await page.getByLabel('Bestand openen (.json)').setInputFiles(file);
    await expect(page.getByLabel('Naam van de school')).toHaveValue('Export Lyceum');
    await goToStep(page, 'Rapport');
    expect(await page.locator('.skc-report').innerText()).toBe(before);
  });

  test('deleting asks first and can be undone', async ({ page }) => {
    await page.goto(URL_NL);
    await startAssessment(page, { name: 'Ongedaan School', type: 'basisonderwijs (po)', year: '2026-2027', contribution: '', filledInBy: '' });
    await page.getByRole('button', { name: /Naar de lijst met zelfevaluaties/ }).click();
    await page.getByRole('button', { name: 'Verwijderen Ongedaan School' }).click();
    await expect(page.getByText('Weet u zeker dat u “Ongedaan School” wilt verwijderen?')).toBeVisible();
    await page.getByRole('button', { name: 'Nee, bewaren' }).click();
    await page.getByRole('button', { name: 'Verwijderen Ongedaan School' }).click();
    await page.getByRole('button', { name: 'Ja, verwijderen' }).click();
    await page.getByRole('button', { name: 'Ongedaan maken' }).click();
    await page.reload();
    await expect(page.getByRole('button', { name: 'Openen Ongedaan School' })).toBeVisible();
  });

  test('a broken file shows an error summary and changes nothing', async ({ page }) => {
    await page.goto(URL_NL);
    await startAssessment(page, { name: 'Blijft Staan', type: 'basisonderwijs (po)', year: '2026-2027', contribution: '5', filledInBy: 'X' });
    await page.getByRole('button', { name: /Naar de lijst met zelfevaluaties/ }).click();
    const storedBefore = await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));
    const broken = join(work, 'broken.json');
    writeFileSync(broken, JSON.stringify({ format: 'schoolkostencheck-assessment', schemaVersion: 1, checklistVersion: 1, id: 'x', profile: { schoolType: 'mbo' }, activities: 'none' }));
    await page.getByLabel('Bestand openen (.json)').setInputFiles(broken);
    const summary = page.getByRole('alert');
    await expect(summary).toContainText('Dit bestand kon niet worden geopend');
    expect(await summary.getByRole('listitem').count()).toBeGreaterThanOrEqual(3);
    await expect(summary).toContainText('profile.schoolType');
    await expect(summary).toContainText('activities');
    await axeClean(page, 'import errors');
    const notJson = join(work, 'not-json.json');
    writeFileSync(notJson, '{ dit is geen json');
    await page.getByLabel('Bestand openen (.json)').setInputFiles(notJson);
    await expect(page.getByRole('alert')).toContainText('JSON');
    expect(await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()))).toBe(storedBefore);
    await expect(page.getByRole('button', { name: /^Openen / })).toHaveCount(1);
  });

  test('“do not keep on this computer” stores nothing', async ({ page }) => {
    await page.goto(URL_NL);
    await startAssessment(page, { name: 'Personeelskamer', type: 'basisonderwijs (po)', year: '2026-2027', contribution: '5', filledInBy: 'X' });
    await page.getByLabel('Bewaar mijn werk op deze computer').uncheck();
    await page.getByLabel('Naam van de school').fill('Personeelskamer PC');
    await expect(page.locator('.skc-save-status')).toHaveText(/^Niet bewaard op deze computer/);
    await expect(page.locator('[aria-live="polite"]')).toHaveText(/^Niet bewaard op deze computer/);
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('skc.')).length)).toBe(0);
  });

  test('every step passes axe and is reachable by keyboard', async ({ page }) => {
    await page.goto(URL_NL);
    await axeClean(page, 'list');
    await page.getByRole('button', { name: 'Nieuwe zelfevaluatie' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Schoolgegevens' })).toBeFocused();
    await axeClean(page, 'profile');
    for (const step of ['Hele school', 'Activiteiten']) {
      await goToStep(page, step);
      await axeClean(page, step);
    }
    await addTemplate(page, 'Schoolreis');
    await page.getByRole('button', { name: 'Vragen beantwoorden Schoolreis' }).click();
    const firstRadio = page.locator('fieldset.skc-question').first().getByRole('radio').first();
    await firstRadio.focus();
    await page.keyboard.press('Space');
    await expect(firstRadio).toBeChecked();
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('fieldset.skc-question').first().getByRole('radio', { name: 'deels' })).toBeChecked();
    await axeClean(page, 'activity');
    for (const step of ['Samenvatting en actieplan', 'Rapport']) {
      await goToStep(page, step);
      await axeClean(page, step);
    }
  });

  test('without JavaScript the page shows the whole checklist and says filling it in needs JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(URL_NL);
    await expect(page.getByText('Het invullen werkt met JavaScript')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'De vragenlijst' })).toBeVisible();
    expect(await page.locator('.skc-doc-question').count()).toBeGreaterThan(30);
    await context.close();
  });

  test('when the script cannot load, the checklist document is there and passes axe', async ({ page }) => {
    await page.route('**/_astro/*.js', (route) => route.abort());
    await page.goto(URL_NL);
    await expect(page.getByText('Het invullen werkt met JavaScript')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Vragen voor de hele school' })).toBeVisible();
    await axeClean(page, 'no-js');
  });

  test('the English page is complete and works the same', async ({ page }) => {
    await page.goto('/en/self-assessment/');
    await page.getByRole('button', { name: 'New self-assessment' }).click();
    await expect(page.getByRole('heading', { name: 'School details' })).toBeFocused();
    await page.getByLabel('Name of the school').fill('Riverside Academy');
    await goToStepEn(page, 'Whole school');
    await page.locator('fieldset.skc-question').first().getByRole('radio', { name: 'no', exact: true }).check();
    await goToStepEn(page, 'Summary and action plan');
    await expect(page.locator('.skc-action-table')).toContainText('Whole school');
    await axeClean(page, 'english summary');
  });
});

async function goToStepEn(page: Page, name: string) {
  await page.getByRole('navigation', { name: 'Steps' }).first().getByRole('button', { name }).click();
}

test('a file saved by an earlier release opens with the same answers and report', async ({ page }) => {
  // Every released schema version keeps a fixture filled against the published checklist.
  const fixture = join(root, 'tests/fixtures/assessments/v1-noorderlicht-vo-real-checklist.json');
  const saved = JSON.parse(readFileSync(fixture, 'utf8')) as { activities: { name: string }[] };
  await page.goto(URL_NL);
  await page.getByLabel('Bestand openen (.json)').setInputFiles(fixture);
  await expect(page.getByLabel('Naam van de school')).toHaveValue('Het Noorderlicht College');
  await goToStep(page, 'Rapport');
  const report = page.locator('.skc-report');
  for (const activity of saved.activities) await expect(report.getByRole('heading', { name: activity.name, exact: true })).toBeVisible();
  await expect(report).toContainText('139 van 139 vragen beantwoord');
  await expect(report).toContainText('Mevrouw Jansen, teamleider');
});

test('the action plan downloads as a CSV file that a spreadsheet reads', async ({ page }) => {
  await page.goto(URL_NL);
  await startAssessment(page, { name: 'CSV School', type: 'basisonderwijs (po)', year: '2026-2027', contribution: '10', filledInBy: 'X' });
  await goToStep(page, 'Hele school');
  await page.locator('fieldset.skc-question').first().getByRole('radio', { name: 'nee', exact: true }).check();
  await goToStep(page, 'Samenvatting en actieplan');
  await page.locator('.skc-action-table tbody tr').first().getByRole('textbox').first().fill('=HYPERLINK("http://example.org")');
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Actieplan als spreadsheet (.csv)' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('csv-school-2026-2027.csv');
  const csv = readFileSync((await download.path())!, 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const [header, row] = csv.slice(1).split('\r\n');
  expect(header).toBe('"Waar","Vraag","Antwoord","Soort","Voorgestelde actie","Wie","Wanneer klaar","Uitgangspunt"');
  expect(row).toContain('"Hele school"');
  expect(row).toContain('"nee"');
  // A cell that a spreadsheet would run as a formula is neutralised.
  expect(row).toContain('"\'=HYPERLINK(""http://example.org"")"');
});
