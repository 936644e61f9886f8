import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { activityQuestionsFor } from '../../src/domain/assessment/applicable';
import { decodeAssessment } from '../../src/domain/assessment/format/decode';
import { axeClean, checklist, notice, typeInto, URL_EN, URL_NL } from './support/assessment';
import { root } from './support/site';
import { contentUnderTest } from '../support/content-under-test';

// A school leader makes the text for parents: opens last month's file of a primary school with five
// activities, goes to "Voor ouders", types whom parents can ask, copies the text for an e-mail and the HTML for
// the website, and prints one page for parents. Nothing the school keeps for itself (notes, the names of
// staff, who filled it in) may reach the parents. The question that makes an activity exclude a pupil is
// found in the checklist under test, so the test holds for every content folder.

const fixture = join(root, 'tests/fixtures/assessments/parents-po-school.json');
const fixtureText = readFileSync(fixture, 'utf8');
const saved = JSON.parse(fixtureText) as { profile: { schoolName: string; filledInBy: string }; activities: { name: string }[] };
/** What the school keeps for itself, as the file holds it. */
const SECRETS = ['INTERNE-NOTITIE-MARKER', 'EIGENAAR-MARKER', 'INGEVULD-DOOR-MARKER', 'Meester Bram', 'K. Smit'];
const CONTACT = 'de administratie, info@regenboog.example';

test.use({ locale: 'nl-NL', permissions: ['clipboard-read', 'clipboard-write'] });

/** Opens the fixture from the list, as a person chooses a file, and goes to the step "Voor ouders". */
async function openForParents(page: Page, lang: 'nl' | 'en' = 'nl') {
  const words = lang === 'nl'
    ? { url: URL_NL, open: 'Bestand openen (.json)', opened: `“${saved.profile.schoolName}” is geopend uit het bestand.`, steps: 'Stappen', step: 'Voor ouders' }
    : { url: URL_EN, open: 'Open a file (.json)', opened: `“${saved.profile.schoolName}” was opened from the file.`, steps: 'Steps', step: 'For parents' };
  await page.goto(words.url);
  await page.getByLabel(words.open).setInputFiles(fixture);
  // A checklist newer than the file's marks questions to look at again; either way the file is open.
  await expect(notice(page)).not.toBeEmpty();
  const button = page.getByRole('navigation', { name: words.steps }).getByRole('button', { name: words.step });
  await button.click();
  await expect(button).toHaveAttribute('aria-current', 'step');
  await expect(page.getByRole('heading', { level: 2, name: words.step })).toBeFocused();
}

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
const preview = (page: Page) => page.getByRole('article', { name: 'Schoolkosten en de vrijwillige ouderbijdrage' });

