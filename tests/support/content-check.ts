import { checkContent, formatProblemLine, markTranslated, type ContentFolder, type ContentProblem } from '../../src/domain/content/check';
import type { Lang } from '../../src/domain';
import { extraPaths, readContentFolder, siteRoutes } from '../../src/integrations/content-folder';
import { FICTIONAL_CONTENT_DIR, projectRoot } from './content-reader';

// The content check on a content folder held in memory: read once from disk, then changed the way an
// editor would change it, so each test shows what the editor is told about one mistake.

/** A copy of a content folder's files that a test may change (`texts.set(file, text)`). */
export function folderCopy(dir = FICTIONAL_CONTENT_DIR): { texts: Map<string, string>; otherFiles: string[] } {
  const folder = readContentFolder(dir);
  return { texts: new Map(folder.texts), otherFiles: [...folder.otherFiles] };
}

/**
 * A copy whose translations are all recorded as up to date, as after `npm run check -- --mark-translated`
 * for every file: a test of translation status then starts from a folder without warnings.
 */
export function markedCopy(dir = FICTIONAL_CONTENT_DIR) {
  const folder = folderCopy(dir);
  const translatable = [...folder.texts.keys()].filter((file) => /^(?:(?:principles|pages|situations)\/en\/.+\.md|schemes\/[^/]+\.yaml|settings\/site\.yaml|checklist\/(?:school-wide|activity|templates)\.yaml)$/.test(file));
  for (const file of translatable) {
    for (const change of markTranslated(folder, file).edits) folder.texts.set(change.file, change.text);
  }
  return folder;
}

// The site's other pages (src/pages/<lang>/) and public/ files, as the runner finds them.
const otherPaths = extraPaths(projectRoot);
export const check = (folder: ContentFolder): ContentProblem[] => checkContent(folder, { routes: siteRoutes, extraPaths: otherPaths });

/** The lines an editor reads, for the content folder called `name`: every error and warning. */
export const linesOf = (folder: ContentFolder, lang: Lang = 'nl', name = 'inhoud') => check(folder).map((problem) => formatProblemLine(problem, lang, name));

/**
 * Only the errors. A test that changes a Dutch text also makes its English translation out of date, which
 * is a warning of its own (tests/unit/content-check-translations.test.ts).
 */
export const errorsOf = (folder: ContentFolder, lang: Lang = 'nl', name = 'inhoud') =>
  check(folder)
    .filter((problem) => problem.severity === 'error')
    .map((problem) => formatProblemLine(problem, lang, name));

/** The first file in the folder whose path starts with `prefix`. */
export function firstFile(folder: ContentFolder, prefix: string): string {
  const file = [...folder.texts.keys()].find((path) => path.startsWith(prefix));
  if (!file) throw new Error(`no file starts with ${prefix}`);
  return file;
}

/** Changes a file's text; returns the new text. */
export function edit(folder: { texts: Map<string, string> }, file: string, change: (text: string) => string): string {
  const text = change(folder.texts.get(file) ?? '');
  folder.texts.set(file, text);
  return text;
}

/** The line number (1 = first) of the first line of `text` that contains `needle`. */
export function lineWith(text: string, needle: string): number {
  const index = text.split('\n').findIndex((line) => line.includes(needle));
  if (index < 0) throw new Error(`no line contains ${JSON.stringify(needle)}`);
  return index + 1;
}

/** Replaces the first line that starts (after its indentation) with `field:` by `field: value`, keeping the indentation. */
export function setField(text: string, field: string, value: string): string {
  const pattern = new RegExp(`^(\\s*)${field}:.*$`, 'm');
  if (!pattern.test(text)) throw new Error(`no field ${field}`);
  return text.replace(pattern, `$1${field}: ${value}`);
}
