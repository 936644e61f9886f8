// A minimal static host for the browser tests, behaving like nginx or a CDN serving `dist/`:
// directory → index.html, "/x" → redirect to "/x/", unknown → 404.html with status 404.
// (astro preview refuses to start while another preview of the project runs, e.g. `npm start`.)
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const root = new URL('../../../dist/', import.meta.url).pathname;
const port = Number(process.argv[2] ?? 4329);
const types = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json', '.xml': 'application/xml; charset=utf-8', '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.wasm': 'application/wasm', '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream', '.pf_fragment': 'application/octet-stream', '.pf_index': 'application/octet-stream',
};

const send = (res, status, file, headers = {}) => {
  res.writeHead(status, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream', ...headers });
  createReadStream(file).pipe(res);
};

createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const file = join(root, normalize(decodeURIComponent(url.pathname)));
  if (!file.startsWith(root)) return send(res, 404, join(root, '404.html'));
  if (existsSync(file) && statSync(file).isFile()) return send(res, 200, file);
  if (existsSync(join(file, 'index.html'))) {
    if (!url.pathname.endsWith('/')) {
      res.writeHead(301, { Location: `${url.pathname}/${url.search}` });
      return res.end();
    }
    return send(res, 200, join(file, 'index.html'));
  }
  return send(res, 404, join(root, '404.html'));
}).listen(port, '127.0.0.1', () => console.log(`serving dist/ at http://127.0.0.1:${port}/`));
