import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles, projectRoot, readContentFile } from './support/content-files';

// The municipality, its contacts and its agreement are content. If one of them appears in src/,
// another municipality would publish Groningen's details (see also tests/build).
describe('code names no municipality', () => {
  const settings = readContentFile('content/settings/site.yaml').data as {
    municipality: string;
    agreement: { name: { nl: string; en: string } };
    contact: { name: { nl: string; en: string }; email?: string; phone?: string; url?: string };
  };
  const needles = [
    settings.municipality,
    settings.agreement.name.nl,
    settings.agreement.name.en,
    settings.contact.name.nl,
    settings.contact.email,
    settings.contact.phone,
    settings.contact.url?.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, ''),
  ].filter((needle): needle is string => Boolean(needle));

  it.each(listFiles(join(projectRoot, 'src')))('%s', (file) => {
    const text = readFileSync(join(projectRoot, file), 'utf8').toLowerCase();
    for (const needle of needles) expect(text, `${file} contains "${needle}"`).not.toContain(needle.toLowerCase());
  });
});
