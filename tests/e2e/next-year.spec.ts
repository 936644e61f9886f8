import { expect, test, type Locator, type Page } from '@playwright/test';
import type { SchoolQuestion } from '../../src/domain';
import { activityQuestionsFor } from '../../src/domain/assessment/applicable';
import { nl } from '../../src/lib/i18n/nl';
import { contentUnderTest } from '../support/content-under-test';
import { yearN } from '../fixtures/year-n';
import { axeClean } from './support/assessment';
import { backToList, chooseFile, exportFile, goToStep, listEntry, notice, openActivity, PAGE } from './support/person';

// Issue 11, parts 1 and 2: a school starts next school year from last year's file, checks the answers it
// took over, and keeps track of how far each action got. Question texts and suggested actions come from
// the checklist the site was built from; the school, its activities and its "nee" answers from year-n.ts.

test.use({ locale: 'nl-NL' });

const checklist = contentUnderTest.checklist;
const year = yearN(checklist);
const school = year.assessment.profile.schoolName;
const questionById = (id: string) => [...checklist.schoolQuestions, ...checklist.activityQuestions].find((q) => q.id === id)!;
const schoolNo = year.noes[0]!;
// The activity to check answers in: one with a "nee" and at least one more question, so one answer can
// be confirmed and another changed. The one with the most questions.
const candidates = year.noes.slice(1).map((no) => {
  const activity = year.assessment.activities.find((a) => a.id === no.scope)!;
  return { no, activity, questions: activityQuestionsFor(checklist, 'vo', activity) };
});
const chosen = candidates.sort((a, b) => b.questions.length - a.questions.length)[0]!;
const activityName = chosen.activity.name;
const confirmed = questionById(chosen.no.questionId);
const changed = chosen.questions.find((q) => q.id !== confirmed.id)!;
const schoolQuestion = questionById(schoolNo.questionId);

/** A question on the step shown, by its text. */
const question = (page: Page, text: string) => page.getByRole('group', { name: text, exact: true });
/** An action in the plan: the list item in its group that gives the checklist's suggested action. */
const action = (page: Page, group: string, suggestion: string) =>
  page.getByRole('region', { name: group, exact: true }).getByRole('listitem').filter({ hasText: suggestion });
const stateOf = (item: Locator) => item.getByRole('combobox', { name: /^Stand, actie \d+$/ });
const reasonOf = (item: Locator) => item.getByRole('textbox', { name: /^Waarom is actie \d+ vervallen\?$/ });
/** The plan's group of the school-wide "nee": "Hele school: " and its topic, as the plan names it. */
const schoolGroup = () => `${nl['sa.summary.schoolWideScope']}: ${nl[`topic.${(schoolQuestion as SchoolQuestion).topic}`]}`;
const REASON = 'Werkweek gaat dit jaar niet door';

/** What the plan must show after the person marked the three actions. */
async function expectMarked(page: Page) {
  const plan = (group: string, suggestion: string) => action(page, group, suggestion);
  await expect(stateOf(plan(schoolGroup(), schoolQuestion.action.nl))).toHaveValue('done');
  await expect(stateOf(plan(activityName, changed.action.nl))).toHaveValue('done');
  await expect(stateOf(plan(activityName, confirmed.action.nl))).toHaveValue('dropped');
  await expect(reasonOf(plan(activityName, confirmed.action.nl))).toHaveValue(REASON);
  await expect(page.getByText('2 acties klaar, 0 bezig, 0 niet begonnen, 1 vervallen', { exact: true })).toBeVisible();
}

