import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';
import type { ActivityQuestion, Checklist, SchoolQuestion, Severity } from '../../../src/domain/checklist/schema';
import type { ActivityKind, SchoolType } from '../../../src/domain/vocabulary';
import type { ActivityFixture, AnswerPlan, SchoolFixture } from '../../fixtures/schools';
import { contentUnderTest } from '../../support/content-under-test';
import { WCAG_TAGS } from './site';

// What a school leader does on the Dutch self-assessment page, step by step, typing like a person
// (`pressSequentially`, never `fill`), and what the page must then show, worked out from the checklist
// the site under test was built from, never from one municipality's questions or counts.

export const URL_NL = '/nl/zelfevaluatie/';
export const URL_EN = '/en/self-assessment/';
export const checklist: Checklist = contentUnderTest.checklist;

export type AnswerValue = 'yes' | 'partly' | 'no' | 'na';
export type Status = 'open' | 'attention' | 'excludes' | 'incomplete';

// The interface's words, written out so that a change of wording shows up here as a failing test.
const ANSWER_WORDS: Record<AnswerValue, string> = { yes: 'ja', partly: 'deels', no: 'nee', na: 'n.v.t.' };
export const STATUS_WORDS: Record<Status, string> = {
  open: 'Open voor elke leerling',
  attention: 'Aandachtspunt',
  excludes: 'Kan leerlingen uitsluiten',
  incomplete: 'Nog niet compleet',
};
const TYPE_LABELS: Record<SchoolType, string> = { po: 'basisonderwijs (po)', vo: 'voortgezet onderwijs (vo)', so: 'speciaal onderwijs (so)' };
export const KIND_LABELS: Record<ActivityKind, string> = {
  'one-day': 'Activiteit van één dag',
  'multi-day': 'Meerdaagse reis',
  celebration: 'Feest of themadag',
  'extra-programme': 'Extra programma',
  'materials-ict': 'Lesmateriaal en ICT',
  facilities: 'Voorzieningen',
  'clothing-equipment': 'Kleding en uitrusting',
};
/** The steps as the steps navigation names them, and as the address names them after the `#<id>/`. */
const STEPS = {
  Schoolgegevens: 'profile',
  'Hele school': 'school',
  Activiteiten: 'activities',
  'Samenvatting en actieplan': 'summary',
  Rapport: 'report',
} as const;
export type StepName = keyof typeof STEPS;

/** An amount as the page shows it: "€ 1.250,00", or "geen" for no amount. */
export const euros = (amount: number | null) =>
  amount === null ? 'geen' : `€ ${amount.toLocaleString('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

/** An activity's cost as the report prints it: an amount left empty is "niet ingevuld", never "geen" (free). */
export const reportCost = (amount: number | null) => (amount === null ? 'niet ingevuld' : euros(amount));

/**
 * The words of the notice shown (the one place the island says what just happened): at the top of the
 * island, or where a removed activity stood. Its parent is what takes focus and holds its buttons.
 */
export const notice = (page: Page) => page.locator('.skc-notice > .skc-notice__words');

/** Checks the page as it is now against WCAG 2.2 AA with axe; `state` names it in a failure. */
export async function axeClean(page: Page, state: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(violations.map((v) => `${state}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`)).toEqual([]);
}

// ---------------------------------------------------------------------------------------------------
// Typing
// ---------------------------------------------------------------------------------------------------

/**
 * Clicks into a field, selects what is there and types over it, key by key. The first key replaces the
 * selection, as it does for a person: the field is never empty in between (an empty amount is a value).
 */
export async function typeInto(field: Locator, text: string) {
  await field.click();
  await field.press('ControlOrMeta+A');
  if (text) await field.pressSequentially(text);
  else await field.press('Backspace');
}

/** Types at the end of what a field holds. */
export async function typeAtEnd(field: Locator, text: string) {
  await field.click();
  await field.press('End');
  await field.pressSequentially(text);
}

// ---------------------------------------------------------------------------------------------------
// Moving around
// ---------------------------------------------------------------------------------------------------

/** The address of a step of an open assessment: `#<id>/<step>`. */
export const stepAddress = (step: string) => new RegExp(`#[A-Za-z0-9_-]+/${step}(?:/[A-Za-z0-9_-]+)?$`);

