// What `npm run dev|build|preview|check` and `npm start` run: Astro with the project's settings, the same
// way on Windows, macOS and Linux. A package.json script cannot set a variable the way
// `ASTRO_TELEMETRY_DISABLED=1 astro build` does on macOS and Linux (Windows' shell does not know that form),
// so the settings are flags here and become the variables astro.config.mjs reads:
//   --content <folder>   the content folder to build (SKC_CONTENT_DIR), e.g.
//                        npm run build -- --content tests/fixtures/content-fictional
//   --local              a build to look at on this computer only (SKC_LOCAL_BUILD=1): served at
//                        http://localhost:4321/, needs no public address in site.yaml, never published
// Other arguments go to Astro as they are. After `build`, Pagefind indexes the built site for the search page.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';

const root = fileURLToPath(new URL('../../', import.meta.url));
const [command, ...rest] = process.argv.slice(2);
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const astroArgs = [];
for (let i = 0; i < rest.length; i += 1) {
  const arg = rest[i];
  if (arg === '--local') env.SKC_LOCAL_BUILD = '1';
  else if (arg === '--content' && rest[i + 1]) env.SKC_CONTENT_DIR = rest[(i += 1)];
  else if (arg.startsWith('--content=')) env.SKC_CONTENT_DIR = arg.slice('--content='.length);
  else astroArgs.push(arg);
}
if (!command) {
  console.error('usage: node src/scripts/run-astro.mjs dev|build|preview|check [--content <folder>] [--local] [astro options]');
  process.exit(2);
}

const astro = spawn(process.execPath, [resolve(root, 'node_modules/astro/bin/astro.mjs'), command, ...astroArgs], { cwd: root, env, stdio: 'inherit' });
// `dev` and `preview` run until stopped: a stop meant for this script is passed on, so no server is left behind.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => astro.kill(signal));
const status = await new Promise((done) => astro.on('exit', (code) => done(code ?? 1)));
if (status !== 0 || command !== 'build') process.exit(status);

// The search index, as `pagefind --site dist` would write it: into <built site>/pagefind/.
const site = resolve(root, env.SKC_OUT_DIR ?? 'dist');
const { index, errors } = await createIndex();
const added = index ? await index.addDirectory({ path: site }) : undefined;
const written = index ? await index.writeFiles({ outputPath: resolve(site, 'pagefind') }) : undefined;
await close();
const problems = [...(errors ?? []), ...(added?.errors ?? []), ...(written?.errors ?? [])];
if (problems.length || !added?.page_count) {
  console.error(`The search index could not be made for ${site}:\n${problems.join('\n') || 'no pages found'}`);
  process.exit(1);
}
