// A minimal static host for the browser tests and the benchmark, behaving like nginx or a CDN serving
// `dist/`: directory → index.html, "/x" → redirect to "/x/", unknown → 404.html with status 404; text
// gzipped at level 6 when the browser accepts it; hashed assets cached for a year. The folder is
// `dist/` unless SKC_SERVE_DIR says otherwise (a relative one is taken from the project root, as
// tests/e2e/support/site.ts does, because Playwright starts this server in tests/).
// (astro preview refuses to start while another preview of the project runs, e.g. `npm start`.)
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const projectRoot = new URL('../../../', import.meta.url).pathname;
const root = `${resolve(projectRoot, process.env.SKC_SERVE_DIR ?? 'dist')}/`;
const port = Number(process.argv[2] ?? 4329);
const types = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json', '.xml': 'application/xml; charset=utf-8', '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.wasm': 'application/wasm', '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream', '.pf_fragment': 'application/octet-stream', '.pf_index': 'application/octet-stream',
};

const compressible = new Set(['.html', '.css', '.js', '.json', '.xml', '.txt', '.svg']);
const gzipped = new Map();

const send = (res, status, file, req) => {
  const type = types[extname(file)] ?? 'application/octet-stream';
  const cache = file.startsWith(join(root, '_astro')) ? 'public, max-age=31536000, immutable' : 'no-cache';
  let body = readFileSync(file);
  const headers = { 'Content-Type': type, 'Cache-Control': cache, Vary: 'Accept-Encoding' };
  if (compressible.has(extname(file)) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
    const key = `${file}:${statSync(file).mtimeMs}`;
    if (!gzipped.has(key)) gzipped.set(key, gzipSync(body, { level: 6 }));
    body = gzipped.get(key);
    headers['Content-Encoding'] = 'gzip';
  }
  res.writeHead(status, { ...headers, 'Content-Length': body.length });
  res.end(body);
};

createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const file = join(root, normalize(decodeURIComponent(url.pathname)));
  if (!file.startsWith(root)) return send(res, 404, join(root, '404.html'), req);
  if (existsSync(file) && statSync(file).isFile()) return send(res, 200, file, req);
  if (existsSync(join(file, 'index.html'))) {
    if (!url.pathname.endsWith('/')) {
      res.writeHead(301, { Location: `${url.pathname}/${url.search}` });
      return res.end();
    }
    return send(res, 200, join(file, 'index.html'), req);
  }
  return send(res, 404, join(root, '404.html'), req);
}).listen(port, '127.0.0.1', () => console.log(`serving ${root} at http://127.0.0.1:${port}/`));
