import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, relative } from 'node:path';
import { load } from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { runContentCheck } from '../../src/integrations/content-folder';
import { astroBuild, buildWorkDir } from '../support/astro-build.mjs';
import { FICTIONAL_CONTENT_DIR, listFiles, projectRoot } from '../support/content-reader';

// The content check as an editor runs it: `npm run check` and `npm run build` on a copy of a content folder
// with many mistakes at once. Every broken file is named with its path in that folder, in one run, in
// Dutch (or English when asked), and no stack trace or Astro error reaches the editor.

const work = buildWorkDir('skc-check');
afterAll(() => rmSync(work, { recursive: true, force: true }));

const plain: NodeJS.ProcessEnv = { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', SKC_LANG: '' };
/** `npm run check -- <args>`, as an editor types it. */
function npmCheck(...args: string[]) {
  const result = spawnSync('npm', ['run', '--silent', 'check', '--', ...args], { cwd: projectRoot, env: plain, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

function copyOfFictional(name: string): string {
  const dir = join(work, name);
  cpSync(FICTIONAL_CONTENT_DIR, dir, { recursive: true });
  return dir;
}
const change = (dir: string, file: string, edit: (text: string) => string) => writeFileSync(join(dir, file), edit(readFileSync(join(dir, file), 'utf8')));
const first = (dir: string, prefix: string) => listFiles(dir).find((file) => file.startsWith(prefix))!;

// One mistake in each of these files, of the kinds that used to reach parents or stop the build one at a time.
const broken = copyOfFictional('inhoud');
const folder = relative(projectRoot, broken);
const files = {
  principle: first(broken, 'principles/nl/'),
  page: first(broken, 'pages/nl/'),
  scheme: first(broken, 'schemes/'),
  settings: 'settings/site.yaml',
  questions: 'checklist/activity.yaml',
  english: first(broken, 'situations/en/'),
};
change(broken, files.principle, (text) => `${text}\n- een\n      - twee\n\nZie [de gemeente](www.gemeente.nl/x) en <b>dit</b>.\n\n![Kaart](https://example.com/kaart.png)\n`);
change(broken, files.page, (text) => text.replace(/\ntitle:/, '\n\u00a0\u00a0title:'));
change(broken, files.scheme, () => '');
change(broken, files.settings, (text) => text.replace(/^( {2}date:).*$/m, '$1 7-10-2020'));
const secondQuestion = (load(readFileSync(join(broken, files.questions), 'utf8')) as { id: string; text: { en: string } }[])[1]!;
change(broken, files.questions, (text) => text.replace(`en: ${secondQuestion.text.en}`, "en: ''"));
rmSync(join(broken, files.english));

const brokenFiles = [files.principle, files.page, files.scheme, files.settings, files.questions];

describe('npm run check on a content folder with many mistakes', () => {
  const run = npmCheck('--content', broken);

  it('fails, and names every broken file with its path in that folder, all in one run', () => {
    expect(run.status).toBe(1);
    for (const file of brokenFiles) expect(run.output, file).toMatch(new RegExp(`^FOUT ${folder}/${file}(:\\d+)?[: ]`, 'm'));
    // The Dutch version of the removed English file is named as the one without a translation.
    expect(run.output).toContain('Er is geen Engelse versie met key');
    expect(run.output).toContain(`vraag "${secondQuestion.id}", veld "text.en": Mag niet leeg zijn.`);
    expect(run.output).toContain('De site wordt pas gebouwd als de fouten zijn opgelost.');
  });

  it('shows no stack trace and names no file of another content folder', () => {
    expect(run.output).not.toMatch(/^\s+at /m);
    expect(run.output).not.toMatch(/^FOUT (?!tests\/\.output\/)/m);
    expect(run.output).not.toContain('content/checklist/');
  });

  it('speaks English when asked with --lang en', () => {
    const english = npmCheck('--content', broken, '--lang', 'en');
    expect(english.status).toBe(1);
    expect(english.output).toContain(`ERROR ${folder}/${files.scheme}: This file is empty.`);
    expect(english.output).not.toContain('FOUT');
  });
});

describe('npm run build on the same folder', () => {
  it('stops before Astro reads the content, with the same messages and no Astro error', () => {
    const result = astroBuild({ outDir: join(work, 'out-broken'), cacheDir: join(work, 'cache-broken'), contentDir: broken, siteUrl: null });
    expect(result.status).not.toBe(0);
    for (const file of brokenFiles) expect(result.output, file).toMatch(new RegExp(`^FOUT ${folder}/${file}(:\\d+)?[: ]`, 'm'));
    expect(result.output).toContain(`FOUT ${folder}/${files.scheme}: Dit bestand is leeg.`);
    expect(result.output).not.toMatch(/^\s+at |InvalidContentEntryDataError|DataCollectionEntryParseError|\[ERROR\]/m);
  }, 120_000);
});

describe('recording a translation', () => {
  it('writes the Dutch text’s code into the English file, after which the check has nothing to say about it', () => {
    const dir = copyOfFictional('vertaald');
    const dutch = first(dir, 'principles/nl/');
    const key = /^key: (\S+)/m.exec(readFileSync(join(dir, dutch), 'utf8'))![1];
    const english = listFiles(dir).find((file) => file.startsWith('principles/en/') && readFileSync(join(dir, file), 'utf8').includes(`key: ${key}\n`))!;
    change(dir, dutch, (text) => `${text}\nEen nieuwe zin.\n`);
    const marked = npmCheck('--content', dir, '--mark-translated', `${relative(projectRoot, dir)}/${english}`);
    expect(marked.status).toBe(0);
    expect(marked.output).toContain(`Vastgelegd: ${relative(projectRoot, dir)}/${english} vertaalt nu versie`);
    expect(readFileSync(join(dir, english), 'utf8')).toMatch(/^translationOf: '[0-9a-f]{8}'$/m);
    const after = runContentCheck({ root: projectRoot, contentDir: dir, lang: 'nl' });
    expect(after.problems.filter((problem) => problem.file === english)).toEqual([]);
  });
});

describe('two content folders built with one cache', () => {
  it('each name their own files: nothing of the first folder is left in the second one’s data', () => {
    const cacheDir = join(work, 'cache-shared');
    const firstBuild = astroBuild({ outDir: join(work, 'out-first'), cacheDir, contentDir: FICTIONAL_CONTENT_DIR, siteUrl: null });
    expect(firstBuild.status, firstBuild.output).toBe(0);
    // The same texts in another folder, one file renamed: Astro would otherwise reuse the first folder's entries.
    const copy = copyOfFictional('tweede');
    const principle = first(copy, 'principles/nl/');
    renameSync(join(copy, principle), join(copy, principle.replace(/\.md$/, '-kopie.md')));
    const second = astroBuild({ outDir: join(work, 'out-second'), cacheDir, contentDir: copy, siteUrl: null });
    expect(second.status, second.output).toBe(0);
    const store = join(cacheDir, 'data-store.json');
    expect(existsSync(store)).toBe(true);
    const data = readFileSync(store, 'utf8');
    expect(data.includes(relative(projectRoot, copy)), 'the second folder is in the data').toBe(true);
    expect(data.includes(relative(projectRoot, FICTIONAL_CONTENT_DIR)), 'the first folder is left in the data').toBe(false);
  }, 180_000);
});

describe('npm run dev with a broken file', () => {
  it('shows the message in the browser instead of the page, and the page again once the file is fixed', async () => {
    const dir = copyOfFictional('dev');
    const settings = readFileSync(join(dir, 'settings/site.yaml'), 'utf8');
    change(dir, 'settings/site.yaml', (text) => text.replace(/^( {2}date:).*$/m, '$1 7-10-2020'));
    const port = await freePort();
    // Astro's dev server leaves pages to the test runner when it sees VITEST; this is a real dev server.
    const { VITEST: _, ...devEnv } = plain;
    const server = spawn('npm', ['run', 'dev', '--', '--content', dir, '--port', String(port)], { cwd: projectRoot, env: devEnv, detached: true, stdio: 'ignore' });
    try {
      const url = `http://localhost:${port}/nl/`;
      const page = async () => {
        const response = await fetch(url, { headers: { accept: 'text/html' } });
        return { status: response.status, html: await response.text() };
      };
      const broken = await waitFor(page, (p) => p.status === 500);
      expect(broken.html).toContain('De inhoud heeft fouten');
      expect(broken.html).toContain(`FOUT ${relative(projectRoot, dir)}/settings/site.yaml:`);
      expect(broken.html).toContain('Bedoelt u 7 oktober 2020? Schrijf dan 2020-10-07.');
      writeFileSync(join(dir, 'settings/site.yaml'), settings);
      const fixed = await waitFor(page, (p) => p.status === 200);
      expect(fixed.html).not.toContain('De inhoud heeft fouten');
    } finally {
      process.kill(-server.pid!, 'SIGTERM');
    }
  }, 120_000);
});

/** A port nothing listens on, for a dev server of this test's own. */
function freePort(): Promise<number> {
  return new Promise((done) => {
    const probe = createServer().listen(0, () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}

/** Asks again until `ready` says yes (a dev server starts, then reads a saved file); fails after a minute. */
async function waitFor<T>(ask: () => Promise<T>, ready: (answer: T) => boolean): Promise<T> {
  for (let attempt = 0; attempt < 120; attempt++) {
    const answer = await ask().catch(() => undefined);
    if (answer !== undefined && ready(answer)) return answer;
    await new Promise((wait) => setTimeout(wait, 500));
  }
  throw new Error(`the dev server did not answer as expected within a minute; its last answer: ${JSON.stringify(await ask().catch((error) => String(error))).slice(0, 600)}`);
}
