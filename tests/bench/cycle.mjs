// The yearly cycle at the schema's maximum (1,000 activities, every question answered "no" with a note, an
// action each): starting next school year, comparing the two years, finding and applying the differences
// with a colleague's file, and writing the text for parents. These run in the browser when a person opens
// the step; here they run in Node on the same domain code (bundled by esbuild, as trust-file.mjs does), so
// the numbers are the work itself, without the rendering that the trust bench times for the summary.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { maximumAssessment } from './trust-file.mjs';
import { ms, spread, stats } from './stats.mjs';

const root = new URL('../../', import.meta.url).pathname;

async function loadDomain() {
  const entry = [
    "export { decodeAssessment } from './src/domain/assessment/format/index.ts';",
    "export { nextSchoolYear } from './src/domain/assessment/create.ts';",
    "export { createAssessor } from './src/domain/assessment/assess.ts';",
    "export { compareAssessments } from './src/domain/assessment/compare.ts';",
    "export { mergeDifferences, applyMerge } from './src/domain/assessment/merge.ts';",
    "export { parentsText, parentsTextHtml, checkParentsText } from './src/domain/assessment/parents-text.ts';",
  ].join('\n');
  const bundled = await build({ stdin: { contents: entry, resolveDir: root, loader: 'ts' }, bundle: true, write: false, format: 'esm', platform: 'node', logLevel: 'silent' });
  return import(`data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`);
}

/** The checklist the built page carries (its island data), so the bench follows the content folder. */
function pageChecklist(dist, pagePath) {
  const html = readFileSync(join(dist, pagePath, 'index.html'), 'utf8');
  const json = /<script[^>]*id="skc-sa-data"[^>]*>([\s\S]*?)<\/script>/.exec(html)?.[1];
  if (!json) throw new Error(`no island data in ${pagePath}`);
  return JSON.parse(json).checklist;
}

function timed(runs, work) {
  const times = [];
  let value;
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    value = work();
    times.push(performance.now() - start);
  }
  return { ...stats(times), value };
}

export async function cycleBench({ dist, pagePath, quick }) {
  const domain = await loadDomain();
  const checklist = pageChecklist(dist, pagePath);
  const file = await maximumAssessment(checklist);
  const decoded = domain.decodeAssessment(file.text, { currentChecklistVersion: checklist.version, fileName: 'maximum.json' });
  if (!decoded.ok) throw new Error('the maximum assessment does not decode');
  const lastYear = decoded.value.assessment;
  const runs = quick ? 3 : 9;
  const now = new Date('2027-08-20T09:00:00.000Z');

  const next = timed(runs, () => domain.nextSchoolYear(lastYear, { id: 'bench-next', now }));
  // Next year: every answer confirmed, a third of them now "yes", every fifth action done.
  const thisYear = structuredClone(next.value);
  thisYear.activities.forEach((activity, i) => {
    for (const [id, answer] of Object.entries(activity.answers)) activity.answers[id] = { ...answer, recheck: false, value: i % 3 === 0 ? 'yes' : answer.value };
  });
  Object.values(thisYear.actions).forEach((action, i) => {
    if (i % 5 === 0) action.state = 'done';
  });
  const compare = timed(runs, () => domain.compareAssessments(lastYear, thisYear, checklist));
  // A colleague's copy: other notes on every tenth activity, other owners on every seventh action.
  const theirs = structuredClone(thisYear);
  theirs.activities.forEach((activity, i) => {
    if (i % 10 === 0) activity.notes = `Aangevuld door de MR (${i})`;
  });
  Object.entries(theirs.actions).forEach(([, action], i) => {
    if (i % 7 === 0) action.owner = 'MR-lid';
  });
  const differences = timed(runs, () => domain.mergeDifferences(thisYear, theirs));
  const take = new Set(differences.value.map((d) => d.key));
  const merged = timed(runs, () => domain.applyMerge(thisYear, theirs, take, { at: now.toISOString(), fileName: 'collega.json' }));
  const assessed = domain.createAssessor(checklist)(thisYear);
  const parents = timed(runs, () => {
    const blocks = domain.parentsText(thisYear, { lang: 'nl' });
    return { html: domain.parentsTextHtml(blocks), warnings: domain.checkParentsText(thisYear, assessed) };
  });

  const rows = [
    ['next school year (copy, answers to check)', next],
    [`compare the two years (${compare.value.activities?.length ?? '?'} activities)`, compare],
    [`differences with a colleague's file (${differences.value.length})`, differences],
    ['apply the merge (every difference taken)', merged],
    [`text for parents (${parents.value.html.length.toLocaleString('en')} characters of HTML)`, parents],
  ];
  return {
    results: Object.fromEntries(rows.map(([name, s]) => [name, { median: s.median, p95: s.p95, runs: s.runs }])),
    table: {
      title: `The yearly cycle at the maximum (${file.activities} activities, ${file.actions} actions), domain work in Node, ${runs} runs`,
      head: ['work', 'median', 'p95', 'spread'],
      rows: rows.map(([name, s]) => [name, ms(s.median), ms(s.p95), spread(s)]),
    },
  };
}
