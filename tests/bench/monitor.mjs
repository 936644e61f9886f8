// The monitor's budgets (issue 12), in Chromium against the built site: 500 school files read, added up and
// shown in at most 1 s; 5,000 in at most 10 s with a progress bar and a page that keeps responding. The
// files are the committed sample set (public/monitor/sample.json) copied under other school names, so they
// are real monitor files, two school years, with a school that sent a year twice now and then.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { BUDGETS } from '../support/budgets.mjs';
import { ms, spread, stats, verdict } from './stats.mjs';

const root = new URL('../../', import.meta.url).pathname;

/** `count` monitor files: the sample's, over and over, each round under other school names. */
function monitorFiles(count) {
  const sample = JSON.parse(readFileSync(join(root, 'public/monitor/sample.json'), 'utf8'));
  return Array.from({ length: count }, (_, i) => {
    const { name, file } = sample.files[i % sample.files.length];
    const round = Math.floor(i / sample.files.length);
    const copy = { ...file, school: { ...file.school, name: `${file.school.name} ${round + 1}` } };
    return { name: `${round + 1}-${name}`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(copy)) };
  });
}

/**
 * Chooses the files in the file field and measures, in the page, from the field's change event until the
 * overviews are on screen in a painted frame. Meanwhile every animation frame is timed: the longest gap
 * between two is how long the page did not respond. Whether a progress bar appeared is watched too.
 */
async function readOnce(browser, base, files) {
  const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${base}/nl/monitor/`);
  await page.evaluate((expected) => {
    const input = document.getElementById('skc-mon-files');
    const watch = { start: 0, end: 0, progressSeen: false, longestFrame: 0, frames: 0 };
    window.__monitorBench = watch;
    new MutationObserver(() => {
      if (document.querySelector('#skc-mon-root progress')) watch.progressSeen = true;
    }).observe(document.getElementById('skc-mon-root'), { childList: true, subtree: true });
    input.addEventListener('change', () => {
      watch.start = performance.now();
      let last = watch.start;
      const frame = (now) => {
        watch.longestFrame = Math.max(watch.longestFrame, now - last);
        watch.frames += 1;
        last = now;
        const status = document.querySelector('#skc-mon-root [role="status"]')?.textContent ?? '';
        const shown = document.querySelector('.skc-mon-report-meta') && status.startsWith(`${expected} bestanden gelezen`);
        if (shown) {
          // One more frame: the overviews are painted.
          requestAnimationFrame(() => { watch.end = performance.now(); });
          return;
        }
        requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    }, { capture: true });
  }, files.length);
  await page.getByLabel('Kies de bestanden van de scholen').setInputFiles(files);
  await page.waitForFunction(() => window.__monitorBench.end > 0, null, { timeout: 120_000, polling: 100 });
  const watch = await page.evaluate(() => window.__monitorBench);
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
  await context.close();
  return { ms: watch.end - watch.start, progressSeen: watch.progressSeen, longestFrameMs: watch.longestFrame, heapMB: heap / 2 ** 20 };
}

/** Runs both sizes; returns the results for bench.json and the table for bench.md. */
export async function monitorBench({ base, executablePath, args, quick }) {
  const browser = await chromium.launch({ executablePath, args });
  const rows = [];
  const results = [];
  try {
    for (const [count, budget, runs] of [[500, BUDGETS.monitor500Ms, quick ? 1 : 3], [5000, BUDGETS.monitor5000Ms, quick ? 1 : 2]]) {
      const files = monitorFiles(count);
      const measured = [];
      for (let i = 0; i < runs; i += 1) measured.push(await readOnce(browser, base, files));
      const times = stats(measured.map((m) => m.ms));
      const longest = Math.max(...measured.map((m) => m.longestFrameMs));
      const progress = measured.every((m) => m.progressSeen);
      const heap = Math.max(...measured.map((m) => m.heapMB));
      results.push({ files: count, ...times, budgetMs: budget, progressSeen: progress, longestFrameMs: longest, heapMB: heap });
      rows.push([count, ms(times.median), spread(times), runs, `≤ ${ms(budget)}`, verdict(times.median <= budget && (count < 5000 || progress)), progress ? 'yes' : 'no', ms(longest), `${heap.toFixed(1)} MB`]);
    }
  } finally {
    await browser.close();
  }
  return {
    results,
    table: {
      title: 'Monitor: school files chosen → read (Web Worker), added up and shown, in Chromium',
      head: ['files', 'median', 'spread', 'runs', 'budget', 'verdict', 'progress bar seen', 'longest frame while reading', 'page JS heap after'],
      rows,
    },
  };
}
