import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { schoolQuestionsFor } from '../../src/domain/assessment/applicable';
import type { Answer, Assessment } from '../../src/domain/assessment/format/schema';
import { formatAmount } from '../../src/domain/assessment/parse';
import { nl } from '../../src/lib/i18n/nl';
import { projectRoot } from '../support/content-reader';
import { contentUnderTest } from '../support/content-under-test';
import { axeClean } from './support/assessment';
import { chooseFile, goToStep, notice, PAGE } from './support/person';

// Issue 11, part 4: two colleagues' files of the same school with five differences (the contribution, a
// school-wide answer, an activity's cost, an activity only the colleague added, and how parents can pay in
// parts). Each is chosen on the page; what the page shows afterwards, after a reload and after Undo follows
// those choices exactly. The same file twice and another school's file are said plainly.
// The files are tests/fixtures/assessments/colleague-*.json; the one answer that differs is given to the
// first school-wide question of the checklist the site was built from, so any content folder works.

test.use({ locale: 'nl-NL' });

const checklist = contentUnderTest.checklist;
const read = (name: string) => JSON.parse(readFileSync(join(projectRoot, 'tests/fixtures/assessments', name), 'utf8')) as Assessment;
const question = schoolQuestionsFor(checklist, 'vo')[0]!;
const answer = (value: Answer['value']): Answer => ({ value, note: '', checklistVersion: checklist.version, recheck: false });
const withAnswer = (a: Assessment, value: Answer['value']): Assessment => ({ ...a, checklistVersion: checklist.version, schoolAnswers: { [question.id]: answer(value) } });
const text = (a: Assessment) => `${JSON.stringify(a, null, 2)}\n`;

const mine = withAnswer(read('colleague-mine.json'), 'no');
const theirs = withAnswer(read('colleague-theirs.json'), 'yes');
const SCHOOL = mine.profile.schoolName;
const FILE = 'werk-van-collega.json';
const added = theirs.activities.find((x) => !mine.activities.some((y) => y.id === x.id))!;
const trip = mine.activities[0]!;
const tripCost = (a: Assessment) => `€ ${formatAmount(a.activities[0]!.costPerPupil!, 'nl')}`;

/** Opens my file from the list and goes to the merge step from the summary. */
async function openMergeStep(page: Page) {
  await page.goto(PAGE.nl);
  await chooseFile(page, 'mijn-werk.json', text(mine));
  await expect(notice(page, SCHOOL)).toBeVisible();
  await goToStep(page, nl['sa.steps.summary']);
  await page.getByRole('button', { name: nl['sa.steps.merge'], exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: nl['sa.steps.merge'] })).toBeVisible();
}
const chooseColleagueFile = (page: Page, a: Assessment, name = FILE) => chooseFile(page, name, text(a), nl['sa.merge.chooseFile']);
/** One difference on the merge step: the group named by what differs. */
const difference = (page: Page, legend: string, within?: string) =>
  (within ? page.getByRole('region', { name: within, exact: true }) : page).getByRole('group', { name: legend, exact: true });
const mineRadio = (page: Page, legend: string, within?: string) => difference(page, legend, within).getByRole('radio', { name: /^Van mij/ });
const theirsRadio = (page: Page, legend: string, within?: string) => difference(page, legend, within).getByRole('radio', { name: new RegExp(`^Van ${FILE.replace('.', '\\.')}`) });
const ACTIVITY = (name: string) => `Activiteit “${name}”`;

/** Makes the five choices: three taken from the colleague, two kept; two of them by keyboard alone. */
async function chooseFive(page: Page) {
  await expect(page.getByRole('heading', { name: `5 verschillen met ${FILE}` })).toBeVisible();
  await theirsRadio(page, nl['sa.profile.contribution']).check();
  await mineRadio(page, `Antwoord: ${question.text.nl}`).check();
  await theirsRadio(page, nl['sa.activities.cost'], ACTIVITY(trip.name)).check();
  // Keyboard: Space on a radio chooses it.
  await theirsRadio(page, nl['sa.merge.field.activity'], ACTIVITY(added.name)).focus();
  await page.keyboard.press('Space');
  await mineRadio(page, nl['sa.parents.instalments']).focus();
  await page.keyboard.press('Space');
  await expect(page.getByRole('status').filter({ hasText: nl['sa.merge.allChosen'] })).toBeVisible();
}

/** What the page shows of the merged assessment: contribution and answer taken or kept as chosen. */
async function expectMerged(page: Page) {
  await goToStep(page, nl['sa.steps.profile']);
  await expect(page.getByLabel(nl['sa.profile.contribution'])).toHaveValue('65');
  await goToStep(page, nl['sa.steps.school']);
  await expect(page.getByRole('group', { name: question.text.nl, exact: true }).getByRole('radio', { name: 'nee', exact: true })).toBeChecked();
  await goToStep(page, nl['sa.steps.activities']);
  const items = page.locator('.skc-activity-list__item');
  await expect(items.filter({ hasText: added.name })).toHaveCount(1);
  await expect(items.filter({ hasText: trip.name })).toContainText(tripCost(theirs));
  await goToStep(page, nl['sa.steps.parents']);
  await expect(page.getByLabel(nl['sa.parents.instalments'])).toHaveValue('');
  await goToStep(page, nl['sa.steps.summary']);
  await expect(page.getByRole('list', { name: nl['sa.merge.recordsTitle'] })).toContainText(`${FILE} (${SCHOOL}): 3 overgenomen, 2 van u gehouden`);
}

