// `npm run bench`: measures the budgets of issue 5 and of the issue "Trust" (trust.mjs: 1,000 activities)
// on this machine and prints them against the budgets.
//   npm run bench                      everything (about 5 minutes on 2 cores)
//   npm run bench -- --quick           one run where the full bench repeats (about 2 minutes)
//   LH_RUNS=5 npm run bench            more Lighthouse runs per page (default 3)
//   npm run bench -- --only=questions,sizes,lighthouse,interaction,trust,monitor,cycle,build
//   SKC_OUT_DIR=/tmp/x/dist SKC_BENCH_PORT=4400 npm run bench   build into (and serve) another folder, on another port
// Sizes are exact; timings are medians with their spread over repeated runs, on whatever else the
// machine is doing, so compare them as orders of magnitude and ratios. Results: tests/.output/bench.json
// and tests/.output/bench.md (the tables BENCHMARKS.md quotes).
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { astroBuild, buildWorkDir } from '../support/astro-build.mjs';
import { BUDGETS } from '../support/budgets.mjs';
import { GZIP_LEVEL, pageWeight } from '../support/page-weight.mjs';
import { kb, median, ms, spread, stats, verdict } from './stats.mjs';
import { questionCounts } from './question-count.mjs';
import { trust } from './trust.mjs';
import { monitorBench } from './monitor.mjs';
import { cycleBench } from './cycle.mjs';

const root = new URL('../../', import.meta.url).pathname;
const out = join(root, 'tests/.output');
mkdirSync(out, { recursive: true });
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const only = new Set(args.find((a) => a.startsWith('--only='))?.slice(7).split(',') ?? ['questions', 'sizes', 'lighthouse', 'interaction', 'trust', 'monitor', 'cycle', 'build']);
const RUNS = { lighthouse: Number(process.env.LH_RUNS ?? (quick ? 1 : 3)), answers: 20, import: quick ? 3 : 7, pdf: quick ? 1 : 3, build: quick ? 1 : 3 };
// Its own port, and another built folder when asked, so a bench can run beside tests or another bench.
const PORT = Number(process.env.SKC_BENCH_PORT ?? 4331);
const BASE = `http://127.0.0.1:${PORT}`;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROME_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' };

const results = { date: new Date().toISOString(), machine: machine(), gzipLevel: GZIP_LEVEL, quick, budgets: BUDGETS };
const tables = [];
const table = (title, head, rows) => {
  tables.push({ title, head, rows });
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join('  ');
  console.log(`\n${title}\n${line(head)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n${rows.map(line).join('\n')}`);
};

function machine() {
  const chromiumVersion = spawnSync(CHROMIUM, ['--version'], { encoding: 'utf8' }).stdout?.trim() ?? 'not found';
  return { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version, chromium: chromiumVersion };
}

