import { expect, test, type Locator, type Page } from '@playwright/test';
import { activityQuestionsFor, templatesFor } from '../../src/domain/assessment/applicable';
import { ACTIVITY_KINDS, DEFAULT_TRAITS, SCHOOL_TYPES, type ActivityKind, type ActivityTrait, type Funding } from '../../src/domain/vocabulary';
import { nl } from '../../src/lib/i18n/nl';
import { axeClean, checklist, KIND_LABELS, stepAddress, typeInto, URL_NL } from './support/assessment';

// Issue 10, the steps before the results: step 1 chooses nothing for the school; an activity is described
// by what it involves and who pays, and gets only the questions that fit; answering moves on, answers can
// be taken over (marked to check), the school-wide part remembers where the person was; nothing scrolls
// sideways at 320 px. Every count comes from the checklist the site was built with, never from its texts.

test.use({ locale: 'nl-NL' });

// ---------------------------------------------------------------------------------------------------
// What the checklist under test offers, worked out from it
// ---------------------------------------------------------------------------------------------------

const TYPE_LABELS = { po: 'basisonderwijs (po)', vo: 'voortgezet onderwijs (vo)', so: 'speciaal onderwijs (so)' } as const;
/** An activity of this kind as the school adds its own: the kind's usual traits, nobody chosen to pay yet. */
const added = (kind: ActivityKind) => ({ kind, traits: [...DEFAULT_TRAITS[kind]], fundedBy: null as Funding | null, optional: false, optionalDecision: null });
/** The school type whose activities are asked the most questions. */
const TYPE = [...SCHOOL_TYPES].sort(
  (a, b) => ACTIVITY_KINDS.reduce((n, k) => n + activityQuestionsFor(checklist, b, added(k)).length, 0) - ACTIVITY_KINDS.reduce((n, k) => n + activityQuestionsFor(checklist, a, added(k)).length, 0),
)[0]!;
const count = (kind: ActivityKind, fields: Partial<ReturnType<typeof added>> = {}) => activityQuestionsFor(checklist, TYPE, { ...added(kind), ...fields }).length;
/** The kind where unticking its usual traits leaves out the most questions. */
const TRAIT_KIND = [...ACTIVITY_KINDS].sort((a, b) => count(b) - count(b, { traits: [] }) - (count(a) - count(a, { traits: [] })))[0]!;
/** The kind with the most questions about paying (left out when the school pays). */
const PAYER_KIND = [...ACTIVITY_KINDS].sort((a, b) => count(b) - count(b, { fundedBy: 'school' }) - (count(a) - count(a, { fundedBy: 'school' })))[0]!;
/** The kind with the most questions, for answering and taking over answers. */
const BUSY_KIND = [...ACTIVITY_KINDS].sort((a, b) => count(b) - count(a))[0]!;

test.beforeAll(() => {
  // Without these, the tests below would prove nothing: say so rather than pass.
  if (count(TRAIT_KIND) <= count(TRAIT_KIND, { traits: [] })) throw new Error('the checklist under test has no question that only fits a usual trait of a kind');
  if (count(PAYER_KIND) <= count(PAYER_KIND, { fundedBy: 'school' })) throw new Error('the checklist under test has no question only asked when parents pay');
  if (count(BUSY_KIND) < 2) throw new Error('the checklist under test has no kind of activity with two questions');
});

// ---------------------------------------------------------------------------------------------------
// What a person does
// ---------------------------------------------------------------------------------------------------

const steps = (page: Page) => page.getByRole('navigation', { name: 'Stappen' });
const questions = (page: Page) => page.locator('fieldset.skc-question');
const errorSummary = (page: Page) => page.locator('.skc-error-summary');
/** The line under an activity's or the school-wide part's title: its status and how many questions are answered. */
const progressLine = (page: Page) => page.locator('.skc-step-title + p');
const details = (page: Page) => page.getByRole('region', { name: 'Gegevens van de activiteit' });
const changedQuestions = (page: Page) => page.locator('p.skc-questions-changed');
const trait = (page: Page, key: ActivityTrait) => details(page).getByRole('checkbox', { name: nl[`sa.trait.${key}`] });

