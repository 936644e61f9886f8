import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { createAssessment } from '../../src/domain/assessment/create';
import { encodeAssessment } from '../../src/domain/assessment/format/encode';
import type { MonitorFile } from '../../src/domain/monitor/schema';
import { en } from '../../src/lib/i18n/en';
import { monitorEn } from '../../src/lib/i18n/monitor/en';
import { monitorNl } from '../../src/lib/i18n/monitor/nl';
import { nl } from '../../src/lib/i18n/nl';
import { NOORDERLICHT, noorderlichtAssessment } from '../fixtures/noorderlicht';
import { principlesIn } from '../support/content-reader';
import { contentUnderTest } from '../support/content-under-test';
import { root, WCAG_TAGS } from './support/site';

// The municipality's monitor, as a policy officer uses it: the sample data loaded and its numbers checked
// against the sample file counted here with plain loops; files that are not school files refused with
// their reasons; the report printed to PDF and read back; the CSV downloaded. Nothing may leave the site.

const PAGE = { nl: '/nl/monitor/', en: '/en/monitor/' } as const;
const work = mkdtempSync(join(tmpdir(), 'skc-monitor-'));
const sample = JSON.parse(readFileSync(join(root, 'public/monitor/sample.json'), 'utf8')) as { files: { name: string; file: MonitorFile }[] };

// ------------------------------------------------------------------------------------------------------
// The sample, counted here: the later of two files of one school and year counts.
// ------------------------------------------------------------------------------------------------------