/** The page as printed on A4, as text, with its number of pages. */
async function printed(page: Page, path: string) {
  await page.emulateMedia({ media: 'print' });
  writeFileSync(path, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
  await page.emulateMedia({ media: 'screen' });
  // pdftotext ends every page with a form feed.
  const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' });
  return { pages: text.split('\f').length - 1, text: text.replace(/\s+/g, ' ') };
}

test('the text for parents says the amount, what it pays for, that it is voluntary and that every child takes part, with whom to ask as typed', async ({ page }) => {
  await openForParents(page);
  await typeInto(page.getByLabel('Bij wie kunnen ouders terecht met vragen?'), CONTACT);
  await expect(preview(page)).toContainText(`Neem dan contact op met ${CONTACT}.`);

  await page.getByRole('button', { name: 'Kopieer als tekst' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Gekopieerd' })).toHaveText('Gekopieerd als tekst. Plak de tekst in een e-mail of in de schoolgids.');
  const text = await clipboard(page);
  expect(text).toContain('Wij vragen een vrijwillige ouderbijdrage van € 45,50 per kind per schooljaar.');
  expect(text).toContain('Van de bijdrage betalen wij:\n\n- Schoolreis naar de Efteling\n- Museumbezoek (groep 5 en 6)\n');
  expect(text).toContain('vrijwillig');
  expect(text).toContain('Elk kind doet mee');
  for (const { name } of saved.activities) expect(text).toMatch(new RegExp(`^- ${name}.*Uw kind doet altijd mee\\.$`, 'm'));
  expect(text).toContain(`Neem dan contact op met ${CONTACT}.`);
  for (const secret of SECRETS) expect(text).not.toContain(secret);

  await page.getByRole('button', { name: 'Kopieer als HTML' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Gekopieerd' })).toHaveText('Gekopieerd als HTML. Plak de HTML op de website van de school.');
  const html = await clipboard(page);
  expect(html.startsWith('<h2>Schoolkosten en de vrijwillige ouderbijdrage</h2>\n')).toBe(true);
  expect(html).toContain('<li>Kamp groep 8 (groep 8): € 85,00 per kind.');
  expect(html.replace(/<\/?(h2|h3|p|ul|li)>/g, '')).not.toMatch(/[<>]/);

  // What was typed is kept: after a reload the field and the text still have it.
  await page.reload();
  await expect(page.getByLabel('Bij wie kunnen ouders terecht met vragen?')).toHaveValue(CONTACT);
  await expect(preview(page)).toContainText(`Neem dan contact op met ${CONTACT}.`);
  await axeClean(page, 'voor ouders');
});

test('the printed page for parents is one A4 page with only the text: no notes, no names of staff', async ({ page }, testInfo) => {
  await openForParents(page);
  await expect(page.getByRole('button', { name: 'Afdrukken voor ouders' })).toBeVisible();
  const { pages, text } = await printed(page, testInfo.outputPath('voor-ouders.pdf'));
  expect(pages).toBe(1);
  // The text is all there is: it starts the page (no site header, page title or steps above it).
  expect(text.trim().startsWith('Schoolkosten en de vrijwillige ouderbijdrage')).toBe(true);
  expect(text).toContain(`bij ${saved.profile.schoolName} in schooljaar 2026-2027`);
  expect(text).toContain('€ 45,50 per kind per schooljaar');
  expect(text).toContain('Uw kind doet altijd mee.');
  for (const secret of SECRETS) expect(text).not.toContain(secret);
  // Only the text: not the steps, the fields or the buttons around it.
  for (const around of ['Stappen', 'Bij wie kunnen ouders terecht', 'Kopieer als tekst', 'Bewaren als bestand', 'vragen beantwoord', 'Zo lezen ouders']) expect(text).not.toContain(around);
});

test('an activity whose answers can leave a pupil out is named in a warning, with a link to it, and the print still has no note', async ({ page }, testInfo) => {
  const decoded = decodeAssessment(fixtureText, { currentChecklistVersion: checklist.version });
  if (!decoded.ok) throw new Error(JSON.stringify(decoded.issues));
  const opened = decoded.value.assessment;
  // The first activity the checklist under test asks an exclusion question about.
  const found = opened.activities
    .map((activity) => ({ activity, question: activityQuestionsFor(checklist, 'po', activity).find((q) => q.concern === 'exclusion') }))
    .find((x) => x.question);
  expect(found, 'the checklist asks no activity of this school about exclusion').toBeDefined();
  const { activity, question } = found!;

  await openForParents(page);
  const warning = page.locator('.skc-parents__warnings');
  await expect(warning).not.toContainText('kan een leerling bij deze activiteiten worden uitgesloten');
  await page.getByRole('navigation', { name: 'Stappen' }).getByRole('button', { name: 'Activiteiten' }).click();
  await page.getByRole('button', { name: `Vragen beantwoorden ${activity.name}`, exact: true }).click();
  const fieldset = page.locator('fieldset.skc-question').filter({ has: page.locator('legend', { hasText: question!.text.nl.trim() }) });
  await fieldset.getByRole('radio', { name: 'nee', exact: true }).check();
  await typeInto(fieldset.getByLabel('Toelichting (niet verplicht)'), 'INTERNE-NOTITIE-MARKER bij de vraag');
  await page.getByRole('navigation', { name: 'Stappen' }).getByRole('button', { name: 'Voor ouders' }).click();

  await expect(warning).toContainText('Volgens uw antwoorden kan een leerling bij deze activiteiten worden uitgesloten of anders behandeld.');
  await expect(warning.getByRole('link')).toContainText([activity.name]);
  const { pages, text } = await printed(page, testInfo.outputPath('voor-ouders-met-waarschuwing.pdf'));
  expect(pages).toBe(1);
  expect(text).not.toContain('INTERNE-NOTITIE-MARKER');
  expect(text).not.toContain('Kijk dit na');

  await warning.getByRole('link', { name: activity.name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: activity.name })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/activity/${activity.id}$`));
});

test('on a 320 pixel wide phone the step for parents does not scroll sideways', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await openForParents(page);
  await typeInto(page.getByLabel('Bij wie kunnen ouders terecht met vragen?'), 'de administratie, een-heel-lang-adres-zonder-spaties@basisschool-de-regenboog.example');
  const sideways = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(sideways).toBeLessThanOrEqual(0);
  for (const part of [preview(page), page.getByRole('button', { name: 'Afdrukken voor ouders' }), page.getByLabel('Waar betaalt de school de bijdrage nog meer van?')]) {
    const box = (await part.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(320);
  }
});

test.describe('on the English page', () => {
  test.use({ locale: 'en-GB' });

  test('the text for parents is in English, with the amount in English notation', async ({ page }) => {
    await openForParents(page, 'en');
    await typeInto(page.getByLabel('Whom can parents ask their questions?'), 'the school office, info@regenboog.example');
    await page.getByRole('button', { name: 'Copy as text' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toHaveText('Copied as text. Paste it into an e-mail or the school guide.');
    const text = await clipboard(page);
    expect(text).toContain('We ask a voluntary parental contribution of € 45.50 per child per school year.');
    expect(text).toContain('This contribution is voluntary.');
    expect(text).toContain('All children take part in all school activities.');
    expect(text).toContain('- Kamp groep 8 (groep 8): € 85.00 per child. We ask a separate contribution for this. That is voluntary too. Your child always takes part.');
    expect(text).toContain('Please contact the school office, info@regenboog.example.');
    for (const secret of SECRETS) expect(text).not.toContain(secret);
    await axeClean(page, 'for parents');
  });
});

test('names where parents get independent advice exactly when the site names it', async ({ page }) => {
  const helpline = contentUnderTest.settings.helpline;
  await openForParents(page);
  if (helpline) {
    await expect(preview(page)).toContainText(`U kunt ook advies vragen bij ${helpline.name.nl}`);
    if (helpline.phone) await expect(preview(page)).toContainText(helpline.phone);
  } else {
    await expect(preview(page)).not.toContainText('U kunt ook advies vragen');
  }
  await expect(preview(page)).toContainText('Vragen?');
});
