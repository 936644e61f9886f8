import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles, readContentFile } from '../support/content-reader';
import { contentDirUnderTest } from '../support/content-under-test';
import { englishWords, longSentences, markdownBlocks, MAX_WORDS, sentences, wordCount } from '../support/plain-language';

// Parents read the Dutch pages written for them at language level B1: short sentences, no English.
// The texts measured are those a parent in trouble reads: the parents' page with its FAQ, the page
// "Er gaat iets mis", the glossary, the situation pages and the questions of the checklist (which a
// school shares with its MR, parents included). Each long sentence is named with its file.

const dir = contentDirUnderTest;
const files = listFiles(dir);
const read = (file: string) => readContentFile(join(dir, file));
const PARENT_PAGES = ['parents', 'urgent', 'glossary'];
// Frontmatter fields that hold no reading text.
const NOT_TEXT = new Set(['key', 'slug', 'kind', 'url', 'order', 'id', 'date', 'schoolTypes', 'kinds', 'traits', 'principle', 'topic', 'severity', 'concern', 'revised']);

/** Every reading text in a frontmatter value, with its field path. */
function frontmatterTexts(value: unknown, path = ''): { field: string; text: string }[] {
  if (typeof value === 'string') return /^https?:/.test(value) ? [] : [{ field: path, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, i) => frontmatterTexts(item, `${path}.${i}`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => (NOT_TEXT.has(key) ? [] : frontmatterTexts(item, path ? `${path}.${key}` : key)));
  }
  return [];
}

/** One Markdown file's title, description, FAQ and other frontmatter texts, and its body. */
function markdownFileTexts(file: string) {
  const { data, body } = read(file);
  return [
    ...frontmatterTexts(data).map(({ field, text }) => ({ file: `${file} (${field})`, text })),
    { file, text: body },
  ];
}

const parentPages = files.filter(
  (file) => file.startsWith('pages/nl/') && PARENT_PAGES.includes(String((read(file).data as { key?: string }).key)),
);
const situations = files.filter((file) => file.startsWith('situations/nl/') && file.endsWith('.md'));
const checklistFiles = ['checklist/school-wide.yaml', 'checklist/activity.yaml'].filter((file) => existsSync(join(dir, file)));
const questionTexts = checklistFiles.flatMap((file) =>
  (read(file).data as { id: string; text: { nl: string } }[]).map((question) => ({ file: `${file} (${question.id}.text.nl)`, text: question.text.nl })),
);
const parentTexts = [...parentPages.flatMap(markdownFileTexts), ...situations.flatMap(markdownFileTexts), ...questionTexts];

// Every Dutch text of the site, for the English-word check.
const dutchMarkdown = files.filter((file) => /^(pages|principles|situations)\/nl\/.+\.md$/.test(file));
const dutchTexts = [...dutchMarkdown.flatMap(markdownFileTexts), ...questionTexts];

describe('the measure', () => {
  it('splits sentences at a full stop, question or exclamation mark, not after an abbreviation or inside a number', () => {
    expect(sentences('Uw kind doet mee. Ook bij het kamp? Ja! Bijv. een kamp van € 12,50 per dag. Zie art. 13 lid 1. Vraag het de MR. Die beslist.')).toEqual([
      'Uw kind doet mee.',
      'Ook bij het kamp?',
      'Ja!',
      'Bijv. een kamp van € 12,50 per dag.',
      'Zie art. 13 lid 1.',
      'Vraag het de MR.',
      'Die beslist.',
    ]);
  });

  it('counts a phone number as one word and a link by its text only', () => {
    expect(wordCount('Bel 088-669 60 60.')).toBe(2);
    expect(markdownBlocks('Lees [de uitleg](https://example.nl/a-b-c) **hier**.\n\n- een punt\n- nog een')).toEqual(['Lees de uitleg hier.', 'een punt', 'nog een']);
  });

  it('names a sentence over the limit with its file, and lets one at the limit pass', () => {
    const atLimit = `${Array.from({ length: MAX_WORDS }, () => 'woord').join(' ')}.`;
    const overLimit = `Een ${atLimit}`;
    expect(longSentences([{ file: 'a.md', text: `${atLimit} ${overLimit}` }])).toEqual([{ file: 'a.md', sentence: overLimit, words: MAX_WORDS + 1 }]);
  });

  it('finds English words but not Dutch words that look English, nor English names', () => {
    expect(englishWords('Let op de deadline for the trip. Is dit in orde, of door de school? Zie Cost of the School Day.')).toEqual(['deadline', 'for', 'the']);
  });
});

describe(`Dutch texts for parents in ${dir}`, () => {
  it('include the parents page, the page for when something goes wrong, the glossary and the checklist questions', () => {
    expect(parentPages.length).toBe(PARENT_PAGES.length);
    expect(questionTexts.length).toBeGreaterThan(0);
  });

  it(`have no sentence longer than ${MAX_WORDS} words`, () => {
    const long = longSentences(parentTexts).map(({ file, sentence, words }) => `${file}: ${words} words: ${sentence}`);
    expect(long).toEqual([]);
  });

  it('use no English words', () => {
    const found = dutchTexts.flatMap(({ file, text }) => englishWords(text).map((word) => `${file}: "${word}"`));
    expect(found).toEqual([]);
  });
});
