// The budgets of the issue "Trust", in Chromium, at the schema's maximum: a keystroke in an answer
// note, a group's owner in the action plan and the school name; showing the summary and the report; opening the file;
// and the self-assessment's JavaScript when it opens and per feature loaded later.
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { chromium } from '@playwright/test';
import { BUDGETS } from '../support/budgets.mjs';
import { pageWeight } from '../support/page-weight.mjs';
import { kb, ms, spread, stats, verdict } from './stats.mjs';
import { CATEGORIES, STAGES, cpuByStage } from './trace-breakdown.mjs';
import { maximumAssessment } from './trust-file.mjs';

/**
 * Pause between two keys: a fast typist's pace. It is shorter than the moment (400 ms) a very large
 * assessment waits after the last change before it saves, as typing is; that save is timed on its own.
 */
const KEY_GAP_MS = 150;
const TYPED = 'Afdelingsleider bovenbouw havo'.replace(/ /g, '');
/** Keys (and runs of the other measures) repeated under a Chromium trace, after the timed ones. */
const TRACED_KEYS = 5;

/** Runs `action` under a Chromium trace: the main thread's CPU time per stage of rendering, per run. */
async function traced(page, runs, action) {
  const browser = page.context().browser();
  await browser.startTracing(page, { categories: CATEGORIES });
  let buffer;
  try {
    await action();
  } finally {
    buffer = await browser.stopTracing();
  }
  return cpuByStage(buffer, runs);
}

// ------------------------------------------------------------------------------------- script sizes
const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*["'`](\.{1,2}\/[^"'`]+?\.js)["'`]/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'`](\.{1,2}\/[^"'`]+?\.js)["'`]\s*\)/g;
const FEATURES = {
  steps: 'the steps chunk (school details, questions, activities)',
  results: 'the results chunk (summary, action plan, report)',
  'file-check': 'the file check (zod/mini, schema, migrations)',
  compare: 'comparing two assessments (step Vergelijken)',
  parents: 'the text for parents (step Voor ouders)',
  merge: 'merging a colleague’s file',
};

/** Each lazily loaded feature: its dynamic-import target with the chunks it needs that the page has not loaded yet. */
function chunksPerFeature(dist, pagePath) {
  const weight = pageWeight(dist, pagePath);
  const eager = new Set(weight.js.map((f) => f.path));
  const lazy = new Map(weight.lazyJs.map((f) => [f.path, f]));
  const text = (path) => readFileSync(join(dist, path), 'utf8');
  const resolveFrom = (path, spec) => posix.join(posix.dirname(path), spec);
  const entries = new Set([...eager, ...lazy.keys()].flatMap((path) => [...text(path).matchAll(DYNAMIC_IMPORT)].map(([, spec]) => resolveFrom(path, spec))));
  return [...entries].map((entry) => {
    const files = new Set();
    const follow = (path) => {
      if (eager.has(path) || files.has(path)) return;
      files.add(path);
      for (const [, spec] of text(path).matchAll(STATIC_IMPORT)) follow(resolveFrom(path, spec));
    };
    follow(entry);
    const name = posix.basename(entry).split('.')[0];
    return { feature: name, holds: FEATURES[name] ?? name, files: [...files].map((path) => ({ path, gzip: lazy.get(path)?.gzip ?? 0 })), gzip: [...files].reduce((n, path) => n + (lazy.get(path)?.gzip ?? 0), 0) };
  });
}

// ------------------------------------------------------------------------------------------ browser
async function freshPage(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
  // The moment the island has put the list of assessments on the page: "when it opens".
  await context.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.getElementById('sa-list-title')) return;
      window.__benchOpenedAt = performance.now();
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  const page = await context.newPage();
  page.on('dialog', (dialog) => dialog.accept());
  await page.goto(url);
  await page.locator('#sa-list-title').waitFor();
  return { context, page };
}

/**
 * Every script the page has fetched, with its size on the wire (the server gzips as a production host
 * does), and whether it was fetched before the list was on the page.
 */
const scriptsFetched = (page) =>
  page.evaluate(() =>
    performance.getEntriesByType('resource').filter((e) => /\.m?js(\?|$)/.test(e.name)).map((e) => ({ path: new URL(e.name).pathname, gzip: e.encodedBodySize, atOpen: e.startTime < window.__benchOpenedAt })),
  );

/** Waits until the page has fetched what it fetches on its own (the steps and results, once idle). */
async function settle(page) {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1_000);
  await page.waitForLoadState('networkidle');
}

