import MarkdownIt from 'markdown-it';
import type { Finding } from './problem';

// Mistakes in Markdown that the site would publish without a word: raw HTML (shown to parents as code,
// because the site's renderer has HTML off), links that lead nowhere or to an unsafe address, images the
// Content-Security-Policy blocks or that are not there, and list lines that merge into the line before.

// Two readers: one with HTML on, only to find the HTML; one that turns every link into a link token, however
// odd its address, so each can be judged here (the site's renderer leaves unsafe ones as text).
const htmlReader = new MarkdownIt({ html: true });
const linkReader = new MarkdownIt({ html: false });
linkReader.validateLink = () => true;

type Token = ReturnType<typeof htmlReader.parse>[number];

/** What a link or image in this text can lead to. */
export interface LinkContext {
  /** The site path of the page that shows this text, to resolve `../begrippen/`; absent for shared texts. */
  pagePath?: string;
  /** Every page of the site, as paths ("/nl/ouders/"). */
  sitePaths: ReadonlySet<string>;
  /** The images in the content folder's images/ folder, as paths inside the folder ("images/kaart.png"). */
  images: ReadonlySet<string>;
}

/** Walks every token, inline children included, with the line each starts on (0 = the text's first line). */
function* tokensWithLines(tokens: Token[]): Generator<{ token: Token; line: number }> {
  for (const token of tokens) {
    const start = token.map?.[0] ?? 0;
    yield { token, line: start };
    if (token.type === 'inline' && token.children) {
      let line = start;
      for (const child of token.children) {
        if (child.type === 'softbreak' || child.type === 'hardbreak') line += 1;
        yield { token: child, line };
      }
    }
  }
}

const snippet = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}...` : text).replace(/\s+/g, ' ').trim();

const FILE_EXTENSION = /\.(?:html?|md|pdf|docx?|xlsx?|png|jpe?g|gif|svg|webp|avif)$/i;
const LOOKS_LIKE_DOMAIN = /^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?=[/?#:]|$)/i;

/** The problem with a link's address, or undefined when it leads somewhere that exists and is allowed. */
function linkProblem(href: string, context: LinkContext): Pick<Finding, 'code' | 'params'> | undefined {
  const url = href.trim();
  if (/^https:\/\/[^\s/]+/i.test(url) || /^(?:mailto|tel):\S/i.test(url) || url.startsWith('#')) return undefined;
  if (/^http:\/\//i.test(url)) return { code: 'link-http', params: { url, suggestion: url.replace(/^http:/i, 'https:') } };
  if (url.startsWith('//')) return { code: 'link-no-scheme', params: { url, suggestion: `https:${url}` } };
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return { code: 'link-scheme', params: { url } };
  const pathPart = url.split(/[?#]/)[0] ?? '';
  if (LOOKS_LIKE_DOMAIN.test(url) && !FILE_EXTENSION.test(pathPart)) return { code: 'link-no-scheme', params: { url, suggestion: `https://${url}` } };
  if (!url.startsWith('/') && !context.pagePath) return { code: 'link-relative-in-yaml', params: { url } };
  const target = sitePath(url, context.pagePath ?? '/');
  if (context.sitePaths.has(target) || context.images.has(target.slice(1))) return undefined;
  return { code: 'link-unknown-page', params: { url, path: target } };
}

/** The site path a link leads to, with the closing slash every page has ("/nl/ouders" → "/nl/ouders/"). */
function sitePath(url: string, from: string): string {
  let path = new URL(url, `https://site.invalid${from}`).pathname;
  try {
    path = decodeURI(path);
  } catch {
    // A malformed escape stays as written; it will not match a page, which is the message it deserves.
  }
  return path.endsWith('/') || /\.[a-z0-9]+$/i.test(path) ? path : `${path}/`;
}

