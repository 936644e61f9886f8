import { expect, type Page } from '@playwright/test';

export type Value = 'ja' | 'deels' | 'nee' | 'n.v.t.';

export interface SchoolInput {
  name: string;
  type: 'basisonderwijs (po)' | 'voortgezet onderwijs (vo)' | 'speciaal onderwijs (so)';
  year: string;
  contribution: string;
  filledInBy: string;
}

/** Starts a new assessment from the list and fills the school details. */
export async function startAssessment(page: Page, school: SchoolInput) {
  await page.getByRole('button', { name: 'Nieuwe zelfevaluatie' }).click();
  await expect(page.getByRole('heading', { name: 'Schoolgegevens' })).toBeFocused();
  await page.getByLabel('Naam van de school').fill(school.name);
  await page.getByRole('radio', { name: school.type }).check();
  await page.getByLabel('Schooljaar').fill(school.year);
  await page.getByLabel('Vrijwillige ouderbijdrage per leerling per jaar (euro)').fill(school.contribution);
  await page.getByLabel('Ingevuld door').fill(school.filledInBy);
  await page.getByRole('radio', { name: 'Ja', exact: true }).check();
}

/** Answers every question on the current step; `pick` chooses the answer per question index. */
export async function answerAll(page: Page, pick: (index: number, legend: string) => Value) {
  const questions = page.locator('fieldset.skc-question');
  const count = await questions.count();
  for (let i = 0; i < count; i++) {
    const question = questions.nth(i);
    const legend = (await question.locator('legend').innerText()).trim();
    await question.getByRole('radio', { name: pick(i, legend), exact: true }).check();
  }
  return count;
}

export async function goToStep(page: Page, name: string) {
  await page.getByRole('navigation', { name: 'Stappen' }).first().getByRole('button', { name }).click();
}

/** Adds a template activity by its visible name (the option text starts with it). */
export async function addTemplate(page: Page, name: string) {
  const select = page.getByLabel('Kies een voorbeeld', { exact: true });
  const option = select.locator('option', { hasText: name }).first();
  await select.selectOption({ label: (await option.innerText()).trim() });
  await page.getByRole('button', { name: 'Voorbeeld toevoegen' }).click();
}

export async function addCustom(page: Page, name: string, kind: string, cost: string) {
  await page.getByLabel('Naam van de activiteit').fill(name);
  await page.getByLabel('Soort activiteit').selectOption({ label: kind });
  await page.getByLabel('Kosten per leerling (euro)').fill(cost);
  await page.getByRole('button', { name: 'Toevoegen', exact: true }).click();
}

/** Opens each activity in turn from the activities step and answers its questions. */
export async function answerActivities(page: Page, pick: (activity: string, index: number, legend: string) => Value) {
  const names = await page.locator('.skc-activity-list__item strong').allInnerTexts();
  for (const name of names) {
    await page.getByRole('button', { name: `Vragen beantwoorden ${name}`, exact: true }).click();
    await expect(page.getByRole('heading', { level: 2, name })).toBeFocused();
    await answerAll(page, (i, legend) => pick(name, i, legend));
    await page.getByRole('button', { name: 'Terug naar alle activiteiten' }).click();
  }
  return names;
}
