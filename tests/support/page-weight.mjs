// What a browser downloads for one built page, in exact bytes: the HTML, the style sheets it links, the
// module scripts it loads at once (following their static imports) and those it may load later (dynamic
// imports). Each file is gzipped on its own, as a web server sends it. Shared by the size tests
// (tests/build/size-budgets.test.ts) and `npm run bench`.
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

/** zlib's default level (6): what nginx, Apache and most CDNs use when asked to gzip. */
export const GZIP_LEVEL = 6;
const gzipBytes = (buffer) => gzipSync(buffer, { level: GZIP_LEVEL }).length;

const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*["'`](\.{1,2}\/[^"'`]+?\.js)["'`]/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'`](\.{1,2}\/[^"'`]+?\.js)["'`]\s*\)/g;

/** A site-absolute URL path ("/_astro/x.js") as a file in `dist`. */
function fileOf(dist, urlPath) {
  const file = join(dist, decodeURIComponent(urlPath.split(/[?#]/)[0]));
  if (!existsSync(file)) throw new Error(`${urlPath} is referenced but not in the build`);
  return file;
}

function measure(dist, urlPath) {
  const buffer = readFileSync(fileOf(dist, urlPath));
  return { path: urlPath, bytes: buffer.length, gzip: gzipBytes(buffer), text: buffer.toString('utf8') };
}

/**
 * The weight of the page at `pagePath` ("/nl/uitgangspunten/x/" or a file). Scripts are split into
 * `js` (loaded when the page opens) and `lazyJs` (loaded only by a dynamic import, e.g. opening a file).
 */
export function pageWeight(dist, pagePath) {
  const htmlPath = pagePath.endsWith('/') ? `${pagePath}index.html` : pagePath;
  const html = measure(dist, htmlPath);
  const attr = (tag, name) => tag.match(new RegExp(`\\b${name}\\s*=\\s*"([^"]*)"`))?.[1];
  const css = [];
  const entryScripts = [];
  let inlineScripts = 0;
  for (const tag of html.text.match(/<link\b[^>]*>/g) ?? []) {
    if (attr(tag, 'rel') === 'stylesheet') css.push(measure(dist, attr(tag, 'href')));
  }
  for (const [, open, body] of html.text.matchAll(/(<script\b[^>]*>)([\s\S]*?)<\/script>/g)) {
    const type = attr(open, 'type');
    const src = attr(open, 'src');
    if (src) entryScripts.push(src);
    // JSON data blocks are data, not script; anything else inline would run.
    else if (type !== 'application/json' && type !== 'application/ld+json' && body.trim()) inlineScripts += 1;
  }

  const eager = new Map();
  const lazyEntries = new Set();
  const follow = (urlPath, into) => {
    if (eager.has(urlPath) || into.has(urlPath)) return;
    const file = measure(dist, urlPath);
    into.set(urlPath, file);
    const resolve = (spec) => posix.join(posix.dirname(urlPath), spec);
    for (const [, spec] of file.text.matchAll(STATIC_IMPORT)) follow(resolve(spec), into);
    for (const [, spec] of file.text.matchAll(DYNAMIC_IMPORT)) lazyEntries.add(resolve(spec));
  };
  for (const src of entryScripts) follow(src, eager);
  const lazy = new Map();
  for (const src of lazyEntries) follow(src, lazy);
  for (const key of eager.keys()) lazy.delete(key);

  const strip = ({ text, ...rest }) => rest;
  const sum = (files) => files.reduce((total, file) => total + file.gzip, 0);
  const js = [...eager.values()].map(strip);
  const lazyJs = [...lazy.values()].map(strip);
  return {
    page: pagePath,
    html: strip(html),
    css: css.map(strip),
    js,
    lazyJs,
    inlineScripts,
    gzip: { html: html.gzip, css: sum(css), js: sum(js), lazyJs: sum(lazyJs), htmlCss: html.gzip + sum(css) },
  };
}

/** Every built HTML page under `dist`, as URL paths ("/nl/", "/404.html"). */
export function builtPages(dist) {
  const sitemap = readFileSync(join(dist, 'sitemap.xml'), 'utf8');
  const pages = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => new URL(loc).pathname);
  return [...pages, '/404.html'];
}
