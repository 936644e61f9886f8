import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import { activityQuestionsFor, schoolQuestionsFor } from '../../../src/domain/assessment/applicable';
import type { ActivityKind } from '../../../src/domain';
import { DEFAULT_TRAITS } from '../../../src/domain/vocabulary';
import { en } from '../../../src/lib/i18n/en';
import { nl } from '../../../src/lib/i18n/nl';
import { contentUnderTest } from '../../support/content-under-test';

// What a school leader does on the self-assessment page, as a person does it: typing key by key,
// clicking what they can see, choosing files. The trust tests (trust.spec.ts, trust-en.spec.ts) are
// written with these, so they read as what the person experiences.

export const PAGE = { nl: '/nl/zelfevaluatie/', en: '/en/self-assessment/' } as const;
const work = mkdtempSync(join(tmpdir(), 'skc-trust-'));

const checklist = contentUnderTest.checklist;
/** The school type the person chooses in step 1 (startAssessment) and files carry; custom activities get this kind. */
const SCHOOL_TYPE = 'po';

/** An activity of this kind as the school adds its own: the kind's usual traits, nobody chosen to pay yet. */
const added = (kind: ActivityKind) => ({ kind, traits: [...DEFAULT_TRAITS[kind]], fundedBy: null, optional: false, optionalDecision: null });

/**
 * The activity kind with the most questions for a primary school in the checklist under test, so
 * custom activities have questions to answer whatever the municipality's checklist holds.
 */
const activityKind: ActivityKind = (() => {
  const kinds = [...new Set(checklist.activityQuestions.flatMap((q) => q.kinds))];
  const best = kinds.sort((a, b) => activityQuestionsFor(checklist, SCHOOL_TYPE, added(b)).length - activityQuestionsFor(checklist, SCHOOL_TYPE, added(a)).length)[0];
  if (!best || activityQuestionsFor(checklist, SCHOOL_TYPE, added(best)).length === 0) throw new Error(`${contentUnderTest.dir}: no activity questions for a primary school`);
  return best;
})();
export const kindLabel = { nl: nl[`kind.${activityKind}`], en: en[`kind.${activityKind}`] };
export const questionsPerActivity = activityQuestionsFor(checklist, SCHOOL_TYPE, added(activityKind)).length;
export const schoolQuestionCount = schoolQuestionsFor(checklist, SCHOOL_TYPE).length;

/** Selects what a field holds and types the new text over it, one key at a time. */
export async function typeOver(field: Locator, text: string) {
  await field.click();
  await field.press('ControlOrMeta+a');
  await field.press('Backspace');
  if (text) await field.pressSequentially(text);
}

/** Leaves a field the way a keyboard user does. */
export const leave = (field: Locator) => field.press('Tab');

/** The notice the page shows after something happened (removed, changed elsewhere, opened), by its words. */
export const notice = (page: Page, words: string | RegExp) => page.locator('.skc-notice', { hasText: words }).first();

/** One assessment in the list of assessments, found by its school's name. */
export const listEntry = (page: Page, schoolName: string) =>
  page.locator('.skc-assessment-list__item').filter({ has: page.locator('strong', { hasText: new RegExp(`^${escape(schoolName)}$`) }) });

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The interface words the helpers click on, per page language. */
const WORDS = {
  nl: { new: 'Nieuwe zelfevaluatie', profile: 'Schoolgegevens', schoolName: 'Naam van de school', steps: 'Stappen', type: nl[`type.${SCHOOL_TYPE}`], mrYes: 'Ja' },
  en: { new: 'New self-assessment', profile: 'School details', schoolName: 'Name of the school', steps: 'Steps', type: en[`type.${SCHOOL_TYPE}`], mrYes: 'Yes' },
} as const;
type Lang = keyof typeof WORDS;

/** Starts a new assessment from the list, types the school's name and chooses what step 1 asks before the questions. */
export async function startAssessment(page: Page, schoolName: string, lang: Lang = 'nl') {
  await page.getByRole('button', { name: WORDS[lang].new }).click();
  await expect(page.getByRole('heading', { level: 2, name: WORDS[lang].profile })).toBeVisible();
  await page.getByLabel(WORDS[lang].schoolName).pressSequentially(schoolName);
  await page.getByRole('radio', { name: WORDS[lang].type, exact: true }).check();
  await page.getByRole('radio', { name: WORDS[lang].mrYes, exact: true }).check();
}

export async function goToStep(page: Page, name: string, lang: Lang = 'nl') {
  await page.getByRole('navigation', { name: WORDS[lang].steps }).getByRole('button', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
}

export async function backToList(page: Page) {
  await page.getByRole('button', { name: 'Naar de lijst met zelfevaluaties' }).click();
  await expect(page.getByRole('heading', { name: 'Uw zelfevaluaties' })).toBeVisible();
}

/** Adds an activity of its own through the form on the activities step, typing name and cost. */
export async function addActivity(page: Page, name: string, cost = '') {
  await page.getByLabel('Naam van de activiteit').pressSequentially(name);
  await page.getByLabel('Soort activiteit').selectOption({ label: kindLabel.nl });
  if (cost) await page.getByLabel('Kosten per leerling (euro)').pressSequentially(cost);
  await page.getByRole('button', { name: 'Toevoegen', exact: true }).click();
}

/** The names in the list of activities, in their order. */
export const activityNames = (page: Page) => page.locator('.skc-activity-list__item strong');

export async function openActivity(page: Page, name: string) {
  await page.getByRole('button', { name: `Vragen beantwoorden ${name}`, exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name, exact: true })).toBeVisible();
}

