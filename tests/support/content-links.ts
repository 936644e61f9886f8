import { join } from 'node:path';
import { listFiles, readContentFile } from './content-reader';

// Every link an editor wrote in a content folder, with the file and field it is in, so that links can
// be listed before publishing and checked by tests/unit/content-links.test.ts.

/** One link in the content. */
export interface ContentLink {
  /** Path inside the content folder, e.g. "principles/nl/01-x.md". */
  file: string;
  /** Where in the file: "body", or the frontmatter or YAML field, e.g. "sources.0.url". */
  field: string;
  url: string;
}

// Markdown links [text](url "title") and autolinks <https://…>.
const MARKDOWN_LINK = /\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)|<((?:https?|mailto|tel):[^>\s]+)>/g;
const WHOLE_URL = /^(?:https?:\/\/|mailto:|tel:)\S+$/i;

function linksInText(text: string): string[] {
  return [...text.matchAll(MARKDOWN_LINK)].map((match) => (match[1] ?? match[2])!);
}

function linksInValue(value: unknown, field: string): { field: string; url: string }[] {
  if (typeof value === 'string') {
    const trimmed = value.trim();
    return WHOLE_URL.test(trimmed) ? [{ field, url: trimmed }] : linksInText(value).map((url) => ({ field, url }));
  }
  if (Array.isArray(value)) return value.flatMap((item, i) => linksInValue(item, `${field}.${i}`));
  if (value instanceof Date || value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, item]) => linksInValue(item, field ? `${field}.${key}` : key));
}

/** Every link in the Markdown and YAML files of a content folder, in file order. */
export function contentLinks(dir: string): ContentLink[] {
  return listFiles(dir)
    .filter((file) => /\.(md|ya?ml)$/.test(file))
    .flatMap((file) => {
      const { data, body } = readContentFile(join(dir, file));
      return [...linksInValue(data, ''), ...linksInText(body).map((url) => ({ field: 'body', url }))].map((link) => ({ file, ...link }));
    });
}

/**
 * The address a reader ends up at, for comparing links: http and https, "www." and a trailing slash
 * make no difference, nor does the case of the host. The fragment is dropped: it points within the page.
 */
export function samePageKey(url: string): string {
  const parsed = new URL(url);
  const host = parsed.hostname.toLowerCase().replace(/^www\./, '');
  const path = parsed.pathname.replace(/\/+$/, '');
  return `${host}${path}${parsed.search}`;
}

/** The link as written, without its fragment: two of these for one page key are two spellings. */
export const writtenWithoutFragment = (url: string) => url.replace(/#.*$/, '');