test('two colleagues’ files with five differences merge with each choice honoured, also after a reload', async ({ page }) => {
  test.setTimeout(90_000);
  await openMergeStep(page);
  await chooseColleagueFile(page, theirs);
  // Nothing is chosen beforehand, and nothing is merged before every difference has a choice: the error
  // summary lists what is unchosen.
  await expect(page.getByRole('status').filter({ hasText: 'keuzes' })).toHaveText('Nog 5 keuzes te maken');
  await theirsRadio(page, nl['sa.profile.contribution']).check();
  await page.getByRole('button', { name: nl['sa.merge.submit'], exact: true }).click();
  const errors = page.locator('#sa-merge-errors');
  await expect(errors).toBeFocused();
  await expect(errors.getByRole('link')).toHaveCount(4);
  await axeClean(page, 'the merge step with its error summary');
  await errors.getByRole('link').first().click();
  await expect(mineRadio(page, `Antwoord: ${question.text.nl}`)).toBeFocused();

  await chooseFive(page);
  await page.getByRole('button', { name: nl['sa.merge.submit'], exact: true }).click();
  await expect(notice(page, `5 verschillen samengevoegd uit ${FILE}: 3 overgenomen, 2 van u gehouden.`)).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: nl['sa.summary.title'] })).toBeVisible();
  await expectMerged(page);
  await page.reload();
  await expectMerged(page);
});

test('Undo after a merge brings back the assessment as it was, and a reload keeps it so', async ({ page }) => {
  test.setTimeout(90_000);
  await openMergeStep(page);
  await chooseColleagueFile(page, theirs);
  await chooseFive(page);
  await page.getByRole('button', { name: nl['sa.merge.submit'], exact: true }).click();
  const merged = notice(page, `5 verschillen samengevoegd uit ${FILE}`);
  await expect(merged).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(merged.getByRole('button', { name: nl['sa.list.undo'] })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(notice(page, `Het samenvoegen met ${FILE} is ongedaan gemaakt.`)).toBeVisible();

  for (const when of ['after undo', 'after reload']) {
    if (when === 'after reload') await page.reload();
    await expect(page.getByRole('list', { name: nl['sa.merge.recordsTitle'] }), when).toHaveCount(0);
    await goToStep(page, nl['sa.steps.profile']);
    await expect(page.getByLabel(nl['sa.profile.contribution']), when).toHaveValue('50');
    await goToStep(page, nl['sa.steps.activities']);
    await expect(page.locator('.skc-activity-list__item').filter({ hasText: added.name }), when).toHaveCount(0);
    await expect(page.locator('.skc-activity-list__item').filter({ hasText: trip.name }), when).toContainText(tripCost(mine));
    await goToStep(page, nl['sa.steps.summary']);
  }
});

test('the same file twice says there is nothing to merge', async ({ page }) => {
  await openMergeStep(page);
  await chooseColleagueFile(page, mine, 'mijn-werk.json');
  await expect(page.getByText(nl['sa.merge.same'])).toBeVisible();
  await expect(page.getByRole('radio')).toHaveCount(0);
  await expect(page.getByRole('button', { name: nl['sa.merge.submit'], exact: true })).toHaveCount(0);
});

test('another school’s file is warned about before any choice, and can be merged anyway', async ({ page }) => {
  await openMergeStep(page);
  const other = 'Het Kompas';
  await chooseColleagueFile(page, { ...theirs, profile: { ...theirs.profile, schoolName: other } });
  const warning = page.getByRole('alert').filter({ hasText: nl['sa.merge.warningsTitle'] });
  await expect(warning).toContainText(`Dit bestand is van een andere school: “${other}”.`);
  await expect(page.getByRole('radio')).toHaveCount(0);
  await axeClean(page, 'the merge step warning about another school');
  await warning.getByRole('button', { name: nl['sa.merge.anyway'] }).click();
  // The school's name is one of the differences now: six, each still to choose.
  await expect(page.getByRole('heading', { name: `6 verschillen met ${FILE}` })).toBeVisible();
  await expect(theirsRadio(page, nl['sa.profile.schoolName'])).not.toBeChecked();
});

test('the merge step fits a 320 px screen', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await openMergeStep(page);
  await chooseColleagueFile(page, theirs);
  await expect(page.getByRole('heading', { name: `5 verschillen met ${FILE}` })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await axeClean(page, 'the merge step at 320 px');
});
