// One way to run a real `astro build` (or `astro check`) into folders of the caller's choosing, for the
// build tests, the size budgets and the bench.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;

/**
 * A fresh folder for one build, inside the project (tests/.output/builds/, ignored by git). Inside, not
 * in /tmp: Astro writes a build's prerender files next to its output folder only when that folder is
 * inside the project, and otherwise into the project's shared `.astro/`, which each build deletes when it
 * ends, so two builds at once (the build tests run side by side) would break each other.
 */
export function buildWorkDir(prefix) {
  const parent = join(root, 'tests/.output/builds');
  mkdirSync(parent, { recursive: true });
  return mkdtempSync(join(parent, `${prefix}-`));
}
const astroBin = join(root, 'node_modules/astro/bin/astro.mjs');

/**
 * Runs Astro with its own output and cache folders (a separate cache keeps one build's content store
 * from mixing with another's) and, when given, another content folder. `siteUrl` makes it a production
 * build for that address (SITE_URL, see README "Publishing"); null or left out makes it a build for this
 * computer (SKC_LOCAL_BUILD=1, at the root of http://localhost:4321/, whatever site.yaml's `url` says),
 * unless the caller's environment sets SITE_URL (left out only). `local: false` with no address builds as
 * a deployer would, from site.yaml's `url` alone. `asNpmBuild` runs the build as `npm run build` does
 * (src/scripts/run-astro.mjs), search index included. Returns the exit status and the output without colour codes.
 * @param {{ outDir: string, cacheDir: string, contentDir?: string, command?: 'build' | 'check', siteUrl?: string | null, local?: boolean, asNpmBuild?: boolean }} options
 */
export function astroBuild({ outDir, cacheDir, contentDir, command = 'build', siteUrl, local, asNpmBuild = false }) {
  if (command === 'build' && !resolve(outDir).startsWith(root)) {
    throw new Error(`astroBuild: ${outDir} is outside the project; use buildWorkDir() (see its comment)`);
  }
  const address = siteUrl === undefined ? process.env.SITE_URL : (siteUrl ?? undefined);
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
  delete env.SITE_URL;
  delete env.SKC_LOCAL_BUILD;
  if (address) env.SITE_URL = address;
  if (local ?? !address) env.SKC_LOCAL_BUILD = '1';
  const args = asNpmBuild ? [join(root, 'src/scripts/run-astro.mjs'), command] : [astroBin, command];
  const result = spawnSync(process.execPath, args, { cwd: root, env, encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, '') };
}
