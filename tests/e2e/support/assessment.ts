import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';
import type { ActivityQuestion, Checklist, SchoolQuestion } from '../../../src/domain/checklist/schema';
import { activityQuestionsFor as questionsOfActivity } from '../../../src/domain/assessment/applicable';
import { decodeAssessment } from '../../../src/domain/assessment/format/decode';
import { newQuestions, questionsToReview } from '../../../src/domain/assessment/review';
import { DEFAULT_TRAITS, type ActivityKind, type ActivityTrait, type Concern, type Funding, type SchoolType } from '../../../src/domain/vocabulary';
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
export type Status = 'excludes' | 'incomplete' | 'cost-barrier' | 'information' | 'open' | 'dropped';
/** Most serious first, as the page lists parts and counts. */
export const STATUS_ORDER: readonly Status[] = ['excludes', 'incomplete', 'cost-barrier', 'information', 'open', 'dropped'];

// The interface's words, written out so that a change of wording shows up here as a failing test.
const ANSWER_WORDS: Record<AnswerValue, string> = { yes: 'ja', partly: 'deels', no: 'nee', na: 'n.v.t.' };
export const STATUS_WORDS: Record<Status, string> = {
  excludes: 'Kan leerlingen uitsluiten of anders behandelen (wet)',
  incomplete: 'Nog niet compleet',
  'cost-barrier': 'Kosten zijn een drempel',
  information: 'Informatie ontbreekt',
  open: 'Open voor elke leerling',
  dropped: 'Vervalt',
};
/** "Wat hoort erbij?" in an activity's details. */
const TRAIT_WORDS: Record<ActivityTrait, string> = {
  overnight: 'Overnachten',
  travel: 'Reizen of vervoer',
  abroad: 'Buitenland',
  'entry-fee': 'Entree of kaartjes',
  food: 'Eten of drinken',
  gear: 'Spullen of kleding die leerlingen nodig hebben',
  'outside-hours': 'Buiten schooltijd',
};
/** "Wie betaalt?" in an activity's details, and in the list and the cost totals. */
export const FUNDING_WORDS: Record<Funding, string> = {
  school: 'Uit het schoolbudget',
  contribution: 'Uit de vrijwillige ouderbijdrage',
  'separate-charge': 'Met een aparte vrijwillige bijdrage voor deze activiteit',
  fund: 'Door een fonds of sponsor',
  'parents-purchase': 'Ouders kopen het zelf',
  other: 'Anders',
};
/** The one decision an optional activity waits for. */
export const DECISION_WORDS = { 'free-for-all': 'Elke leerling die wil, gaat mee, ook als de ouders niet betalen', drop: 'De activiteit vervalt' } as const;
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

/**
 * Starts a new assessment from the list and types the school details. The type of school and the MR's
 * part start unchosen (step 1 chooses nothing for the school): the person chooses both.
 */