/** Starts an assessment and types the school's name; chooses nothing else. */
async function startBare(page: Page, name: string) {
  await page.goto(URL_NL);
  await page.getByRole('button', { name: 'Nieuwe zelfevaluatie' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Schoolgegevens' })).toBeFocused();
  await page.getByLabel('Naam van de school').pressSequentially(name);
}

/** Chooses the two things step 1 asks before the questions. */
async function chooseTypeAndMr(page: Page) {
  await page.getByRole('radio', { name: TYPE_LABELS[TYPE] }).check();
  await page.getByRole('group', { name: 'Is de MR betrokken bij deze zelfevaluatie?' }).getByRole('radio', { name: 'Ja', exact: true }).check();
}

async function start(page: Page, name: string) {
  await startBare(page, name);
  await chooseTypeAndMr(page);
}

async function goTo(page: Page, step: string) {
  const button = steps(page).getByRole('button', { name: step });
  await button.click();
  await expect(button).toHaveAttribute('aria-current', 'step');
}

/** Adds an activity of the school's own on the activities step, typing its name, and opens it. */
async function addOwn(page: Page, name: string, kind: ActivityKind) {
  const form = page.locator('form').filter({ has: page.getByRole('heading', { name: 'Eigen activiteit toevoegen' }) });
  await typeInto(form.getByLabel('Naam van de activiteit'), name);
  await form.getByLabel('Soort activiteit').selectOption({ label: KIND_LABELS[kind] });
  await form.getByRole('button', { name: 'Toevoegen', exact: true }).click();
  await page.getByRole('button', { name: `Vragen beantwoorden ${name}`, exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name, exact: true })).toBeFocused();
}

/** Answers every question on the step by clicking one answer in each, as a mouse user does. */
async function answerAll(page: Page, word = 'ja') {
  const all = questions(page);
  await expect(all.first()).toBeVisible();
  for (let i = 0; i < (await all.count()); i++) await all.nth(i).getByRole('radio', { name: word, exact: true }).check();
}

/** True when the page is no wider than the screen (WCAG 1.4.10: nothing scrolls sideways). */
const fitsSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

/** Controls a finger must hit that are smaller than 44 by 44 px (radios and checkboxes count with their label). */
async function smallTargets(scope: Locator) {
  return scope.locator('.skc-choice, .skc-check, .skc-button, .skc-steps__button, select, input[type="text"], input:not([type])').evaluateAll((elements) =>
    elements
      .filter((el) => (el as HTMLElement).offsetParent !== null)
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.height < 44 || box.width < 44)
      .map(({ el, box }) => `${el.className || el.tagName} ${Math.round(box.width)}×${Math.round(box.height)} “${(el.textContent ?? '').trim().slice(0, 30)}”`),
  );
}

// ---------------------------------------------------------------------------------------------------
// Step 1 chooses nothing for the school
// ---------------------------------------------------------------------------------------------------

