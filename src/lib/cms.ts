import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { EditingSchema, type Editing } from '../domain/cms/editing';
import type { SiteSettings } from '../domain';

// The build side of the editing screen at /admin/ (src/pages/admin/): which repository it saves to, and
// Sveltia CMS's own files, served from this site instead of a script host (design.md: no request leaves
// the site's origin, except the editing screen's to the git host).

type Env = Record<string, string | undefined>;

/**
 * The repository the ready-made workflows build in (GitHub Actions, GitLab CI, Netlify), so a municipality
 * that publishes with one of them needs no `editing` in site.yaml. Null elsewhere.
 */
function repositoryOfTheBuild(env: Env): Editing | null {
  const parse = (value: unknown) => {
    const parsed = EditingSchema.safeParse(value);
    return parsed.success ? parsed.data : null;
  };
  if (env.GITHUB_ACTIONS === 'true' && env.GITHUB_REPOSITORY) {
    return parse({ host: 'github', repo: env.GITHUB_REPOSITORY, branch: env.GITHUB_REF_NAME || undefined });
  }
  if (env.GITLAB_CI === 'true' && env.CI_PROJECT_PATH) {
    const server = env.CI_SERVER_URL && new URL(env.CI_SERVER_URL).hostname !== 'gitlab.com' ? env.CI_SERVER_URL : undefined;
    return parse({ host: 'gitlab', repo: env.CI_PROJECT_PATH, branch: env.CI_COMMIT_BRANCH || env.CI_DEFAULT_BRANCH || undefined, gitlabUrl: server });
  }
  if (env.NETLIFY === 'true' && env.REPOSITORY_URL) {
    const match = /^(?:https:\/\/|git@)(github\.com|gitlab\.com)[/:](.+?)(?:\.git)?$/.exec(env.REPOSITORY_URL);
    if (match) return parse({ host: match[1] === 'github.com' ? 'github' : 'gitlab', repo: match[2], branch: env.BRANCH || undefined });
  }
  return null;
}

/**
 * Where the editing screen saves. Built by a ready-made workflow, the repository the build runs in: a
 * municipality's copy of the project then edits itself, even with the `editing` of the content it copied.
 * site.yaml's `editing` still gives the sign-in settings for that host, and everything for a build
 * elsewhere (on a computer, or another CI). Null when neither says where.
 */
export function editingOf(settings: SiteSettings, env: Env = process.env): Editing | null {
  const written = settings.editing ?? null;
  const built = repositoryOfTheBuild(env);
  if (!built) return written;
  return written?.host === built.host ? { ...written, repo: built.repo, branch: built.branch } : built;
}

/** The content folder in use as the CMS sees it: relative to the repository's root (the project folder). */
export function contentDirInRepository(env: Env = process.env, root = process.cwd()): string {
  return relative(root, resolve(root, env.SKC_CONTENT_DIR ?? 'content')).split(sep).join('/');
}

/** The folder of the installed @sveltia/cms package. */
function sveltiaDir(): string {
  // Resolved like an import from the project, so npm's hoisting and workspaces are respected.
  const require = createRequire(join(process.cwd(), 'package.json'));
  const entry = require.resolve('@sveltia/cms');
  return dirname(dirname(entry));
}

/** A font the CMS would fetch from jsDelivr, and the same file in the package. */
interface VendorFont {
  cdnUrl: string;
  /** The file name the site serves it under, below /admin/fonts/. */
  name: string;
  file: string;
  licence: string;
}

const CDN_FONT = /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/([a-z0-9-]+)(?::vf)?@[\d.]+\/([a-z0-9-]+)\.woff2/g;
/** Where the published script fetches its own files: its interface texts per language, and a version check. */
const PACKAGE_HOST = 'https://unpkg.com/@sveltia/cms';

function vendorFonts(script: string, assets: string): VendorFont[] {
  const files = readdirSync(assets);
  return [...new Set([...script.matchAll(CDN_FONT)].map(([url]) => url))].map((cdnUrl) => {
    const [, family, subset] = new RegExp(CDN_FONT.source).exec(cdnUrl)!;
    const stem = `${family}-${subset}`;
    const file = files.find((name) => name.startsWith(`${stem}-`) && name.endsWith('.woff2'));
    const licence = `${family}.LICENSE.txt`;
    if (!file || !files.includes(licence)) {
      throw new Error(`The editing screen's font ${cdnUrl} is not in @sveltia/cms/npm/assets; update src/lib/cms.ts for this version of Sveltia CMS.`);
    }
    return { cdnUrl, name: `${stem}.woff2`, file: join(assets, file), licence: join(assets, licence) };
  });
}

/** A file below /admin/: its path there, and its content or the installed file it is copied from. */
export type AdminFile = {
  name: string;
  path?: string;
  text?: string;
};

