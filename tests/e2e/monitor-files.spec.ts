import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { encodeAssessment } from '../../src/domain/assessment/format/encode';
import type { MonitorFile } from '../../src/domain/monitor/schema';
import { monitorEn } from '../../src/lib/i18n/monitor/en';
import { monitorNl } from '../../src/lib/i18n/monitor/nl';
import { nl } from '../../src/lib/i18n/nl';
import { NOORDERLICHT, noorderlichtAssessment } from '../fixtures/noorderlicht';
import { contentUnderTest } from '../support/content-under-test';
import { root } from './support/site';

// Files as a policy officer brings them to the monitor: dragged onto the drop zone, one far too big, a
// broken one, a spreadsheet and a school's full export with its notes; then the questions where most
// schools fall short and the actions done, on the page, on paper and in the CSV, the same as counted here
// from the sample file with plain loops. Nothing may leave the site.

const PAGE = { nl: '/nl/monitor/', en: '/en/monitor/' } as const;
const work = mkdtempSync(join(tmpdir(), 'skc-monitor-files-'));
const checklist = contentUnderTest.checklist;
const questionsOf = [...checklist.schoolQuestions, ...checklist.activityQuestions];
/** A question as the Dutch page names it: its text in the checklist the site was built from, else its id. */
const questionName = (id: string) => questionsOf.find((q) => q.id === id)?.text.nl.trim() || id;

/** Every request the page makes that leaves the site. */
function requestsElsewhere(page: Page, base: string): string[] {
  const elsewhere: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(base) && !url.startsWith('data:') && !url.startsWith('blob:')) elsewhere.push(url);
  });
  return elsewhere;
}

const statusOf = (page: Page) => page.locator('#skc-mon-root').getByRole('status').first();
const rowCells = (region: Locator, name: string) => region.getByRole('row').filter({ has: region.page().getByRole('rowheader', { name, exact: true }) }).getByRole('cell').allInnerTexts();

/** A file of about 50 MB on disk that starts like a monitor file: too big to be one, whatever it holds. */
function bigFile(): string {
  const path = join(work, 'alle-scholen-groot.json');
  const fd = openSync(path, 'w');
  writeSync(fd, '{"format":"schoolkostencheck-monitor","schemaVersion":1,"padding":"');
  const block = Buffer.alloc(1024 * 1024, 'x');
  for (let i = 0; i < 50; i += 1) writeSync(fd, block);
  writeSync(fd, '"}');
  closeSync(fd);
  return path;
}

// ------------------------------------------------------------------------------------------------------
// The school's full export: what it answered "nee" or "deels", worked out here from the assessment.
// ------------------------------------------------------------------------------------------------------

const noorderlicht = noorderlichtAssessment(checklist);
const exportText = encodeAssessment(noorderlicht);
const shortIds = new Set<string>();
let shortAnswers = 0;
for (const part of [noorderlicht.schoolAnswers, ...noorderlicht.activities.map((a) => a.answers)]) {
  for (const [id, given] of Object.entries(part)) {
    if (given.value === 'no' || given.value === 'partly') {
      shortIds.add(id);
      shortAnswers += 1;
    }
  }
}
/** Everything of the export a monitor must never show: notes, people, activity names, year groups. */
const secrets = [
  NOORDERLICHT.profile.filledInBy,
  NOORDERLICHT.school.note,
  ...NOORDERLICHT.activities.flatMap((a) => [a.name, a.notes, a.yearGroup, a.answers.note ?? '']),
].filter((text) => text.trim() !== '');