function run(cmd, cmdArgs, options = {}) {
  const result = spawnSync(cmd, cmdArgs, { cwd: root, env, encoding: 'utf8', maxBuffer: 64 * 2 ** 20, ...options });
  if (result.status !== 0) throw new Error(`${cmd} ${cmdArgs.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

/** Serves a built folder like a production host (gzip, caching) until `stop` is called. */
async function serve(dir) {
  const child = spawn(process.execPath, [join(root, 'tests/e2e/support/static-server.mjs'), String(PORT)], { env: { ...env, SKC_SERVE_DIR: dir }, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((resolve, reject) => {
    child.stdout.once('data', resolve);
    child.once('exit', (code) => reject(new Error(`static server exited with ${code}`)));
  });
  return { stop: () => child.kill() };
}

// ---------------------------------------------------------------------------------------------- sizes
const dist = resolve(root, process.env.SKC_SERVE_DIR ?? process.env.SKC_OUT_DIR ?? 'dist');
const PAGES = {
  home: '/nl/',
  principle: '/nl/uitgangspunten/iedereen-doet-mee/',
  parents: '/nl/ouders/',
  search: '/nl/zoeken/',
  selfAssessment: '/nl/zelfevaluatie/',
};

function sizes() {
  const rows = [];
  results.sizes = {};
  for (const [name, page] of Object.entries(PAGES)) {
    const w = pageWeight(dist, page);
    results.sizes[name] = { page, ...w.gzip, files: { js: w.js, lazyJs: w.lazyJs, css: w.css } };
    const budget =
      name === 'selfAssessment' ? `JS ≤ ${kb(BUDGETS.selfAssessmentJs)}: ${verdict(w.gzip.js <= BUDGETS.selfAssessmentJs)}`
      : name === 'search' ? 'search runs Pagefind (not budgeted)'
      : `JS 0: ${verdict(w.gzip.js === 0)}${name === 'principle' ? `; HTML+CSS ≤ ${kb(BUDGETS.principlePageHtmlCss)}: ${verdict(w.gzip.htmlCss <= BUDGETS.principlePageHtmlCss)}` : ''}`;
    rows.push([name, page, w.gzip.html, w.gzip.css, w.gzip.js, w.gzip.lazyJs, kb(w.gzip.html + w.gzip.css + w.gzip.js), budget]);
  }
  table(`Page weight (bytes, gzip level ${GZIP_LEVEL}, each file as served)`, ['page', 'path', 'HTML', 'CSS', 'JS at open', 'JS on demand', 'total at open', 'budget'], rows);
  const sa = results.sizes.selfAssessment.files;
  table('Self-assessment scripts (bytes gzip)', ['file', 'when', 'gzip', 'raw'], [
    ...sa.js.map((f) => [f.path.replace('/_astro/', ''), 'page open', f.gzip, f.bytes]),
    ...sa.lazyJs.map((f) => [f.path.replace('/_astro/', ''), whenLoaded(f.path), f.gzip, f.bytes]),
  ]);
}

// ---------------------------------------------------------------------------------------- questions
function questions() {
  const counts = questionCounts();
  results.questions = counts;
  table('Questions asked of the 9-activity secondary school (tests/bench/question-count.mjs)', ['part', 'every question of its kind', 'only those that fit'], [
    ['school-wide', counts.schoolWide, counts.schoolWide],
    ...counts.rows.map((row) => [row.name, row.everyOfKind, row.fitting]),
    ['in all', counts.everyOfKind, counts.fitting],
  ]);
}

/** When a lazy chunk of the self-assessment loads, as its file name says. */
function whenLoaded(path) {
  if (path.includes('/file-check.')) return 'opening a file, or an entry not sealed';
  if (path.includes('/engine.')) return 'opening an assessment, or ahead of time once the page is idle';
  return 'when first shown, or ahead of time once the page is idle';
}

// ---------------------------------------------------------------------------------------- lighthouse
const LH_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

function lighthouseOnce(url) {
  const json = run(join(root, 'node_modules/.bin/lighthouse'), [
    url,
    '--quiet',
    '--output=json',
    '--output-path=stdout',
    `--only-categories=${LH_CATEGORIES.join(',')}`,
    `--chrome-flags=--headless=new ${CHROME_FLAGS.join(' ')}`,
  ], { env: { ...env, CHROME_PATH: CHROMIUM } });
  const lhr = JSON.parse(json);
  const audit = (id) => lhr.audits[id]?.numericValue ?? NaN;
  const failing = Object.values(lhr.audits)
    .filter((a) => a.score !== null && a.score < 1 && ['binary', 'numeric', 'metricSavings'].includes(a.scoreDisplayMode))
    .map((a) => a.id);
  return {
    scores: Object.fromEntries(LH_CATEGORIES.map((c) => [c, Math.round(lhr.categories[c].score * 100)])),
    fcp: audit('first-contentful-paint'),
    lcp: audit('largest-contentful-paint'),
    tbt: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
    failing,
  };
}

async function lighthouse() {
  const server = await serve(dist);
  results.lighthouse = {};
  const rows = [];
  try {
    for (const [name, page] of Object.entries(PAGES)) {
      if (name === 'search') continue;
      const runs = [];
      for (let i = 0; i < RUNS.lighthouse; i += 1) runs.push(lighthouseOnce(`${BASE}${page}`));
      // The lowest score over the runs: a budget is met only if every run meets it.
      const scores = Object.fromEntries(LH_CATEGORIES.map((c) => [c, Math.min(...runs.map((r) => r.scores[c]))]));
      const metric = (key) => median(runs.map((r) => r[key]));
      const failing = [...new Set(runs.flatMap((r) => r.failing))];
      results.lighthouse[name] = { page, scores, fcp: metric('fcp'), lcp: metric('lcp'), tbt: metric('tbt'), cls: metric('cls'), failing, runs: runs.length };
      const allMet = LH_CATEGORIES.every((c) => scores[c] >= BUDGETS.lighthouse);
      rows.push([name, ...LH_CATEGORIES.map((c) => scores[c]), ms(metric('fcp')), ms(metric('lcp')), ms(metric('tbt')), metric('cls').toFixed(3), verdict(allMet), failing.join(' ') || '-']);
    }
  } finally {
    server.stop();
  }
  table(`Lighthouse ${lighthouseVersion()} mobile (simulated slow 4G, 4× CPU), lowest score of ${RUNS.lighthouse} run(s), median metrics`, ['page', 'perf', 'a11y', 'best', 'seo', 'FCP', 'LCP', 'TBT', 'CLS', 'budget 100', 'audits below 1'], rows);
}

const lighthouseVersion = () => JSON.parse(readFileSync(join(root, 'node_modules/lighthouse/package.json'), 'utf8')).version;

// --------------------------------------------------------------------------------------- interaction
/** An assessment of `count` activities of every vo template in turn, every question answered. */
function makeAssessment(checklist, { count, activityNote = 0, answerNote = 0 }) {
  const note = (length, seed) => (length ? `Toelichting ${seed}: ${'de school heeft dit besproken met de MR. '.repeat(Math.ceil(length / 42))}`.slice(0, length) : '');
  const values = ['yes', 'yes', 'partly', 'no', 'yes', 'na'];
  const answer = (i, j) => ({ value: values[(i + j) % values.length], note: note(answerNote, `${i}.${j}`), checklistVersion: checklist.version });
  const templates = checklist.templates.filter((t) => t.schoolTypes.includes('vo'));
  const activities = Array.from({ length: count }, (_, i) => {
    const template = templates[i % templates.length];
    const questions = checklist.activityQuestions.filter((q) => q.kinds.includes(template.kind) && q.schoolTypes.includes('vo'));
    return {
      id: `act-${i + 1}`,
      templateId: template.id,
      name: `${template.name.nl} ${i + 1}`,
      kind: template.kind,
      costPerPupil: 5 + (i % 300),
      fundedBy: 'contribution',
      notes: note(activityNote, `a${i}`),
      answers: Object.fromEntries(questions.map((q, j) => [q.id, answer(i, j)])),
    };
  });
  const schoolQuestions = checklist.schoolQuestions.filter((q) => q.schoolTypes.includes('vo'));
  const time = '2026-11-01T09:00:00.000Z';
  return {
    format: 'schoolkostencheck-assessment',
    schemaVersion: 1,
    checklistVersion: checklist.version,
    id: 'bench',
    createdAt: time,
    updatedAt: time,
    profile: { schoolName: 'Benchmark College', schoolType: 'vo', schoolYear: '2026-2027', contribution: 75, filledInBy: 'Bench', mrInvolved: 'yes' },
    schoolAnswers: Object.fromEntries(schoolQuestions.map((q, j) => [q.id, answer(0, j)])),
    activities,
    actions: {},
  };
}

/** The same assessment with notes long enough to make the file `target` bytes (within 1%). */
function assessmentOfSize(checklist, target) {
  const bare = JSON.stringify(makeAssessment(checklist, { count: 200 }), null, 2).length;
  const answers = makeAssessment(checklist, { count: 200 }).activities.reduce((n, a) => n + Object.keys(a.answers).length, 0);
  let answerNote = Math.floor((target - bare) / (answers + 200 * 2));
  for (;;) {
    const text = `${JSON.stringify(makeAssessment(checklist, { count: 200, activityNote: answerNote * 2, answerNote }), null, 2)}\n`;
    if (text.length <= target * 1.01 || answerNote < 10) return text;
    answerNote = Math.floor(answerNote * (target / text.length));
  }
}

/** Opens a file through the page's own file field, as a user would, and times it until the flow shows. */
async function importFile(page, text) {
  return page.evaluate(async (content) => {
    const input = document.querySelector('input[type="file"]');
    const files = new DataTransfer();
    files.items.add(new File([content], 'zelfevaluatie.json', { type: 'application/json' }));
    input.files = files.files;
    const start = performance.now();
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await new Promise((resolve, reject) => {
      const until = performance.now() + 30_000;
      const check = () => {
        if (document.querySelector('.skc-flow')) resolve();
        else if (document.getElementById('sa-import-errors')) reject(new Error(document.getElementById('sa-import-errors').textContent));
        else if (performance.now() > until) reject(new Error('the file did not open within 30 s'));
        else requestAnimationFrame(check);
      };
      check();
    });
    // Until the frame showing it has been painted.
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    return { ms: performance.now() - start, saved: document.querySelector('.skc-save-status')?.textContent ?? '' };
  }, text);
}

/** Goes to a step of the flow by its button and times it until `ready` shows in a painted frame. */
async function openStep(page, name, ready) {
  return page.evaluate(async ([label, selector]) => {
    const button = [...document.querySelectorAll('.skc-steps__button')].find((b) => b.textContent.includes(label));
    const start = performance.now();
    button.click();
    await new Promise((resolve) => {
      const check = () => (document.querySelector(selector) ? resolve() : requestAnimationFrame(check));
      check();
    });
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    return performance.now() - start;
  }, [name, ready]);
}

async function interaction() {
  const server = await serve(dist);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROME_FLAGS });
  const fresh = async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${BASE}${PAGES.selfAssessment}`);
    await page.locator('#sa-list-title').waitFor();
    return { context, page };
  };
  try {
    const first = await fresh();
    const checklist = await first.page.evaluate(() => JSON.parse(document.getElementById('skc-sa-data').textContent).checklist);
    await first.context.close();
    const normal = `${JSON.stringify(makeAssessment(checklist, { count: 200, answerNote: 40 }), null, 2)}\n`;
    const big = assessmentOfSize(checklist, 5_000_000);
    results.interaction = { files: { normalBytes: normal.length, bigBytes: big.length } };

    // Answering: 20 answers on the 100th of 200 activities, each from the click to the next painted frame.
    {
      const { context, page } = await fresh();
      await importFile(page, normal);
      const steps = { activities: [], summary: [] };
      let actions = 0;
      for (let i = 0; i < 5; i += 1) {
        steps.summary.push(await openStep(page, 'Samenvatting', '.skc-plan'));
        // The actions on the plan's first page, once they have all arrived (they render in steps).
        if (i === 0) await page.waitForTimeout(1_000);
        if (i === 0) actions = await page.locator('.skc-plan__action').count();
        steps.activities.push(await openStep(page, 'Activiteiten', '.skc-activity-list'));
      }
      results.interaction.activitiesStep = stats(steps.activities);
      results.interaction.summaryStep = { ...stats(steps.summary), actions };
      await page.getByRole('button', { name: /^Vragen beantwoorden .* 100$/ }).click();
      await page.locator('fieldset.skc-question').first().waitFor();
      const times = [];
      for (let k = 0; k < RUNS.answers; k += 1) {
        times.push(
          await page.evaluate(async (n) => {
            const questions = document.querySelectorAll('fieldset.skc-question');
            const radio = [...questions[n % questions.length].querySelectorAll('input[type="radio"]')].find((r) => !r.checked);
            const start = performance.now();
            radio.click();
            await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
            if (!radio.checked) throw new Error('the answer did not take');
            return performance.now() - start;
          }, k),
        );
      }
      results.interaction.answer = stats(times);
      await context.close();
    }

    // Opening a 5 MB file, each time in a new browser profile (the file check loads on first use).
    {
      const times = [];
      let saved = '';
      for (let i = 0; i < RUNS.import; i += 1) {
        const { context, page } = await fresh();
        const result = await importFile(page, big);
        times.push(result.ms);
        saved = result.saved;
        await context.close();
      }
      results.interaction.import5Mb = { ...stats(times), saveStatus: saved };
    }

    // Printing the report of 200 activities to PDF.
    {
      const times = [];
      let pages = 0;
      let bytes = 0;
      for (let i = 0; i < RUNS.pdf; i += 1) {
        const { context, page } = await fresh();
        await importFile(page, normal);
        await page.getByRole('navigation', { name: 'Stappen' }).first().getByRole('button', { name: 'Rapport' }).click();
        await page.locator('.skc-report').waitFor();
        await page.emulateMedia({ media: 'print' });
        const start = performance.now();
        const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
        times.push(performance.now() - start);
        pages = (pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
        bytes = pdf.length;
        await context.close();
      }
      results.interaction.pdf = { ...stats(times), pages, bytes };
    }
  } finally {
    await browser.close();
    server.stop();
  }
  const r = results.interaction;
  table(`Interaction in Chromium (${results.machine.chromium}), 200 activities`, ['measure', 'median', 'p95', 'spread', 'runs', 'budget', 'verdict', 'note'], [
    ['answer a question → next frame', ms(r.answer.median), ms(r.answer.p95), spread(r.answer), r.answer.runs, `≤ ${ms(BUDGETS.answerMs)}`, verdict(r.answer.median <= BUDGETS.answerMs && r.answer.p95 <= BUDGETS.answerMs), `file ${kb(r.files.normalBytes)}`],
    ['show the activities step (200 listed)', ms(r.activitiesStep.median), ms(r.activitiesStep.p95), spread(r.activitiesStep), r.activitiesStep.runs, 'none (RAIL: 100 ms)', r.activitiesStep.median <= 100 ? 'under 100 ms' : 'over 100 ms', 'not a budget of issue 5'],
    ['show the summary (statuses, action plan)', ms(r.summaryStep.median), ms(r.summaryStep.p95), spread(r.summaryStep), r.summaryStep.runs, 'none (RAIL: 100 ms)', r.summaryStep.median <= 100 ? 'under 100 ms' : 'over 100 ms', `not a budget of issue 5; first rows of ${r.summaryStep.actions} actions`],
    ['open a 5 MB file → on screen', ms(r.import5Mb.median), ms(r.import5Mb.p95), spread(r.import5Mb), r.import5Mb.runs, `≤ ${ms(BUDGETS.import5MbMs)}`, verdict(r.import5Mb.median <= BUDGETS.import5MbMs), `file ${kb(r.files.bigBytes)}; ${r.import5Mb.saveStatus}`],
    ['report → PDF', ms(r.pdf.median), ms(r.pdf.p95), spread(r.pdf), r.pdf.runs, `≤ ${ms(BUDGETS.pdfMs)}`, verdict(r.pdf.median <= BUDGETS.pdfMs), `${r.pdf.pages} pages, ${kb(r.pdf.bytes)}`],
  ]);
}