let vendored: { base: string; files: AdminFile[] } | undefined;

/**
 * Sveltia CMS's published script (its `dist` build) and every file it would otherwise fetch from a CDN,
 * to be served below `<base>admin/`: the fonts (jsDelivr) and, from unpkg, its interface texts per language
 * and the package version it compares itself with. The script's addresses for them are pointed here;
 * a version of Sveltia CMS that fetches them differently stops the build, so nothing leaks to a CDN unseen.
 */
export function sveltiaFiles(base: string): AdminFile[] {
  if (vendored?.base === base) return vendored.files;
  const dir = sveltiaDir();
  const { version } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string };
  const original = readFileSync(join(dir, 'dist/sveltia-cms.js'), 'utf8');
  const fonts = vendorFonts(original, join(dir, 'npm/assets'));
  let script = original.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n');
  for (const font of fonts) script = script.split(font.cdnUrl).join(`${base}admin/fonts/${font.name}`);
  const ownHost = `${base}admin/sveltia`;
  if (script.split(`${PACKAGE_HOST}\``).length !== 2) throw new Error(`Sveltia CMS no longer names ${PACKAGE_HOST} once; update src/lib/cms.ts for this version.`);
  script = script.replace(`${PACKAGE_HOST}\``, `${ownHost}\``);
  if (/cdn\.jsdelivr\.net\/fontsource|unpkg\.com\/@sveltia\/cms/.test(script)) throw new Error('The editing screen would still fetch from a CDN; update src/lib/cms.ts for this version of Sveltia CMS.');

  const locales = readdirSync(join(dir, 'locales')).filter((name) => name.endsWith('.json'));
  const files: AdminFile[] = [
    { name: 'sveltia-cms.js', text: script },
    // The version check finds the version it runs, so it never offers an update the site cannot install.
    { name: 'sveltia/package.json', text: JSON.stringify({ name: '@sveltia/cms', version }) },
    ...locales.map((name) => ({ name: `sveltia@${version}/locales/${name}`, path: join(dir, 'locales', name) })),
    ...fonts.flatMap((font) => [
      { name: `fonts/${font.name}`, path: font.file },
      { name: `fonts/${font.name.replace(/-latin.*$/, '')}.LICENSE.txt`, path: font.licence },
    ]),
    { name: 'sveltia-cms.LICENSE.txt', path: join(dir, 'LICENSE.txt') },
  ];
  for (const file of files) if (file.path && !existsSync(file.path)) throw new Error(`${file.path} is missing from @sveltia/cms`);
  vendored = { base, files };
  return files;
}

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

interface AdminPageInput {
  title: string;
  base: string;
  /** The page's own Content-Security-Policy (src/domain/cms/csp.ts); null when nothing is configured. */
  csp: string | null;
}

/**
 * The HTML of /admin/. It is an endpoint, not an Astro page, because it needs a policy of its own: Astro
 * would add the site's meta CSP, and a second policy can only narrow the first. Without a repository to
 * save to, the page says what to set instead of showing a sign-in that cannot work.
 */
export function adminPage({ title, base, csp }: AdminPageInput): string {
  const head = (policy: string) => `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${escape(policy)}">
<meta name="robots" content="noindex, nofollow">
<title>Bewerken | ${escape(title)}</title>
<link rel="icon" href="${base}favicon.svg" type="image/svg+xml">`;
  if (!csp) {
    return `${head("default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'")}
<style>body{font:1.125rem/1.6 system-ui,sans-serif;max-inline-size:40rem;margin:2rem auto;padding:0 1rem}</style>
</head>
<body data-pagefind-ignore="all">
<main>
<h1>Het bewerkscherm is nog niet ingesteld</h1>
<p>Het bewerkscherm weet niet in welke repository het de teksten moet bewaren. Vul in <code>settings/site.yaml</code> van de inhoudsmap <code>editing</code> in (<code>host</code>, <code>repo</code> en <code>branch</code>), of publiceer met de kant-en-klare workflow voor GitHub of GitLab: die vult de repository zelf in. De redactiegids legt het uit.</p>
<p lang="en">The editing screen does not know which repository to save to. Set <code>editing</code> in the content folder's <code>settings/site.yaml</code>, or publish with the ready-made GitHub or GitLab workflow. See the editors' guide.</p>
</main>
</body>
</html>
`;
  }
  return `${head(csp)}
<link rel="cms-config-url" href="${base}admin/config.json" type="application/json">
</head>
<body data-pagefind-ignore="all">
<noscript><p>Het bewerkscherm werkt alleen met JavaScript. <span lang="en">The editing screen needs JavaScript.</span></p></noscript>
<script src="${base}admin/sveltia-cms.js"></script>
</body>
</html>
`;
}
