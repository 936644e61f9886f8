import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { ActivityQuestion, SchoolQuestion } from '../../src/domain/checklist/schema';
import { activityQuestionsFor as questionsOfActivity, schoolQuestionsFor as schoolQuestionsOfType } from '../../src/domain/assessment/applicable';
import { decodeAssessment } from '../../src/domain/assessment/format/decode';
import { ACTIVITY_KINDS, CONCERNS, FUNDING, SCHOOL_TYPES, TOPICS, type Concern, type SchoolType } from '../../src/domain/vocabulary';
import { en } from '../../src/lib/i18n/en';
import { PO_SCHOOL, VO_SCHOOL, type SchoolFixture } from '../fixtures/schools';
import { contentUnderTest } from '../support/content-under-test';
import { activityEntry, activityQuestionsFor, addActivity, answerActivity, answerQuestions, axeClean, backToList, checklist, DECISION_WORDS, euros, expectedStatus, FUNDING_WORDS, goToStep, KIND_LABELS, listEntry, notice, openedFileNotice, plannedAnswers, questionOnPage, reportCost, schoolQuestionsFor, startAssessment, STATUS_ORDER, STATUS_WORDS, stepAddress, typeInto, URL_EN, URL_NL, type AnswerValue, type Status } from './support/assessment';
import { root } from './support/site';

/** The printed report as a reader of the paper sees it: the text of each A4 page, whitespace collapsed. */
async function printedPages(page: Page, name: string): Promise<string[]> {
  await page.emulateMedia({ media: 'print' });
  const pdf = test.info().outputPath(name);
  writeFileSync(pdf, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
  await page.emulateMedia({ media: 'screen' });
  // pdftotext ends every page with a form feed.
  return execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1).map((text) => text.replace(/\s+/g, ' '));
}

/**
 * Lines wrap, and a PDF's text can interleave columns: a sentence counts as printed when all its words
 * appear in order, close together, from some occurrence of its first word.
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

// The school-wide topics as the plan names their groups ("Hele school: <topic>").
const TOPIC_WORDS: Record<(typeof TOPICS)[number], string> = {
  information: 'Informatie en schoolgids',
  'mr-consent': 'Instemming van de MR',
  enrolment: 'Aanmelding en schoolkeuze',
  'privacy-stigma': 'Privacy: niemand ziet wie betaalde',
  'support-referral': 'Hulp en doorverwijzen',
  'yearly-review': 'Elk jaar evalueren',
};
/** The status an answer's concern gives its part and its action. */
const statusOfConcern = (concern: Concern): Status => (concern === 'exclusion' ? 'excludes' : concern);
const activities = (count: number) => (count === 1 ? '1 activiteit' : `${count} activiteiten`);

interface AnsweredPart {
  /** The activity's name; null for the school-wide part. */
  name: string | null;
  questions: readonly (SchoolQuestion | ActivityQuestion)[];
  answers: ReadonlyMap<string, AnswerValue>;
}

/**
 * The action plan's groups the answers call for, in the plan's order: one per activity and one per
 * school-wide topic with a "nee" or "deels"; those about the law first, then cost barriers, then missing
 * information; within that, the school-wide topics in their order, then the activities in the school's.
 */
function expectedGroups(parts: readonly AnsweredPart[]) {
  const groups = new Map<string, { title: string; concern: Concern; actions: number; place: number }>();
  for (const part of parts) {
    for (const question of part.questions) {
      if (!['no', 'partly'].includes(part.answers.get(question.id) ?? '')) continue;
      const topic = part.name === null ? (question as SchoolQuestion).topic : null;
      const title = part.name ?? `Hele school: ${TOPIC_WORDS[topic!]}`;
      const group = groups.get(title) ?? { title, concern: question.concern, actions: 0, place: topic ? TOPICS.indexOf(topic) : TOPICS.length };
      group.actions += 1;
      if (CONCERNS.indexOf(question.concern) < CONCERNS.indexOf(group.concern)) group.concern = question.concern;
      groups.set(title, group);
    }
  }
  return [...groups.values()].sort((a, b) => CONCERNS.indexOf(a.concern) - CONCERNS.indexOf(b.concern) || a.place - b.place);
}

