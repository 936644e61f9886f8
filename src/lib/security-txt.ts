/** What `/.well-known/security.txt` is made from; the clock is passed in so the file can be tested. */
export interface SecurityTxtInput {
  /** As written in site.yaml: an e-mail address, a `mailto:` address or an https:// address. */
  contact: string;
  /** Optional disclosure policy. */
  policy?: string;
  /** The site's public address (Astro's `site`: site.yaml's `url`, or SITE_URL). */
  site: URL | string;
  /** The moment of the build. */
  now: Date;
}

/** The file's own place. RFC 9116 §3 puts it under the origin's /.well-known/, whatever path the site has. */
const SECURITY_TXT_PATH = '/.well-known/security.txt';

/** RFC 9116 §2.5.3 wants a URI, so a bare e-mail address gets `mailto:`. */
export const securityContactUri = (contact: string) => (/^(https|mailto):/.test(contact) ? contact : `mailto:${contact}`);

/**
 * One year after `now`, in the Internet date format RFC 9116 §2.5.5 asks for (RFC 3339, UTC). The file
 * expires so that a stale contact stops being trusted: a site that is not rebuilt within the year says so.
 * A 29 February rolls over to 1 March.
 */
export function expiresAfterOneYear(now: Date): string {
  const expires = new Date(now.getTime());
  expires.setUTCFullYear(expires.getUTCFullYear() + 1);
  return expires.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The text of security.txt (RFC 9116): required Contact and Expires, then the optional fields. */
export function securityTxt({ contact, policy, site, now }: SecurityTxtInput): string {
  const lines = [
    `Contact: ${securityContactUri(contact)}`,
    `Expires: ${expiresAfterOneYear(now)}`,
    ...(policy ? [`Policy: ${policy}`] : []),
    'Preferred-Languages: nl, en',
    `Canonical: ${new URL(SECURITY_TXT_PATH, site).href}`,
  ];
  return `${lines.join('\n')}\n`;
}
