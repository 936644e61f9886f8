// `npm test`: builds the site, runs every test runner, and prints one closing line
// "N passed, N failed" summed over all of them (CI reads that line).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const out = new URL('./.output/', import.meta.url);
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', env }).status ?? 1;
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

for (const problem of problems) console.error(`error: ${problem}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
