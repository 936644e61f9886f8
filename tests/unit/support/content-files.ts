import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { load } from 'js-yaml';

export const projectRoot = new URL('../../../', import.meta.url).pathname;

/** Every file below `dir` (relative paths), sorted. */
export function listFiles(dir: string): string[] {
  const walk = (path: string): string[] =>
    statSync(path).isDirectory() ? readdirSync(path).flatMap((name) => walk(join(path, name))) : [path];
  return walk(dir).map((path) => relative(projectRoot, path)).sort();
}

/** Frontmatter and body of a Markdown file, or the data of a YAML file, as the content loader sees them. */
export function readContentFile(file: string): { data: unknown; body: string } {
  const text = readFileSync(join(projectRoot, file), 'utf8');
  if (file.endsWith('.yaml') || file.endsWith('.yml')) return { data: load(text), body: '' };
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${file}: no frontmatter between --- lines`);
  return { data: load(match[1] ?? ''), body: match[2] ?? '' };
}
