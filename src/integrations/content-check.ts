import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentDirOf, languageOf, runContentCheck } from './content-folder';
import { serveContentCheck } from './content-check-dev';
import { DEV_FLAG } from './forgiving-loader';
import { contentImagesPlugin } from './content-images';

// The content check as part of every Astro command (astro.config.mjs): before `astro build` and `astro
// check` read the content (their own errors are in English, one at a time, with stack traces), and in
// `astro dev`, where a broken file shows its message in the browser. `npm run check` runs the same check
// itself first (content-check-cli.mjs) and sets SKC_CONTENT_CHECKED, so it is not said twice.

/**
 * Astro keeps the content it read in a data store (in the cache folder; in `.astro/` for `astro dev`) and
 * reuses an entry whose text has not changed, path and all. After a build of another content folder that
 * holds the same file, a message would name the other folder's file, or report a slug twice. The store
 * is thrown away when the content folder is not the one it was made from.
 */
function forgetOtherFoldersStore(storeDir: URL, contentDir: string) {
  const dir = fileURLToPath(storeDir);
  const marker = join(dir, 'skc-content-folder.txt');
  const madeFrom = existsSync(marker) ? readFileSync(marker, 'utf8') : undefined;
  if (madeFrom !== contentDir) {
    rmSync(join(dir, 'data-store.json'), { force: true });
    rmSync(join(dir, 'data-store'), { force: true, recursive: true });
  }
  mkdirSync(dir, { recursive: true });
  writeFileSync(marker, contentDir);
}

/**
 * Astro marks the content modules it makes for deferred rendering with a directive ("use astro:head-inject")
 * that the bundler warns about once per Markdown file: 80 warnings on every build that an editor cannot act
 * on. Only that warning is dropped; every other one is still shown.
 */
const quietAstroDirectives = {
  name: 'skc-quiet-astro-directives',
  onLog(level: string, log: { code?: string; message: string }) {
    if (level === 'warn' && log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return false;
    return undefined;
  },
};

export function contentCheck(): AstroIntegration {
  const lang = languageOf(process.env);
  let root = process.cwd();
  let contentDir = contentDirOf(process.env, root);
  let devErrors: ReturnType<typeof runContentCheck> | undefined;
  return {
    name: 'skc-content-check',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        root = fileURLToPath(config.root);
        contentDir = contentDirOf(process.env, root);
        forgetOtherFoldersStore(command === 'dev' ? new URL('.astro/', config.root) : config.cacheDir, contentDir);
        // `npm run dev` serves files outside the project only from allowed folders (a content folder elsewhere).
        const outside = !contentDir.startsWith(root);
        updateConfig({
          vite: {
            plugins: [quietAstroDirectives, contentImagesPlugin(contentDir)],
            ...(outside ? { server: { fs: { allow: [root, contentDir] } } } : {}),
          },
        });
        if (command === 'preview') return;
        if (command !== 'dev' && process.env.SKC_CONTENT_CHECKED === '1') return;
        const run = runContentCheck({ root, contentDir, lang, during: command === 'dev' ? 'dev' : 'build' });
        if (run.problems.length) process.stderr.write(`\n${run.report}\n\n`);
        if (command === 'dev') {
          devErrors = run;
          process.env[DEV_FLAG] = '1';
        }
        // A build of broken content would stop later anyway, with one English error and a stack trace.
        else if (run.errors) process.exit(1);
      },
      'astro:server:setup': ({ server }) => {
        serveContentCheck(server, { root, contentDir, lang, initial: devErrors });
      },
      'astro:build:done': ({ dir }) => {
        // Images live in the content folder (images/) and are published at /images/ beside the pages: the
        // originals stay reachable there, and SVG and GIF are shown from there (src/integrations/content-images.ts).
        const images = join(contentDir, 'images');
        if (existsSync(images)) cpSync(images, fileURLToPath(new URL('images/', dir)), { recursive: true });
      },
    },
  };
}
