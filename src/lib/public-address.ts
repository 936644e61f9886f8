import { readFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { load } from 'js-yaml';

// Where the site will be published decides every link in it: the path of the address becomes Astro's
// `base` ("/schoolkosten/"), the whole address its `site` (sitemap, robots.txt, canonical and language
// links). astro.config.mjs asks this module once per run; src/scripts/run-astro.mjs sets the variables.

/** Where a build for this computer lives: `npm start` serves it here, at the root. */
export const LOCAL_ADDRESS = 'http://localhost:4321/';

/** An example editors can copy; the same one as in the settings' JSDoc and the README. */
const EXAMPLE = 'https://organisatie.github.io/schoolkosten/';

export interface PublicAddress {
  /** The whole address, ending in "/": Astro's `site`. */
  site: string;
  /** Its path, "/" or "/schoolkosten/": Astro's `base`. */
  base: string;
  /** Why a build with this address may not be published (a message for the editor), or null. */
  problem: string | null;
}

/** True for an address that only works on the computer that builds: such a site cannot be published. */
export function isLocalAddress(address: URL | string): boolean {
  const { hostname } = new URL(address);
  return hostname === 'localhost' || hostname.endsWith('.localhost') || hostname === '[::1]' || hostname === '0.0.0.0' || /^127\./.test(hostname);
}

const local = (problem: string | null): PublicAddress => ({ site: LOCAL_ADDRESS, base: '/', problem });

/**
 * Decides the address from what is written (`written`, from `source`: site.yaml or SITE_URL). `forThisComputer`
 * is a build that is only looked at on this computer (`npm start`, the tests): it may do without an address.
 */
export function decideAddress(written: unknown, source: string, forThisComputer: boolean): PublicAddress {
  const field = source === 'SITE_URL' ? 'SITE_URL' : `${source}: veld "url"`;
  const fix = `Schrijf het adres waarop de site te zien komt, beginnend met https://, bijvoorbeeld:\n  ${source === 'SITE_URL' ? 'SITE_URL=' : 'url: '}${EXAMPLE}`;
  const onlyHere = 'Wilt u de site alleen op deze computer bekijken? Gebruik dan npm start (of npm run build -- --local).';
  if (written === undefined || written === null || written === '') {
    return local(
      forThisComputer
        ? null
        : `${field}: het webadres van de site ontbreekt. De links op alle pagina's, de sitemap en de links voor ` +
            `zoekmachines worden op dat adres gebouwd.\n${fix}\n${onlyHere}`,
    );
  }
  let url: URL | undefined;
  try {
    url = typeof written === 'string' ? new URL(written.trim()) : undefined;
  } catch {
    url = undefined;
  }
  if (!url || !/^https?:$/.test(url.protocol) || url.search || url.hash || url.username || url.password) {
    return local(forThisComputer ? null : `${field}: "${String(written)}" is geen volledig webadres van een site.\n${fix}`);
  }
  const base = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  const address = { site: `${url.origin}${base}`, base };
  if (forThisComputer) return { ...address, problem: null };
  if (isLocalAddress(url)) {
    return { ...address, problem: `${field}: ${url.href} is een adres op deze computer; zo kan niemand anders de site zien.\n${fix}\n${onlyHere}` };
  }
  if (url.protocol !== 'https:') {
    return { ...address, problem: `${field}: ${url.href} begint met http://. Een site van de overheid moet via https:// bereikbaar zijn.\n${fix}` };
  }
  return { ...address, problem: null };
}

/** The settings file's data, or undefined when it is missing or no valid YAML (the content check reports that). */
function readSettings(file: string): Record<string, unknown> | undefined {
  try {
    const data = load(readFileSync(file, 'utf8'));
    return data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
  } catch {
    return undefined;
  }
}

/**
 * The address of this run, from the environment astro.config.mjs runs in:
 * - SITE_URL, when set, wins (a deployer's override, and the build tests');
 * - SKC_LOCAL_BUILD=1 is a build for this computer: served at the root of http://localhost:4321/, whatever
 *   site.yaml says, so `npm start` and the tests work on any content folder;
 * - otherwise `url` in `<content folder>/settings/site.yaml` (SKC_CONTENT_DIR, else ./content).
 * A settings file that cannot be read gives no problem here: the content check names that mistake itself.
 */
export function publicAddress(env: Record<string, string | undefined>, projectRoot: string): PublicAddress {
  const forThisComputer = env.SKC_LOCAL_BUILD === '1' || env.SKC_LOCAL_BUILD === 'true';
  if (env.SITE_URL) return decideAddress(env.SITE_URL, 'SITE_URL', forThisComputer);
  if (forThisComputer) return local(null);
  const file = resolve(projectRoot, env.SKC_CONTENT_DIR ?? 'content', 'settings/site.yaml');
  const settings = readSettings(file);
  if (!settings) return local(null);
  return decideAddress(settings.url, relative(projectRoot, file).split(sep).join('/'), false);
}