// ------------------------------------------------------------------------------------- trust budgets
async function trustBudgets() {
  const server = await serve(dist);
  try {
    const measured = await trust({ base: BASE, pagePath: PAGES.selfAssessment, dist, executablePath: CHROMIUM, args: CHROME_FLAGS, quick });
    results.trust = measured.results;
    for (const t of measured.tables) table(t.title, t.head, t.rows);
  } finally {
    server.stop();
  }
}

// ------------------------------------------------------------------------------------ monitor budgets
async function monitorBudgets() {
  const server = await serve(dist);
  try {
    const measured = await monitorBench({ base: BASE, executablePath: CHROMIUM, args: CHROME_FLAGS, quick });
    results.monitor = measured.results;
    table(measured.table.title, measured.table.head, measured.table.rows);
  } finally {
    server.stop();
  }
}

// ------------------------------------------------------------------------------------- yearly cycle
async function cycleBudgets() {
  const measured = await cycleBench({ dist, pagePath: PAGES.selfAssessment, quick });
  results.cycle = measured.results;
  table(measured.table.title, measured.table.head, measured.table.rows);
}

// ----------------------------------------------------------------------------------------- build time
/** The real content plus `extra` generated principles in each language (copies of the first one). */
function contentWith(extra, dir) {
  cpSync(join(root, 'content'), dir, { recursive: true });
  for (const lang of ['nl', 'en']) {
    const folder = join(dir, 'principles', lang);
    const model = readFileSync(join(folder, readdirSync(folder).sort()[0]), 'utf8');
    for (let i = 1; i <= extra; i += 1) {
      const text = model
        .replace(/^key: .*$/m, `key: generated-${i}`)
        .replace(/^order: .*$/m, `order: ${1000 + i}`)
        .replace(/^slug: .*$/m, `slug: generated-${i}`)
        .replace(/^title: (.*)$/m, `title: $1 (${i})`);
      writeFileSync(join(folder, `${1000 + i}-generated-${i}.md`), text);
    }
  }
}