test.describe('on the Dutch page', () => {
  test.use({ locale: 'nl-NL' });

  test('files dropped on the drop zone are read: a broken file and a spreadsheet are refused with their reason, a full export counts without its notes', async ({ page, baseURL }) => {
    const elsewhere = requestsElsewhere(page, baseURL!);
    await page.goto(PAGE.nl);
    const zone = page.getByLabel(monitorNl['mon.files.label']).locator('..');
    // Built in the page, as a browser builds it for files dragged from the desktop (Playwright's way to drop files).
    const dataTransfer = await page.evaluateHandle(
      (files) => {
        const transfer = new DataTransfer();
        for (const file of files) transfer.items.add(new File([file.text], file.name, { type: file.type }));
        return transfer;
      },
      [
        { name: 'kapot.json', type: 'application/json', text: '{"format": "schoolkostencheck-monitor", "schemaVersion": 1, "school": {' },
        { name: 'overzicht-scholen.csv', type: 'text/csv', text: 'school;type;schooljaar\nDe Wulp;po;2026-2027\nHet Anker;vo;2026-2027\n' },
        { name: 'noorderlicht-volledig.json', type: 'application/json', text: exportText },
      ],
    );
    await zone.dispatchEvent('dragover', { dataTransfer });
    await expect(zone.getByText(monitorNl['mon.files.dropHere'])).toBeVisible();
    await zone.dispatchEvent('drop', { dataTransfer });

    await expect(statusOf(page)).toHaveText('1 bestand gelezen. 2 bestanden niet gelezen.');
    await expect(zone.getByText(monitorNl['mon.files.hint'])).toBeVisible();
    const refused = page.getByRole('region', { name: monitorNl['mon.refused.title'].other.replace('{count}', '2') });
    await expect(refused.getByRole('listitem')).toHaveText([`kapot.json: ${monitorNl['mon.reason.not-json']}`, `overzicht-scholen.csv: ${monitorNl['mon.reason.csv']}`]);

    // The export counts: its school is listed, the questions it fell short on are named by this site's checklist.
    await page.locator('summary', { hasText: monitorNl['mon.schools.list'].one }).click();
    await expect(page.getByRole('rowheader', { name: NOORDERLICHT.profile.schoolName })).toBeVisible();
    const questions = page.getByRole('region', { name: monitorNl['mon.questions.title'] });
    const shown = await questions.getByRole('rowheader').allInnerTexts();
    expect(shown).toHaveLength(Math.min(10, shortIds.size));
    for (const name of shown) expect([...shortIds].map(questionName)).toContain(name);
    // One school: every question it fell short on is 1 of 1 school.
    expect(await rowCells(questions, shown[0]!)).toEqual([expect.any(String), '1', expect.stringMatching(/^[01]$/), expect.stringMatching(/^[01]$/), '1', '100%']);
    // Its actions, none started yet.
    const states = page.getByRole('region', { name: monitorNl['mon.states.title'] });
    expect(await rowCells(states, monitorNl['mon.states.all'])).toEqual(['1', String(shortAnswers), String(shortAnswers), '0', '0', '0', '0%']);

    // Nothing of its free text anywhere on the page.
    const text = await page.locator('body').innerText();
    for (const secret of secrets) expect(text, secret).not.toContain(secret);
    expect(elsewhere).toEqual([]);
  });

  test('a file of 50 MB is refused by its size, and the page keeps responding', async ({ page, baseURL }) => {
    const elsewhere = requestsElsewhere(page, baseURL!);
    const big = bigFile();
    await page.goto(PAGE.nl);
    const sample = JSON.parse(readFileSync(join(root, 'public/monitor/sample.json'), 'utf8')) as { files: { file: MonitorFile }[] };
    const school = join(work, 'een-school.json');
    writeFileSync(school, JSON.stringify(sample.files[0]!.file));
    await page.getByLabel(monitorNl['mon.files.label']).setInputFiles([big, school]);
    await expect(statusOf(page)).toHaveText('1 bestand gelezen. 1 bestand niet gelezen.');
    await expect(page.getByRole('region', { name: monitorNl['mon.refused.title'].one }).getByRole('listitem')).toHaveText(`alle-scholen-groot.json: ${monitorNl['mon.reason.too-large']}`);

    // The buttons still do what they say.
    await page.getByRole('button', { name: monitorNl['mon.clear'] }).click();
    await expect(statusOf(page)).toHaveText(monitorNl['mon.cleared']);
    await page.getByRole('button', { name: monitorNl['mon.sample.load'] }).click();
    await expect(page.getByRole('region', { name: monitorNl['mon.questions.title'] })).toBeVisible();
    expect(elsewhere).toEqual([]);
  });

  test('the questions where most schools fall short and the actions done are the same on the page, on paper and in the CSV as counted from the sample', async ({ page, baseURL }) => {
    test.setTimeout(60_000);
    const elsewhere = requestsElsewhere(page, baseURL!);
    const sample = JSON.parse(readFileSync(join(root, 'public/monitor/sample.json'), 'utf8')) as { files: { file: MonitorFile }[] };
    // Per school and year, the file made last counts.
    const latestOf: Record<string, MonitorFile> = {};
    for (const { file } of sample.files) {
      const id = `${file.school.schoolYear}|${file.school.type}|${file.school.name}`;
      if (!latestOf[id] || latestOf[id].createdAt <= file.createdAt) latestOf[id] = file;
    }
    const year = Object.values(latestOf).map((f) => f.school.schoolYear).sort().at(-1)!;
    const files = Object.values(latestOf).filter((f) => f.school.schoolYear === year);
    const perQuestion: Record<string, { asked: number; no: number; partly: number }> = {};
    for (const file of files) {
      const mine: Record<string, { no: boolean; partly: boolean }> = {};
      for (const row of file.answers ?? []) {
        mine[row.question] ??= { no: false, partly: false };
        if (row.no > 0) mine[row.question]!.no = true;
        if (row.partly > 0) mine[row.question]!.partly = true;
      }
      for (const [id, own] of Object.entries(mine)) {
        perQuestion[id] ??= { asked: 0, no: 0, partly: 0 };
        perQuestion[id].asked += 1;
        if (own.no) perQuestion[id].no += 1;
        else if (own.partly) perQuestion[id].partly += 1;
      }
    }
    const percent = (part: number, whole: number) => `${Math.round((part / whole) * 100)}%`;
    let done = 0;
    let all = 0;
    for (const file of files) {
      const s = file.actions.states!;
      done += s.done;
      all += s['not-started'] + s['in-progress'] + s.done + s.dropped;
    }

    await page.goto(PAGE.nl);
    await page.getByRole('button', { name: monitorNl['mon.sample.load'] }).click();
    const questions = page.getByRole('region', { name: monitorNl['mon.questions.title'] });
    await expect(questions.getByRole('rowheader').first()).toBeVisible();
    const names = await questions.getByRole('rowheader').allInnerTexts();
    expect(names.length).toBeGreaterThan(3);
    const byName = new Map(Object.entries(perQuestion).map(([id, q]) => [questionName(id), q]));
    const shares: number[] = [];
    for (const name of names) {
      const q = byName.get(name)!;
      expect(q, name).toBeDefined();
      const cells = await rowCells(questions, name);
      expect(cells.slice(1), name).toEqual([String(q.asked), String(q.no), String(q.partly), String(q.no + q.partly), percent(q.no + q.partly, q.asked)]);
      shares.push((q.no + q.partly) / q.asked);
    }
    expect(shares).toEqual([...shares].sort((a, b) => b - a));
    const states = page.getByRole('region', { name: monitorNl['mon.states.title'] });
    const allRow = await rowCells(states, monitorNl['mon.states.all']);
    expect([allRow[0], allRow[1], allRow[4], allRow[6]]).toEqual([String(files.length), String(all), String(done), percent(done, all)]);
    for (const type of ['po', 'vo', 'so'] as const) {
      const ofType = files.filter((f) => f.school.type === type);
      const typeDone = ofType.reduce((sum, f) => sum + f.actions.states!.done, 0);
      const typeAll = ofType.reduce((sum, f) => sum + Object.values(f.actions.states!).reduce((a, b) => a + b, 0), 0);
      expect((await rowCells(states, nl[`type.${type}`]))[6], type).toBe(percent(typeDone, typeAll));
    }

    // On paper: both sections, with the first question's numbers and the actions of all schools.
    await page.emulateMedia({ media: 'print' });
    const pdf = join(work, 'rapport.pdf');
    await page.pdf({ path: pdf, format: 'A4', preferCSSPageSize: true });
    await page.emulateMedia({ media: 'screen' });
    const printed = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(printed).toContain(monitorNl['mon.questions.title']);
    const top = byName.get(names[0]!)!;
    expect(printed).toContain(`${top.asked} ${top.no} ${top.partly} ${top.no + top.partly} ${percent(top.no + top.partly, top.asked)}`);
    expect(printed).toContain(monitorNl['mon.states.title']);
    const allStates = files.reduce((sum, f) => ({ n: sum.n + f.actions.states!['not-started'], p: sum.p + f.actions.states!['in-progress'], x: sum.x + f.actions.states!.dropped }), { n: 0, p: 0, x: 0 });
    expect(printed).toContain(`${monitorNl['mon.states.all']} ${files.length} ${all} ${allStates.n} ${allStates.p} ${done} ${allStates.x} ${percent(done, all)}`);

    // In the CSV: the same numbers, one per row.
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: monitorNl['mon.csv'] }).click();
    const download = await downloading;
    const csvPath = join(work, download.suggestedFilename());
    await download.saveAs(csvPath);
    const lines = readFileSync(csvPath, 'utf8').split('\r\n');
    const first = byName.get(names[0]!)!;
    const cell = (group: string, measure: string, value: string | number) => `"${year}";"${monitorNl['mon.questions.title']}";"${group}";"${measure}";"${value}"`;
    expect(lines).toContain(cell(names[0]!, monitorNl['mon.questions.asked'], first.asked));
    expect(lines).toContain(cell(names[0]!, monitorNl['mon.questions.sharePercent'], Math.round(((first.no + first.partly) / first.asked) * 100)));
    expect(lines).toContain(`"${year}";"${monitorNl['mon.states.title']}";"${monitorNl['mon.states.all']}";"${monitorNl['mon.states.done']}";"${done}"`);
    expect(lines).toContain(`"${year}";"${monitorNl['mon.states.title']}";"${monitorNl['mon.states.all']}";"${monitorNl['mon.states.doneSharePercent']}";"${Math.round((done / all) * 100)}"`);
    expect(elsewhere).toEqual([]);
  });
});

test.describe('on the English page', () => {
  test.use({ locale: 'en-GB' });

  test('a file of 50 MB is refused with its reason in English, and the page keeps responding', async ({ page, baseURL }) => {
    const elsewhere = requestsElsewhere(page, baseURL!);
    const big = bigFile();
    await page.goto(PAGE.en);
    await page.getByLabel(monitorEn['mon.files.label']).setInputFiles(big);
    await expect(page.getByRole('region', { name: monitorEn['mon.refused.title'].one }).getByRole('listitem')).toHaveText(`alle-scholen-groot.json: ${monitorEn['mon.reason.too-large']}`);
    await page.getByRole('button', { name: monitorEn['mon.sample.load'] }).click();
    await expect(page.getByRole('region', { name: monitorEn['mon.states.title'] })).toBeVisible();
    expect(elsewhere).toEqual([]);
  });
});