/** Moves to a step with the steps navigation, and checks the page and the address say so. */
export async function goToStep(page: Page, name: StepName) {
  const button = page.getByRole('navigation', { name: 'Stappen' }).getByRole('button', { name });
  await button.click();
  await expect(button).toHaveAttribute('aria-current', 'step');
  await expect(page).toHaveURL(stepAddress(STEPS[name]));
}

export async function backToList(page: Page) {
  await page.getByRole('button', { name: /Naar de lijst met zelfevaluaties/ }).click();
  await expect(page.getByRole('heading', { name: 'Uw zelfevaluaties' })).toBeFocused();
}

/** One assessment's entry in the list. */
export const listEntry = (page: Page, schoolName: string) =>
  page.locator('.skc-assessment-list__item').filter({ has: page.locator('strong', { hasText: new RegExp(`^${escapeRegExp(schoolName)}$`) }) });

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// ---------------------------------------------------------------------------------------------------
// Filling in
// ---------------------------------------------------------------------------------------------------

export type SchoolDetails = Pick<SchoolFixture, 'name' | 'type' | 'year' | 'contribution' | 'filledInBy'>;

/** Starts a new assessment from the list and types the school details. */
export async function startAssessment(page: Page, school: SchoolDetails) {
  await page.getByRole('button', { name: 'Nieuwe zelfevaluatie' }).click();
  await expect(page.getByRole('heading', { name: 'Schoolgegevens' })).toBeFocused();
  await expect(page).toHaveURL(stepAddress('profile'));
  await typeInto(page.getByLabel('Naam van de school'), school.name);
  await page.getByRole('radio', { name: TYPE_LABELS[school.type] }).check();
  await typeInto(page.getByLabel('Schooljaar'), school.year);
  await typeInto(page.getByLabel('Vrijwillige ouderbijdrage per leerling per jaar (euro)'), school.contribution);
  await typeInto(page.getByLabel('Ingevuld door'), school.filledInBy);
  await page.getByRole('radio', { name: 'Ja', exact: true }).check();
}

/** The form for the school's own activity. */
const customForm = (page: Page) => page.locator('form').filter({ has: page.getByRole('heading', { name: 'Eigen activiteit toevoegen' }) });

/** Adds an activity of the school's own, typing its name and cost; the notice and the list confirm it. */
export async function addActivity(page: Page, activity: Pick<ActivityFixture, 'name' | 'kind' | 'cost'>) {
  const form = customForm(page);
  await typeInto(form.getByLabel('Naam van de activiteit'), activity.name);
  await form.getByLabel('Soort activiteit').selectOption({ label: KIND_LABELS[activity.kind] });
  await typeInto(form.getByLabel('Kosten per leerling (euro)'), activity.cost);
  await form.getByRole('button', { name: 'Toevoegen', exact: true }).click();
  await expect(notice(page)).toHaveText(`“${activity.name}” is toegevoegd.`);
}

/** An activity's entry on the activities step. */
export const activityEntry = (page: Page, name: string) =>
  page.locator('.skc-activity-list__item').filter({ has: page.locator('strong', { hasText: new RegExp(`^${escapeRegExp(name)}$`) }) });

// ---------------------------------------------------------------------------------------------------
// The checklist: which questions a part gets, how a plan answers them, and what that must lead to
// ---------------------------------------------------------------------------------------------------

export const schoolQuestionsFor = (type: SchoolType): SchoolQuestion[] => checklist.schoolQuestions.filter((q) => q.schoolTypes.includes(type));
export const activityQuestionsFor = (type: SchoolType, kind: ActivityKind): ActivityQuestion[] =>
  checklist.activityQuestions.filter((q) => q.schoolTypes.includes(type) && q.kinds.includes(kind));

