import { expect, test } from '@playwright/test';
import { goToStep, kindLabel, leave, PAGE, printedText, questions, schoolQuestionCount, startAssessment, typeOver } from './support/person';

// Issue "Trust: nothing a school leader types is changed or lost", on the English page: the same text
// means what an English reader means by it. Each test failed on the page before the reshape (ddcd893).

test.use({ locale: 'en-GB' });

test.beforeEach(async ({ page }) => {
  await page.goto(PAGE.en);
});

// Defect 1: "12.50" became 1250 and "1,250" was not read at all.
test('an amount typed as 12.50 or 1,250 keeps its value after leaving the field and after a reload', async ({ page }) => {
  await startAssessment(page, 'Riverside Primary', 'en');
  const contribution = page.getByLabel('Voluntary parental contribution per pupil per year (euro)');
  for (const [typed, shown] of [['12.50', '12.50'], ['1,250', '1250']] as const) {
    await typeOver(contribution, typed);
    await leave(contribution);
    await expect(contribution).toHaveValue(shown);
    await page.reload();
    await expect(contribution).toHaveValue(shown);
  }
  await goToStep(page, 'Report', 'en');
  const costs = page.locator('.skc-report').getByRole('region', { name: 'Costs', exact: true });
  await expect(costs.locator('dl > div', { hasText: 'Voluntary contribution per pupil per year' })).toContainText('€ 1,250.00');
});

// Defect 1: the cost of a new activity, typed with a decimal point, on the English page.
test('a new activity’s cost typed as 12.50 is listed and printed as € 12.50', async ({ page }) => {
  await startAssessment(page, 'Hillside School', 'en');
  await goToStep(page, 'Activities', 'en');
  await page.getByLabel('Name of the activity').pressSequentially('Zoo visit');
  await page.getByLabel('Kind of activity').selectOption({ label: kindLabel.en });
  await page.getByLabel('Cost per pupil (euro)').pressSequentially('12.50');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.locator('.skc-activity-list li', { hasText: 'Zoo visit' })).toContainText('€ 12.50');
  await page.reload();
  await goToStep(page, 'Report', 'en');
  const row = page.getByRole('region', { name: 'Activities and costs' }).getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Zoo visit', exact: true }) });
  await expect(row.getByRole('cell').filter({ hasText: /^€/ })).toHaveText('€ 12.50');
  expect(await printedText(page)).toContain('€ 12.50');
});

// Defect 1: deadlines typed day first, in figures or with the month's name, on a group of actions or on one action of its own.
test('deadlines typed as 1/3/2027 on a group of actions or 1 March 2027 on one action are printed as 1 March 2027', async ({ page }) => {
  await startAssessment(page, 'Lakeside Academy', 'en');
  await goToStep(page, 'Whole school', 'en');
  expect(schoolQuestionCount).toBeGreaterThanOrEqual(2);
  for (const i of [0, 1]) await questions(page).nth(i).getByRole('radio', { name: 'no', exact: true }).check();
  await goToStep(page, 'Summary and action plan', 'en');
  const groupName = await page.locator('.skc-plan__group').first().getByRole('heading').innerText();
  const ofGroup = page.getByLabel(`Done by, ${groupName}`, { exact: true });
  await ofGroup.pressSequentially('1/3/2027');
  await page.getByText('Different owner or date, action 2', { exact: true }).click();
  const ofAction = page.getByLabel('Done by, action 2', { exact: true });
  await ofAction.pressSequentially('1 March 2027');
  await leave(ofAction);
  await expect(ofGroup).toHaveValue('1/3/2027');
  await expect(ofAction).toHaveValue('1/3/2027');
  await expect(page.locator('.skc-plan__action').nth(1)).toContainText('Done by: 1 March 2027');
  await page.reload();
  await expect(ofGroup).toHaveValue('1/3/2027');
  await expect(ofAction).toHaveValue('1/3/2027');
  await goToStep(page, 'Report', 'en');
  const plan = page.getByRole('region', { name: 'Action plan' });
  // The group's line and the action's own line.
  await expect(plan.getByText(/Done by: 1 March 2027$/)).toHaveCount(2);
  // And the group once more among the priorities on the first page. The PDF's text may break a date over lines.
  expect((await printedText(page)).match(/\b1\s+March\s+2027\b/g)).toHaveLength(3);
});