/**
 * Opens a file through the list's file field, timed from its `change` event until the opened
 * assessment's first step is painted (checked between tasks, as `showStep` does).
 */
async function importFile(page, text) {
  return page.evaluate(async (content) => {
    const input = document.getElementById('sa-import');
    const files = new DataTransfer();
    files.items.add(new File([content], 'zelfevaluatie.json', { type: 'application/json' }));
    input.files = files.files;
    const start = performance.now();
    input.dispatchEvent(new Event('change', { bubbles: true }));
    while (!document.querySelector('.skc-flow #sa-step-title')) {
      if (document.getElementById('sa-import-errors')) throw new Error(document.getElementById('sa-import-errors').textContent);
      if (performance.now() > start + 60_000) throw new Error('the file did not open within 60 s');
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    const domMs = performance.now() - start;
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    return { ms: performance.now() - start, domMs, saved: document.querySelector('.skc-save-status')?.textContent ?? '' };
  }, text);
}

/**
 * Clicks a step's button and times it until every `[selector, count]` is on the page (at least `count`
 * elements) and the frame showing it is painted. The page is checked between tasks, not once a frame,
 * so the time does not include a frame's wait; `domMs` is when the elements were there.
 */
async function showStep(page, label, ready) {
  return page.evaluate(async ([name, wanted]) => {
    const button = [...document.querySelectorAll('.skc-steps__button')].find((b) => b.textContent.trim().endsWith(name));
    const start = performance.now();
    button.click();
    const until = start + 60_000;
    while (!wanted.every(([selector, count]) => document.querySelectorAll(selector).length >= count)) {
      if (performance.now() > until) throw new Error(`"${name}" did not show ${JSON.stringify(wanted)} within 60 s`);
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    const domMs = performance.now() - start;
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    return { ms: performance.now() - start, domMs };
  }, [label, ready]);
}

/**
 * Times each key from the browser's keydown (the event's own time stamp, so a busy page's queueing
 * counts) until the frame after the `input` event is painted, and records long tasks. The field must
 * still be on the page, focused, and show what was typed after that frame: the controlled field was
 * rendered again with the state's value.
 */
async function armKeyTimer(page) {
  await page.evaluate(() => {
    if (window.__benchKeys) return;
    window.__benchKeys = [];
    window.__benchLongTasks = [];
    new PerformanceObserver((list) => window.__benchLongTasks.push(...list.getEntries().map((e) => ({ start: e.startTime, ms: e.duration })))).observe({ type: 'longtask' });
    let down = { stamp: 0, now: 0 };
    document.addEventListener('keydown', (event) => (down = { stamp: event.timeStamp, now: performance.now() }), true);
    document.addEventListener('input', (event) => {
      const field = event.target;
      const typed = field.value;
      const { stamp, now } = down;
      requestAnimationFrame(() => setTimeout(() => {
        const end = performance.now();
        const start = stamp > 0 && stamp <= now ? stamp : now;
        window.__benchKeys.push({ ms: end - start, fromHandler: end - now, at: end, kept: field.isConnected && document.activeElement === field && field.value === typed });
      }, 0));
    }, true);
  });
}

/** Main-thread work in the page so far, from Chromium's own counters (CDP Performance.getMetrics), in ms. */
async function mainThread(cdp) {
  const m = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map(({ name, value }) => [name, value]));
  // ThreadTime is the main thread's CPU time: on a busy machine the durations (wall time) grow, it does not.
  return { task: m.TaskDuration * 1000, cpu: m.ThreadTime * 1000, layout: m.LayoutDuration * 1000, style: m.RecalcStyleDuration * 1000, layouts: m.LayoutCount };
}

const WORK = ['task', 'cpu', 'layout', 'style', 'layouts'];
/** Average main-thread work per run between two `mainThread` readings. */
function workPerRun(before, after, runs) {
  return Object.fromEntries(WORK.map((key) => [key, (after[key] - before[key]) / runs]));
}
const elements = (page) => page.evaluate(() => document.getElementsByTagName('*').length);

/**
 * Types `keys` characters at the end of `field` at a typist's pace, each timed (see `armKeyTimer`); then
 * waits for the save that follows a pause, and types a few more under a trace for `cpuByStage`.
 */
async function typeKeys(page, field, keys, cdp) {
  await field.scrollIntoViewIfNeeded();
  await field.focus();
  await page.evaluate(() => {
    const el = document.activeElement;
    el.setSelectionRange(el.value.length, el.value.length);
  });
  await armKeyTimer(page);
  const done = await page.evaluate(() => window.__benchKeys.length);
  await page.waitForTimeout(500);
  const before = await mainThread(cdp);
  for (let k = 0; k < keys; k += 1) {
    await page.keyboard.press(TYPED[k % TYPED.length]);
    await page.waitForFunction((n) => window.__benchKeys.length > n, done + k);
    await page.waitForTimeout(KEY_GAP_MS);
  }
  const work = { ...workPerRun(before, await mainThread(cdp), keys), elements: await elements(page) };
  const runs = await page.evaluate((n) => window.__benchKeys.slice(n), done);
  if (!runs.every((r) => r.kept)) throw new Error('a typed character did not stay in the field');
  const lastKey = runs.at(-1).at;
  // The save a very large assessment makes a moment after the last key.
  await page.waitForTimeout(1_500);
  const save = await page.evaluate((after) => window.__benchLongTasks.filter((t) => t.start >= after), lastKey);
  const during = await page.evaluate(([from, to]) => window.__benchLongTasks.filter((t) => t.start >= from && t.start < to), [runs[0].at - runs[0].ms, lastKey]);
  const cpu = await traced(page, TRACED_KEYS, async () => {
    for (let k = 0; k < TRACED_KEYS; k += 1) {
      await page.keyboard.press(TYPED[k % TYPED.length]);
      await page.waitForFunction((n) => window.__benchKeys.length > n, done + keys + k);
      await page.waitForTimeout(KEY_GAP_MS);
    }
  });
  return { ...stats(runs.map((r) => r.ms)), work, cpu, fromInputHandler: stats(runs.map((r) => r.fromHandler)), longTasksWhileTyping: during.length, saveAfterPauseMs: Math.max(0, ...save.map((t) => t.ms)) };
}

/** Runs `prepare` then the timed `action` `runs` times: the times, and the main-thread work of the actions alone. */
async function repeat(page, cdp, runs, prepare, action) {
  const times = [];
  const total = Object.fromEntries(WORK.map((key) => [key, 0]));
  const dom = [];
  for (let i = 0; i < runs; i += 1) {
    await prepare();
    const before = await mainThread(cdp);
    const shown = await action();
    times.push(shown.ms);
    dom.push(shown.domMs);
    const work = workPerRun(before, await mainThread(cdp), runs);
    for (const key of WORK) total[key] += work[key];
  }
  return { ...stats(times), inDom: stats(dom), work: { ...total, elements: await elements(page) } };
}

// ---------------------------------------------------------------------------------------------- main
/**
 * @param {{ base: string, pagePath: string, dist: string, executablePath: string, args: string[], quick: boolean }} options
 * @returns {Promise<{ results: object, tables: { title: string, head: string[], rows: unknown[][] }[] }>}
 */
export async function trust({ base, pagePath, dist, executablePath, args, quick }) {
  const RUNS = { keys: quick ? 10 : 20, summary: quick ? 2 : 5, report: quick ? 2 : 5, import: quick ? 2 : 5 };
  const url = `${base}${pagePath}`;
  const chunks = chunksPerFeature(dist, pagePath);
  const results = { runs: RUNS, keyGapMs: KEY_GAP_MS, chunks };
  const browser = await chromium.launch({ executablePath, args });
  try {
    // What the page loads when it opens, and what it fetches on its own once idle.
    const first = await freshPage(browser, url);
    const data = await first.page.evaluate(() => JSON.parse(document.getElementById('skc-sa-data').textContent));
    await settle(first.page);
    const fetched = await scriptsFetched(first.page);
    await first.context.close();
    const sum = (list) => list.reduce((n, s) => n + s.gzip, 0);
    const atOpen = fetched.filter((s) => s.atOpen);
    results.js = { atOpen: sum(atOpen), atOpenFiles: atOpen, afterIdle: sum(fetched), afterIdleFiles: fetched };

    const t = (key) => data.texts[key];
    const file = await maximumAssessment(data.checklist);
    results.file = { bytes: Buffer.byteLength(file.text), activities: file.activities, kinds: file.kinds, schoolType: file.schoolType, actions: file.actions };

    // Opening the file, each time in a new browser profile (the file check loads on first use), after
    // the page has fetched what it fetches while a person looks for the file.
    {
      const times = [];
      const dom = [];
      const work = [];
      let saved = '';
      for (let i = 0; i < RUNS.import; i += 1) {
        const { context, page } = await freshPage(browser, url);
        const cdp = await context.newCDPSession(page);
        await cdp.send('Performance.enable');
        await settle(page);
        const before = await mainThread(cdp);
        const result = await importFile(page, file.text);
        work.push({ ...workPerRun(before, await mainThread(cdp), 1), elements: await elements(page) });
        times.push(result.ms);
        dom.push(result.domMs);
        saved = result.saved;
        if (i === 0) results.js.withFile = sum(await scriptsFetched(page));
        await context.close();
      }
      const mean = (key) => work.reduce((n, w) => n + w[key], 0) / work.length;
      results.import = { ...stats(times), inDom: stats(dom), work: { ...Object.fromEntries(WORK.map((key) => [key, mean(key)])), elements: work.at(-1).elements }, saveStatus: saved };
    }

    const { context, page } = await freshPage(browser, url);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    try {
      await settle(page);
      results.import.cpu = await traced(page, 1, () => importFile(page, file.text));
      await page.waitForTimeout(1_000);

      // The school name, on the first step.
      await page.locator('#sa-school-name').waitFor();
      results.keySchoolName = await typeKeys(page, page.locator('#sa-school-name'), RUNS.keys, cdp);

      // A note on an answer, on an activity in the middle of the list.
      await showStep(page, t('sa.steps.activities'), [['.skc-activity-list', 1]]);
      await page.getByRole('button', { name: `${t('sa.activities.answer')} ${file.noteAt.name}`, exact: true }).click();
      const note = page.locator(`#q-${file.noteAt.activityId}-${file.noteAt.questionId}-note`);
      await note.waitFor();
      results.keyNote = await typeKeys(page, note, RUNS.keys, cdp);

      // The summary: from the click until its heading and the first rows of the plan are painted.
      const back = () => showStep(page, t('sa.steps.profile'), [['#sa-school-name', 1]]);
      const pause = async () => {
        await back();
        await page.waitForTimeout(500);
      };
      const summary = () => showStep(page, t('sa.steps.summary'), [['#sa-step-title', 1], ['.skc-plan__group', 1]]);
      results.summary = await repeat(page, cdp, RUNS.summary, pause, summary);
      await pause();
      results.summary.cpu = await traced(page, 1, summary);

      // The owner of a group of actions, in the middle of the plan's page on screen (the plan shows whole
      // groups of about a hundred actions at a time; all of them are in the report). Every action of the
      // group shows the owner typed, so a key redraws the group.
      const rows = page.locator('.skc-plan__action');
      results.summary.rows = await rows.count();
      const groupOwners = page.locator(`.skc-plan__group > .skc-plan__fields input[aria-label^="${t('sa.summary.owner')},"]`);
      const owner = groupOwners.nth(Math.floor((await groupOwners.count()) / 2));
      results.keyOwner = await typeKeys(page, owner, RUNS.keys, cdp);

      // The report: from the click until every activity and every action is rendered and painted.
      const report = () => showStep(page, t('sa.steps.report'), [['.skc-report .skc-report__group', file.activities], ['.skc-report .skc-report__action', file.actions]]);
      results.report = await repeat(page, cdp, RUNS.report, pause, report);
      await pause();
      results.report.cpu = await traced(page, 1, report);
    } finally {
      await context.close();
    }
  } finally {
    await browser.close();
  }

  const r = results;
  const both = (s, budget) => verdict(s.median <= budget && s.p95 <= budget);
  const row = (measure, s, budget, note) => [measure, ms(s.median), ms(s.p95), spread(s), s.runs, `≤ ${ms(budget)}`, both(s, budget), note];
  const keyNote = (s) => `next key after ${KEY_GAP_MS} ms; the save after a pause: ${s.saveAfterPauseMs ? `a ${ms(s.saveAfterPauseMs)} task` : 'no task over 50 ms'}`;
  const tables = [
    {
      title: `Trust budgets in Chromium at the schema's maximum: ${r.file.activities} activities (${r.file.kinds} kinds, school type ${r.file.schoolType}), every question "nee", ${r.file.actions} actions with an owner`,
      head: ['measure', 'median', 'p95', 'spread', 'runs', 'budget', 'verdict', 'note'],
      rows: [
        row('a key in an answer note → next frame', r.keyNote, BUDGETS.trustKeyMs, keyNote(r.keyNote)),
        row('a key in an action group’s owner → next frame', r.keyOwner, BUDGETS.trustKeyMs, `${keyNote(r.keyOwner)}; ${r.summary.rows} actions on the page`),
        row('a key in the school name → next frame', r.keySchoolName, BUDGETS.trustKeyMs, keyNote(r.keySchoolName)),
        row('show the summary (heading, first action rows)', r.summary, BUDGETS.trustSummaryMs, `the other rows follow in steps (all ${r.summary.rows} there afterwards)`),
        row('show the report (all activities and actions)', r.report, BUDGETS.trustReportMs, `${r.file.activities} activities, ${r.file.actions} actions`),
        row('open the file → first step on screen', r.import, BUDGETS.trustImportMs, `file ${kb(r.file.bytes)}; ${r.import.saveStatus}`),
      ],
    },
    {
      title: `Where the time goes: the page's main thread per run. Wall and CPU from Chromium's counters over the timed runs; the stages are CPU time from a Chromium trace of ${TRACED_KEYS} more keys, or one more run`,
      head: ['measure', 'wall in tasks', 'CPU', ...STAGES, 'elements on the page'],
      rows: [['a key in an answer note', r.keyNote], ['a key in an action group’s owner', r.keyOwner], ['a key in the school name', r.keySchoolName], ['show the summary', r.summary], ['show the report', r.report], ['open the file', r.import]]
        .map(([measure, { work, cpu }]) => [measure, ms(work.task), ms(work.cpu), ...STAGES.map((stage) => ms(cpu[stage])), work.elements.toLocaleString('en')]),
    },
    {
      title: 'Self-assessment JavaScript, bytes gzip (chunks from the build; "fetched" = measured on the wire in Chromium)',
      head: ['what', 'when', 'gzip', 'budget', 'verdict'],
      rows: [
        ['fetched when the page opens (list shown)', 'page open', r.js.atOpen, `≤ ${kb(BUDGETS.selfAssessmentJs)}`, verdict(r.js.atOpen <= BUDGETS.selfAssessmentJs)],
        ['fetched once the page is idle (steps and results ahead of need)', 'idle, no click', r.js.afterIdle, 'none', '-'],
        ['fetched after opening a file', 'file opened', r.js.withFile, 'none', '-'],
        ...chunks.map((c) => [`${c.holds}: ${c.files.map((f) => `${posix.basename(f.path)} ${f.gzip}`).join(' + ')}`, c.feature === 'file-check' ? 'opening a file, or an entry not sealed' : 'idle after open, or first use', c.gzip, 'none (per feature)', '-']),
      ],
    },
  ];
  return { results, tables };
}