export async function startAssessment(page: Page, school: SchoolDetails) {
  await page.getByRole('button', { name: 'Nieuwe zelfevaluatie' }).click();
  await expect(page.getByRole('heading', { name: 'Schoolgegevens' })).toBeFocused();
  await expect(page).toHaveURL(stepAddress('profile'));
  const type = page.getByRole('group', { name: 'Soort onderwijs' });
  const mr = page.getByRole('group', { name: 'Is de MR betrokken bij deze zelfevaluatie?' });
  await expect(type.getByRole('radio', { checked: true })).toHaveCount(0);
  await expect(mr.getByRole('radio', { checked: true })).toHaveCount(0);
  await typeInto(page.getByLabel('Naam van de school'), school.name);
  await type.getByRole('radio', { name: TYPE_LABELS[school.type] }).check();
  await typeInto(page.getByLabel('Schooljaar'), school.year);
  await typeInto(page.getByLabel('Vrijwillige ouderbijdrage per leerling per jaar (euro)'), school.contribution);
  await typeInto(page.getByLabel('Ingevuld door'), school.filledInBy);
  await mr.getByRole('radio', { name: 'Ja', exact: true }).check();
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
/** The questions an activity of this kind gets as the school adds its own: its kind's usual traits, nobody chosen to pay yet. */
export const activityQuestionsFor = (type: SchoolType, kind: ActivityKind): ActivityQuestion[] =>
  questionsOfActivity(checklist, type, { kind, traits: [...DEFAULT_TRAITS[kind]], fundedBy: null, optional: false, optionalDecision: null });
/** Whether pupils choose to join the activity, and the school's decision for it (null: not decided yet). */
const optionalOf = (activity: Pick<ActivityFixture, 'optional'>) => ({ optional: activity.optional !== undefined, optionalDecision: activity.optional?.decision ?? null });
/** The questions an activity gets once the school has described it: what it involves, who pays, whether it is dropped. */
const questionsOf = (type: SchoolType, activity: Pick<ActivityFixture, 'kind' | 'traits' | 'fundedBy' | 'optional'>): ActivityQuestion[] =>
  questionsOfActivity(checklist, type, { kind: activity.kind, traits: [...activity.traits], fundedBy: activity.fundedBy, ...optionalOf(activity) });

/** The answers a plan gives to a part's questions, by question id. */
export function plannedAnswers(questions: readonly { id: string; concern: Concern }[], plan: AnswerPlan): Map<string, AnswerValue> {
  const answers = new Map<string, AnswerValue>(questions.map((q) => [q.id, 'yes']));
  const first = questions[0];
  if (!first || plan === 'all-yes') return answers;
  if (plan === 'partly-to-the-first-question') answers.set(first.id, 'partly');
  if (plan === 'na-to-the-first-question') answers.set(first.id, 'na');
  if (plan === 'no-to-a-critical-question') answers.set((questions.find((q) => q.concern === 'exclusion') ?? first).id, 'no');
  return answers;
}

/**
 * The status a part must get, as the checklist's rules say: a "nee" or "deels" to an exclusion question
 * (the law) first, even before the rest is answered; then not complete; then a cost barrier; then missing
 * information.
 */
export function expectedStatus(questions: readonly { id: string; concern: Concern }[], answers: ReadonlyMap<string, AnswerValue>, { decisionOpen = false } = {}): Status {
  const failing = (q: { id: string }) => answers.get(q.id) === 'no' || answers.get(q.id) === 'partly';
  if (questions.some((q) => q.concern === 'exclusion' && failing(q))) return 'excludes';
  // An optional activity still waiting for its decision is not finished either.
  if (decisionOpen || questions.some((q) => !answers.has(q.id))) return 'incomplete';
  if (questions.some((q) => q.concern === 'cost-barrier' && failing(q))) return 'cost-barrier';
  if (questions.some((q) => q.concern === 'information' && failing(q))) return 'information';
  return 'open';
}

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

/** An activity's details, always in view above its questions: they decide which questions it gets. */
const activityDetails = (page: Page) => page.getByRole('region', { name: 'Gegevens van de activiteit' });

/**
 * Describes the open activity in its details as the school would: ticks what it involves (and unticks
 * what its kind usually has but this one has not), types the year group, chooses who pays, and marks
 * it as one pupils choose to join, with the school's decision if it made one.
 */
async function describeActivity(page: Page, activity: ActivityFixture) {
  const details = activityDetails(page);
  for (const [trait, words] of Object.entries(TRAIT_WORDS) as [ActivityTrait, string][]) {
    const box = details.getByRole('checkbox', { name: words, exact: true });
    if (activity.traits.includes(trait)) await box.check();
    else await box.uncheck();
  }
  await typeInto(details.getByLabel('Voor welke klas of groep?'), activity.yearGroup);
  await details.getByRole('group', { name: /^Wie betaalt\?/ }).getByRole('radio', { name: FUNDING_WORDS[activity.fundedBy], exact: true }).check();
  if (!activity.optional) return;
  await details.getByRole('checkbox', { name: 'Leerlingen kiezen zelf of ze meedoen (optioneel)' }).check();
  const decision = details.getByRole('group', { name: 'Wat besluit de school, met de MR?' });
  if (activity.optional.decision) await decision.getByRole('radio', { name: DECISION_WORDS[activity.optional.decision], exact: true }).check();
  else await expect(decision).toContainText('Nog niet besloten.');
}

/**
 * Opens an activity from the activities step, describes it, answers the questions that then fit it as
 * its plan says, checks the status and count it shows there and in the list, and goes back to the list.
 * Returns the questions and answers, the status, and whether its decision is still open.
 */
export async function answerActivity(page: Page, type: SchoolType, activity: ActivityFixture) {
  const questions = questionsOf(type, activity);
  const answers = plannedAnswers(questions, activity.answers);
  const decisionOpen = activity.optional?.decision === null;
  await page.getByRole('button', { name: `Vragen beantwoorden ${activity.name}`, exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: activity.name })).toBeFocused();
  await expect(page).toHaveURL(stepAddress('activity'));
  await describeActivity(page, activity);
  await answerQuestions(page, questions, answers);
  const status: Status = activity.optional?.decision === 'drop' ? 'dropped' : expectedStatus(questions, answers, { decisionOpen });
  // Here and in the list the count is of questions only; the decision is said apart.
  const progress = `${STATUS_WORDS[status]} · ${questions.length} van ${questions.length} vragen beantwoord`;
  await expect(page.locator('.skc-step-title + p')).toHaveText(progress);
  await page.getByRole('button', { name: 'Klaar met deze activiteit' }).click();
  await expect(page).toHaveURL(stepAddress('activities'));
  const entry = activityEntry(page, activity.name);
  await expect(entry.locator('.skc-activity-list__state')).toHaveText(progress);
  const decision = activity.optional ? [activity.optional.decision ? DECISION_WORDS[activity.optional.decision] : 'besluit nog nodig'] : [];
  await expect(entry.locator('dd')).toHaveText([reportCost(activity.amount), FUNDING_WORDS[activity.fundedBy], activity.yearGroup || 'de hele school', ...decision]);
  return { questions, answers, status, decisionOpen };
}

/**
 * What the page says on opening this file: how many answers to look at again (their question changed
 * since the file was filled in, or is new), worked out with the domain's rules from the checklist under
 * test; or, when there are none, that it opened.
 */
export function openedFileNotice(text: string): string {
  const decoded = decodeAssessment(text, { currentChecklistVersion: checklist.version });
  if (!decoded.ok) throw new Error(`the file does not decode: ${JSON.stringify(decoded.issues)}`);
  const opened = decoded.value.assessment;
  const count = questionsToReview(checklist, opened).length + newQuestions(checklist, opened).length;
  if (count === 0) return `“${opened.profile.schoolName}” is geopend uit het bestand.`;
  if (count === 1) return '1 vraag is veranderd sinds dit bestand is ingevuld. Die staat gemarkeerd: kijk uw antwoord na.';
  return `${count} vragen zijn veranderd sinds dit bestand is ingevuld. Die staan gemarkeerd: kijk uw antwoorden na.`;
}
