// One way to run a real `astro build` (or `astro check`) into folders of the caller's choosing, for the
// build tests, the size budgets and the bench.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;
const astroBin = join(root, 'node_modules/astro/bin/astro.mjs');

/**
 * Runs Astro with its own output and cache folders (a separate cache keeps one build's content store
 * from mixing with another's) and, when given, another content folder. Returns the exit status and the
 * output without colour codes.
 * @param {{ outDir: string, cacheDir: string, contentDir?: string, command?: 'build' | 'check' }} options
 */
export function astroBuild({ outDir, cacheDir, contentDir, command = 'build' }) {
  const env = {
    ...process.env,
    // Vitest sets NODE_ENV=test, which would make Vite keep development code in the bundle.
    NODE_ENV: 'production',
    SKC_OUT_DIR: outDir,
    SKC_CACHE_DIR: cacheDir,
    ASTRO_TELEMETRY_DISABLED: '1',
    FORCE_COLOR: '0',
    NO_COLOR: '1',
    ...(contentDir ? { SKC_CONTENT_DIR: contentDir } : {}),
  };
  const result = spawnSync(process.execPath, [astroBin, command], { cwd: root, env, encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, '') };
}