function buildTime() {
  const work = buildWorkDir('bench-build');
  const rows = [];
  results.build = [];
  try {
    for (const extra of [10, 100, 1000]) {
      const content = join(work, `content-${extra}`);
      contentWith(extra, content);
      const times = [];
      let pages = 0;
      const runs = extra === 1000 ? 1 : RUNS.build;
      for (let i = 0; i < runs; i += 1) {
        const outDir = join(work, `dist-${extra}-${i}`);
        const start = performance.now();
        // A cold build each time (own cache folder), astro and then Pagefind, as `npm run build` does.
        const built = astroBuild({ outDir, cacheDir: join(work, `cache-${extra}-${i}`), contentDir: content });
        if (built.status !== 0) throw new Error(`the build of ${extra} generated principles failed:\n${built.output}`);
        run(join(root, 'node_modules/.bin/pagefind'), ['--site', outDir, '--silent']);
        times.push(performance.now() - start);
        pages = (readFileSync(join(outDir, 'sitemap.xml'), 'utf8').match(/<loc>/g) ?? []).length;
        rmSync(outDir, { recursive: true, force: true });
      }
      const s = stats(times);
      results.build.push({ generatedPerLanguage: extra, principlesPerLanguage: extra + 12, pages, ...s });
      rows.push([extra, extra + 12, pages, ms(s.median), spread(s), runs, ms(s.median / pages)]);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  const [small, , large] = results.build;
  const growth = (large.median - small.median) / (large.pages - small.pages);
  results.buildPerExtraPageMs = growth;
  table(`Build time (astro build + Pagefind, cold), extra generated principles in each language; ${ms(growth)} per extra page between the smallest and largest`, ['generated', 'principles/lang', 'pages', 'median', 'spread', 'runs', 'per page'], rows);
}

// ------------------------------------------------------------------------------------------------ main
console.log(`Schoolkostencheck bench, ${results.date}\n${results.machine.cpu}, ${results.machine.cores} cores, ${results.machine.memoryGiB} GiB, Node ${results.machine.node}, ${results.machine.chromium}${quick ? ' (quick)' : ''}`);
if (!args.includes('--no-build')) {
  console.log(`building the site into ${dist}…`);
  if (process.env.SKC_OUT_DIR) {
    // `npm run build` runs Pagefind on dist/; another output folder gets its own Pagefind run.
    const built = astroBuild({ outDir: dist, cacheDir: resolve(root, process.env.SKC_CACHE_DIR ?? join(dist, '../cache')) });
    if (built.status !== 0) throw new Error(`the build failed:\n${built.output}`);
    run(join(root, 'node_modules/.bin/pagefind'), ['--site', dist, '--silent']);
  } else {
    // A build for this computer: the bench serves it at the root, whatever site.yaml's `url` says.
    run('npm', ['run', 'build', '--', '--local']);
  }
}
if (only.has('questions')) questions();
if (only.has('sizes')) sizes();
if (only.has('lighthouse')) await lighthouse();
if (only.has('interaction')) await interaction();
if (only.has('trust')) await trustBudgets();
if (only.has('monitor')) await monitorBudgets();
if (only.has('cycle')) await cycleBudgets();
if (only.has('build')) buildTime();

writeFileSync(join(out, 'bench.json'), `${JSON.stringify(results, null, 2)}\n`);
const markdown = tables.map(({ title, head, rows }) => `**${title}**\n\n| ${head.join(' | ')} |\n| ${head.map(() => '---').join(' | ')} |\n${rows.map((r) => `| ${r.join(' | ')} |`).join('\n')}\n`).join('\n');
writeFileSync(join(out, 'bench.md'), `Measured ${results.date} on ${results.machine.cpu}, ${results.machine.cores} cores, ${results.machine.memoryGiB} GiB, Node ${results.machine.node}, ${results.machine.chromium}.\n\n${markdown}`);
console.log(`\nwritten: tests/.output/bench.json, tests/.output/bench.md`);