test('next school year starts from last year’s file, asks to check each answer, and keeps how far each action got', async ({ page, browser }) => {
  await page.goto(PAGE.nl);
  await chooseFile(page, 'jaarcollege-2025-2026.json', year.text);
  await expect(notice(page, school)).toBeVisible();
  await backToList(page);

  // "Volgend schooljaar": step 1 of the new year, with the year after and where it came from.
  await listEntry(page, school).getByRole('button', { name: `Volgend schooljaar voor ${school}` }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Schoolgegevens' })).toBeVisible();
  await expect(notice(page, 'Schooljaar 2026-2027 is begonnen vanuit het vorige jaar.')).toBeVisible();
  await expect(page.getByText('Vervolg op schooljaar 2025-2026.', { exact: true })).toBeVisible();
  await expect(page.getByLabel('Schooljaar', { exact: true })).toHaveValue('2026-2027');
  await expect(page.getByLabel('Naam van de school')).toHaveValue(school);
  await axeClean(page, 'step 1 of next school year');

  // The activity's answers are all taken over, waiting for "Klopt"; none counts yet.
  await goToStep(page, 'Activiteiten');
  const count = chosen.questions.length;
  const waiting = (n: number) => (n === 1 ? '1 overgenomen antwoord nog na te kijken' : `${n} overgenomen antwoorden nog na te kijken`);
  await expect(page.locator('.skc-activity-list__item').filter({ hasText: activityName }).first()).toContainText(waiting(count));
  await openActivity(page, activityName);
  await expect(page.getByText(`0 van ${count} vragen beantwoord · ${waiting(count)}`)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Klopt', exact: true })).toHaveCount(count);
  await expect(question(page, confirmed.text.nl).getByRole('radio', { name: 'nee', exact: true })).toBeChecked();
  await expect(question(page, confirmed.text.nl)).toContainText('Overgenomen — klopt dit?');

  // Confirm the "nee", change another answer to "nee".
  await question(page, confirmed.text.nl).getByRole('button', { name: 'Klopt', exact: true }).click();
  await expect(question(page, confirmed.text.nl)).not.toContainText('Overgenomen — klopt dit?');
  await question(page, changed.text.nl).getByRole('radio', { name: 'nee', exact: true }).check();
  await expect(question(page, changed.text.nl)).not.toContainText('Overgenomen — klopt dit?');
  const left = count - 2;
  await expect(page.getByText(left ? `2 van ${count} vragen beantwoord · ${waiting(left)}` : `2 van ${count} vragen beantwoord`, { exact: false }).first()).toBeVisible();

  // The school-wide "nee" confirmed: its action comes back as it was left last year (in progress).
  await goToStep(page, 'Hele school');
  await question(page, schoolQuestion.text.nl).getByRole('button', { name: 'Klopt', exact: true }).click();

  await goToStep(page, 'Samenvatting en actieplan');
  const schoolAction = action(page, schoolGroup(), schoolQuestion.action.nl);
  await expect(stateOf(schoolAction)).toHaveValue('in-progress');
  await expect(page.getByText('0 acties klaar, 1 bezig, 2 niet begonnen, 0 vervallen', { exact: true })).toBeVisible();

  // Two done, one dropped with a reason typed key by key.
  await stateOf(schoolAction).selectOption({ label: 'Klaar' });
  await stateOf(action(page, activityName, changed.action.nl)).selectOption({ label: 'Klaar' });
  const dropped = action(page, activityName, confirmed.action.nl);
  await stateOf(dropped).selectOption({ label: 'Vervallen' });
  await reasonOf(dropped).click();
  await reasonOf(dropped).pressSequentially(REASON);
  await reasonOf(dropped).press('Tab');
  await expectMarked(page);
  await axeClean(page, 'plan with done and dropped actions');

  // A reload keeps it all.
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: 'Samenvatting' })).toBeVisible();
  await expectMarked(page);

  // The report says it in words.
  await goToStep(page, 'Rapport');
  const report = page.locator('.skc-report').getByRole('region', { name: 'Actieplan', exact: true });
  await expect(report).toContainText('2 acties klaar, 0 bezig, 0 niet begonnen, 1 vervallen');
  await expect(report.getByRole('listitem').filter({ hasText: confirmed.action.nl })).toContainText(`Stand: Vervallen — ${REASON}`);
  await expect(report.getByRole('listitem').filter({ hasText: changed.action.nl })).toContainText('Stand: Klaar');

  // Saved as a file and opened on another computer: the states are still there.
  const file = await exportFile(page);
  const other = await browser.newContext({ locale: 'nl-NL' });
  const elsewhere = await other.newPage();
  await elsewhere.goto(PAGE.nl);
  await chooseFile(elsewhere, 'jaarcollege-2026-2027.json', file);
  await expect(elsewhere.getByRole('heading', { level: 2, name: 'Schoolgegevens' })).toBeVisible();
  await expect(elsewhere.getByText('Vervolg op schooljaar 2025-2026.', { exact: true })).toBeVisible();
  await goToStep(elsewhere, 'Samenvatting en actieplan');
  await expectMarked(elsewhere);

  // On a phone (320 px) nothing scrolls sideways, and the state and the reason are within the screen.
  await elsewhere.setViewportSize({ width: 320, height: 800 });
  const narrow = action(elsewhere, activityName, confirmed.action.nl);
  for (const field of [stateOf(narrow), reasonOf(narrow)]) {
    await field.scrollIntoViewIfNeeded();
    const box = (await field.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(320);
  }
  expect(await elsewhere.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await other.close();
});

test('a school year that cannot be read as a year is left empty for the school to fill in', async ({ page }) => {
  const odd = JSON.stringify({ ...year.assessment, id: 'oddyear1', profile: { ...year.assessment.profile, schoolYear: 'dit jaar' } });
  await page.goto(PAGE.nl);
  await chooseFile(page, 'jaarcollege.json', odd);
  await expect(notice(page, school)).toBeVisible();
  await backToList(page);
  await listEntry(page, school).getByRole('button', { name: `Volgend schooljaar voor ${school}` }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Schoolgegevens' })).toBeVisible();
  const field = page.getByLabel('Schooljaar', { exact: true });
  await expect(field).toHaveValue('');
  await expect(field).toHaveAccessibleDescription(/Vul het nieuwe schooljaar in\./);
  await field.pressSequentially('2026-2027');
  await expect(page.getByText(/Vul het nieuwe schooljaar in\./)).toHaveCount(0);
  await page.reload();
  await expect(page.getByLabel('Schooljaar', { exact: true })).toHaveValue('2026-2027');
});
