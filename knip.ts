import type { KnipConfig } from 'knip';

// Dead code finder (`npm run lint:dead`, run by `npm test`): files nothing loads, exports and types nothing
// imports, dependencies nothing uses. Its Astro plugin reads pages, content.config.ts and the imports in
// .astro files (frontmatter and <script>); the vitest and Playwright plugins read the test configs.
const config: KnipConfig = {
  entry: [
    // The island's browser entry, loaded by a <script> in SelfAssessmentView.astro. Listed because knip
    // finds script imports with a pattern that a "<script>" written in that file's frontmatter confuses.
    'src/islands/*/mount.ts',
    // The monitor's Web Worker, started with new Worker(new URL(...)) in src/islands/monitor/state/reader-client.ts.
    'src/islands/monitor/reader/worker.ts',
  ],
  // tests/run-all.mjs and tests/bench/run.mjs need no entry here: knip reads the scripts in package.json.
  project: ['src/**/*.{ts,tsx,astro,mjs}', 'tests/**/*.{ts,tsx,mjs}', '*.{ts,mjs}'],
  vitest: { config: ['tests/vitest.config.ts'] },
  playwright: { config: ['tests/playwright.config.ts'] },
  // Poppler's pdftotext reads the printed report in the browser tests: a system tool, not an npm package.
  ignoreBinaries: ['pdftotext'],
  // The bench starts Lighthouse by its path in node_modules/.bin, which knip cannot follow; `astro check`
  // loads @astrojs/check, and `npm run check` starts it through src/scripts/run-astro.mjs.
  ignoreDependencies: ['lighthouse', '@astrojs/check'],
};

export default config;
