import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildWorkDir } from '../support/astro-build.mjs';
import { FICTIONAL_CONTENT_DIR, listFiles, projectRoot, readContent } from '../support/content-reader';

// Once a year an editor visits every official page the site points to (editors' guide, "Links
// controleren"): `npm run check -- --links` lists them with the file and line where each is written, on
// every system, without a variable set in the shell's own way.
const fixture = FICTIONAL_CONTENT_DIR;
const folder = relative(projectRoot, fixture).split('\\').join('/');
const { schemes, settings } = readContent(fixture);
const plain: NodeJS.ProcessEnv = { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', SKC_LANG: '' };
const run = spawnSync('npm', ['run', '--silent', 'check', '--', '--links', '--content', folder], { cwd: projectRoot, env: plain, encoding: 'utf8' });
const output = `${run.stdout}\n${run.stderr}`;
/** The places listed under an address, as "folder/file:line". */
const placesOf = (url: string) => {
  const lines = output.split('\n');
  const at = lines.indexOf(url);
  if (at < 0) return [];
  const next = lines.slice(at + 1).findIndex((line) => !line.startsWith('    '));
  return lines.slice(at + 1, next < 0 ? undefined : at + 1 + next).map((line) => line.trim());
};
/** The line of a file on which `text` is first written. */
const lineOf = (file: string, text: string) => readFileSync(join(fixture, file), 'utf8').split('\n').findIndex((line) => line.includes(text)) + 1;

describe('the list of links to other sites', () => {
  it('is printed in Dutch, and the content is not checked or type-checked meanwhile', () => {
    expect(run.status, output).toBe(0);
    expect(output).toMatch(new RegExp(`^\\d+ adres(sen)? van andere sites in ${folder}`, 'm'));
    expect(output).not.toContain('Getting diagnostics');
  });

  it.each(schemes.map((scheme) => [scheme.name, scheme.url] as const))('names the website of the scheme %s with the file and line it is written on', (_name, url) => {
    const file = listFiles(join(fixture, 'schemes')).map((name) => `schemes/${name}`).find((name) => lineOf(name, url) > 0)!;
    expect(placesOf(url)).toContain(`${folder}/${file}:${lineOf(file, url)}`);
  });

  it("names the municipality's contact page", () => {
    const url = settings.contact.url!;
    expect(placesOf(url)).toContain(`${folder}/settings/site.yaml:${lineOf('settings/site.yaml', url)}`);
  });

  it('leaves out an address written in a comment of a YAML file, which is never published', () => {
    const work = buildWorkDir('skc-links');
    try {
      const copy = join(work, 'content');
      cpSync(fixture, copy, { recursive: true });
      const file = join(copy, 'settings/site.yaml');
      writeFileSync(file, `# Not yet: https://commented.example.org/later/\n${readFileSync(file, 'utf8')}`);
      const listed = spawnSync('npm', ['run', '--silent', 'check', '--', '--links', '--content', copy], { cwd: projectRoot, env: plain, encoding: 'utf8' });
      expect(listed.status).toBe(0);
      expect(listed.stdout).toContain(settings.contact.url!);
      expect(listed.stdout).not.toContain('commented.example.org');
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