/** What one pupil meets in the school year, per payer and per year group, as the summary and the report total it. */
function expectedCosts(school: SchoolFixture) {
  const going = school.activities.filter((a) => a.optional?.decision !== 'drop');
  const cost = (a: (typeof going)[number]) => a.amount ?? 0;
  const onTop = (a: (typeof going)[number]) => (a.fundedBy === 'separate-charge' || a.fundedBy === 'parents-purchase' ? cost(a) : 0);
  const sum = (list: typeof going, of: (a: (typeof going)[number]) => number) => list.reduce((n, a) => n + of(a), 0);
  const wholeSchool = going.filter((a) => !a.yearGroup);
  const names = [...new Set(going.map((a) => a.yearGroup).filter(Boolean))].sort((a, b) => a.localeCompare(b, 'nl', { numeric: true }));
  return {
    totals: [euros(school.contributionAmount), euros(sum(going, cost)), euros(sum(going, onTop))],
    withoutCost: going.filter((a) => a.amount === null).length,
    payers: FUNDING.filter((f) => sum(going.filter((a) => a.fundedBy === f), cost) > 0).map((f) => `${FUNDING_WORDS[f]}: ${euros(sum(going.filter((a) => a.fundedBy === f), cost))}`),
    yearGroups: names.map((name) => {
      const list = [...going.filter((a) => a.yearGroup === name), ...wholeSchool];
      return { name, cells: [euros(sum(list, cost)), euros(sum(list, onTop)), String(list.length)] };
    }),
  };
}

const statusList = (page: Page) => page.locator('.skc-status-list').first();

test.use({ locale: 'nl-NL' });

