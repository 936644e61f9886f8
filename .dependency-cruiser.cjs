// Import rules (design.md, convention 11), checked by `npm run lint:imports` and by `npm test`.
// dependency-cruiser reads .ts, .tsx and .mjs files but not .astro files: imports made in pages,
// layouts and components are not in its graph (knip, `npm run lint:dead`, reads those).

/** The modules that carry the assessment schema (zod) as values: the island's eager code must not load them. */
const FILE_CHECK_MODULES = [
  '^src/domain/index\\.ts$',
  '^src/domain/assessment/index\\.ts$',
  '^src/domain/assessment/format/index\\.ts$',
  '^src/domain/assessment/format/schema\\.ts$',
  '^src/domain/assessment/format/decode\\.ts$',
];
// zod itself, resolved (node_modules/zod/...) or not.
const ZOD = ['(^|/)node_modules/zod/', '^zod(/|$)'];
const FILE_CHECK = '^src/islands/self-assessment/storage/file-check\\.ts$';
const FILE_CHECK_ENTRY = '^src/islands/self-assessment/storage/load-file-check\\.ts$';
const ZOD_CONFIG = '^src/islands/self-assessment/storage/zod-config\\.ts$';
/** The monitor page's reader (zod and the file schemas): run in a Web Worker, or loaded with import(). */
const MONITOR_READER = '^src/islands/monitor/reader/';
const MONITOR_READER_ENTRY = '^src/islands/monitor/state/reader-client\\.ts$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment:
        'src/domain is pure TypeScript (design.md): data in, new data out, usable in the build, the browser ' +
        'and the tests alike. UI frameworks, Astro modules and the parts that use the domain must not leak in.',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: {
        path: [
          '(^|/)node_modules/(preact|astro|@astrojs|@preact)/',
          '^(preact|astro|@astrojs|@preact)(/|$)',
          '^astro:',
          '^src/(islands|lib|components|pages|layouts)/',
        ],
      },
    },
    {
      name: 'domain-uses-no-node',
      comment:
        'The domain also runs in the browser (the island), where node: modules do not exist; reading files ' +
        'belongs to the build (src/lib, content.config.ts).',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'island-reaches-the-file-check-lazily',
      comment:
        'The file check (zod and the assessment schema) is a third of the island and most visits never need ' +
        'it (storage/load-file-check.ts). Only the lazy chunk storage/file-check.ts and the zod settings it ' +
        'loads first may import it. `import type` vanishes at build time, so it is allowed; `import { type X }`\n' +
        'does not (verbatimModuleSyntax keeps it as `import "..."`, which loads the module), so it is not.',
      severity: 'error',
      from: { path: '^src/islands/', pathNot: [FILE_CHECK, ZOD_CONFIG, MONITOR_READER] },
      to: { path: [...FILE_CHECK_MODULES, ...ZOD], dependencyTypesNot: ['pre-compilation-only'] },
    },
    {
      name: 'file-check-only-through-its-lazy-entry',
      comment:
        'A static import of storage/file-check.ts would put zod back into the code every visit loads; ' +
        'load-file-check.ts imports it with import() and handles a chunk that fails to load.',
      severity: 'error',
      from: { pathNot: FILE_CHECK_ENTRY },
      to: { path: FILE_CHECK, dependencyTypesNot: ['pre-compilation-only'] },
    },
    {
      name: 'file-check-entry-imports-dynamically',
      comment: 'The lazy entry itself must use import(): a static import would make the chunk eager after all.',
      severity: 'error',
      from: { path: FILE_CHECK_ENTRY },
      to: { path: FILE_CHECK, dynamic: false, dependencyTypesNot: ['pre-compilation-only'] },
    },
    {
      name: 'monitor-reader-only-lazily',
      comment:
        'The monitor page reads files in a Web Worker (new URL(...) in reader-client.ts, which this tool does not ' +
        'see) or, failing that, with import() in the same file: a static import would put zod into the script the ' +
        'page loads when it opens (budget: 20 KB gzip). Types from reader/protocol.ts vanish at build time.',
      severity: 'error',
      from: { path: '^src/islands/monitor/', pathNot: [MONITOR_READER] },
      to: { path: MONITOR_READER, dependencyTypesNot: ['pre-compilation-only', 'dynamic-import'] },
    },
    {
      name: 'monitor-reader-entry-imports-dynamically',
      comment: 'Only reader-client.ts reaches the reader, and only with import().',
      severity: 'error',
      from: { path: '^src/islands/monitor/', pathNot: [MONITOR_READER, MONITOR_READER_ENTRY] },
      to: { path: MONITOR_READER, dependencyTypesNot: ['pre-compilation-only'] },
    },
    {
      name: 'no-circular-domain',
      comment:
        'A cycle among domain modules makes the order in which they initialise matter (a schema used before ' +
        'it is defined) and the modules impossible to understand one at a time. A cycle that closes only through ' +
        '`import type` is harmless (it vanishes at build time) and is not counted.',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['pre-compilation-only'] } },
    },
    {
      name: 'no-orphans',
      comment:
        'A module nothing imports and that imports nothing is dead code or a forgotten wiring. Entry points ' +
        'are imported by Astro, not by modules: pages, content.config.ts, and the client scripts that .astro ' +
        'files load with <script> (mount.ts, lib/search-client.ts), which this tool does not read.',
      severity: 'error',
      from: {
        orphan: true,
        pathNot: [
          '^src/pages/',
          '^src/content\\.config\\.ts$',
          '^src/islands/[^/]+/mount\\.ts$',
          '^src/lib/search-client\\.ts$',
        ],
      },
      to: {},
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Imports that vanish when TypeScript is compiled (`import type`) stay in the graph, marked
    // 'pre-compilation-only', so the rules can let them pass. 'specify' compiles with tsconfig.json, whose
    // verbatimModuleSyntax keeps `import { type X } from` as a real import, as Vite does: such an import is
    // marked 'type-only' but not 'pre-compilation-only'.
    tsPreCompilationDeps: 'specify',
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
