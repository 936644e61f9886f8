import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { ACTIVITY_KINDS } from '../../src/domain/vocabulary';
import { PO_SCHOOL, VO_SCHOOL, type ActivityFixture } from '../fixtures/schools';
import { actionCount, activityEntry, activityQuestionsFor, addActivity, answerActivity, answerQuestions, axeClean, backToList, checklist, euros, expectedStatus, goToStep, KIND_LABELS, listEntry, notice, plannedAnswers, questionOnPage, schoolQuestionsFor, startAssessment, STATUS_WORDS, stepAddress, typeInto, URL_EN, URL_NL, type AnswerValue, reportCost } from './support/assessment';
import { root } from './support/site';

/** Prints the page with the browser's own engine and returns the PDF's text, whitespace collapsed. */
async function printedText(page: Page, name: string) {
  await page.emulateMedia({ media: 'print' });
  const pdf = test.info().outputPath(name);
  writeFileSync(pdf, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
  await page.emulateMedia({ media: 'screen' });
  return execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

/**
 * Table cells wrap, and a PDF's text interleaves the columns of a row: a sentence counts as printed when
 * all its words appear in order, close together (within its row), from some occurrence of its first word.
 */
function printedInOrder(text: string, sentence: string) {
  const words = text.split(' ');
  const wanted = sentence.split(/\s+/);
  return words.some((word, start) => {
    if (word !== wanted[0]) return false;
    let at = start;
    for (const next of wanted.slice(1)) {
      at = words.indexOf(next, at + 1);
      if (at < 0 || at - start > wanted.length + 40) return false;
    }
    return true;
  });
}

const summaryItem = (page: Page, name: string) =>
  page.locator('.skc-status-list').first().getByRole('listitem').filter({ has: page.getByRole('button', { name, exact: true }) });

test.use({ locale: 'nl-NL' });

test.describe('the self-assessment', () => {
  // Typing nine activities and answering them question by question takes a while on a 2-core machine.
  test.describe.configure({ timeout: 240_000 });

  test('a secondary school adds its nine activities, answers every question, and gets statuses in words, an action plan and a printed report', async ({ page }) => {
    const school = VO_SCHOOL;
    await page.goto(URL_NL);
    await startAssessment(page, school);

    // The whole school: "nee" to a question that can exclude pupils, "deels" to another, with a note.
    await goToStep(page, 'Hele school');
    const schoolQuestions = schoolQuestionsFor(school.type);
    const schoolAnswers = plannedAnswers(schoolQuestions, 'no-to-a-critical-question');
    const partly = schoolQuestions.find((q) => schoolAnswers.get(q.id) === 'yes');
    if (partly) schoolAnswers.set(partly.id, 'partly');
    await answerQuestions(page, schoolQuestions, schoolAnswers);
    const noQuestion = schoolQuestions.find((q) => schoolAnswers.get(q.id) === 'no')!;
    const note = 'De schoolgids 2026 noemt het bedrag, maar niet dat iedereen meedoet.';
    await typeInto(questionOnPage(page, noQuestion).getByLabel('Toelichting (niet verplicht)'), note);
    const schoolStatus = expectedStatus(schoolQuestions, schoolAnswers);
    await expect(page.locator('.skc-step-title + p .skc-status-tag')).toHaveText(STATUS_WORDS[schoolStatus]);

    // Nine activities of the school's own, amounts typed as people write them.
    await goToStep(page, 'Activiteiten');
    for (const activity of school.activities) await addActivity(page, activity);
    for (const activity of school.activities) {
      const entry = activityEntry(page, activity.name);
      await expect(entry.locator('.skc-hint')).toHaveText(`(${KIND_LABELS[activity.kind]}${activity.amount === null ? '' : `, ${euros(activity.amount)}`})`);
      const unanswered = expectedStatus(activityQuestionsFor(school.type, activity.kind), new Map());
      await expect(entry.locator('.skc-status-tag')).toHaveText(STATUS_WORDS[unanswered]);
    }
    await axeClean(page, 'activities');

    const answered: ({ activity: ActivityFixture } & Awaited<ReturnType<typeof answerActivity>>)[] = [];
    for (const activity of school.activities) answered.push({ activity, ...(await answerActivity(page, school.type, activity)) });
    const statuses = new Set(answered.map((a) => a.status));
    // The plans are chosen so a school sees more than one outcome; if the checklist under test cannot
    // give them, this test would prove little, so it says so.
    expect(statuses.size, 'the checklist under test gives every activity kind the same outcome').toBeGreaterThan(1);

    await goToStep(page, 'Samenvatting en actieplan');
    await expect(page.getByRole('heading', { name: 'Samenvatting', exact: true })).toBeFocused();
    const total = schoolQuestions.length + answered.reduce((n, a) => n + a.questions.length, 0);
    await expect(page.locator('#sa-step-title + p')).toHaveText(`${total} van ${total} vragen beantwoord`);
    await expect(page.locator('.skc-status-list').first().getByRole('listitem').first()).toHaveText(`Hele school: ${STATUS_WORDS[schoolStatus]}`);
    for (const { activity, status } of answered) await expect(summaryItem(page, activity.name).locator('.skc-status-tag')).toHaveText(STATUS_WORDS[status]);

    const actions = actionCount(schoolAnswers) + answered.reduce((n, a) => n + actionCount(a.answers), 0);
    const rows = page.locator('.skc-action-table tbody tr');
    await expect(rows).toHaveCount(actions);
    await typeInto(rows.nth(0).getByRole('textbox', { name: 'Wie, actie 1' }), 'Mevrouw Jansen, teamleider');
    const deadline = rows.nth(0).getByRole('textbox', { name: 'Wanneer klaar, actie 1' });
    await typeInto(deadline, '1-3-2027');
    // A date that does not exist is explained once the field is left, and not stored.
    const second = rows.nth(1).getByRole('textbox', { name: 'Wanneer klaar, actie 2' });
    // The suggested action's own words (the first line of its cell), to find its row in the report.
    const secondAction = (await rows.nth(1).locator('td').first().innerText()).split('\n')[0]!.trim();
    await typeInto(second, '31-2-2027');
    await second.press('Tab');
    await expect(rows.nth(1).locator('.skc-error')).toHaveText('Deze datum bestaat niet. Controleer de dag en de maand.');
    await expect(second).toHaveAttribute('aria-invalid', 'true');
    await typeInto(second, '15 april 2027');
    await second.press('Tab');
    await expect(rows.nth(1).locator('.skc-error')).toHaveCount(0);
    await expect(deadline).toHaveValue('1-3-2027');
    await expect(second).toHaveValue('15-4-2027');
    await axeClean(page, 'summary');

    await goToStep(page, 'Rapport');
    const report = page.locator('.skc-report');
    await expect(report.locator('.skc-report__school')).toHaveText(school.name);
    await expect(report.locator('.skc-report__facts')).toContainText(euros(school.contributionAmount));
    await expect(report).toContainText(`Toelichting: ${note}`);
    for (const { activity, status } of answered) {
      const section = report.getByRole('region', { name: activity.name, exact: true });
      await expect(section.getByRole('heading', { level: 4 })).toHaveText(activity.name);
      await expect(section.locator('.skc-status-tag')).toHaveText(STATUS_WORDS[status]);
      await expect(section).toContainText(`${KIND_LABELS[activity.kind]} · Kosten per leerling: ${reportCost(activity.amount)}`);
    }
    // The report groups the plan per activity, so the rows are found by what was typed, not by place.
    const reportRows = report.locator('.skc-action-table tbody tr');
    await expect(reportRows).toHaveCount(actions);
    const owned = reportRows.filter({ hasText: 'Mevrouw Jansen, teamleider' });
    await expect(owned).toHaveCount(1);
    await expect(owned.locator('td').last()).toHaveText('1 maart 2027');
    await expect(reportRows.filter({ hasText: secondAction }).filter({ hasText: '15 april 2027' })).toHaveCount(1);
    await expect(report.locator('svg[role="img"]')).toHaveCount(1);
    await axeClean(page, 'report');

    const text = await printedText(page, 'report.pdf');
    expect(text).toContain(school.name);
    for (const { activity } of answered) expect(text).toContain(activity.name);
    for (const typed of ['Mevrouw Jansen, teamleider', '1 maart 2027', '15 april 2027']) expect(printedInOrder(text, typed), typed).toBe(true);
    // Every suggested action the answers call for, in the checklist's words.
    const suggestions = [...schoolQuestions, ...answered.flatMap((a) => a.questions)]
      .filter((q) => [schoolAnswers, ...answered.map((a) => a.answers)].some((answers) => ['no', 'partly'].includes(answers.get(q.id) ?? '')))
      .map((q) => q.action.nl.replace(/\s+/g, ' ').trim());
    for (const suggestion of suggestions) expect(printedInOrder(text, suggestion), suggestion).toBe(true);
    for (const words of ['Ondertekening', 'Schoolleider', 'Namens de MR', 'Handtekening']) expect(text).toContain(words);
    expect(text).not.toContain('Volgende stap');
  });

  test('a primary school whose activities are all open gets no actions, and is offered only the examples meant for primary schools', async ({ page }) => {
    const school = PO_SCHOOL;
    await page.goto(URL_NL);
    await startAssessment(page, school);
    await goToStep(page, 'Activiteiten');

    // The examples on offer are the checklist's for this school type, whatever the municipality wrote.
    const offered = checklist.templates.filter((x) => x.schoolTypes.includes(school.type));
    const select = page.getByLabel('Kies een voorbeeld', { exact: true });
    if (offered.length === 0) {
      await expect(select).toHaveCount(0);
    } else {
      const options = await select.locator('option').allInnerTexts();
      expect(options).toEqual(offered.map((x) => `${x.name.nl} (${KIND_LABELS[x.kind]})`));
      // The first example on offer is added, removed, brought back with Undo, and removed again.
      const example = offered[0]!.name.nl;
      await select.selectOption({ label: options[0]! });
      await page.getByRole('button', { name: 'Voorbeeld toevoegen' }).click();
      await expect(notice(page)).toHaveText(`“${example}” is toegevoegd.`);
      await activityEntry(page, example).getByRole('button', { name: `Verwijderen ${example}` }).click();
      await expect(notice(page)).toHaveText(`“${example}” is verwijderd.`);
      await expect(notice(page).locator('..')).toBeFocused();
      await expect(activityEntry(page, example)).toHaveCount(0);
      await axeClean(page, 'activity removed');
      await page.getByRole('button', { name: 'Ongedaan maken' }).click();
      await expect(notice(page)).toHaveText(`“${example}” is teruggezet.`);
      await expect(activityEntry(page, example)).toHaveCount(1);
      await activityEntry(page, example).getByRole('button', { name: `Verwijderen ${example}` }).click();
      await expect(activityEntry(page, example)).toHaveCount(0);
    }

    for (const activity of school.activities) await addActivity(page, activity);
    for (const activity of school.activities) await answerActivity(page, school.type, activity);
    await goToStep(page, 'Hele school');
    const schoolQuestions = schoolQuestionsFor(school.type);
    await answerQuestions(page, schoolQuestions, plannedAnswers(schoolQuestions, 'all-yes'));

    await goToStep(page, 'Samenvatting en actieplan');
    await expect(page.getByText('Er zijn geen acties: alle antwoorden zijn ja of n.v.t.')).toBeVisible();
    await expect(page.locator('.skc-status-list').first().locator('.skc-status-tag')).toHaveText(Array(school.activities.length + 1).fill(STATUS_WORDS.open));
    await goToStep(page, 'Rapport');
    for (const activity of school.activities) {
      await expect(page.locator('.skc-report').getByRole('region', { name: activity.name, exact: true })).toContainText(`Kosten per leerling: ${reportCost(activity.amount)}`);
    }
    await backToList(page);
    await expect(listEntry(page, school.name)).toContainText('Bewaard op deze computer');
  });

  test('an amount that cannot be read is explained when the field is left, and the last good amount is kept', async ({ page }) => {
    await page.goto(URL_NL);
    await startAssessment(page, { name: 'Bedragen School', type: 'vo', year: '2026-2027', contribution: '1.250,00', filledInBy: 'X' });
    const contribution = page.getByLabel('Vrijwillige ouderbijdrage per leerling per jaar (euro)');
    await contribution.press('Tab');
    // Shown back without a thousands mark, so that the text reads the same on either language's page.
    await expect(contribution).toHaveValue('1250');
    await typeInto(contribution, '-5');
    await contribution.press('Tab');
    await expect(page.getByText('Een bedrag kan niet negatief zijn.')).toBeVisible();
    await expect(contribution).toHaveValue('-5');
    await typeInto(contribution, '12.5');
    await contribution.press('Tab');
    await expect(page.getByText('Een bedrag kan niet negatief zijn.')).toHaveCount(0);
    await expect(contribution).toHaveValue('12,50');
    await typeInto(contribution, 'twaalf');
    await contribution.press('Tab');
    await expect(page.getByText('Vul een bedrag in cijfers in, bijvoorbeeld 12,50.')).toBeVisible();

    await goToStep(page, 'Activiteiten');
    await typeInto(page.getByLabel('Naam van de activiteit'), 'Schaatsen');
    await typeInto(page.getByLabel('Kosten per leerling (euro)'), '12,505');
    await page.getByRole('button', { name: 'Toevoegen', exact: true }).click();
    await expect(page.getByText('Gebruik ten hoogste twee cijfers na de komma, bijvoorbeeld 12,50.')).toBeVisible();
    await expect(page.getByLabel('Kosten per leerling (euro)')).toBeFocused();
    await expect(activityEntry(page, 'Schaatsen')).toHaveCount(0);

    await goToStep(page, 'Rapport');
    await expect(page.locator('.skc-report__facts')).toContainText(euros(12.5));
  });

  test('work survives a reload and closing the tab, and a reload keeps the step', async ({ page, context }) => {
    await page.goto(URL_NL);
    await startAssessment(page, { name: 'Het Reload College', type: 'vo', year: '2026-2027', contribution: '60', filledInBy: 'Test' });
    await goToStep(page, 'Hele school');
    const questions = schoolQuestionsFor('vo');
    const answers = new Map(questions.map((q, i): [string, AnswerValue] => [q.id, i % 2 ? 'yes' : 'no']));
    await answerQuestions(page, questions, answers);
    await expect(page.locator('.skc-save-status')).toHaveText(/^Opgeslagen op deze computer om \d\d:\d\d:\d\d$/);
    const checkAnswers = async (on: Page) => {
      for (const q of questions) await expect(questionOnPage(on, q).getByRole('radio', { name: answers.get(q.id) === 'yes' ? 'ja' : 'nee', exact: true })).toBeChecked();
    };

    await page.reload();
    await expect(page).toHaveURL(stepAddress('school'));
    await expect(page.getByRole('heading', { level: 2, name: 'Hele school' })).toBeVisible();
    await checkAnswers(page);
    await backToList(page);
    await expect(listEntry(page, 'Het Reload College')).toContainText('Bewaard op deze computer');

    await page.close();
    const again = await context.newPage();
    await again.goto(URL_NL);
    await again.getByRole('button', { name: 'Openen Het Reload College' }).click();
    await expect(again.getByLabel('Naam van de school')).toHaveValue('Het Reload College');
    await goToStep(again, 'Hele school');
    await checkAnswers(again);
  });

  test('Back and Forward move between the steps', async ({ page }) => {
    await page.goto(URL_NL);
    await startAssessment(page, { name: 'Terug School', type: 'po', year: '2026-2027', contribution: '', filledInBy: '' });
    await goToStep(page, 'Hele school');
    await goToStep(page, 'Activiteiten');
    await page.goBack();
    await expect(page).toHaveURL(stepAddress('school'));
    await expect(page.getByRole('heading', { level: 2, name: 'Hele school' })).toBeVisible();
    await page.goBack();
    await expect(page).toHaveURL(stepAddress('profile'));
    await expect(page.getByLabel('Naam van de school')).toHaveValue('Terug School');
    await page.goForward();
    await expect(page).toHaveURL(stepAddress('school'));
    await page.goBack();
    await page.goBack();
    await expect(page.getByRole('heading', { name: 'Uw zelfevaluaties' })).toBeVisible();
  });

  test('two assessments are kept apart', async ({ page }) => {
    await page.goto(URL_NL);
    await startAssessment(page, { name: 'School Een', type: 'po', year: '2026-2027', contribution: '10', filledInBy: 'A' });
    await goToStep(page, 'Hele school');
    const po = schoolQuestionsFor('po');
    await answerQuestions(page, po, plannedAnswers(po, 'all-yes'));
    await backToList(page);
    await startAssessment(page, { name: 'School Twee', type: 'vo', year: '2025-2026', contribution: '20', filledInBy: 'B' });
    await goToStep(page, 'Hele school');
    const vo = schoolQuestionsFor('vo');
    await answerQuestions(page, vo, new Map(vo.map((q) => [q.id, 'no'])));
    await page.reload();
    await backToList(page);
    await page.getByRole('button', { name: 'Openen School Een' }).click();
    await expect(page.getByRole('radio', { name: 'basisonderwijs (po)' })).toBeChecked();
    await goToStep(page, 'Hele school');
    await expect(page.locator('fieldset.skc-question').first().getByRole('radio', { name: 'ja', exact: true })).toBeChecked();
    await backToList(page);
    await page.getByRole('button', { name: 'Openen School Twee' }).click();
    await expect(page.getByLabel('Schooljaar')).toHaveValue('2025-2026');
    await goToStep(page, 'Hele school');
    await expect(page.locator('fieldset.skc-question').first().getByRole('radio', { name: 'nee', exact: true })).toBeChecked();
  });

  test('export, delete and import give the same report, with every amount as it was typed', async ({ page }) => {
    const school = { ...VO_SCHOOL, name: 'Export Lyceum' };
    await page.goto(URL_NL);
    await startAssessment(page, school);
    await goToStep(page, 'Activiteiten');
    for (const activity of school.activities) await addActivity(page, activity);
    await answerActivity(page, school.type, school.activities.find((a) => a.answers === 'no-to-a-critical-question')!);
    await goToStep(page, 'Rapport');
    // textContent, not innerText: the report lets the browser skip laying out sections off the screen
    // (content-visibility), and innerText leaves out what is not laid out.
    const reportText = async () => ((await page.locator('.skc-report').textContent()) ?? '').replace(/\s+/g, ' ');
    const before = await reportText();
    const downloadPromise = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Bewaren als bestand (.json)' }).click();
    const file = test.info().outputPath('export.json');
    await (await downloadPromise).saveAs(file);
    const json = JSON.parse(readFileSync(file, 'utf8'));
    expect(json).toMatchObject({ format: 'schoolkostencheck-assessment', checklistVersion: checklist.version, profile: { schoolName: school.name, contribution: school.contributionAmount } });
    expect(json.activities.map((a: { name: string; costPerPupil: number | null }) => [a.name, a.costPerPupil])).toEqual(school.activities.map((a) => [a.name, a.amount]));

    await backToList(page);
    await page.getByRole('button', { name: 'Verwijderen Export Lyceum' }).click();
    await page.getByRole('button', { name: 'Ja, verwijderen' }).click();
    await expect(notice(page)).toHaveText('“Export Lyceum” is verwijderd.');
    await expect(page.getByRole('button', { name: 'Openen Export Lyceum' })).toHaveCount(0);
    await page.reload();
    await expect(page.getByRole('button', { name: 'Openen Export Lyceum' })).toHaveCount(0);

    await page.getByLabel('Bestand openen (.json)').setInputFiles(file);
    await expect(notice(page)).toHaveText('“Export Lyceum” is geopend uit het bestand.');
    await expect(page.getByLabel('Naam van de school')).toHaveValue('Export Lyceum');
    await goToStep(page, 'Rapport');
    expect(await reportText()).toBe(before);
  });

  test('deleting asks first and can be undone', async ({ page }) => {
    await page.goto(URL_NL);
    await startAssessment(page, { name: 'Ongedaan School', type: 'po', year: '2026-2027', contribution: '', filledInBy: '' });
    await backToList(page);
    await page.getByRole('button', { name: 'Verwijderen Ongedaan School' }).click();
    await expect(page.getByText('Weet u zeker dat u “Ongedaan School” wilt verwijderen?')).toBeVisible();
    await page.getByRole('button', { name: 'Nee, bewaren' }).click();
    await page.getByRole('button', { name: 'Verwijderen Ongedaan School' }).click();
    await page.getByRole('button', { name: 'Ja, verwijderen' }).click();
    await expect(notice(page)).toHaveText('“Ongedaan School” is verwijderd.');
    await expect(notice(page).locator('..')).toBeFocused();
    await page.getByRole('button', { name: 'Ongedaan maken' }).click();
    await expect(notice(page)).toHaveText('“Ongedaan School” is teruggezet.');
    await page.reload();
    await expect(page.getByRole('button', { name: 'Openen Ongedaan School' })).toBeVisible();
  });

  test('a broken file shows an error summary and changes nothing', async ({ page }) => {
    await page.goto(URL_NL);
    await startAssessment(page, { name: 'Blijft Staan', type: 'po', year: '2026-2027', contribution: '5', filledInBy: 'X' });
    await backToList(page);
    const storedBefore = await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));
    const broken = test.info().outputPath('broken.json');
    writeFileSync(broken, JSON.stringify({ format: 'schoolkostencheck-assessment', schemaVersion: 1, checklistVersion: 1, id: 'x', profile: { schoolType: 'mbo' }, activities: 'none' }));
    await page.getByLabel('Bestand openen (.json)').setInputFiles(broken);
    const summary = page.getByRole('alert');
    await expect(summary).toContainText('Dit bestand kon niet worden geopend');
    await expect(summary).toBeFocused();
    expect(await summary.getByRole('listitem').count()).toBeGreaterThanOrEqual(3);
    await expect(summary).toContainText('profile.schoolType');
    await expect(summary).toContainText('activities');
    await axeClean(page, 'import errors');
    const notJson = test.info().outputPath('not-json.json');
    writeFileSync(notJson, '{ dit is geen json');
    await page.getByLabel('Bestand openen (.json)').setInputFiles(notJson);
    await expect(page.getByRole('alert')).toContainText('JSON');
    expect(await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()))).toBe(storedBefore);
    await expect(page.getByRole('button', { name: /^Openen / })).toHaveCount(1);
  });

  test('an assessment not kept on this computer survives a reload of its tab, after a warning, and no other tab sees it', async ({ page, context }) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.type());
      void dialog.accept();
    });
    await page.goto(URL_NL);
    await startAssessment(page, { name: 'Personeelskamer', type: 'po', year: '2026-2027', contribution: '5', filledInBy: 'X' });
    const keep = page.getByLabel('Bewaar deze zelfevaluatie op deze computer');
    await expect(keep).toBeChecked();
    await keep.uncheck();
    await typeInto(page.getByLabel('Naam van de school'), 'Personeelskamer PC');
    await expect(page.locator('.skc-save-status')).toHaveText(/^Alleen in dit tabblad bewaard \(om \d\d:\d\d:\d\d\)/);

    await page.reload();
    expect(dialogs).toEqual(['beforeunload']);
    await expect(page.getByLabel('Naam van de school')).toHaveValue('Personeelskamer PC');
    await expect(page.getByLabel('Bewaar deze zelfevaluatie op deze computer')).not.toBeChecked();
    await backToList(page);
    await expect(listEntry(page, 'Personeelskamer PC')).toContainText('Alleen in dit tabblad bewaard');

    const other = await context.newPage();
    await other.goto(URL_NL);
    await expect(other.getByText('U heeft nog geen zelfevaluatie op deze computer.')).toBeVisible();
  });

  test('every step passes axe and is reachable by keyboard', async ({ page }) => {
    await page.goto(URL_NL);
    await axeClean(page, 'list');
    await page.getByRole('button', { name: 'Nieuwe zelfevaluatie' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Schoolgegevens' })).toBeFocused();
    await axeClean(page, 'profile');
    await goToStep(page, 'Hele school');
    await axeClean(page, 'whole school');
    await goToStep(page, 'Activiteiten');
    // An activity of a kind the checklist asks questions about, added by keyboard alone.
    const kind = ACTIVITY_KINDS.find((k) => activityQuestionsFor('po', k).length > 0)!;
    await page.getByLabel('Naam van de activiteit').focus();
    await page.keyboard.type('Schoolreis');
    await page.keyboard.press('Tab');
    await page.getByLabel('Soort activiteit').selectOption({ label: KIND_LABELS[kind] });
    await page.getByLabel('Kosten per leerling (euro)').focus();
    await page.keyboard.press('Enter');
    await expect(notice(page)).toHaveText('“Schoolreis” is toegevoegd.');
    await axeClean(page, 'activities');
    await page.getByRole('button', { name: 'Vragen beantwoorden Schoolreis' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 2, name: 'Schoolreis' })).toBeFocused();
    const firstRadio = page.locator('fieldset.skc-question').first().getByRole('radio').first();
    await firstRadio.focus();
    await page.keyboard.press('Space');
    await expect(firstRadio).toBeChecked();
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('fieldset.skc-question').first().getByRole('radio', { name: 'deels' })).toBeChecked();
    await axeClean(page, 'activity');
    await goToStep(page, 'Samenvatting en actieplan');
    await axeClean(page, 'summary');
    await goToStep(page, 'Rapport');
    await axeClean(page, 'report');
  });

  test('without JavaScript the page shows the whole checklist and says filling it in needs JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: 'nl-NL' });
    const page = await context.newPage();
    await page.goto(URL_NL);
    await expect(page.getByText('Het invullen werkt met JavaScript')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'De vragenlijst' })).toBeVisible();
    // Every school-wide question once, and each activity question under every kind it is asked for.
    const expected = checklist.schoolQuestions.length + ACTIVITY_KINDS.reduce((n, kind) => n + checklist.activityQuestions.filter((q) => q.kinds.includes(kind)).length, 0);
    await expect(page.locator('.skc-doc-question')).toHaveCount(expected);
    await context.close();
  });

  test('when the script cannot load, the checklist document is there and passes axe', async ({ page }) => {
    await page.route('**/_astro/*.js', (route) => route.abort());
    await page.goto(URL_NL);
    await expect(page.getByText('Het invullen werkt met JavaScript')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Vragen voor de hele school' })).toBeVisible();
    await axeClean(page, 'no-js');
  });
});

