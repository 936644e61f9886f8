// @ts-check
import { defineConfig } from 'astro/config';
import preact from '@astrojs/preact';
import { fileURLToPath } from 'node:url';
import { publicAddress } from './src/lib/public-address.ts';

// The public address decides every link: `url` in the content folder's settings/site.yaml (SITE_URL
// overrides it), its path becoming the base path of all pages and files. A build for this computer only
// (SKC_LOCAL_BUILD=1: `npm start`, the tests) lives at the root of http://localhost:4321/ instead.
const address = publicAddress(process.env, fileURLToPath(new URL('.', import.meta.url)));
// Astro lets any variable of the environment fill import.meta.env in server code, so a BASE_URL or SITE
// left there (vitest sets BASE_URL=/, and so may a CI service) would replace the address below unseen.
for (const name of ['BASE_URL', 'SITE']) delete process.env[name];

/**
 * `astro build` is the build that gets published, so it stops when the address is missing, not a web
 * address, or one on this computer; the message says which file to change and how. `astro dev`,
 * `astro preview` and `astro check` go on (they publish nothing). The message is printed as it is, without
 * a stack trace: it is meant for an editor.
 * @type {import('astro').AstroIntegration}
 */
const requirePublicAddress = {
  name: 'skc-public-address',
  hooks: {
    'astro:config:setup': ({ command }) => {
      if (command !== 'build' || !address.problem) return;
      console.error(`\n${address.problem}\n`);
      process.exit(1);
    },
  },
};

export default defineConfig({
  site: address.site,
  base: address.base,
  output: 'static',
  trailingSlash: 'always',
  // Styles go inline: a page then arrives and renders from its one HTML response (about 6 KB gzip for a
  // principle), with no render-blocking request (BENCHMARKS.md). Astro hashes them for the CSP.
  build: { format: 'directory', inlineStylesheets: 'always' },
  // A second municipality is built from another content folder (see README, tests/build).
  outDir: process.env.SKC_OUT_DIR ?? './dist',
  // Separate caches keep a fixture build from mixing its entries into the main content's data store.
  cacheDir: process.env.SKC_CACHE_DIR ?? './node_modules/.astro',
  integrations: [preact(), requirePublicAddress, (await import('./src/integrations/content-check.ts')).contentCheck()],
  vite: {
    build: {
      // SKC_SOURCEMAP=1 writes source maps, to see which source a byte of the island comes from.
      sourcemap: !!process.env.SKC_SOURCEMAP,
      rollupOptions: {
        output: {
          // Preact, its hooks and Vite's small loader for dynamic imports in one file named for it: two
          // requests fewer for the island, and a bench table that says what each file holds.
          codeSplitting: { groups: [{ name: 'preact', test: /node_modules[\\/]preact[\\/]|vite[\\/]preload-helper/ }] },
          // Route names like [...route] would give "_..abc.css": some hosts and proxies refuse ".." in a path.
          assetFileNames: (asset) => {
            const stem = (asset.names?.[0] ?? 'asset').replace(/\.[^.]*$/, '').replace(/[^A-Za-z0-9-]+/g, '-').replace(/^-+|-+$/g, '');
            return `_astro/${stem || 'asset'}.[hash][extname]`;
          },
        },
      },
    },
  },
  devToolbar: { enabled: false },
  // Bodies are rendered by src/lib/markdown.ts, never by Astro's Markdown: no Shiki, which warns on every build (CSP).
  markdown: { syntaxHighlight: false },
  // Content-Security-Policy as a <meta> on every page: Astro hashes its own scripts and styles, so no
  // 'unsafe-inline'. Pagefind compiles its WebAssembly ('wasm-unsafe-eval'), which is not script eval.
  // frame-ancestors cannot be set in a <meta>; README tells deployers to send it as a header.
  security: {
    csp: {
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
});
