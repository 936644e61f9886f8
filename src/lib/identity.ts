import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, resolve } from 'node:path';
import { formatProblem, type SiteSettings } from '../domain';
import { withBase } from './routes';

// The municipality's identity from site.yaml (logo, house colour) as the pages use it: a style rule,
// the logo's address and file, the browser-tab icon. The rules for the values are in src/domain
// (settings.ts, identity/colour.ts); this file only turns them into files and markup.

/**
 * The house colour as a style rule for every page. `:root:root` outranks the `:root` of the bundled style
 * sheets, whatever order Astro puts them in. The hash lets the page's Content-Security-Policy allow this one
 * inline rule (BaseLayout passes it to Astro.csp), as Astro does for its own styles.
 */
export function houseColourStyle(settings: SiteSettings): { css: string; hash: `sha256-${string}` } {
  const css = `:root:root{--skc-color-primary:${settings.colour}}`;
  return { css, hash: `sha256-${createHash('sha256').update(css).digest('base64')}` };
}

const LOGO_TYPES: Record<string, string> = { '.svg': 'image/svg+xml', '.png': 'image/png', '.webp': 'image/webp', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg' };

/** Where the logo is published: below /identity/, under its own file name. */
export const logoHref = (settings: SiteSettings) => (settings.logo ? withBase(`/identity/${basename(settings.logo)}`) : undefined);

/**
 * The logo file from the content folder in use, read for publishing. A path to nothing stops the build
 * with a message that names site.yaml's field: a header with a broken image is worse than none.
 */
export function logoFile(settings: SiteSettings, settingsFile: string, env: Record<string, string | undefined> = process.env) {
  if (!settings.logo) return undefined;
  const folder = resolve(env.SKC_CONTENT_DIR ?? 'content');
  const path = resolve(folder, settings.logo);
  if (!existsSync(path) || !statSync(path).isFile()) {
    throw new Error(
      formatProblem({
        file: settingsFile,
        field: 'logo',
        message: `there is no file ${settings.logo} in the content folder (${folder}). Put the logo there, e.g. in images/, or correct the path.`,
      }),
    );
  }
  return { name: basename(path), type: LOGO_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream', body: readFileSync(path) };
}

const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The icon in the browser tab: the first letter of the municipality's name, white on the house colour
 * (which site.yaml's check keeps at 4.5:1 against white). "'s-Hertogenbosch" gives H, not the apostrophe.
 */
export function faviconSvg(settings: SiteSettings): string {
  const name = settings.municipality;
  const letter = ((name.match(/\p{Lu}/u) ?? name.match(/\p{L}/u))?.[0] ?? '').toLocaleUpperCase('nl');
  return (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">' +
    `<rect width="32" height="32" rx="6" fill="${settings.colour}"/>` +
    `<text x="16" y="23.5" text-anchor="middle" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif" font-size="21" font-weight="700" fill="#ffffff">${escapeXml(letter)}</text>` +
    '</svg>\n'
  );
}
