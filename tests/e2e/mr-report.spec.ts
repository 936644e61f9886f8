import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { createAssessor } from '../../src/domain/assessment/assess';
import { encodeAssessment } from '../../src/domain/assessment/format/encode';
import { en } from '../../src/lib/i18n/en';
import { nl } from '../../src/lib/i18n/nl';
import { NOORDERLICHT, noorderlichtAssessment } from '../fixtures/noorderlicht';
import { contentUnderTest } from '../support/content-under-test';
import { WCAG_TAGS } from './support/site';

// The report an MR reads in five minutes, for the nine-activity secondary school of issue 10: opened from
// its file, the action plan given owners and dates by typing, then printed to PDF and read back with
// pdftotext the way a reader of the paper sees it. What must be on the paper (which activities are at risk,
// which principles) is worked out from the checklist the site was built from.

const checklist = contentUnderTest.checklist;
const school = noorderlichtAssessment(checklist);
const file = encodeAssessment(school);
const assessed = createAssessor(checklist)(school);
const work = mkdtempSync(join(tmpdir(), 'skc-mr-report-'));
const PAGE = { nl: '/nl/zelfevaluatie/', en: '/en/self-assessment/' } as const;
const NAME = NOORDERLICHT.profile.schoolName;

/** The parts a reader must find on page 1: every one that is not open to all (nor dropped). */
const atRisk = [assessed.school, ...assessed.activities]
  .filter((part) => part.status !== 'open' && part.status !== 'dropped')
  .map((part) => part.activity?.name ?? nl['sa.summary.schoolWideScope']);
/** The first group of the plan (the law first), as the plan names it. */
const firstGroup = assessed.groups[0]!;
const firstGroupName = firstGroup.name ?? `${nl['sa.summary.schoolWideScope']}: ${nl[`topic.${firstGroup.topic}` as keyof typeof nl] as string}`;
const principleTitle = (lang: 'nl' | 'en', key: string) => contentUnderTest.principles.find((p) => p.lang === lang && p.data.key === key)!.data.title;

test.use({ locale: 'nl-NL' });

async function openSchoolFile(page: Page, lang: 'nl' | 'en' = 'nl') {
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto(PAGE[lang]);
  await page.getByLabel(lang === 'nl' ? nl['sa.list.import'] : en['sa.list.import']).setInputFiles({ name: 'noorderlicht.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
}

async function goToStep(page: Page, name: string, lang: 'nl' | 'en' = 'nl') {
  await page.getByRole('navigation', { name: lang === 'nl' ? nl['sa.steps.label'] : en['sa.steps.label'] }).getByRole('button', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: lang === 'nl' ? (name === nl['sa.steps.report'] ? nl['sa.report.title'] : nl['sa.summary.title']) : en['sa.summary.title'] })).toBeVisible();
}

/** The printed report as a reader of the paper sees it: the text of each A4 page. */
async function printedPages(page: Page, name: string): Promise<string[]> {
  await page.emulateMedia({ media: 'print' });
  const pdf = join(work, `${Date.now()}-${name}.pdf`);
  writeFileSync(pdf, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
  await page.emulateMedia({ media: 'screen' });
  // pdftotext ends every page with a form feed.
  return execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1).map((text) => text.replace(/\s+/g, ' '));
}

/** Clicks the spreadsheet button and returns the file's text. */
async function downloadCsv(page: Page, label: string) {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: label }).click();
  const download = await downloading;
  const path = join(work, `${Date.now()}-${download.suggestedFilename()}`);
  await download.saveAs(path);
  return readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
}

async function axeClean(page: Page, state: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(violations.map((v) => `${state}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`)).toEqual([]);
}

const fitsSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

