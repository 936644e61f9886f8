import type { APIRoute } from 'astro';
import { formatProblem } from '../../domain';
import { getSettings, getSettingsFile } from '../../lib/content';
import { isLocalAddress } from '../../lib/public-address';
import { securityTxt } from '../../lib/security-txt';

// A production build is one for a public address (site.yaml's `url` or SITE_URL): a build for this computer
// (`npm start`, the tests) has a localhost address (astro.config.mjs, src/lib/public-address.ts).
const isProductionBuild = (site: URL | undefined) => site !== undefined && !isLocalAddress(site);

/**
 * /.well-known/security.txt (RFC 9116), from site.yaml's `security`. A published site must say where to
 * report a weakness, so a production build without a contact stops. A local or test build without one
 * writes no file at all: a security.txt that names nobody, or the wrong team, is worse than none.
 */
export const GET: APIRoute = async ({ site }) => {
  const settings = await getSettings();
  if (!settings.security) {
    if (!isProductionBuild(site)) return new Response(null, { status: 404 });
    const file = await getSettingsFile();
    throw new Error(
      formatProblem({
        file,
        field: 'security.contact',
        message:
          'a production build (for the address in "url" or SITE_URL) publishes /.well-known/security.txt and needs the address where people ' +
          'report a security problem. Add "security:" with "contact:", an e-mail address or a web address starting with https://.',
      }),
    );
  }
  if (!site) throw new Error('astro.config.mjs gives no `site`: security.txt needs the public address for its Canonical field.');
  const body = securityTxt({ ...settings.security, site, now: new Date() });
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