test.describe('the English page', () => {
  test.use({ locale: 'en-GB' });

  test('is complete and works the same', async ({ page }) => {
    await page.goto(URL_EN);
    await page.getByRole('button', { name: 'New self-assessment' }).click();
    await expect(page.getByRole('heading', { name: 'School details' })).toBeFocused();
    await typeInto(page.getByLabel('Name of the school'), 'Riverside Academy');
    await typeInto(page.getByLabel('Voluntary parental contribution per pupil per year (euro)'), '1,250.50');
    const steps = page.getByRole('navigation', { name: 'Steps' });
    await steps.getByRole('button', { name: 'Whole school' }).click();
    await expect(page).toHaveURL(stepAddress('school'));
    await page.locator('fieldset.skc-question').first().getByRole('radio', { name: 'no', exact: true }).check();
    await steps.getByRole('button', { name: 'Summary and action plan' }).click();
    await expect(page.locator('.skc-action-table')).toContainText('Whole school');
    await typeInto(page.getByRole('textbox', { name: 'Done by, action 1' }), '1 March 2027');
    await axeClean(page, 'english summary');
    await steps.getByRole('button', { name: 'Report' }).click();
    await expect(page.locator('.skc-report__facts')).toContainText('€ 1,250.50');
    await expect(page.locator('.skc-report .skc-action-table tbody tr').first().locator('td').last()).toHaveText('1 March 2027');
  });
});