/** The questions on the step shown. */
export const questions = (page: Page) => page.locator('fieldset.skc-question');

/** Saves the open assessment as a file, as the person does, and returns the file's text. */
export async function exportFile(page: Page, label = 'Bewaren als bestand (.json)') {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: label }).click();
  const download = await downloading;
  const path = join(work, `${Date.now()}-${download.suggestedFilename()}`);
  await download.saveAs(path);
  return readFileSync(path, 'utf8');
}

/** Chooses a file in "Bestand openen (.json)" (or the English label). */
export async function chooseFile(page: Page, fileName: string, text: string, label = 'Bestand openen (.json)') {
  await page.getByLabel(label).setInputFiles({ name: fileName, mimeType: 'application/json', buffer: Buffer.from(text) });
}

/** The text of the printed report (PDF), as a reader of the paper sees it. */
export async function printedText(page: Page) {
  await page.emulateMedia({ media: 'print' });
  const pdf = join(work, `${Date.now()}-report.pdf`);
  writeFileSync(pdf, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
  await page.emulateMedia({ media: 'screen' });
  return execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
}

/**
 * Accepts every "leave this page?" question the browser asks (work kept only in this tab, or not
 * saved), and returns the kinds of dialog seen, so a test can tell that the page asked.
 */
export function acceptLeaving(page: Page): string[] {
  const seen: string[] = [];
  page.on('dialog', (dialog) => {
    seen.push(dialog.type());
    void dialog.accept();
  });
  return seen;
}

/**
 * This computer's storage refuses from now on every write of more than `maxChars` characters (0: every
 * write), as a full disk or a browser's quota does; `storageWorksAgain` lifts it. The tab's own storage
 * (sessionStorage) keeps working.
 */
export async function storageRefusesWrites(page: Page, maxChars = 0) {
  await page.evaluate((max) => {
    const w = window as unknown as { realSetItem?: Storage['setItem'] };
    w.realSetItem ??= Storage.prototype.setItem;
    const real = w.realSetItem;
    Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
      if (this === window.localStorage && String(value).length > max) throw new DOMException('Quota exceeded', 'QuotaExceededError');
      real.call(this, key, value);
    };
  }, maxChars);
}

export async function storageWorksAgain(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { realSetItem?: Storage['setItem'] };
    if (w.realSetItem) Storage.prototype.setItem = w.realSetItem;
  });
}

interface FileOptions {
  id: string;
  schoolName: string;
  /** How many activities of `activityKind`, named "<prefix> 1", "<prefix> 2", … */
  activities?: number;
  activityPrefix?: string;
  /** Every question answered with this (school-wide and per activity); unanswered when left out. */
  answer?: 'yes' | 'no';
  /** Filled in as the owner of every action (with `answer: 'no'`). */
  owner?: string;
}

/**
 * An export file as the page writes it, for the checklist under test: built here rather than stored,
 * so it always matches the questions the site was built with.
 */
export function assessmentFile(o: FileOptions): string {
  const at = '2026-10-01T09:00:00.000Z';
  const answered = (ids: readonly string[]) =>
    o.answer ? Object.fromEntries(ids.map((id) => [id, { value: o.answer, note: '', checklistVersion: checklist.version }])) : {};
  const schoolIds = schoolQuestionsFor(checklist, SCHOOL_TYPE).map((q) => q.id);
  const activityIds = activityQuestionsFor(checklist, SCHOOL_TYPE, added(activityKind)).map((q) => q.id);
  const activities = Array.from({ length: o.activities ?? 0 }, (_, i) => ({
    id: `act-${i + 1}`,
    templateId: null,
    name: `${o.activityPrefix ?? 'Activiteit'} ${i + 1}`,
    kind: activityKind,
    costPerPupil: null,
    fundedBy: 'contribution',
    notes: '',
    answers: answered(activityIds),
  }));
  const actionKeys = o.owner && o.answer === 'no'
    ? [...schoolIds.map((q) => `school:${q}`), ...activities.flatMap((a) => activityIds.map((q) => `${a.id}:${q}`))]
    : [];
  return `${JSON.stringify({
    format: 'schoolkostencheck-assessment',
    schemaVersion: 1,
    checklistVersion: checklist.version,
    id: o.id,
    createdAt: at,
    updatedAt: at,
    profile: { schoolName: o.schoolName, schoolType: SCHOOL_TYPE, schoolYear: '2026-2027', contribution: null, filledInBy: '', mrInvolved: 'yes' },
    schoolAnswers: answered(schoolIds),
    activities,
    actions: Object.fromEntries(actionKeys.map((key) => [key, { owner: o.owner, deadline: '' }])),
  }, null, 2)}\n`;
}