/** The answers a plan gives to a part's questions, by question id. */
export function plannedAnswers(questions: readonly { id: string; severity: Severity }[], plan: AnswerPlan): Map<string, AnswerValue> {
  const answers = new Map<string, AnswerValue>(questions.map((q) => [q.id, 'yes']));
  const first = questions[0];
  if (!first || plan === 'all-yes') return answers;
  if (plan === 'partly-to-the-first-question') answers.set(first.id, 'partly');
  if (plan === 'na-to-the-first-question') answers.set(first.id, 'na');
  if (plan === 'no-to-a-critical-question') answers.set((questions.find((q) => q.severity === 'critical') ?? first).id, 'no');
  return answers;
}

/**
 * The status a part must get, as the checklist's rules say (a critical "nee" can exclude pupils, even
 * before the rest is answered; then: not complete; then any "nee" or "deels" is a point of attention).
 */
export function expectedStatus(questions: readonly { id: string; severity: Severity }[], answers: ReadonlyMap<string, AnswerValue>): Status {
  if (questions.some((q) => q.severity === 'critical' && answers.get(q.id) === 'no')) return 'excludes';
  if (questions.some((q) => !answers.has(q.id))) return 'incomplete';
  if (questions.some((q) => answers.get(q.id) === 'no' || answers.get(q.id) === 'partly')) return 'attention';
  return 'open';
}

/** How many actions the answers lead to: one per "nee" or "deels". */
export const actionCount = (answers: ReadonlyMap<string, AnswerValue>) => [...answers.values()].filter((v) => v === 'no' || v === 'partly').length;

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Answers every question on the current step as `answers` says, finding each question by its text in
 * the checklist; checks the page asks exactly the questions the checklist gives this part.
 */
export async function answerQuestions(page: Page, questions: readonly (SchoolQuestion | ActivityQuestion)[], answers: ReadonlyMap<string, AnswerValue>) {
  const byText = new Map(questions.map((q) => [collapse(q.text.nl), q]));
  const fieldsets = page.locator('fieldset.skc-question');
  await expect(fieldsets).toHaveCount(questions.length);
  const asked: string[] = [];
  for (let i = 0; i < questions.length; i++) {
    const fieldset = fieldsets.nth(i);
    const legend = collapse(await fieldset.locator('legend').innerText());
    const question = byText.get(legend);
    expect(question, `a question the checklist does not give this part: ${legend}`).toBeDefined();
    asked.push(question!.id);
    await fieldset.getByRole('radio', { name: ANSWER_WORDS[answers.get(question!.id)!], exact: true }).check();
  }
  expect(asked.sort()).toEqual(questions.map((q) => q.id).sort());
}

/** The question on the current step with this checklist text. */
export const questionOnPage = (page: Page, question: SchoolQuestion | ActivityQuestion) =>
  page.locator('fieldset.skc-question').filter({ has: page.locator('legend', { hasText: new RegExp(`^\\s*${escapeRegExp(collapse(question.text.nl))}\\s*$`) }) });

/**
 * Opens an activity from the activities step, answers its questions as its plan says, checks the status
 * it shows, and goes back to the list. Returns the answers given.
 */
export async function answerActivity(page: Page, type: SchoolType, activity: Pick<ActivityFixture, 'name' | 'kind' | 'answers'>) {
  const questions = activityQuestionsFor(type, activity.kind);
  const answers = plannedAnswers(questions, activity.answers);
  await page.getByRole('button', { name: `Vragen beantwoorden ${activity.name}`, exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: activity.name })).toBeFocused();
  await expect(page).toHaveURL(stepAddress('activity'));
  await answerQuestions(page, questions, answers);
  const status = expectedStatus(questions, answers);
  await expect(page.locator('.skc-step-title + p .skc-status-tag')).toHaveText(STATUS_WORDS[status]);
  await page.getByRole('button', { name: 'Terug naar alle activiteiten' }).click();
  await expect(page).toHaveURL(stepAddress('activities'));
  await expect(activityEntry(page, activity.name).locator('.skc-status-tag')).toHaveText(STATUS_WORDS[status]);
  return { questions, answers, status };
}