test('a file saved by an earlier release opens with the same answers and report', async ({ page }) => {
  // Every released schema version keeps a fixture filled against the published checklist.
  const fixture = join(root, 'tests/fixtures/assessments/v1-noorderlicht-vo-real-checklist.json');
  const saved = JSON.parse(readFileSync(fixture, 'utf8')) as {
    profile: { schoolName: string; schoolType: 'vo' };
    schoolAnswers: Record<string, { value: AnswerValue }>;
    activities: { id: string; name: string; kind: (typeof ACTIVITY_KINDS)[number]; answers: Record<string, { value: AnswerValue }> }[];
    actions: Record<string, { owner: string; deadline: string }>;
  };
  // What the page must count: the questions of this checklist that apply, and which of them the file answers.
  const parts = [
    { scope: 'school', questions: schoolQuestionsFor(saved.profile.schoolType), answers: saved.schoolAnswers },
    ...saved.activities.map((a) => ({ scope: a.id, questions: activityQuestionsFor(saved.profile.schoolType, a.kind), answers: a.answers })),
  ];
  // The owners the file gives to actions that this checklist still calls for ("nee" or "deels").
  const owners = Object.entries(saved.actions)
    .filter(([key]) => parts.some((p) => p.questions.some((q) => `${p.scope}:${q.id}` === key && ['no', 'partly'].includes(p.answers[q.id]?.value ?? ''))))
    .map(([, fields]) => fields.owner)
    .filter(Boolean);
  const total = parts.reduce((n, p) => n + p.questions.length, 0);
  const answered = parts.reduce((n, p) => n + p.questions.filter((q) => Object.hasOwn(p.answers, q.id)).length, 0);
  await page.goto(URL_NL);
  await page.getByLabel('Bestand openen (.json)').setInputFiles(fixture);
  await expect(notice(page)).toContainText(saved.profile.schoolName);
  await goToStep(page, 'Schoolgegevens');
  await expect(page.getByLabel('Naam van de school')).toHaveValue(saved.profile.schoolName);
  await goToStep(page, 'Rapport');
  const report = page.locator('.skc-report');
  for (const activity of saved.activities) await expect(report.getByRole('heading', { name: activity.name, exact: true })).toBeVisible();
  await expect(report).toContainText(`${answered} van ${total} vragen beantwoord`);
  for (const owner of owners) await expect(report.locator('.skc-action-table', { hasText: owner }).first()).toBeVisible();
});