test.describe('the self-assessment', () => {
  // Typing nine activities and answering them question by question takes a while on a 2-core machine.
  test.describe.configure({ timeout: 240_000 });

  test('a secondary school describes its nine activities, answers every question, and gets statuses in words, a plan in groups with the law first, its costs and a short printed report', async ({ page }) => {
    // Three PDFs and five axe checks besides.
    test.setTimeout(420_000);
    const school = VO_SCHOOL;
    await page.goto(URL_NL);
    await startAssessment(page, school);

    // The whole school: "nee" to a question that can exclude pupils, "deels" to another, with a note for the school itself.
    await goToStep(page, 'Hele school');
    const schoolQuestions = schoolQuestionsFor(school.type);
    const schoolAnswers = plannedAnswers(schoolQuestions, 'no-to-a-critical-question');
    const partly = schoolQuestions.find((q) => schoolAnswers.get(q.id) === 'yes');
    if (partly) schoolAnswers.set(partly.id, 'partly');
    await answerQuestions(page, schoolQuestions, schoolAnswers);
    const noQuestion = schoolQuestions.find((q) => schoolAnswers.get(q.id) === 'no')!;
    const note = 'De penningmeester weet welke ouders vorig jaar niet betaalden.';
    await typeInto(questionOnPage(page, noQuestion).getByLabel('Toelichting (niet verplicht)'), note);
    const schoolStatus = expectedStatus(schoolQuestions, schoolAnswers);
    await expect(page.locator('.skc-step-title + p')).toHaveText(`${STATUS_WORDS[schoolStatus]} · ${schoolQuestions.length} van ${schoolQuestions.length} vragen beantwoord`);

    // Nine activities of the school's own, amounts typed as people write them. Nobody is assumed to pay yet.
    await goToStep(page, 'Activiteiten');
    for (const activity of school.activities) await addActivity(page, activity);
    for (const activity of school.activities) {
      const entry = activityEntry(page, activity.name);
      await expect(entry.locator('.skc-hint')).toHaveText(`(${KIND_LABELS[activity.kind]})`);
      await expect(entry.locator('dd')).toHaveText([reportCost(activity.amount), 'nog niet gekozen', 'de hele school']);
      const asAdded = activityQuestionsFor(school.type, activity.kind);
      await expect(entry.locator('.skc-activity-list__state')).toHaveText(`${STATUS_WORDS[expectedStatus(asAdded, new Map())]} · 0 van ${asAdded.length} vragen beantwoord`);
    }
    await axeClean(page, 'activities');

    // Each described in its details (what it involves, for whom, who pays, optional), then its fitting questions answered.
    const answered: ({ activity: (typeof school.activities)[number] } & Awaited<ReturnType<typeof answerActivity>>)[] = [];
    for (const activity of school.activities) answered.push({ activity, ...(await answerActivity(page, school.type, activity)) });
    // The plans are chosen so a school sees more than one outcome; if the checklist under test cannot
    // give them, this test would prove little, so it says so.
    expect(new Set(answered.map((a) => a.status)).size, 'the checklist under test gives every activity the same outcome').toBeGreaterThan(1);
    const open = answered.filter((a) => a.decisionOpen);
    expect(open.map((a) => a.activity.name), 'the optional activity whose decision is still open').toHaveLength(1);

    // The summary: every question answered (the open decision is not a question: the status says it is
    // still open), parts most serious first, counts per status, costs.
    await goToStep(page, 'Samenvatting en actieplan');
    await expect(page.getByRole('heading', { name: 'Samenvatting', exact: true })).toBeFocused();
    const total = schoolQuestions.length + answered.reduce((n, a) => n + a.questions.length, 0);
    await expect(page.locator('#sa-step-title + p')).toHaveText(`${total} van ${total} vragen beantwoord`);
    const ranked = [...answered].sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status));
    await expect(statusList(page).locator('.skc-part-status__name')).toHaveText(['Hele school', ...ranked.map((a) => a.activity.name)]);
    await expect(statusList(page).locator('.skc-status-tag')).toHaveText([schoolStatus, ...ranked.map((a) => a.status)].map((s) => STATUS_WORDS[s]));
    // A part's count says what it counts: its questions, the same words as on the activity's own page.
    await expect(statusList(page).locator('.skc-hint')).toHaveText([
      `${schoolQuestions.length} van ${schoolQuestions.length} vragen beantwoord`,
      ...ranked.map((a) => `${a.questions.length} van ${a.questions.length} vragen beantwoord`),
    ]);
    const present = STATUS_ORDER.filter((s) => answered.some((a) => a.status === s));
    const counts = page.getByRole('list', { name: 'Activiteiten per status' });
    await expect(counts.locator('strong')).toHaveText(present.map((s) => activities(answered.filter((a) => a.status === s).length)));
    await expect(counts.locator('.skc-status-tag')).toHaveText(present.map((s) => STATUS_WORDS[s]));
    await expect(page.getByRole('group', { name: 'Wat betekenen de statussen?' })).toBeVisible();
    const costs = expectedCosts(school);
    await expect(page.locator('.skc-costs__totals dd')).toHaveText(costs.totals);
    await expect(page.locator('.skc-costs__missing')).toHaveText(costs.withoutCost === 1 ? '1 activiteit zonder bedrag: de totalen kunnen hoger zijn.' : `${costs.withoutCost} activiteiten zonder bedrag: de totalen kunnen hoger zijn.`);
    await expect(page.locator('.skc-costs__payers li')).toHaveText(costs.payers);
    await expect(page.locator('.skc-costs__groups tbody th')).toHaveText(costs.yearGroups.map((g) => g.name));
    await expect(page.locator('.skc-costs__groups tbody td')).toHaveText(costs.yearGroups.flatMap((g) => g.cells));

    // The plan: one group per activity and per school-wide topic, the law first, each with its status.
    const groups = expectedGroups([{ name: null, questions: schoolQuestions, answers: schoolAnswers }, ...answered.map((a) => ({ name: a.activity.name, questions: a.questions, answers: a.answers }))]);
    const actions = groups.reduce((n, g) => n + g.actions, 0);
    expect(groups.length, 'groups in the plan').toBeGreaterThan(1);
    const cards = page.locator('.skc-plan__group');
    await expect(cards.locator('h4')).toHaveText(groups.map((g) => g.title));
    await expect(cards.locator('.skc-plan__status .skc-status-tag')).toHaveText(groups.map((g) => STATUS_WORDS[statusOfConcern(g.concern)]));
    await expect(cards.locator('.skc-plan__status .skc-hint')).toHaveText(groups.map((g) => (g.actions === 1 ? '1 actie' : `${g.actions} acties`)));
    await expect(page.locator('.skc-plan__action')).toHaveCount(actions);

    // One owner and one date for the first group: each of its actions takes them.
    const first = page.getByRole('region', { name: groups[0]!.title, exact: true });
    await typeInto(first.getByRole('textbox', { name: `Wie, ${groups[0]!.title}`, exact: true }), 'Mevrouw Jansen, teamleider');
    const deadline = first.getByRole('textbox', { name: `Wanneer klaar, ${groups[0]!.title}`, exact: true });
    await typeInto(deadline, '1-3-2027');
    await deadline.press('Tab');
    await expect(deadline).toHaveValue('1-3-2027');
    await expect(first.locator('.skc-plan__who')).toHaveText(Array(groups[0]!.actions).fill('Wie: Mevrouw Jansen, teamleider · Wanneer klaar: 1 maart 2027'));

    // The last action gets a date of its own. A date that does not exist is explained once the field is left, and not stored.
    const lastGroup = cards.last();
    const last = page.locator('.skc-plan__action').last();
    const lastSuggestion = (await last.locator('.skc-plan__suggestion').innerText()).trim();
    await last.getByText('Andere eigenaar of datum').click();
    const own = last.getByRole('textbox', { name: `Wanneer klaar, actie ${actions}`, exact: true });
    await typeInto(own, '31-2-2027');
    await own.press('Tab');
    await expect(last.locator('.skc-error')).toHaveText('Deze datum bestaat niet. Controleer de dag en de maand.');
    await expect(own).toHaveAttribute('aria-invalid', 'true');
    await typeInto(own, '15 april 2027');
    await own.press('Tab');
    await expect(last.locator('.skc-error')).toHaveCount(0);
    await expect(own).toHaveValue('15-4-2027');
    const lastOwner = groups.length === 1 ? 'Mevrouw Jansen, teamleider' : 'nog niet gekozen';
    await expect(last.locator('.skc-plan__who')).toHaveText(`Wie: ${lastOwner} · Wanneer klaar: 15 april 2027`);
    await expect(lastGroup.locator('h4')).toHaveText(groups.at(-1)!.title);
    await axeClean(page, 'summary');

    // The report: page 1 names what is at risk and what comes first; then only what needs action.
    await goToStep(page, 'Rapport');
    const report = page.locator('.skc-report');
    await expect(report.locator('.skc-report__school')).toHaveText(school.name);
    const parts = [{ name: 'Hele school', status: schoolStatus }, ...answered.map((a) => ({ name: a.activity.name, status: a.status }))];
    const atRisk = STATUS_ORDER.filter((s) => s !== 'open' && s !== 'dropped' && parts.some((p) => p.status === s));
    const risks = report.locator('.skc-report__risks').first().locator(':scope > li');
    await expect(risks.locator('.skc-status-tag')).toHaveText(atRisk.map((s) => STATUS_WORDS[s]));
    await expect(risks.locator('.skc-block')).toHaveText(atRisk.map((s) => parts.filter((p) => p.status === s).map((p) => p.name).join(', ')));
    const priorities = report.locator('.skc-report__priorities > li');
    await expect(priorities).toHaveCount(Math.min(groups.length, 5));
    await expect(priorities.first()).toHaveText(`${groups[0]!.title} (${groups[0]!.actions === 1 ? '1 actie' : `${groups[0]!.actions} acties`}) · Wie: Mevrouw Jansen, teamleider · Wanneer klaar: 1 maart 2027`);
    await expect(report.locator('.skc-costs__totals dd')).toHaveText(costs.totals);
    await expect(report.locator('.skc-report__group > h4')).toHaveText([...groups.map((g) => g.title), 'Nog niet af']);
    await expect(report.locator('.skc-report__action')).toHaveCount(actions);
    await expect(report.locator('.skc-report__action').filter({ hasText: lastSuggestion }).filter({ hasText: `Wie: ${lastOwner} · Wanneer klaar: 15 april 2027` })).toHaveCount(1);
    // The optional activity still waits for the MR's decision, and the report says so.
    const unfinished = report.locator('.skc-report__unfinished > li');
    await expect(unfinished.locator('strong')).toHaveText(open.map((a) => a.activity.name));
    for (const [i, a] of open.entries()) await expect(unfinished.nth(i)).toContainText(`: ${a.questions.length} van ${a.questions.length} vragen beantwoord`);
    await expect(unfinished.locator('.skc-block')).toHaveText(open.map(() => 'Nog te besluiten: open voor iedereen die wil, of laten vervallen.'));
    // Every activity with its year group, cost, payer and status, and the costs per year group.
    const rows = report.locator('.skc-report__activity-table tbody tr');
    await expect(rows.locator('th')).toHaveText(answered.map((a) => a.activity.name));
    await expect(rows.locator('td')).toHaveText(answered.flatMap((a) => [a.activity.yearGroup || 'hele school', reportCost(a.activity.amount), FUNDING_WORDS[a.activity.fundedBy], STATUS_WORDS[a.status]]));
    await expect(report.locator('.skc-costs__groups tbody th')).toHaveText(costs.yearGroups.map((g) => g.name));
    const withNotes = page.getByRole('checkbox', { name: 'Interne notities afdrukken' });
    const withAnswers = page.getByRole('checkbox', { name: 'Alle antwoorden als bijlage afdrukken' });
    await expect(withNotes).not.toBeChecked();
    await expect(withAnswers).not.toBeChecked();
    await axeClean(page, 'report');

    const pages = await printedPages(page, 'report.pdf');
    expect(pages.length, 'pages without the appendix').toBeLessThanOrEqual(8);
    for (const [i, text] of pages.entries()) expect(text, `page ${i + 1} names the school`).toContain(school.name);
    for (const part of parts.filter((p) => atRisk.includes(p.status))) expect(pages[0], `${part.name} on page 1`).toContain(part.name);
    const paper = pages.join(' ');
    expect(paper).toContain(school.name);
    for (const typed of ['Mevrouw Jansen, teamleider', '1 maart 2027', '15 april 2027']) expect(printedInOrder(paper, typed), typed).toBe(true);
    expect(paper).not.toMatch(/\b20\d\d-\d\d-\d\d\b/);
    // Every suggested action the answers call for, in the checklist's words; the answers themselves only in the appendix.
    const suggestions = [...schoolQuestions, ...answered.flatMap((a) => a.questions)]
      .filter((q) => [schoolAnswers, ...answered.map((a) => a.answers)].some((answers) => ['no', 'partly'].includes(answers.get(q.id) ?? '')))
      .map((q) => q.action.nl.replace(/\s+/g, ' ').trim());
    for (const suggestion of suggestions) expect(printedInOrder(paper, suggestion), suggestion).toBe(true);
    for (const words of ['Ondertekening', 'Schoolleider', 'Namens de MR', 'Handtekening']) expect(paper).toContain(words);
    expect(paper).not.toContain('Volgende stap');
    expect(paper).not.toContain('Bijlage: alle antwoorden');
    // The school's note stays off the paper unless chosen.
    expect(printedInOrder(paper, note)).toBe(false);
    await withNotes.check();
    expect(printedInOrder((await printedPages(page, 'report-with-notes.pdf')).join(' '), note)).toBe(true);
    await withAnswers.check();
    const withAppendix = await printedPages(page, 'report-with-appendix.pdf');
    expect(withAppendix.length).toBeGreaterThan(pages.length);
    for (const [i, text] of withAppendix.entries()) expect(text, `page ${i + 1} with the appendix names the school`).toContain(school.name);
    expect(withAppendix.join(' ')).toContain('Bijlage: alle antwoorden');

    // The MR decides: every pupil who wants to go, goes. The activity and the count are complete.
    const [waiting] = open;
    await goToStep(page, 'Activiteiten');
    await page.getByRole('button', { name: `Vragen beantwoorden ${waiting!.activity.name}`, exact: true }).click();
    await page.getByRole('group', { name: 'Wat besluit de school, met de MR?' }).getByRole('radio', { name: DECISION_WORDS['free-for-all'], exact: true }).check();
    const decided = expectedStatus(waiting!.questions, waiting!.answers);
    await expect(page.locator('.skc-step-title + p .skc-status-tag')).toHaveText(STATUS_WORDS[decided]);
    await page.getByRole('button', { name: 'Klaar met deze activiteit' }).click();
    await expect(activityEntry(page, waiting!.activity.name).locator('dd').last()).toHaveText(DECISION_WORDS['free-for-all']);
    await goToStep(page, 'Samenvatting en actieplan');
    await expect(page.locator('#sa-step-title + p')).toHaveText(`${total} van ${total} vragen beantwoord`);
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
      // It comes with who usually pays for it.
      await expect(activityEntry(page, example).locator('dd').nth(1)).toHaveText(FUNDING_WORDS[offered[0]!.fundedBy]);
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
    const answered: Awaited<ReturnType<typeof answerActivity>>[] = [];
    for (const activity of school.activities) answered.push(await answerActivity(page, school.type, activity));
    await goToStep(page, 'Hele school');
    const schoolQuestions = schoolQuestionsFor(school.type);
    await answerQuestions(page, schoolQuestions, plannedAnswers(schoolQuestions, 'all-yes'));

    await goToStep(page, 'Samenvatting en actieplan');
    const total = schoolQuestions.length + answered.reduce((n, a) => n + a.questions.length, 0);
    await expect(page.locator('#sa-step-title + p')).toHaveText(`${total} van ${total} vragen beantwoord`);
    await expect(page.getByText('Er zijn geen acties: alle antwoorden zijn ja of n.v.t.')).toBeVisible();
    await expect(statusList(page).locator('.skc-status-tag')).toHaveText(Array(school.activities.length + 1).fill(STATUS_WORDS.open));
    const counts = page.getByRole('list', { name: 'Activiteiten per status' });
    await expect(counts.locator('strong')).toHaveText([activities(school.activities.length)]);
    await expect(counts.locator('.skc-status-tag')).toHaveText([STATUS_WORDS.open]);
    const costs = expectedCosts(school);
    await expect(page.locator('.skc-costs__totals dd')).toHaveText(costs.totals);
    await expect(page.locator('.skc-costs__groups tbody th')).toHaveText(costs.yearGroups.map((g) => g.name));
    await expect(page.locator('.skc-costs__groups tbody td')).toHaveText(costs.yearGroups.flatMap((g) => g.cells));

    await goToStep(page, 'Rapport');
    const report = page.locator('.skc-report');
    await expect(report.getByText('Alle activiteiten zijn open voor elke leerling.')).toBeVisible();
    await expect(report.locator('.skc-report__group')).toHaveCount(0);
    const rows = report.locator('.skc-report__activity-table tbody tr');
    await expect(rows.locator('th')).toHaveText(school.activities.map((a) => a.name));
    await expect(rows.locator('td')).toHaveText(school.activities.flatMap((a) => [a.yearGroup || 'hele school', reportCost(a.amount), FUNDING_WORDS[a.fundedBy], STATUS_WORDS.open]));
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
    await expect(page.locator('.skc-report .skc-costs__totals > div').first()).toHaveText(`Vrijwillige ouderbijdrage per leerling per jaar${euros(12.5)}`);
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
    const described = school.activities.find((a) => a.answers === 'no-to-a-critical-question')!;
    await answerActivity(page, school.type, described);
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
    // What the school said about an activity travels with it.
    expect(json.activities.find((a: { name: string }) => a.name === described.name)).toMatchObject({
      traits: described.traits,
      yearGroup: described.yearGroup,
      fundedBy: described.fundedBy,
      optional: described.optional !== undefined,
      optionalDecision: described.optional?.decision ?? null,
    });

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

  test('every step passes axe and is reachable by keyboard, from the choices step 1 asks for to the report', async ({ page }) => {
    await page.goto(URL_NL);
    await axeClean(page, 'list');
    await page.getByRole('button', { name: 'Nieuwe zelfevaluatie' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Schoolgegevens' })).toBeFocused();
    await axeClean(page, 'profile');

    // Before the type of school and the MR's part are chosen, another step brings the person back to what is missing.
    await page.getByRole('navigation', { name: 'Stappen' }).getByRole('button', { name: 'Hele school' }).focus();
    await page.keyboard.press('Enter');
    const missing = page.locator('.skc-error-summary');
    await expect(missing).toBeFocused();
    await axeClean(page, 'profile with what is missing');
    await missing.getByRole('link', { name: 'Kies het soort onderwijs' }).focus();
    await page.keyboard.press('Enter');
    const firstType = page.getByRole('group', { name: /^Soort onderwijs/ }).getByRole('radio').first();
    await expect(firstType).toBeFocused();
    await page.keyboard.press('Space');
    await expect(firstType).toBeChecked();
    const type: SchoolType = SCHOOL_TYPES[0];
    await missing.getByRole('link', { name: 'Kies of de MR betrokken is bij deze zelfevaluatie' }).focus();
    await page.keyboard.press('Enter');
    const mrYes = page.getByRole('group', { name: /^Is de MR betrokken/ }).getByRole('radio', { name: 'Ja', exact: true });
    await expect(mrYes).toBeFocused();
    await page.keyboard.press('Space');
    await expect(mrYes).toBeChecked();
    await expect(missing).toHaveCount(0);
    await page.getByRole('button', { name: 'Verder naar Hele school' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 2, name: 'Hele school' })).toBeFocused();
    await axeClean(page, 'whole school');

    await goToStep(page, 'Activiteiten');
    // An activity of a kind the checklist asks questions about, added by keyboard alone.
    const kind = ACTIVITY_KINDS.find((k) => activityQuestionsFor(type, k).length > 0)!;
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
    // Who pays, chosen with the arrow keys as in any group of radios.
    const payers = page.getByRole('group', { name: /^Wie betaalt\?/ }).getByRole('radio');
    await payers.first().focus();
    await page.keyboard.press('Space');
    await expect(payers.first()).toBeChecked();
    await page.keyboard.press('ArrowDown');
    await expect(payers.nth(1)).toBeChecked();
    await expect(payers.nth(1)).toBeFocused();
    const question = page.locator('fieldset.skc-question').first();
    const firstRadio = question.getByRole('radio').first();
    await firstRadio.focus();
    await page.keyboard.press('Space');
    await expect(firstRadio).toBeChecked();
    await page.keyboard.press('ArrowRight');
    await expect(question.getByRole('radio', { name: 'deels' })).toBeChecked();
    await axeClean(page, 'activity');

    await goToStep(page, 'Samenvatting en actieplan');
    await axeClean(page, 'summary');
    // An action's own owner and date open from the keyboard.
    await page.locator('.skc-plan__own > summary').first().focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('textbox', { name: 'Wie, actie 1', exact: true })).toBeVisible();
    await axeClean(page, 'summary with an action’s own fields');

    await goToStep(page, 'Rapport');
    await axeClean(page, 'report');
    for (const option of ['Interne notities afdrukken', 'Alle antwoorden als bijlage afdrukken']) {
      await page.getByRole('checkbox', { name: option }).focus();
      await page.keyboard.press('Space');
      await expect(page.getByRole('checkbox', { name: option })).toBeChecked();
    }
    await axeClean(page, 'report with notes and the appendix');
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
    await page.getByRole('group', { name: 'Type of education' }).getByRole('radio', { name: 'primary (po)' }).check();
    await page.getByRole('group', { name: 'Is the MR involved in this self-assessment?' }).getByRole('radio', { name: 'Yes', exact: true }).check();
    const steps = page.getByRole('navigation', { name: 'Steps' });
    await steps.getByRole('button', { name: 'Whole school' }).click();
    await expect(page).toHaveURL(stepAddress('school'));
    // The page shows the school-wide questions by topic; the first one shown gets a "no".
    const [first] = TOPICS.flatMap((topic) => schoolQuestionsFor('po').filter((q) => q.topic === topic));
    expect(first, 'school-wide questions for a primary school in the checklist under test').toBeDefined();
    await expect(page.locator('fieldset.skc-question legend').first()).toHaveText(first!.text.en.replace(/\s+/g, ' ').trim());
    await page.locator('fieldset.skc-question').first().getByRole('radio', { name: 'no', exact: true }).check();
    await steps.getByRole('button', { name: 'Summary and action plan' }).click();
    const title = `Whole school: ${en[`topic.${first!.topic}`]}`;
    const group = page.getByRole('region', { name: title, exact: true });
    const deadline = group.getByRole('textbox', { name: `Done by, ${title}`, exact: true });
    await typeInto(deadline, '1 March 2027');
    await deadline.press('Tab');
    await expect(group.locator('.skc-plan__who')).toHaveText('Who: not chosen yet · Done by: 1 March 2027');
    await axeClean(page, 'english summary');
    await steps.getByRole('button', { name: 'Report' }).click();
    await expect(page.locator('.skc-report .skc-costs__totals dd').first()).toHaveText('€ 1,250.50');
    await expect(page.locator('.skc-report__group').first().locator('.skc-report__group-meta')).toContainText('Who: not chosen yet · Done by: 1 March 2027');
  });
});

