// `npm test`: builds the site, runs every test runner, then does it again for a second content folder
// (see "Second pass" below), and prints one closing line "N passed, N failed" summed over all of them
// (CI reads that line).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const out = new URL('./.output/', import.meta.url);
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
// Every build here is looked at on this computer only: SKC_LOCAL_BUILD=1 builds at the root of
// http://localhost:4321/ without the public address a published site needs (README, "Publishing"). The build
// tests that need a public address set their own (tests/support/astro-build.mjs).
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SKC_LOCAL_BUILD: '1' };
const run = (cmd, args, extraEnv = {}) => spawnSync(cmd, args, { stdio: 'inherit', env: { ...env, ...extraEnv } }).status ?? 1;
const readJson = (name) => {
  try {
    return JSON.parse(readFileSync(new URL(name, out), 'utf8'));
  } catch {
    return undefined;
  }
};

let passed = 0;
let failed = 0;
const problems = [];

if (run('npm', ['run', 'build']) !== 0) {
  problems.push('the build failed');
  failed += 1;
} else {
  const vitestStatus = run('vitest', ['run', '--config', 'tests/vitest.config.ts', '--reporter=default', '--reporter=json', `--outputFile=${new URL('vitest.json', out).pathname}`]);
  const vitest = readJson('vitest.json');
  if (vitest) {
    passed += vitest.numPassedTests;
    failed += vitest.numFailedTests;
  }
  if (!vitest || (vitestStatus !== 0 && vitest.numFailedTests === 0)) {
    problems.push('vitest did not finish');
    failed += 1;
  }

  const pwStatus = run('playwright', ['test', '--config', 'tests/playwright.config.ts']);
  const pw = readJson('playwright.json');
  if (pw) {
    passed += pw.stats.expected + pw.stats.flaky;
    failed += pw.stats.unexpected;
  }
  if (!pw || (pwStatus !== 0 && pw.stats.unexpected === 0)) {
    problems.push('playwright did not finish');
    failed += 1;
  }
}

// Guardrails, each one test: the type check, the import rules (.dependency-cruiser.cjs) and the dead-code
// check (knip.ts). They read the source, not the build, so they run even when the build failed.
for (const [name, script] of [['the type check (astro check)', 'check'], ['the import rules (dependency-cruiser)', 'lint:imports'], ['the dead-code check (knip)', 'lint:dead']]) {
  console.log(`\n=== ${name} ===\n`);
  if (run('npm', ['run', script]) === 0) passed += 1;
  else {
    problems.push(`${name} failed`);
    failed += 1;
  }
}

// Second pass: the same code built from a second municipality's content folder, so no test can come to
// rely on one municipality's texts or counts. It builds into tests/.output/, then runs the whole browser
// suite and the vitest files that read the content under test (they import
// tests/support/content-under-test.ts) against it. The second folder is the fictional one, or content/
// when the first pass already tested the fictional one (SKC_CONTENT_DIR=tests/fixtures/content-fictional).
{
  const root = new URL('..', import.meta.url).pathname;
  const fictional = 'tests/fixtures/content-fictional';
  const underTest = resolve(root, process.env.SKC_CONTENT_DIR ?? 'content');
  const contentDir = underTest === resolve(root, fictional) ? 'content' : fictional;
  const pass = new URL('second-content/', out).pathname;
  const site = join(pass, 'dist');
  const passEnv = { SKC_CONTENT_DIR: contentDir, SKC_OUT_DIR: site, SKC_CACHE_DIR: join(pass, 'cache'), SKC_SERVE_DIR: site, PLAYWRIGHT_JSON_OUTPUT_FILE: join(pass, 'playwright.json') };
  const readPassJson = (name) => readJson(`second-content/${name}`);
  console.log(`\n=== second pass: ${contentDir} ===\n`);
  if (run('astro', ['build'], passEnv) !== 0 || run('pagefind', ['--site', site, '--silent'], passEnv) !== 0) {
    problems.push(`the build of ${contentDir} failed`);
    failed += 1;
  } else {
    const vitestFiles = ['tests/unit', 'tests/build', 'tests/component']
      .flatMap((dir) => readdirSync(join(root, dir), { recursive: true }).map((file) => join(dir, String(file))))
      .filter((file) => /\.test\.tsx?$/.test(file) && readFileSync(join(root, file), 'utf8').includes('support/content-under-test'));
    const vitestStatus = run('vitest', ['run', '--config', 'tests/vitest.config.ts', '--reporter=default', '--reporter=json', `--outputFile=${join(pass, 'vitest.json')}`, ...vitestFiles], passEnv);
    const vitest = readPassJson('vitest.json');
    if (vitest) {
      passed += vitest.numPassedTests;
      failed += vitest.numFailedTests;
    }
    if (!vitest || vitestFiles.length === 0 || (vitestStatus !== 0 && vitest.numFailedTests === 0)) {
      problems.push(`vitest on ${contentDir} did not finish`);
      failed += 1;
    }

    const pwStatus = run('playwright', ['test', '--config', 'tests/playwright.config.ts', '--output', join(pass, 'playwright')], passEnv);
    const pw = readPassJson('playwright.json');
    if (pw) {
      passed += pw.stats.expected + pw.stats.flaky;
      failed += pw.stats.unexpected;
    }
    if (!pw || (pwStatus !== 0 && pw.stats.unexpected === 0)) {
      problems.push(`playwright on ${contentDir} did not finish`);
      failed += 1;
    }
  }
}

for (const problem of problems) console.error(`error: ${problem}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