test('a school leader gives the action plan owners and dates, and the MR gets a short report with the school on every page', async ({ page }) => {
  // Four axe checks and three PDFs.
  test.setTimeout(180_000);
  await openSchoolFile(page);
  await goToStep(page, nl['sa.steps.summary']);

  // The summary ranks the activities and explains the statuses.
  await expect(page.getByRole('group', { name: nl['sa.legend.title'] })).toBeVisible();
  await expect(page.getByText(nl['sa.costs.total'])).toBeVisible();
  await axeClean(page, 'summary');

  // One owner and one date for the first group of the plan: every action in it takes them.
  const group = page.getByRole('region', { name: firstGroupName, exact: true });
  await group.getByRole('textbox', { name: `${nl['sa.summary.owner']}, ${firstGroupName}`, exact: true }).pressSequentially('Mevrouw Jansen, teamleider');
  const deadline = group.getByRole('textbox', { name: `${nl['sa.summary.deadline']}, ${firstGroupName}`, exact: true });
  await deadline.pressSequentially('1-3-2027');
  await deadline.press('Tab');
  await expect(deadline).toHaveValue('1-3-2027');
  await expect(group.locator('.skc-plan__who').first()).toHaveText(`${nl['sa.summary.owner']}: Mevrouw Jansen, teamleider · ${nl['sa.summary.deadline']}: 1 maart 2027`);

  // One action of the last group gets a date of its own.
  const last = page.locator('.skc-plan__group').last();
  await last.getByText(nl['sa.plan.override']).first().click();
  const own = last.getByRole('textbox', { name: /^Wanneer klaar, actie \d+$/ }).first();
  await own.pressSequentially('15 april 2027');
  await own.press('Tab');
  await expect(last.locator('.skc-plan__who').first()).toContainText('15 april 2027');
  await axeClean(page, 'summary with an action’s own fields open');

  // What was typed is kept over a reload.
  await page.reload();
  await expect(page.getByRole('region', { name: firstGroupName, exact: true }).getByRole('textbox', { name: `${nl['sa.summary.owner']}, ${firstGroupName}`, exact: true })).toHaveValue('Mevrouw Jansen, teamleider');

  await goToStep(page, nl['sa.steps.report']);
  await expect(page.getByRole('checkbox', { name: nl['sa.report.withNotes'] })).not.toBeChecked();
  await expect(page.getByRole('checkbox', { name: nl['sa.report.withAnswers'] })).not.toBeChecked();
  await axeClean(page, 'report');

  const pages = await printedPages(page, 'report');
  expect(pages.length, 'pages without the appendix').toBeLessThanOrEqual(8);
  for (const [i, text] of pages.entries()) {
    expect(text, `page ${i + 1}`).toContain(NAME);
    expect(text, `page ${i + 1}`).toContain(NOORDERLICHT.profile.schoolYear);
  }
  for (const name of atRisk) expect(pages[0], `${name} at risk, on page 1`).toContain(name);
  const all = pages.join(' ');
  expect(all).toContain('Mevrouw Jansen, teamleider');
  expect(all).toContain('1 maart 2027');
  expect(all).toContain('15 april 2027');
  expect(all).not.toMatch(/\b20\d\d-\d\d-\d\d\b/);
  // The school's internal notes stay off the paper unless chosen.
  const notes = [school.activities.find((a) => a.notes)!.notes, ...Object.values(school.schoolAnswers).map((a) => a.note).filter(Boolean)];
  for (const note of notes) expect(all).not.toContain(note);

  await page.getByRole('checkbox', { name: nl['sa.report.withNotes'] }).check();
  const withNotes = (await printedPages(page, 'report-notes')).join(' ');
  for (const note of notes) expect(withNotes).toContain(note);

  await page.getByRole('checkbox', { name: nl['sa.report.withAnswers'] }).check();
  const withAppendix = await printedPages(page, 'report-appendix');
  expect(withAppendix.length).toBeGreaterThan(pages.length);
  for (const [i, text] of withAppendix.entries()) expect(text, `page ${i + 1} with the appendix`).toContain(NAME);
  expect(withAppendix.join(' ')).toContain(nl['sa.report.answers']);
});

test('on a phone of 320 pixels the summary, the action plan and the report fit without scrolling sideways', async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 320, height: 720 });
  await openSchoolFile(page);
  await goToStep(page, nl['sa.steps.summary']);
  expect(await fitsSideways(page), 'summary').toBe(true);
  await page.locator('.skc-plan').scrollIntoViewIfNeeded();
  await page.locator('.skc-plan__own > summary').first().click();
  expect(await fitsSideways(page), 'action plan with an action’s own fields open').toBe(true);
  await goToStep(page, nl['sa.steps.report']);
  await page.getByRole('checkbox', { name: nl['sa.report.withAnswers'] }).check();
  await page.getByRole('checkbox', { name: nl['sa.report.withNotes'] }).check();
  expect(await fitsSideways(page), 'report with appendix and notes').toBe(true);
  await axeClean(page, 'report at 320 px');
});

test('the action plan opens in a Dutch spreadsheet in columns, with principle titles and the status words', async ({ page }) => {
  await openSchoolFile(page);
  await goToStep(page, nl['sa.steps.summary']);
  const [header, ...rows] = (await downloadCsv(page, nl['sa.file.csv'])).trim().split('\r\n');
  expect(header).toBe(nl['sa.csv.headers'].split('|').map((h) => `"${h}"`).join(';'));
  expect(rows).toHaveLength(assessed.plan.length);
  const first = assessed.plan[0]!;
  const cells = rows[0]!.split('";"');
  expect(cells).toHaveLength(10);
  expect(cells[7]).toBe(principleTitle('nl', first.principle));
  // How far the action got, and why it was dropped (for a dropped one only).
  expect(cells[8]).toBe(nl[`sa.actionState.${first.state}`]);
  expect(cells[9]).toBe(`${first.state === 'dropped' ? first.stateReason : ''}"`);
  expect(cells[3]).toBe(nl[`status.${first.concern === 'exclusion' ? 'excludes' : first.concern}` as keyof typeof nl]);
});

test.describe('on the English page', () => {
  test.use({ locale: 'en-GB' });

  test('the action plan’s spreadsheet is separated by commas', async ({ page }) => {
    await openSchoolFile(page, 'en');
    await goToStep(page, en['sa.steps.summary'], 'en');
    const [header, firstRow] = (await downloadCsv(page, en['sa.file.csv'])).split('\r\n');
    expect(header).toBe(en['sa.csv.headers'].split('|').map((h) => `"${h}"`).join(','));
    const first = assessed.plan[0]!;
    expect(firstRow!.endsWith(`,"${principleTitle('en', first.principle)}","${en[`sa.actionState.${first.state}`]}","${first.state === 'dropped' ? first.stateReason : ''}"`)).toBe(true);
  });
});
