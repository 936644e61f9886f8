import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { nextSchoolYear } from '../../src/domain/assessment/create';
import { encodeAssessment } from '../../src/domain/assessment/format/encode';
import { en } from '../../src/lib/i18n/en';
import { nl } from '../../src/lib/i18n/nl';
import { contentUnderTest } from '../support/content-under-test';
import { yearN, type YearN } from '../fixtures/year-n';
import { backToList, chooseFile, goToStep, listEntry, notice, openActivity, PAGE, printedText } from './support/person';
import { axeClean } from './support/assessment';

// Issue 11, part 3: last school year's file, next school year started from it, three answers changed and
// two actions marked done; the step Vergelijken shows exactly those, its CSV holds them, and the printed
// report has a page "Vergelijking met <vorig schooljaar>". Questions and actions come from the checklist the
// site was built from; the school and its "nee" answers from year-n.ts.

test.use({ locale: 'nl-NL' });

const checklist = contentUnderTest.checklist;
const year = yearN(checklist);
const school = year.assessment.profile.schoolName;
const lastYear = year.assessment.profile.schoolYear;
const questionById = (id: string) => [...checklist.schoolQuestions, ...checklist.activityQuestions].find((q) => q.id === id)!;
// The four "nee" answers of year N: the school-wide one and one in each of three activities.
const [schoolNo, toYes, toPartly, confirmed] = [0, 1, 2, 3].map((i) => year.noes[i]!) as [YearN['noes'][number], YearN['noes'][number], YearN['noes'][number], YearN['noes'][number]];
const SCHOOL = nl['sa.summary.schoolWideScope'];
const work = mkdtempSync(join(tmpdir(), 'skc-compare-'));

/** A question on the step shown, by its text. */
const question = (page: Page, text: string) => page.getByRole('group', { name: text, exact: true });
/** An action in the plan: the list item in its group (the activity's name) that gives the suggested action. */
const planAction = (page: Page, group: string, suggestion: string) =>
  page.getByRole('region', { name: group, exact: true }).getByRole('listitem').filter({ hasText: suggestion });
const stateOf = (item: Locator) => item.getByRole('combobox', { name: /^Stand/ });
const cells = (row: Locator) => row.locator('th, td').evaluateAll((all) => all.map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim()));

/** The answers that changed, as the comparison's table must list them: where, the question, then and now. */
const expectedAnswers = [
  [`${SCHOOL}${questionById(schoolNo.questionId).text.nl}`, 'nee', 'ja'],
  [`${toYes.activityName}${questionById(toYes.questionId).text.nl}`, 'nee', 'ja'],
  [`${toPartly.activityName}${questionById(toPartly.questionId).text.nl}`, 'nee', 'deels'],
].map((row) => row.map((cell) => cell.replace(/\s+/g, ' ').trim()));
/** The two actions marked done, as "<activity>: <suggested action>". */
const expectedDone = [toPartly, confirmed].map((no) => `${no.activityName}: ${questionById(no.questionId).action.nl}`.replace(/\s+/g, ' '));

/** What the step Vergelijken must show, with last year's assessment chosen. */
async function expectComparison(page: Page) {
  const result = page.getByRole('region', { name: `Vergelijking met ${lastYear}` });
  await expect(result).toBeVisible();
  await expect(result.getByText('3 antwoorden veranderd, 2 acties afgerond sinds toen.', { exact: false })).toBeVisible();
  const answers = result.getByRole('table', { name: 'Veranderde antwoorden (3)' });
  const rows = answers.getByRole('row');
  await expect(rows).toHaveCount(4);
  expect(await Promise.all((await rows.all()).slice(1).map(cells))).toEqual(expectedAnswers);
  const done = result.getByRole('region', { name: 'Afgerond sinds de vorige zelfevaluatie (2)' });
  const items = await done.getByRole('listitem').evaluateAll((all) => all.map((li) => (li.querySelector('.skc-block')?.textContent ?? '').replace(/\s+/g, ' ').trim()));
  expect(items).toEqual(expectedDone);
  return result;
}

