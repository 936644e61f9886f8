// @ts-check
import { defineConfig } from 'astro/config';
import preact from '@astrojs/preact';

// The public origin is only used for absolute URLs in the sitemap and hreflang links.
// Deployers set SITE_URL; the default keeps local builds and tests self-contained.
const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
  site,
  output: 'static',
  trailingSlash: 'always',
  // Styles go inline: a page then arrives and renders from its one HTML response (about 6 KB gzip for a
  // principle), with no render-blocking request (BENCHMARKS.md). Astro hashes them for the CSP.
  build: { format: 'directory', inlineStylesheets: 'always' },
  // A second municipality is built from another content folder (see README, tests/build).
  outDir: process.env.SKC_OUT_DIR ?? './dist',
  // Separate caches keep a fixture build from mixing its entries into the main content's data store.
  cacheDir: process.env.SKC_CACHE_DIR ?? './node_modules/.astro',
  integrations: [preact()],
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