const counted: MonitorFile[] = [];
for (const { file } of sample.files) {
  const same = counted.findIndex((f) => f.school.name === file.school.name && f.school.type === file.school.type && f.school.schoolYear === file.school.schoolYear);
  if (same === -1) counted.push(file);
  else if (counted[same]!.createdAt <= file.createdAt) counted[same] = file;
}
const years = [...new Set(counted.map((f) => f.school.schoolYear))].sort();
const latestYear = years[years.length - 1]!;
const firstYear = years[0]!;
const ofYear = (year: string) => counted.filter((f) => f.school.schoolYear === year);
const latest = ofYear(latestYear);
const duplicates = sample.files.filter(({ file }) => !counted.includes(file));

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const half = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[half]! : (sorted[half - 1]! + sorted[half]!) / 2;
}
const euro = (value: number) => `€ ${value.toLocaleString('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
const principleTitle = (key: string) => principlesIn(contentUnderTest, 'nl').find((entry) => entry.data.key === key)?.data.title ?? key;

// ------------------------------------------------------------------------------------------------------

/** The texts of a table row's cells (not its header), found by the row's header. */
const rowValues = (region: Locator, rowName: string) => region.getByRole('row').filter({ has: region.page().getByRole('rowheader', { name: rowName, exact: true }) }).getByRole('cell').allInnerTexts();

/** Every request the page makes that leaves the site. */
function requestsElsewhere(page: Page, base: string): string[] {
  const elsewhere: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(base) && !url.startsWith('data:') && !url.startsWith('blob:')) elsewhere.push(url);
  });
  return elsewhere;
}

async function axeClean(page: Page, state: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(violations.map((v) => `${state}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`)).toEqual([]);
}

async function loadSample(page: Page, lang: 'nl' | 'en' = 'nl') {
  const texts = lang === 'nl' ? monitorNl : monitorEn;
  // Reached and pressed with the keyboard, as someone without a mouse does.
  const button = page.getByRole('button', { name: texts['mon.sample.load'] });
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: texts['mon.report.title'].replace('{municipality}', contentUnderTest.settings.municipality) })).toBeVisible();
}

test.describe('on the Dutch page', () => {
  test.use({ locale: 'nl-NL' });

  test('the sample data shows the numbers of the latest school year, the same as counted from the sample file, and nothing leaves the site', async ({ page, baseURL }) => {
    const elsewhere = requestsElsewhere(page, baseURL!);
    await page.goto(PAGE.nl);
    await loadSample(page);

    await expect(page.locator('#skc-mon-root').getByRole('status').first()).toHaveText(`${sample.files.length} bestanden gelezen.`);
    await expect(page.getByText(`Schooljaar ${latestYear} · ${latest.length} scholen · gemaakt op`)).toBeVisible();
    await expect(page.getByText(monitorNl['mon.sample.shown'])).toBeVisible();

    // Schools by type, in every year.
    const schools = page.getByRole('region', { name: monitorNl['mon.schools.title'] });
    for (const type of ['po', 'vo', 'so'] as const) {
      const perYear = years.map((year) => String(ofYear(year).filter((f) => f.school.type === type).length));
      expect(await rowValues(schools, nl[`type.${type}`])).toEqual(perYear);
    }
    expect(await rowValues(schools, monitorNl['mon.schools.total'])).toEqual(years.map((year) => String(ofYear(year).length)));

    // Activities open and at risk, per kind.
    const activities = page.getByRole('region', { name: monitorNl['mon.activities.title'] });
    const kinds = [...new Set(latest.flatMap((f) => f.activities.map((a) => a.kind)))];
    expect(kinds.length).toBeGreaterThan(2);
    for (const kind of kinds) {
      let total = 0;
      let open = 0;
      let excludes = 0;
      let costBarrier = 0;
      let information = 0;
      let incomplete = 0;
      let dropped = 0;
      for (const file of latest) {
        for (const activity of file.activities) {
          if (activity.kind !== kind) continue;
          total += 1;
          if (activity.status === 'open') open += 1;
          if (activity.status === 'excludes') excludes += 1;
          if (activity.status === 'cost-barrier') costBarrier += 1;
          if (activity.status === 'information') information += 1;
          if (activity.status === 'incomplete') incomplete += 1;
          if (activity.status === 'dropped') dropped += 1;
        }
      }
      const expected = [total, open, excludes, costBarrier, information, incomplete, dropped, excludes + costBarrier].map(String);
      expect(await rowValues(activities, nl[`kind.${kind}`]), kind).toEqual(expected);
    }

    // The principles, most schools falling short first.
    const principles = page.getByRole('region', { name: monitorNl['mon.principles.title'] });
    const shortfall = new Map<string, number>();
    for (const file of latest) {
      for (const { principle, status } of file.principles) {
        shortfall.set(principle, (shortfall.get(principle) ?? 0) + (status === 'excludes' || status === 'cost-barrier' || status === 'information' ? 1 : 0));
      }
    }
    const most = Math.max(...shortfall.values());
    const firstRow = principles.getByRole('row').nth(1);
    await expect(firstRow.getByRole('cell').first()).toHaveText(String(most));
    for (const [key, count] of shortfall) expect((await rowValues(principles, principleTitle(key)))[0], key).toBe(String(count));

    // Contributions: median and range per school type.
    const contributions = page.getByRole('region', { name: monitorNl['mon.contributions.title'] });
    for (const type of ['po', 'vo', 'so'] as const) {
      const amounts = latest.filter((f) => f.school.type === type && f.contribution !== null).map((f) => f.contribution!);
      const none = latest.filter((f) => f.school.type === type && f.contribution === null).length;
      expect(await rowValues(contributions, nl[`type.${type}`])).toEqual([String(amounts.length), String(none), euro(median(amounts)), euro(Math.min(...amounts)), euro(Math.max(...amounts))]);
    }

    // Multi-day trips that go ahead: cost per pupil over all schools.
    const trips = page.getByRole('region', { name: monitorNl['mon.trips.title'] });
    const costs = latest.flatMap((f) => f.activities.filter((a) => a.kind === 'multi-day' && a.status !== 'dropped' && a.costPerPupil !== null).map((a) => a.costPerPupil!));
    expect(await rowValues(trips, monitorNl['mon.trips.all'])).toEqual([String(costs.length), euro(median(costs)), euro(Math.min(...costs)), euro(Math.max(...costs))]);

    // MR involvement.
    const mr = page.getByRole('region', { name: monitorNl['mon.mr.title'] });
    expect(await rowValues(mr, monitorNl['mon.mr.yes'])).toEqual([String(latest.filter((f) => f.mrInvolved === 'yes').length)]);
    expect(await rowValues(mr, monitorNl['mon.mr.not-said'])).toEqual([String(latest.filter((f) => f.mrInvolved === null).length)]);

    // Actions planned.
    const actions = page.getByRole('region', { name: monitorNl['mon.actions.title'] });
    let planned = 0;
    for (const file of latest) planned += file.actions.planned;
    expect(await rowValues(actions, monitorNl['mon.actions.planned'])).toEqual([String(planned)]);

    // What got better from the first year to the latest, per principle.
    const inBoth = latest.filter((f) => ofYear(firstYear).some((g) => g.school.name === f.school.name && g.school.type === f.school.type));
    await expect(page.getByText(`${inBoth.length} scholen stuurden een bestand voor beide jaren.`)).toBeVisible();

    // The school that sent a year twice: its earlier file is named, with the reason.
    const refused = page.getByRole('region', { name: monitorNl['mon.duplicates.title'].one });
    expect(duplicates).toHaveLength(1);
    await expect(refused).toContainText(`“${duplicates[0]!.name}” telt niet mee`);
    await expect(refused).toContainText('het laatste telt');

    // An earlier year, chosen from the list.
    await page.getByLabel(monitorNl['mon.year'], { exact: true }).selectOption(firstYear);
    await expect(page.getByText(`Schooljaar ${firstYear} · ${ofYear(firstYear).length} scholen · gemaakt op`)).toBeVisible();
    await expect(page.getByText(monitorNl['mon.changes.earliest'])).toBeVisible();

    await axeClean(page, 'sample loaded');
    expect(elsewhere).toEqual([]);
  });

  test('files that are not school files are listed with their reason, and a full export counts', async ({ page }) => {
    await page.goto(PAGE.nl);
    const school = sample.files[0]!.file;
    const later = { ...school, createdAt: new Date(Date.parse(school.createdAt) + 86_400_000).toISOString() };
    const full = encodeAssessment(
      createAssessment({ id: 'export', now: new Date('2026-11-01T10:00:00Z'), checklistVersion: contentUnderTest.checklist.version, profile: { schoolName: 'De Exportschool', schoolType: 'po', schoolYear: '2026-2027', filledInBy: 'Geheime Naam' } }),
    );
    const files = [
      { name: 'kapot.json', text: '{"format": "schoolkostencheck-monitor", "schemaVersion": 1,' },
      { name: 'overzicht.csv', text: 'school;type;jaar\nDe Wulp;po;2026-2027\n' },
      { name: 'iets-anders.json', text: JSON.stringify({ format: 'een-ander-programma', version: 3 }) },
      { name: 'nieuwer.json', text: JSON.stringify({ ...school, schemaVersion: 99 }) },
      { name: 'eerst.json', text: JSON.stringify(school) },
      { name: 'daarna.json', text: JSON.stringify(later) },
      { name: 'volledige-export.json', text: full },
    ];
    await page.getByLabel(monitorNl['mon.files.label']).setInputFiles(files.map((f) => ({ name: f.name, mimeType: 'application/json', buffer: Buffer.from(f.text) })));
    await expect(page.locator('#skc-mon-root').getByRole('status').first()).toHaveText('3 bestanden gelezen. 4 bestanden niet gelezen.');

    const refused = page.getByRole('region', { name: monitorNl['mon.refused.title'].other.replace('{count}', '4') });
    await expect(refused.getByRole('listitem')).toHaveText([
      `kapot.json: ${monitorNl['mon.reason.not-json']}`,
      `overzicht.csv: ${monitorNl['mon.reason.csv']}`,
      `iets-anders.json: ${monitorNl['mon.reason.not-ours']}`,
      `nieuwer.json: ${monitorNl['mon.reason.version-newer']}`,
    ]);
    const twice = page.getByRole('region', { name: monitorNl['mon.duplicates.title'].one });
    await expect(twice).toContainText(`“eerst.json” telt niet mee: ${school.school.name} stuurde voor ${school.school.schoolYear} ook “daarna.json”.`);
    // The export's school counts, without anything of its free text on the page.
    await page.locator('summary', { hasText: monitorNl['mon.schools.list'].other.replace('{count}', '2') }).click();
    await expect(page.getByRole('rowheader', { name: 'De Exportschool' })).toBeVisible();
    await expect(page.getByText('Geheime Naam')).toHaveCount(0);
    await axeClean(page, 'files refused');
  });

  test('the printed report is A4 with the date and the number of schools, and the CSV has the same numbers with ";"', async ({ page }) => {
    test.setTimeout(60_000);
    await page.goto(PAGE.nl);
    await loadSample(page);
    const today = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date());

    await page.emulateMedia({ media: 'print' });
    const pdf = join(work, 'rapport.pdf');
    writeFileSync(pdf, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
    await page.emulateMedia({ media: 'screen' });
    // A4 is 595 by 842 points; Chromium writes it as 594.96 by 841.92.
    const sizes = [...readFileSync(pdf, 'latin1').matchAll(/\/MediaBox\s*\[0 0 ([\d.]+) ([\d.]+)\]/g)].map(([, w, h]) => [Math.round(Number(w)), Math.round(Number(h))]);
    expect(sizes.length).toBeGreaterThan(0);
    expect(new Set(sizes.map(String))).toEqual(new Set(['595,842']));
    const pages = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).split('\f').map((text) => text.replace(/\s+/g, ' '));
    expect(pages[0]).toContain(`Monitor schoolkosten ${contentUnderTest.settings.municipality}`);
    expect(pages[0]).toContain(`Schooljaar ${latestYear} · ${latest.length} scholen · gemaakt op ${today}`);
    // No buttons or file fields on paper.
    expect(pages.join(' ')).not.toContain(monitorNl['mon.sample.load']);
    expect(pages.join(' ')).not.toContain(monitorNl['mon.print']);

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: monitorNl['mon.csv'] }).click();
    const download = await downloading;
    const path = join(work, download.suggestedFilename());
    await download.saveAs(path);
    const csv = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('"Schooljaar";"Onderdeel";"Groep";"Maat";"Waarde"');
    for (const year of years) expect(lines).toContain(`"${year}";"${monitorNl['mon.schools.title']}";"${monitorNl['mon.schools.total']}";"${monitorNl['mon.count']}";"${ofYear(year).length}"`);
    const costs = latest.flatMap((f) => f.activities.filter((a) => a.kind === 'multi-day' && a.status !== 'dropped' && a.costPerPupil !== null).map((a) => a.costPerPupil!));
    const trips = median(costs);
    expect(lines).toContain(`"${latestYear}";"${monitorNl['mon.trips.title']}";"${monitorNl['mon.trips.all']}";"${monitorNl['mon.median']}";"${Number.isInteger(trips) ? trips : trips.toFixed(2).replace('.', ',')}"`);
    await expect(page.getByRole('status').filter({ hasText: monitorNl['mon.csvDone'] })).toBeVisible();
  });

  test('on a 320 px wide screen nothing scrolls sideways', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(PAGE.nl);
    await loadSample(page);
    await page.locator('summary', { hasText: monitorNl['mon.schools.list'].other.replace('{count}', String(new Set(counted.map((f) => f.school.name)).size)) }).click();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });
});

test.describe('sharing from the self-assessment', () => {
  test.use({ locale: 'nl-NL' });

  test('a school sees exactly what it shares, with a code instead of its name and without notes or names, and the monitor reads the file', async ({ page, baseURL }) => {
    const elsewhere = requestsElsewhere(page, baseURL!);
    page.on('dialog', (dialog) => void dialog.accept());
    await page.goto('/nl/zelfevaluatie/');
    await page.getByLabel(nl['sa.list.import']).setInputFiles({ name: 'noorderlicht.json', mimeType: 'application/json', buffer: Buffer.from(encodeAssessment(noorderlichtAssessment(contentUnderTest.checklist))) });
    await page.getByRole('navigation', { name: nl['sa.steps.label'] }).getByRole('button', { name: nl['sa.steps.summary'], exact: true }).click();
    await page.locator('summary', { hasText: nl['sa.share.title'] }).click();
    await page.getByLabel(nl['sa.share.code']).pressSequentially('VO-17');
    await page.locator('summary', { hasText: nl['sa.share.preview'] }).click();
    const preview = page.getByTestId('sa-share-preview');
    await expect(preview).toContainText('"name": "VO-17"');
    const shown = (await preview.textContent())!;
    const secrets = [NOORDERLICHT.profile.schoolName, NOORDERLICHT.profile.filledInBy, NOORDERLICHT.school.note, ...NOORDERLICHT.activities.flatMap((a) => [a.name, a.notes, a.yearGroup])].filter((text) => text.trim() !== '');
    for (const secret of secrets) expect(shown, secret).not.toContain(secret);

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: nl['sa.share.download'] }).click();
    const download = await downloading;
    const path = join(work, download.suggestedFilename());
    await download.saveAs(path);
    // Byte for byte what the page showed.
    expect(readFileSync(path, 'utf8')).toBe(shown);
    await expect(page.getByRole('status').filter({ hasText: nl['sa.share.done'] })).toBeVisible();
    await axeClean(page, 'share panel open');

    await page.goto(PAGE.nl);
    await page.getByLabel(monitorNl['mon.files.label']).setInputFiles(path);
    await expect(page.locator('#skc-mon-root').getByRole('status').first()).toHaveText('1 bestand gelezen.');
    await page.locator('summary', { hasText: monitorNl['mon.schools.list'].one }).click();
    await expect(page.getByRole('rowheader', { name: 'VO-17' })).toBeVisible();
    expect(elsewhere).toEqual([]);
  });
});

test.describe('without JavaScript', () => {
  test.use({ locale: 'nl-NL', javaScriptEnabled: false });

  test('the page says what the monitor does, what a monitor file holds, and that reading files needs JavaScript', async ({ page }) => {
    await page.goto(PAGE.nl);
    await expect(page.getByRole('heading', { level: 1, name: monitorNl['mon.title'] })).toBeVisible();
    await expect(page.getByText(monitorNl['mon.how.local'])).toBeVisible();
    await expect(page.getByRole('heading', { name: monitorNl['mon.contains.title'] })).toBeVisible();
    await expect(page.getByText(monitorNl['mon.noScript'])).toBeVisible();
  });
});

test.describe('on the English page', () => {
  test.use({ locale: 'en-GB' });

  test('the sample data shows the same school counts, and the CSV uses commas', async ({ page, baseURL }) => {
    const elsewhere = requestsElsewhere(page, baseURL!);
    await page.goto(PAGE.en);
    await loadSample(page, 'en');
    const schools = page.getByRole('region', { name: monitorEn['mon.schools.title'] });
    expect(await rowValues(schools, en['type.po'])).toEqual(years.map((year) => String(ofYear(year).filter((f) => f.school.type === 'po').length)));
    await expect(page.getByText(`School year ${latestYear} · ${latest.length} schools · made on`)).toBeVisible();
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: monitorEn['mon.csv'] }).click();
    const path = join(work, `en-${(await downloading).suggestedFilename()}`);
    await (await downloading).saveAs(path);
    expect(readFileSync(path, 'utf8').replace(/^\uFEFF/, '').split('\r\n')[0]).toBe('"School year","Part","Group","Measure","Value"');
    await axeClean(page, 'English sample');
    expect(elsewhere).toEqual([]);
  });
});