test('last year side by side: exactly the three answers changed and the two actions marked done, on screen, in the CSV and on paper', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(PAGE.nl);
  await chooseFile(page, 'jaarcollege-2025-2026.json', year.text);
  await expect(notice(page, school)).toBeVisible();
  await backToList(page);
  await listEntry(page, school).getByRole('button', { name: `Volgend schooljaar voor ${school}` }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Schoolgegevens' })).toBeVisible();

  // Three answers changed: the school-wide "nee" and one activity's to "ja", another's to "deels".
  await goToStep(page, 'Hele school');
  await question(page, questionById(schoolNo.questionId).text.nl).getByRole('radio', { name: 'ja', exact: true }).check();
  await goToStep(page, 'Activiteiten');
  await openActivity(page, toYes.activityName!);
  await question(page, questionById(toYes.questionId).text.nl).getByRole('radio', { name: 'ja', exact: true }).check();
  await goToStep(page, 'Activiteiten');
  await openActivity(page, toPartly.activityName!);
  await question(page, questionById(toPartly.questionId).text.nl).getByRole('radio', { name: 'deels', exact: true }).check();
  // One "nee" only confirmed: no change, but its action is in this year's plan again.
  await goToStep(page, 'Activiteiten');
  await openActivity(page, confirmed.activityName!);
  await question(page, questionById(confirmed.questionId).text.nl).getByRole('button', { name: 'Klopt', exact: true }).click();

  // Two actions marked done.
  await goToStep(page, 'Samenvatting en actieplan');
  for (const no of [toPartly, confirmed]) {
    const state = stateOf(planAction(page, no.activityName!, questionById(no.questionId).action.nl));
    await state.selectOption({ label: 'Klaar' });
    await expect(state).toHaveValue('done');
  }

  // Vergelijken: last year's assessment is chosen at the start.
  await goToStep(page, 'Vergelijken');
  await expect(page.getByRole('combobox', { name: 'Vergelijken met' })).toHaveValue(year.assessment.id);
  await expectComparison(page);
  await axeClean(page, 'the step Vergelijken');

  // A reload keeps the step, and last year's is chosen again.
  await page.reload();
  await expectComparison(page);

  // The CSV: a Dutch spreadsheet's separator, the same three answers and two actions.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Vergelijking downloaden als spreadsheet (CSV)' }).click();
  const download = await downloading;
  const path = join(work, download.suggestedFilename());
  await download.saveAs(path);
  const csv = readFileSync(path, 'utf8');
  expect(csv.startsWith('\uFEFF"Onderdeel";"Naam";"Vraag of actie";"Eerder";"Nu";"Uitkomst"\r\n')).toBe(true);
  const lines = csv.slice(1).split('\r\n');
  expect(lines.filter((line) => line.startsWith('"Antwoord";'))).toEqual([
    `"Antwoord";"${SCHOOL}";"${questionById(schoolNo.questionId).text.nl}";"nee";"ja";""`,
    `"Antwoord";"${toYes.activityName}";"${questionById(toYes.questionId).text.nl}";"nee";"ja";""`,
    `"Antwoord";"${toPartly.activityName}";"${questionById(toPartly.questionId).text.nl}";"nee";"deels";""`,
  ]);
  expect(lines.filter((line) => line.endsWith(';"Afgerond sinds de vorige zelfevaluatie"'))).toHaveLength(2);

  // On a phone (320 px) nothing scrolls sideways.
  await page.setViewportSize({ width: 320, height: 800 });
  await expectComparison(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await axeClean(page, 'the step Vergelijken at 320 px');
  await page.setViewportSize({ width: 1280, height: 800 });

  // The printed report: a page of its own that starts with the comparison.
  await goToStep(page, 'Rapport');
  await expect(page.getByRole('region', { name: `Vergelijking met ${lastYear}` })).toBeVisible();
  const pages = (await printedText(page)).split('\f').map((text) => text.replace(/\s+/g, ' '));
  const comparePage = pages.find((text) => text.includes(`Vergelijking met ${lastYear}`));
  expect(comparePage).toBeDefined();
  expect(comparePage).toContain('3 antwoorden veranderd, 2 acties afgerond sinds toen.');
  expect(comparePage).toContain('Afgeronde acties (2)');
  for (const done of expectedDone) expect(comparePage).toContain(done);
  // The principles table comes before it, on an earlier page.
  expect(comparePage).not.toContain(nl['sa.report.perPrinciple']);
});

test('without last year’s assessment in this browser, the step says so and compares once its file is opened', async ({ page }) => {
  const next = JSON.stringify({ ...year.assessment, id: 'thisyear', predecessor: { id: year.assessment.id, schoolYear: lastYear }, profile: { ...year.assessment.profile, schoolYear: '2026-2027' } });
  await page.goto(PAGE.nl);
  await chooseFile(page, 'jaarcollege-2026-2027.json', next);
  await expect(notice(page, school)).toBeVisible();
  await goToStep(page, 'Vergelijken');
  const missing = `Deze zelfevaluatie is begonnen vanuit die van ${lastYear}, maar die staat niet in deze browser. Open het bestand ervan om te vergelijken.`;
  await expect(page.getByText(missing)).toBeVisible();
  const input = page.getByLabel('Of open een bestand om mee te vergelijken');
  await expect(input).toHaveAccessibleDescription(new RegExp(missing.slice(0, 40)));

  // A file that is not an assessment: the same words as opening a file.
  await input.setInputFiles({ name: 'kapot.json', mimeType: 'application/json', buffer: Buffer.from('dit is geen json') });
  const alert = page.getByRole('alert', { name: 'Met dit bestand kan niet worden vergeleken:' });
  await expect(alert).toContainText(/Dit is geen JSON-bestand, of het is beschadigd/);

  // Last year's file: compared, and nothing added to the list.
  await input.setInputFiles({ name: 'jaarcollege-2025-2026.json', mimeType: 'application/json', buffer: Buffer.from(year.text) });
  const result = page.getByRole('region', { name: `Vergelijking met ${lastYear}` });
  await expect(result).toContainText('uit het bestand jaarcollege-2025-2026.json');
  await expect(alert).toHaveCount(0);
  await expect(page.getByText(missing)).toHaveCount(0);
  await backToList(page);
  await expect(page.locator('.skc-assessment-list__item')).toHaveCount(1);

  // The same file twice: compared with itself, it says so.
  await listEntry(page, school).getByRole('button', { name: new RegExp(`^Openen ${school}`) }).click();
  await goToStep(page, 'Vergelijken');
  await page.getByLabel('Of open een bestand om mee te vergelijken').setInputFiles({ name: 'zelfde.json', mimeType: 'application/json', buffer: Buffer.from(next) });
  await expect(page.getByText(/U vergelijkt deze zelfevaluatie met zichzelf/)).toBeVisible();
});

test.describe('on the English page', () => {
  test.use({ locale: 'en-GB' });

  test('the comparison’s spreadsheet is separated by commas, in English', async ({ page }) => {
    const next = nextSchoolYear(year.assessment, { id: 'nextyear', now: new Date('2026-08-20T09:00:00.000Z') });
    await page.goto(PAGE.en);
    await chooseFile(page, 'last-year.json', year.text, en['sa.list.import']);
    await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
    await page.getByRole('button', { name: en['sa.steps.back'] }).click();
    await chooseFile(page, 'this-year.json', encodeAssessment(next), en['sa.list.import']);
    await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
    await goToStep(page, 'Compare', 'en');
    await expect(page.getByRole('combobox', { name: 'Compare with' })).toHaveValue(year.assessment.id);
    // Only taken over, nothing changed yet: every answer waits to be confirmed.
    await expect(page.getByRole('region', { name: `Comparison with ${lastYear}` })).toContainText('0 answers changed, 0 actions completed since then.');
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download the comparison as a spreadsheet (CSV)' }).click();
    const download = await downloading;
    const path = join(work, `en-${download.suggestedFilename()}`);
    await download.saveAs(path);
    const lines = readFileSync(path, 'utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe('"Part","Name","Question or action","Earlier","Now","Outcome"');
    expect(lines.filter((line) => line.startsWith('"Answer",'))).toEqual([]);
    expect(lines).toContain(`"Costs","${en['sa.costs.contribution']}","","${year.assessment.profile.contribution!.toFixed(2)}","${year.assessment.profile.contribution!.toFixed(2)}",""`);
  });
});
