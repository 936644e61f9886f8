// `npm run check`: the content check (every problem at once, in the editor's language), then, when the
// content has no errors, Astro's type check. `npm run check -- --mark-translated <file>` records that an
// English text translates the current Dutch one; `--links` lists the addresses of other sites the content
// names, with file and line; `--lang en` (or SKC_LANG=en) gives the messages in English;
// `--content <folder>` checks another content folder. Other arguments go to `astro check`.
// Plain JavaScript so it runs on every platform without a build step; Vite's module runner loads the
// TypeScript it needs, as Astro loads astro.config.mjs.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('../../', import.meta.url));
const args = process.argv.slice(2);
// `--content <folder>` chooses the content folder, as for `npm run build` (src/scripts/run-astro.mjs).
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const own = [];
const passOn = [];
for (let i = 0; i < args.length; i += 1) {
  const arg = args[i];
  if (arg === '--content' && args[i + 1]) env.SKC_CONTENT_DIR = args[(i += 1)];
  else if (arg.startsWith('--content=')) env.SKC_CONTENT_DIR = arg.slice('--content='.length);
  else if (arg === '--lang' && args[i + 1]) own.push(arg, args[(i += 1)]);
  else if (arg.startsWith('--lang=') || arg.startsWith('--mark-translated') || arg === '--links') own.push(arg);
  else if (own.some((flag) => flag.startsWith('--mark-translated')) && !arg.startsWith('--')) own.push(arg);
  else passOn.push(arg);
}

const { module } = await runnerImport(fileURLToPath(new URL('./check-command.ts', import.meta.url)), {
  root,
  configFile: false,
  logLevel: 'silent',
});
const { status, typeCheck } = module.checkCommand(own, env, root);
if (!typeCheck) process.exit(status);

// The content was just checked: the integration in astro.config.mjs need not say it again during `astro check`.
const result = spawnSync(process.execPath, [fileURLToPath(new URL('../scripts/run-astro.mjs', import.meta.url)), 'check', ...passOn], {
  cwd: root,
  stdio: 'inherit',
  env: { ...env, SKC_CONTENT_CHECKED: '1' },
});
process.exit(result.status ?? 1);