test.describe('step 1 chooses nothing for the school', () => {
  test('the type of school and the MR’s part start unchosen, and no other step opens until both are chosen', async ({ page }) => {
    await startBare(page, 'De Wachtschool');
    await expect(page.getByRole('group', { name: 'Soort onderwijs' }).getByRole('radio', { checked: true })).toHaveCount(0);
    await expect(page.getByRole('group', { name: 'Is de MR betrokken bij deze zelfevaluatie?' }).getByRole('radio', { checked: true })).toHaveCount(0);

    // The steps say why they do not open yet.
    await expect(steps(page).getByRole('button', { name: 'Hele school' })).toHaveAccessibleDescription(/Kies het soort onderwijs en of de MR betrokken is/);
    await steps(page).getByRole('button', { name: 'Hele school' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Schoolgegevens' })).toBeVisible();
    await expect(page).toHaveURL(stepAddress('profile'));
    await expect(errorSummary(page)).toBeFocused();
    await expect(errorSummary(page).getByRole('link')).toHaveText(['Kies het soort onderwijs', 'Kies of de MR betrokken is bij deze zelfevaluatie']);
    await axeClean(page, 'step 1 with the error summary');

    // The link takes the person to the field.
    await errorSummary(page).getByRole('link', { name: 'Kies het soort onderwijs' }).click();
    await expect(page.getByRole('group', { name: /^Soort onderwijs/ }).getByRole('radio').first()).toBeFocused();

    // "Volgende stap" is stopped as well, and the summary lists only what is still missing.
    await page.getByRole('radio', { name: TYPE_LABELS[TYPE] }).check();
    await page.getByRole('navigation', { name: 'Vorige of volgende stap' }).getByRole('button', { name: /Volgende stap/ }).click();
    await expect(errorSummary(page)).toBeFocused();
    await expect(errorSummary(page).getByRole('link')).toHaveText(['Kies of de MR betrokken is bij deze zelfevaluatie']);

    await page.getByRole('group', { name: /^Is de MR betrokken/ }).getByRole('radio', { name: 'Nog niet, dat is gepland' }).check();
    await expect(errorSummary(page)).toHaveCount(0);
    await page.getByRole('button', { name: 'Verder naar Hele school' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Hele school' })).toBeFocused();
    await expect(page).toHaveURL(stepAddress('school'));
  });

  test('an address of a later step, opened or reloaded before the choices are made, shows step 1 with the message', async ({ page }) => {
    await startBare(page, 'De Adresschool');
    const profileAddress = page.url();
    const later = profileAddress.replace(/\/profile$/, '/activities');
    // As a bookmark or a reload of that address does: a fresh page load.
    await page.goto('about:blank');
    await page.goto(later);
    await expect(page.getByRole('heading', { level: 2, name: 'Schoolgegevens' })).toBeVisible();
    await expect(page).toHaveURL(stepAddress('profile'));
    await expect(errorSummary(page)).toContainText('Daarna kunt u verder naar Activiteiten.');
    await expect(errorSummary(page).getByRole('link')).toHaveCount(2);
    await expect(page.getByLabel('Naam van de school')).toHaveValue('De Adresschool');

    await chooseTypeAndMr(page);
    await page.goto('about:blank');
    await page.goto(later);
    await expect(page.getByRole('heading', { level: 2, name: 'Activiteiten' })).toBeVisible();
    await expect(errorSummary(page)).toHaveCount(0);
  });
});

// ---------------------------------------------------------------------------------------------------
// Questions that fit the activity
// ---------------------------------------------------------------------------------------------------

test.describe('an activity gets the questions that fit it', () => {
  test('unticking what an activity involves leaves out the questions about it, keeping their answers, and says so', async ({ page }) => {
    await start(page, 'De Passendschool');
    await goTo(page, 'Activiteiten');
    await addOwn(page, 'Eigen uitje', TRAIT_KIND);

    // The details are in view and the kind's usual traits are ticked.
    await expect(details(page)).toBeVisible();
    for (const key of DEFAULT_TRAITS[TRAIT_KIND]) await expect(trait(page, key)).toBeChecked();
    const withTraits = await questions(page).count();
    expect(withTraits).toBe(count(TRAIT_KIND));
    await answerAll(page, 'nee');
    await axeClean(page, 'an activity’s details');

    for (const key of DEFAULT_TRAITS[TRAIT_KIND]) await trait(page, key).uncheck();
    const without = count(TRAIT_KIND, { traits: [] });
    await expect(questions(page)).toHaveCount(without);
    expect(without).toBeLessThan(withTraits);
    await expect(changedQuestions(page)).toHaveText(/^\d+ vra(ag|gen) pas(t|sen) niet meer bij deze activiteit;/);
    await expect(progressLine(page)).toContainText(`${without} van ${without} vragen beantwoord`);

    // Ticked again, the questions come back with the answers given.
    for (const key of DEFAULT_TRAITS[TRAIT_KIND]) await trait(page, key).check();
    await expect(questions(page)).toHaveCount(withTraits);
    await expect(progressLine(page)).toContainText(`${withTraits} van ${withTraits} vragen beantwoord`);
    await page.reload();
    await expect(questions(page)).toHaveCount(withTraits);
  });

  test('when the school pays, the questions about paying are left out', async ({ page }) => {
    await start(page, 'De Betaalschool');
    await goTo(page, 'Activiteiten');
    await addOwn(page, 'Sportdag van school', PAYER_KIND);
    const payer = details(page).getByRole('group', { name: /^Wie betaalt\?/ });
    // Nobody is assumed to pay.
    await expect(payer.getByRole('radio', { checked: true })).toHaveCount(0);
    await expect(questions(page)).toHaveCount(count(PAYER_KIND));

    await payer.getByRole('radio', { name: 'Uit het schoolbudget' }).check();
    await expect(questions(page)).toHaveCount(count(PAYER_KIND, { fundedBy: 'school' }));
    await expect(changedQuestions(page)).toHaveText(/^\d+ vra(ag|gen) pas(t|sen) niet meer bij deze activiteit;/);

    // The list says who pays.
    await page.getByRole('button', { name: 'Klaar met deze activiteit' }).click();
    await expect(page.locator('.skc-activity-list__item', { hasText: 'Sportdag van school' })).toContainText('Wie betaaltUit het schoolbudget');
  });

  test('an activity pupils choose to join waits for the one decision, which can drop it', async ({ page }) => {
    await start(page, 'De Keuzeschool');
    await goTo(page, 'Activiteiten');
    await addOwn(page, 'Skireis', BUSY_KIND);
    await answerAll(page);
    await expect(progressLine(page).locator('.skc-status-tag')).toHaveText(/Open voor elke leerling/);

    await details(page).getByRole('checkbox', { name: 'Leerlingen kiezen zelf of ze meedoen (optioneel)' }).check();
    const decision = details(page).getByRole('group', { name: 'Wat besluit de school, met de MR?' });
    await expect(decision).toContainText('Nog niet besloten.');
    await expect(progressLine(page).locator('.skc-status-tag')).toHaveText(/Nog niet compleet/);
    await axeClean(page, 'an optional activity waiting for its decision');

    await decision.getByRole('radio', { name: 'Elke leerling die wil, gaat mee, ook als de ouders niet betalen' }).check();
    await expect(decision).not.toContainText('Nog niet besloten.');
    await expect(progressLine(page).locator('.skc-status-tag')).toHaveText(/Open voor elke leerling/);
    await page.reload();
    await expect(details(page).getByRole('group', { name: 'Wat besluit de school, met de MR?' }).getByRole('radio', { name: /^Elke leerling die wil/ })).toBeChecked();

    await details(page).getByRole('group', { name: 'Wat besluit de school, met de MR?' }).getByRole('radio', { name: 'De activiteit vervalt' }).check();
    await expect(questions(page)).toHaveCount(0);
    await expect(page.getByText('Deze activiteit vervalt. Er zijn geen vragen over.')).toBeVisible();
  });

  test('a template brings what it usually involves and who usually pays', async ({ page }) => {
    const template = templatesFor(checklist, TYPE)[0];
    expect(template, 'the checklist under test offers templates for this type of school').toBeDefined();
    await start(page, 'De Voorbeeldschool');
    await goTo(page, 'Activiteiten');
    await page.getByLabel('Kies een voorbeeld').selectOption(template!.id);
    await page.getByRole('button', { name: 'Voorbeeld toevoegen' }).click();
    await page.getByRole('button', { name: `Vragen beantwoorden ${template!.name.nl}`, exact: true }).click();
    for (const key of template!.traits) await expect(trait(page, key)).toBeChecked();
    await expect(details(page).getByRole('group', { name: /^Wie betaalt\?/ }).getByRole('radio', { name: nl[`sa.funding.${template!.fundedBy}`] })).toBeChecked();
  });
});

// ---------------------------------------------------------------------------------------------------
// Answering faster without thinking less
// ---------------------------------------------------------------------------------------------------

test.describe('answering faster', () => {
  test('a clicked answer moves on to the next question; arrow keys stay within the question', async ({ page }) => {
    await start(page, 'De Klikschool');
    await goTo(page, 'Hele school');
    const all = questions(page);
    // Counted once the step's questions are on the page (the steps load as a chunk of their own).
    await expect(all.first()).toBeVisible();
    const total = await all.count();
    expect(total, 'school-wide questions in the checklist under test').toBeGreaterThanOrEqual(3);
    await all.nth(0).getByRole('radio', { name: 'ja', exact: true }).check();
    await expect(all.nth(1)).toBeFocused();
    await all.nth(1).getByRole('radio', { name: 'nee', exact: true }).check();
    await expect(all.nth(2)).toBeFocused();

    // With the keyboard, the place stays in the question.
    await page.keyboard.press('Tab');
    await expect(all.nth(2).getByRole('radio', { name: 'ja', exact: true })).toBeFocused();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight');
    await expect(all.nth(2).getByRole('radio', { name: 'deels', exact: true })).toBeFocused();
    await expect(all.nth(2).getByRole('radio', { name: 'deels', exact: true })).toBeChecked();

    // After the last question, on to the next step's button.
    await all.nth(total - 1).getByRole('radio', { name: 'ja', exact: true }).check();
    await expect(page.getByRole('button', { name: 'Verder naar Activiteiten' })).toBeFocused();
  });

  test('the school-wide part remembers where the person was, also after a reload', async ({ page }) => {
    await start(page, 'De Onthoudschool');
    await goTo(page, 'Hele school');
    const all = questions(page);
    await expect(all.first()).toBeVisible();
    expect(await all.count(), 'school-wide questions in the checklist under test').toBeGreaterThanOrEqual(3);
    await all.nth(0).getByRole('radio', { name: 'ja', exact: true }).check();
    await all.nth(1).getByRole('radio', { name: 'ja', exact: true }).check();
    await goTo(page, 'Activiteiten');
    await goTo(page, 'Hele school');
    await expect(page.getByRole('link', { name: 'Verder bij vraag 3' })).toBeVisible();
    await expect(all.nth(2)).toBeFocused();
    await expect(all.nth(2)).toBeInViewport();
    await axeClean(page, 'the school-wide part with its place remembered');

    await page.reload();
    await expect(page.getByRole('link', { name: 'Verder bij vraag 3' })).toBeVisible();
    await expect(all.nth(2)).toBeInViewport();
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.getByRole('link', { name: 'Verder bij vraag 3' }).click();
    await expect(all.nth(2)).toBeFocused();
  });

  test('answers taken over from another activity show filled in, marked to check, and count once confirmed', async ({ page }) => {
    await start(page, 'De Overneemschool');
    await goTo(page, 'Activiteiten');
    await addOwn(page, 'Eerste uitje', BUSY_KIND);
    await answerAll(page, 'nee');
    await page.getByRole('button', { name: 'Klaar met deze activiteit' }).click();
    await addOwn(page, 'Tweede uitje', BUSY_KIND);
    await expect(questions(page).first()).toBeVisible();
    const total = await questions(page).count();

    await page.getByLabel('Antwoorden overnemen van').selectOption({ label: `Eerste uitje (${KIND_LABELS[BUSY_KIND]})` });
    await page.getByRole('button', { name: 'Overnemen', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'overgenomen van' })).toHaveText(`${total} antwoorden overgenomen van “Eerste uitje”. Kijk ze na: kies “Klopt” of een ander antwoord.`);
    for (let i = 0; i < total; i++) {
      await expect(questions(page).nth(i).getByRole('radio', { name: 'nee', exact: true })).toBeChecked();
      await expect(questions(page).nth(i)).toContainText('Overgenomen — klopt dit?');
    }
    // Taken over is not answered yet.
    await expect(progressLine(page)).toContainText(`0 van ${total} vragen beantwoord`);
    await axeClean(page, 'questions with answers taken over');

    await questions(page).nth(0).getByRole('button', { name: 'Klopt' }).click();
    await expect(questions(page).nth(0)).not.toContainText('Overgenomen — klopt dit?');
    await expect(questions(page).nth(1)).toBeFocused();
    await questions(page).nth(1).getByRole('radio', { name: 'ja', exact: true }).check();
    await expect(questions(page).nth(1)).not.toContainText('Overgenomen — klopt dit?');
    await expect(progressLine(page)).toContainText(`2 van ${total} vragen beantwoord`);

    // The marks are kept, and the list says what is left to check.
    await page.reload();
    if (total > 2) await expect(questions(page).nth(2)).toContainText('Overgenomen — klopt dit?');
    await page.getByRole('button', { name: 'Klaar met deze activiteit' }).click();
    const entry = page.locator('.skc-activity-list__item', { hasText: 'Tweede uitje' });
    await expect(entry).toContainText(`2 van ${total} vragen beantwoord`);
    if (total > 2) await expect(entry).toContainText(`${total - 2} overgenomen antwoord${total - 2 === 1 ? '' : 'en'} nog na te kijken`);
  });
});

// ---------------------------------------------------------------------------------------------------
// Phones
// ---------------------------------------------------------------------------------------------------

test('at 320 px no step before the results scrolls sideways, and every control is a 44 px target', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 720 });
  await startBare(page, 'De Smalle School');
  await steps(page).getByRole('button', { name: 'Hele school' }).click();
  await expect(errorSummary(page)).toBeVisible();
  expect(await fitsSideways(page), 'step 1 with the error summary').toBe(true);
  await chooseTypeAndMr(page);
  expect(await smallTargets(page.locator('.skc-sa')), 'step 1').toEqual([]);

  await goTo(page, 'Hele school');
  await questions(page).first().getByRole('radio', { name: 'ja', exact: true }).check();
  expect(await fitsSideways(page), 'the school-wide part').toBe(true);
  expect(await smallTargets(page.locator('.skc-sa')), 'the school-wide part').toEqual([]);

  await goTo(page, 'Activiteiten');
  await addOwn(page, 'Een uitje met een heel lange naam die op een telefoon moet afbreken', BUSY_KIND);
  await details(page).getByRole('checkbox', { name: 'Leerlingen kiezen zelf of ze meedoen (optioneel)' }).check();
  expect(await fitsSideways(page), 'an activity').toBe(true);
  expect(await smallTargets(page.locator('.skc-sa')), 'an activity').toEqual([]);

  await page.getByRole('button', { name: 'Klaar met deze activiteit' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Activiteiten' })).toBeVisible();
  expect(await fitsSideways(page), 'the list of activities').toBe(true);
  expect(await smallTargets(page.locator('.skc-sa')), 'the list of activities').toEqual([]);
});