test('a file saved by an earlier release opens, says which answers to look at again, and gives the same answers and report', async ({ page }) => {
  // Every released schema version keeps a fixture filled against the published checklist.
  const fixture = join(root, 'tests/fixtures/assessments/v1-noorderlicht-vo-real-checklist.json');
  const text = readFileSync(fixture, 'utf8');
  const saved = JSON.parse(text) as { schemaVersion: number; profile: { schoolName: string }; activities: { name: string }[] };
  expect(saved.schemaVersion).toBe(1);
  // The file as this release reads it (its migration, by the domain's rules), and what the checklist under test asks of it.
  const decoded = decodeAssessment(text, { currentChecklistVersion: checklist.version });
  if (!decoded.ok) throw new Error(JSON.stringify(decoded.issues));
  const opened = decoded.value.assessment;
  const type = opened.profile.schoolType!;
  const parts = [
    { scope: 'school', questions: schoolQuestionsOfType(checklist, type), answers: opened.schoolAnswers },
    ...opened.activities.map((a) => ({ scope: a.id, questions: questionsOfActivity(checklist, type, a), answers: a.answers })),
  ];
  const has = (answers: Record<string, unknown>, id: string) => Object.hasOwn(answers, id);
  const total = parts.reduce((n, p) => n + p.questions.length, 0);
  const answered = parts.reduce((n, p) => n + p.questions.filter((q) => has(p.answers, q.id)).length, 0);
  // What the file says about who takes on an action that this checklist still calls for ("nee" or "deels").
  const owned = Object.entries(opened.actions).filter(([key]) =>
    parts.some((p) => p.questions.some((q) => `${p.scope}:${q.id}` === key && has(p.answers, q.id) && ['no', 'partly'].includes(p.answers[q.id]!.value))),
  );
  const said = openedFileNotice(text);

  await page.goto(URL_NL);
  await page.getByLabel('Bestand openen (.json)').setInputFiles(fixture);
  await expect(notice(page)).toHaveText(said);
  if (said.includes('veranderd')) {
    // It opens on the summary, which lists the answers to look at again.
    await expect(page.getByRole('heading', { level: 2, name: 'Samenvatting' })).toBeVisible();
    const count = Number(said.split(' ')[0]);
    await expect(page.getByRole('heading', { name: 'Na te kijken vragen' })).toBeVisible();
    await expect(page.locator('h3:text-is("Na te kijken vragen") + ul > li')).toHaveCount(count);
  }
  await goToStep(page, 'Schoolgegevens');
  await expect(page.getByLabel('Naam van de school')).toHaveValue(saved.profile.schoolName);
  await goToStep(page, 'Rapport');
  const report = page.locator('.skc-report');
  await expect(report.locator('.skc-report__activity-table tbody th')).toHaveText(saved.activities.map((a) => a.name));
  await expect(report.locator('.skc-report__facts')).toContainText(`${answered} van ${total} vragen beantwoord`);
  for (const [, { owner, deadline }] of owned) {
    const when = deadline ? new Date(`${deadline}T12:00:00Z`).toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' }) : 'nog niet gekozen';
    await expect(report.locator('.skc-report__action', { hasText: `Wie: ${owner || 'nog niet gekozen'} · Wanneer klaar: ${when}` }).first()).toBeVisible();
  }
});

