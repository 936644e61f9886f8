import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dump, load } from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { FICTIONAL_CONTENT_DIR, readContent } from '../support/content-reader';
import { astroBuild, buildWorkDir } from '../support/astro-build.mjs';

// /.well-known/security.txt in real builds of the fictional municipality: RFC 9116's fields in a
// production build (SITE_URL set), and what happens when site.yaml gives no security contact.
const fictional = readContent(FICTIONAL_CONTENT_DIR);
const SITE = 'https://schoolkosten.zonnedal.example';
const work = buildWorkDir('skc-security');
afterAll(() => rmSync(work, { recursive: true, force: true }));

function build(name: string, contentDir: string, siteUrl: string | null) {
  const outDir = join(work, `out-${name}`);
  return { ...astroBuild({ outDir, cacheDir: join(work, `cache-${name}`), contentDir, siteUrl }), file: join(outDir, '.well-known/security.txt') };
}

/** A copy of the fictional folder whose site.yaml has no `security`. */
function withoutSecurityContact(): string {
  const dir = join(work, 'no-security');
  if (existsSync(dir)) return dir;
  cpSync(FICTIONAL_CONTENT_DIR, dir, { recursive: true });
  const file = join(dir, 'settings/site.yaml');
  const settings = load(readFileSync(file, 'utf8')) as Record<string, unknown>;
  delete settings.security;
  writeFileSync(file, dump(settings));
  return dir;
}

/** RFC 9116 §4: "Field-name: value" lines; lines starting with # are comments. */
const fieldsOf = (text: string) =>
  text
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const at = line.indexOf(': ');
      return { name: line.slice(0, at), value: line.slice(at + 2) };
    });

describe('security.txt in a production build', () => {
  const started = Date.now();
  const built = build('production', FICTIONAL_CONTENT_DIR, SITE);
  const text = built.status === 0 && existsSync(built.file) ? readFileSync(built.file, 'utf8') : '';
  const fields = fieldsOf(text);
  const values = (name: string) => fields.filter((field) => field.name === name).map((field) => field.value);
  const security = fictional.settings.security!;

  it('is written to /.well-known/security.txt', () => {
    expect(built.status, built.output).toBe(0);
    expect(security.contact).toBeTruthy();
    expect(text).not.toBe('');
  });

  it('says where to report a problem, as a URI, from site.yaml', () => {
    // The fixture writes a bare e-mail address, as an editor would; the file must make it a mailto: URI.
    expect(security.contact).toMatch(/^[^:]+@/);
    expect(values('Contact')).toEqual([`mailto:${security.contact}`]);
    expect(values('Policy')).toEqual(security.policy ? [security.policy] : []);
  });

  it('expires once, one year after the build, as an RFC 3339 date and time in UTC', () => {
    const [expires, ...more] = values('Expires');
    expect(more).toEqual([]);
    expect(expires).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    const year = 365 * 24 * 3600 * 1000;
    const at = Date.parse(expires!);
    // Between a year after this test began and a year (plus a leap day) after the build ended.
    expect(at).toBeGreaterThanOrEqual(Math.floor(started / 1000) * 1000 + year);
    expect(at).toBeLessThanOrEqual(Date.now() + year + 24 * 3600 * 1000);
  });

  it('prefers Dutch, then English, and names its own public address', () => {
    expect(values('Preferred-Languages')).toEqual(['nl, en']);
    expect(values('Canonical')).toEqual([`${SITE}/.well-known/security.txt`]);
  });

  it('has only fields RFC 9116 defines', () => {
    const known = ['Acknowledgments', 'Canonical', 'Contact', 'Encryption', 'Expires', 'Hiring', 'Policy', 'Preferred-Languages'];
    expect(fields.length).toBeGreaterThan(0);
    expect(fields.map((field) => field.name).filter((name) => !known.includes(name))).toEqual([]);
  });
}, 120_000);

describe('without a security contact in site.yaml', () => {
  it('a production build stops with a message that names the file and the field', () => {
    const result = build('production-no-contact', withoutSecurityContact(), SITE);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('settings/site.yaml: field "security.contact"');
    expect(existsSync(result.file)).toBe(false);
  }, 120_000);

  it('a local build (no SITE_URL) goes on, and publishes no security.txt', () => {
    const result = build('local-no-contact', withoutSecurityContact(), null);
    expect(result.status, result.output).toBe(0);
    expect(existsSync(result.file)).toBe(false);
  }, 120_000);
});
