import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AstroIntegration } from 'astro';
import { formatProblemLine, type ContentProblem } from '../domain/content/check';
import type { Lang } from '../domain';
import { runContentCheck, type CheckRun } from './content-folder';

// `astro dev` with the content check: while the content has errors, every page shows them (the browser
// would otherwise keep showing the old text, and the message would only be in the terminal); a file saved
// with an error shows it at once in the open page, and the page reloads when all errors are solved. The
// content folder's images are served at /images/, as the build publishes them.

type DevServer = Parameters<NonNullable<AstroIntegration['hooks']['astro:server:setup']>>[0]['server'];

const TYPES: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.svg': 'image/svg+xml',
};

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const WORDS = {
  nl: {
    title: 'De inhoud heeft fouten',
    intro: 'De site kan deze inhoud niet tonen. Los de fouten hieronder op en sla het bestand op: deze pagina ververst dan vanzelf.',
  },
  en: {
    title: 'The content has errors',
    intro: 'The site cannot show this content. Solve the errors below and save the file: this page then reloads by itself.',
  },
} as const;

/** The page shown instead of any page while the content has errors. */
function errorPage(run: CheckRun, lang: Lang, base: string): string {
  const items = run.problems.map((problem: ContentProblem) => `<li>${escape(formatProblemLine(problem, lang, run.folder))}</li>`).join('\n');
  return `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${WORDS[lang].title}</title>
<style>body{font:1rem/1.5 system-ui,sans-serif;margin:2rem auto;max-inline-size:60rem;padding:0 1rem;color:#1a1a1a}h1{color:#a4001d}li{margin-block:.75rem;white-space:pre-wrap;overflow-wrap:anywhere}</style>
<script type="module" src="${base}@vite/client"></script>
</head>
<body><main><h1>${WORDS[lang].title}</h1><p>${WORDS[lang].intro}</p><ul>
${items}
</ul></main></body></html>`;
}

export function serveContentCheck(server: DevServer, options: { root: string; contentDir: string; lang: Lang; initial?: CheckRun }) {
  const { root, contentDir, lang } = options;
  const base = server.config.base || '/';
  let broken = options.initial?.errors ? options.initial : undefined;

  server.middlewares.use((req, res, next) => {
    const path = decodeURIComponent((req.url ?? '/').split(/[?#]/)[0] ?? '/');
    if (path.startsWith(`${base}images/`)) {
      const file = normalize(join(contentDir, path.slice(base.length)));
      if (file.startsWith(join(contentDir, 'images') + sep) && existsSync(file) && statSync(file).isFile()) {
        res.setHeader('Content-Type', TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream');
        res.end(readFileSync(file));
        return;
      }
    }
    const isPage = req.method === 'GET' && /text\/html/.test(String(req.headers.accept ?? '')) && !/\.[a-z0-9]+$/i.test(path) && !path.includes('/@');
    if (broken && isPage) {
      res.statusCode = 500;
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(errorPage(broken, lang, base));
      return;
    }
    next();
  });

  let timer: ReturnType<typeof setTimeout> | undefined;
  const recheck = () => {
    const run = runContentCheck({ root, contentDir, lang, during: 'dev' });
    const wasBroken = broken;
    broken = run.errors ? run : undefined;
    if (run.problems.length) process.stderr.write(`\n${run.report}\n\n`);
    else if (wasBroken) process.stderr.write(`\n${run.report}\n\n`);
    if (broken) {
      // Vite's overlay over the open page; a page opened later gets errorPage().
      server.ws.send({ type: 'error', err: { message: run.report, stack: '', plugin: lang === 'nl' ? 'inhoudscontrole' : 'content check' } });
    } else if (wasBroken) {
      server.ws.send({ type: 'full-reload', path: '*' });
    }
  };
  server.watcher.add(contentDir);
  server.watcher.on('all', (_event, changed) => {
    if (!resolve(changed).startsWith(contentDir + sep)) return;
    clearTimeout(timer);
    // One check after a burst of saves (an editor writes a file in several steps).
    timer = setTimeout(recheck, 150);
  });
}