test('the action plan downloads as a CSV file that a spreadsheet reads', async ({ page }) => {
  await page.goto(URL_NL);
  await startAssessment(page, { name: 'CSV School', type: 'po', year: '2026-2027', contribution: '10', filledInBy: 'X' });
  await goToStep(page, 'Hele school');
  await page.locator('fieldset.skc-question').first().getByRole('radio', { name: 'nee', exact: true }).check();
  await goToStep(page, 'Samenvatting en actieplan');
  await typeInto(page.getByRole('textbox', { name: 'Wie, actie 1' }), '=HYPERLINK("http://example.org")');
  await typeInto(page.getByRole('textbox', { name: 'Wanneer klaar, actie 1' }), '1 maart 2027');
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Actieplan als spreadsheet (.csv)' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('csv-school-2026-2027.csv');
  const csv = readFileSync((await download.path())!, 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const [header, row] = csv.slice(1).split('\r\n');
  expect(header).toBe('"Waar","Vraag","Antwoord","Soort","Voorgestelde actie","Wie","Wanneer klaar","Uitgangspunt"');
  expect(row).toContain('"Hele school"');
  expect(row).toContain('"nee"');
  expect(row).toContain('"2027-03-01"');
  // A cell that a spreadsheet would run as a formula is neutralised.
  expect(row).toContain('"\'=HYPERLINK(""http://example.org"")"');
});