/** The problem with an image, or undefined when it is in the content folder's images/ and has alt text. */
function imageProblems(src: string, alt: string, context: LinkContext): Pick<Finding, 'code' | 'params'>[] {
  const problems: Pick<Finding, 'code' | 'params'>[] = [];
  const url = src.trim();
  const name = (url.split(/[?#]/)[0] ?? '').split('/').filter(Boolean).at(-1) ?? url;
  if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(url)) {
    problems.push({ code: 'image-outside', params: { src: url, name } });
  } else if (url.startsWith('/images/')) {
    const inFolder = sitePath(url, '/').slice(1);
    if (!context.images.has(inFolder)) problems.push({ code: 'image-missing', params: { src: url, name: inFolder } });
  } else {
    problems.push({ code: 'image-path', params: { src: url, suggestion: `/images/${name}` } });
  }
  if (!alt.trim()) problems.push({ code: 'image-alt', params: { src: url } });
  return problems;
}

// A line that starts like a list item: "- ", "* ", "+ ", "1. " or "1) ", after spaces (or non-breaking ones).
const LIST_MARKER = /^([ \u00a0]*)(?:[-*+]|\d{1,3}[.)])[ \u00a0]+\S/;

/**
 * Lines written as list items that Markdown does not make list items: indented too far, after a
 * numbered line that does not start at 1, or behind a non-breaking space. They join the line before
 * (two bullets become one) or turn into a code block.
 */
function mergedListLines(text: string, tokens: Token[]): Finding[] {
  const itemLines = new Set<number>();
  const skipped = new Set<number>();
  const codeLines = new Set<number>();
  for (const token of tokens) {
    if (!token.map) continue;
    if (token.type === 'list_item_open') itemLines.add(token.map[0]);
    if (token.type === 'hr') skipped.add(token.map[0]);
    for (let line = token.map[0]; line < token.map[1]; line++) {
      if (token.type === 'fence') skipped.add(line);
      if (token.type === 'code_block') codeLines.add(line);
    }
  }
  return text.split('\n').flatMap((line, i): Finding[] => {
    const match = LIST_MARKER.exec(line);
    if (!match || itemLines.has(i) || skipped.has(i)) return [];
    return [{ severity: 'error', line: i, code: 'list-merged', params: { text: snippet(line), nbsp: match[1]?.includes('\u00a0') ? 1 : 0, code: codeLines.has(i) ? 1 : 0 } }];
  });
}

/**
 * Checks one Markdown text: a body, or a field's value. `firstLine` is the file line the text starts on.
 * `block` texts (bodies, help texts, FAQ answers) can hold lists, so merged list lines are looked for too.
 */
export function checkMarkdown(text: string, firstLine: number, context: LinkContext, block: boolean): Finding[] {
  const findings: Finding[] = [];
  const at = (line: number) => firstLine + line;
  if (text.includes('<')) {
    // One message per line: "<b>bold</b>" is one mistake, not two.
    const lines = new Set<number>();
    for (const { token, line } of tokensWithLines(htmlReader.parse(text, {}))) {
      if ((token.type === 'html_block' || token.type === 'html_inline') && !lines.has(line)) {
        lines.add(line);
        findings.push({ severity: 'error', line: at(line), code: 'raw-html', params: { html: snippet(token.content) } });
      }
    }
  }
  const tokens = linkReader.parse(text, {});
  for (const { token, line } of tokensWithLines(tokens)) {
    if (token.type === 'link_open') {
      const problem = linkProblem(String(token.attrGet('href') ?? ''), context);
      if (problem) findings.push({ severity: 'error', line: at(line), ...problem });
    } else if (token.type === 'image') {
      for (const problem of imageProblems(String(token.attrGet('src') ?? ''), token.content, context)) findings.push({ severity: 'error', line: at(line), ...problem });
    }
  }
  if (block) for (const finding of mergedListLines(text, tokens)) findings.push({ ...finding, line: at(finding.line ?? 0) });
  return findings;
}