test('the action plan downloads as a CSV file that a Dutch spreadsheet opens in columns, with principle titles', async ({ page }) => {
  await page.goto(URL_NL);
  await startAssessment(page, { name: 'CSV School', type: 'po', year: '2026-2027', contribution: '10', filledInBy: 'X' });
  await goToStep(page, 'Hele school');
  const question = schoolQuestionsFor('po')[0];
  expect(question, 'school-wide questions for a primary school in the checklist under test').toBeDefined();
  await questionOnPage(page, question!).getByRole('radio', { name: 'nee', exact: true }).check();
  await goToStep(page, 'Samenvatting en actieplan');
  const title = `Hele school: ${TOPIC_WORDS[question!.topic]}`;
  const group = page.getByRole('region', { name: title, exact: true });
  await typeInto(group.getByRole('textbox', { name: `Wie, ${title}`, exact: true }), '=HYPERLINK("http://example.org")');
  await typeInto(group.getByRole('textbox', { name: `Wanneer klaar, ${title}`, exact: true }), '1 maart 2027');
  await page.keyboard.press('Tab');
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Actieplan als spreadsheet (.csv)' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('csv-school-2026-2027.csv');
  const csv = readFileSync((await download.path())!, 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const [header, row, ...rest] = csv.slice(1).split('\r\n');
  expect(rest).toEqual(['']);
  // Excel with Dutch settings splits on ";": every cell quoted, so nothing in a cell can split it.
  expect(header).toBe('"Groep";"Vraag";"Antwoord";"Wat het betekent";"Voorgestelde actie";"Wie";"Wanneer klaar";"Uitgangspunt";"Stand";"Waarom vervallen"');
  const principle = contentUnderTest.principles.find((p) => p.lang === 'nl' && p.data.key === question!.principle)!.data.title;
  const cell = (text: string) => `"${text.replaceAll('"', '""')}"`;
  expect(row).toBe([
    cell(title),
    cell(question!.text.nl),
    cell('nee'),
    cell(STATUS_WORDS[statusOfConcern(question!.concern)]),
    cell(question!.action.nl),
    // A cell that a spreadsheet would run as a formula is neutralised.
    cell('\'=HYPERLINK("http://example.org")'),
    cell('2027-03-01'),
    cell(principle),
    // How far the action got: nothing done yet, so no reason either.
    cell('Niet begonnen'),
    cell(''),
  ].join(';'));
});
