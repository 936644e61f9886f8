import { load } from 'js-yaml';
import { z } from 'zod';
import { TranslationOfSchema } from '../common';
import { shortHash } from './hash';
import { splitMarkdown } from './yaml-source';

// Which version of the Dutch text each English translation was made from, so the check can say which
// translations are out of date. The record is a short code of the Dutch text (hash.ts), written after
// translating with `npm run check -- --mark-translated <file>`:
// - an English Markdown file: `translationOf` in its frontmatter, the code of its Dutch twin (same key);
// - a file with both languages (a scheme, site.yaml): `translationOf` in the file, the code of its Dutch texts;
// - the checklist's questions and templates: one code per id in checklist/translations.yaml, because the
//   question files are long lists whose questions change one at a time.

/** Where the checklist's codes are kept, inside the content folder. */
export const CHECKLIST_TRANSLATIONS_FILE = 'checklist/translations.yaml';
/** checklist/translations.yaml: list file ("activity.yaml") → question or template id → code. */
export const ChecklistTranslationsSchema = z.record(z.string(), z.record(z.string(), TranslationOfSchema));

/** The checklist's list files that have texts in both languages. */
export const CHECKLIST_LISTS = ['checklist/school-wide.yaml', 'checklist/activity.yaml', 'checklist/templates.yaml'] as const;

/** Every Dutch text in a value with both languages (each `nl` field), with its place, in file order. */
function dutchTexts(value: unknown, path: string): string[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => dutchTexts(item, `${path}.${i}`));
  if (value === null || typeof value !== 'object' || value instanceof Date) return [];
  return Object.entries(value).flatMap(([key, item]) =>
    key === 'translationOf' ? [] : key === 'nl' && typeof item === 'string' ? [`${path}=${item}`] : dutchTexts(item, `${path}.${key}`),
  );
}

/** The code of the Dutch texts of a value that holds both languages (a scheme, site.yaml, a question). */
export const dutchCode = (value: unknown) => shortHash(dutchTexts(value, '').join('\n'));

/** The code of a Dutch Markdown file: its whole text, so any change to it marks the translation old. */
export const fileCode = (text: string) => shortHash(text);

/** The checklist codes as recorded: list file (e.g. "activity.yaml") → id → code. */
export type ChecklistCodes = Record<string, Record<string, string>>;

export function readChecklistCodes(text: string | undefined): ChecklistCodes {
  if (!text) return {};
  try {
    const data = load(text);
    if (!data || typeof data !== 'object') return {};
    return Object.fromEntries(
      Object.entries(data as Record<string, unknown>).map(([file, ids]) => [
        file,
        ids && typeof ids === 'object' ? Object.fromEntries(Object.entries(ids as Record<string, unknown>).map(([id, code]) => [id, String(code)])) : {},
      ]),
    );
  } catch {
    return {};
  }
}

export function writeChecklistCodes(codes: ChecklistCodes): string {
  const lines = [
    '# Which version of the Dutch text each English translation in the checklist was made from: a code per',
    '# question or template. Written by `npm run check -- --mark-translated checklist/<file>.yaml` after',
    '# translating; do not edit by hand. When a Dutch text changes, `npm run check` lists its translation as old.',
  ];
  for (const [file, ids] of Object.entries(codes)) {
    lines.push(`${file}:`);
    for (const [id, code] of Object.entries(ids)) lines.push(`  ${id}: '${code}'`);
  }
  return `${lines.join('\n')}\n`;
}

/** Sets (or replaces) a top-level `translationOf` line in a YAML text, keeping everything else as written. */
export function setTranslationOf(yamlText: string, code: string): string {
  const line = `translationOf: '${code}'`;
  if (/^translationOf:.*$/m.test(yamlText)) return yamlText.replace(/^translationOf:.*$/m, line);
  return `${yamlText.replace(/\s*$/, '')}\n${line}\n`;
}

/** Sets `translationOf` in a Markdown file's frontmatter, keeping the rest of the file as written. */
export function setFrontmatterTranslationOf(markdown: string, code: string): string | undefined {
  const parts = splitMarkdown(markdown);
  if (!parts) return undefined;
  const start = markdown.indexOf(parts.frontmatter, markdown.indexOf('---'));
  const updated = setTranslationOf(parts.frontmatter, code);
  return `${markdown.slice(0, start)}${updated}${markdown.slice(start + parts.frontmatter.length)}`;
}
