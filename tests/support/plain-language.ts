// Plain-language measures for Dutch text (taalniveau B1): sentences and their length in words, and
// English words that slipped into Dutch. Pure functions, so the measure itself is tested apart from
// the content it is applied to (tests/unit/plain-language.test.ts).

/** The longest sentence a parent-facing Dutch text may have: the usual B1 advice. */
export const MAX_WORDS = 20;

// A full stop after these does not end a sentence ("bijv. een kamp", "art. 13"). Case matters: "mr." is a
// title, while "MR." ends a sentence about the medezeggenschapsraad.
const ABBREVIATIONS = ['bijv', 'Bijv', 'bv', 'o.a', 'art', 'Art', 'n.v.t', 'd.w.z', 'enz', 'e.d', 'nr', 'ca', 'blz', 'vs', 'jl', 'mr', 'dhr', 'mevr', 'z.o.z', 't.a.v'];

/** Markdown to plain text blocks: one per paragraph, list item or heading, quoted or not. */
export function markdownBlocks(markdown: string): string[] {
  const blocks: string[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length) blocks.push(paragraph.join(' '));
    paragraph = [];
  };
  for (const raw of markdown.split(/\r?\n/)) {
    // A quoted line is read like any other; an empty quoted line ends a paragraph.
    const line = raw.trim().replace(/^>\s?/, '');
    if (!line || /^(```|---|\*\*\*)/.test(line)) {
      flush();
      continue;
    }
    // A heading, a list item or a new quoted paragraph starts a block of its own.
    const item = /^(#{1,6}\s+|[-*+]\s+|\d+[.)]\s+)/.exec(line);
    if (item) {
      flush();
      paragraph.push(line.slice(item[0].length));
      if (item[1]!.startsWith('#')) flush();
      continue;
    }
    paragraph.push(line);
  }
  flush();
  return blocks.map(plainInline).filter((block) => /\p{L}/u.test(block));
}

/** Inline Markdown to the words a reader sees: link texts without their addresses, no emphasis marks. */
function plainInline(text: string): string {
  return text
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(\*\*|__|\*|_)(\S(?:.*?\S)?)\1/g, '$2')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The sentences of one block of plain text. */
export function sentences(block: string): string[] {
  const protectedText = ABBREVIATIONS.reduce(
    (text, abbreviation) => text.replace(new RegExp(`(^|[\\s(])(${abbreviation.replace(/\./g, '\\.')})\\.`, 'g'), '$1$2\u2024'),
    block,
  );
  return protectedText
    // A sentence ends at . ! or ? before a capital, a digit or a quote; a colon before a quote starts a quoted sentence.
    .split(/(?<=[.!?…])\s+(?=[\p{Lu}\d"“‘'(])|(?<=:)\s+(?=["“‘])/u)
    .map((sentence) => sentence.replace(/\u2024/g, '.').trim())
    .filter((sentence) => /\p{L}/u.test(sentence));
}

/** Words as a reader counts them: a phone number written in groups ("088-669 60 60") is one word. */
export function wordCount(sentence: string): number {
  return sentence
    .replace(/(\d)\s+(?=\d)/g, '$1')
    .split(/\s+/)
    .filter((word) => /[\p{L}\d]/u.test(word)).length;
}

// Common English words that are not also Dutch words ("is", "in", "of" and "door" are Dutch too), and
// English loans a B1 reader may not know while a Dutch word exists (deadline → uiterste datum).
const ENGLISH_WORDS = [
  'the', 'and', 'with', 'without', 'your', 'you', 'for', 'this', 'that', 'which', 'should', 'please', 'free', 'fee', 'fees',
  'costs', 'parents', 'pupil', 'pupils', 'deadline', 'deadlines', 'hoodie', 'hoodies', 'check', 'checken', 'tracking',
  'feedback', 'update', 'updates', 'event', 'events', 'voucher', 'vouchers', 'cash', 'early', 'booking', 'sorry',
];
// Names that are English by nature and stay as they are.
const ENGLISH_NAMES = ['Cost of the School Day', 'Poverty Proofing the School Day'];

/** English words in a Dutch text, in the order they appear (names of English programmes excepted). */
export function englishWords(text: string): string[] {
  const withoutNames = ENGLISH_NAMES.reduce((rest, name) => rest.split(name).join(' '), text);
  return (withoutNames.match(/[\p{L}'’-]+/gu) ?? []).filter((word) => ENGLISH_WORDS.includes(word.toLowerCase()));
}

/** A sentence that is too long, with where it was found. */
export interface LongSentence {
  file: string;
  sentence: string;
  words: number;
}

/** Every sentence over the limit in these texts, each named by its file. */
export function longSentences(texts: readonly { file: string; text: string; markdown?: boolean }[]): LongSentence[] {
  return texts.flatMap(({ file, text, markdown = true }) =>
    (markdown ? markdownBlocks(text) : [plainInline(text)])
      .flatMap(sentences)
      .map((sentence) => ({ file, sentence, words: wordCount(sentence) }))
      .filter(({ words }) => words > MAX_WORDS),
  );
}
