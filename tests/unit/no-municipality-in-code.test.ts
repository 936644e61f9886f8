import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONTENT_DIR, FICTIONAL_CONTENT_DIR, listFiles, projectRoot, readContentFile } from '../support/content-reader';
import { contentDirUnderTest } from '../support/content-under-test';

// The municipality, its contacts and its agreement are content. If one of them appears in src/,
// another municipality would publish the first one's details (see also tests/build). Every content
// folder the project knows is checked: the default one, the fictional one, and the one under test.
const folders = [...new Set([DEFAULT_CONTENT_DIR, FICTIONAL_CONTENT_DIR, contentDirUnderTest])];

const needlesOf = (dir: string) => {
  const settings = readContentFile(join(dir, 'settings/site.yaml')).data as {
    municipality: string;
    agreement: { name: { nl: string; en: string } };
    contact: { name: { nl: string; en: string }; email?: string; phone?: string; url?: string };
    accessibility?: { contact?: { email?: string; url?: string }; register?: string };
    security?: { contact: string; policy?: string };
  };
  return [
    settings.municipality,
    settings.agreement.name.nl,
    settings.agreement.name.en,
    settings.contact.name.nl,
    settings.contact.email,
    settings.contact.phone,
    settings.contact.url?.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, ''),
    settings.accessibility?.contact?.email,
    settings.accessibility?.register,
    settings.security?.contact,
    settings.security?.policy,
  ].filter((needle): needle is string => Boolean(needle));
};

const needles = folders.flatMap((dir) => needlesOf(dir).map((needle) => ({ needle, folder: relative(projectRoot, dir) })));

describe('code names no municipality', () => {
  it.each(folders.map((dir) => relative(projectRoot, dir)))('%s names its municipality, agreement and contact, to look for', (folder) => {
    expect(needles.filter((n) => n.folder === folder).length).toBeGreaterThanOrEqual(4);
  });

  it.each(listFiles(join(projectRoot, 'src')))('src/%s', (file) => {
    const text = readFileSync(join(projectRoot, 'src', file), 'utf8').toLowerCase();
    for (const { needle, folder } of needles) expect(text, `src/${file} contains "${needle}" (${folder})`).not.toContain(needle.toLowerCase());
  });
});
