import { load } from 'js-yaml';
import { isMap, isPair, isScalar, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { Finding } from './problem';

// A YAML text (a whole file, or a Markdown file's frontmatter) read twice: js-yaml gives the data the
// site builds from (the loader's reading), the `yaml` package gives where each value is written, so a
// message can name the line.

export type FieldPath = readonly (string | number)[];

/** Where things are in one YAML text. Lines are those of the whole file (`firstLine` is the text's first). */
export interface YamlSource {
  data: unknown;
  /** Line of the value at `path`, or of the nearest enclosing value that exists. */
  lineOf(path: FieldPath): number | undefined;
  /** Line of the key `key` inside the mapping at `path` (for a field that should not be there). */
  lineOfKey(path: FieldPath, key: string): number | undefined;
  /** The value at `path` exactly as written, quotes included (for "050 1234567" versus 501234567). */
  rawOf(path: FieldPath): string | undefined;
  /** The line on which a string's own text starts: below the `|` or `>` of a block, else the value's line. */
  textLineOf(path: FieldPath): number | undefined;
}

export type ReadResult = { ok: true; source: YamlSource } | { ok: false; findings: Finding[] };

/**
 * Indentation YAML cannot read, said in plain words: a tab (YAML allows only spaces; looked for when the
 * text cannot be read) or a non-breaking space, which text copied from Word or a web page often has. It looks
 * like a space but YAML reads it as a letter, so a field silently gets another name or joins the text before
 * it; it is always reported.
 */
const tabLines = (text: string, firstLine: number): Finding[] =>
  text.split('\n').flatMap((line, i): Finding[] => (/^ *\t/.test(line) ? [{ severity: 'error', line: firstLine + i, code: 'tab-indent', params: {} }] : []));
const nbspLines = (text: string, firstLine: number): Finding[] =>
  text
    .split('\n')
    .flatMap((line, i): Finding[] =>
      /^[ \t]*\u00a0/.test(line) || /^ *-\u00a0/.test(line) || /^ *[A-Za-z0-9_-]+:\u00a0/.test(line) ? [{ severity: 'error', line: firstLine + i, code: 'nbsp-indent', params: {} }] : [],
    );

interface YamlError {
  reason?: string;
  mark?: { line?: number };
  message?: string;
}

export function readYaml(text: string, firstLine = 1): ReadResult {
  const nbsp = nbspLines(text, firstLine);
  if (nbsp.length) return { ok: false, findings: nbsp };
  let data: unknown;
  try {
    data = load(text);
  } catch (error) {
    const tabs = tabLines(text, firstLine);
    if (tabs.length) return { ok: false, findings: tabs };
    const { reason, mark, message } = error as YamlError;
    const line = typeof mark?.line === 'number' ? firstLine + mark.line : undefined;
    return { ok: false, findings: [{ severity: 'error', line, code: 'yaml-syntax', params: { reason: reason ?? message ?? '' } }] };
  }
  const counter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter: counter, uniqueKeys: false });
  const lineAt = (offset: number) => counter.linePos(offset).line + firstLine - 1;

  /** The deepest node along `path` that exists, and whether it is the whole path. */
  const deepest = (path: FieldPath): { node: Node | undefined; exact: boolean } => {
    for (let n = path.length; n >= 0; n--) {
      const node = (n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true)) as Node | undefined;
      if (node && typeof node === 'object' && 'range' in node && node.range) return { node, exact: n === path.length };
    }
    return { node: undefined, exact: false };
  };

  const source: YamlSource = {
    data,
    lineOf(path) {
      const { node } = deepest(path);
      return node?.range ? lineAt(node.range[0]) : undefined;
    },
    lineOfKey(path, key) {
      const { node, exact } = deepest(path);
      if (exact && isMap(node)) {
        const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === key);
        const keyNode = pair?.key as Node | undefined;
        if (keyNode?.range) return lineAt(keyNode.range[0]);
      }
      return node?.range ? lineAt(node.range[0]) : undefined;
    },
    rawOf(path) {
      const { node, exact } = deepest(path);
      return exact && node?.range ? text.slice(node.range[0], node.range[1]).trim() : undefined;
    },
    textLineOf(path) {
      const { node, exact } = deepest(path);
      if (!node?.range) return undefined;
      const line = lineAt(node.range[0]);
      return exact && isScalar(node) && (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') ? line + 1 : line;
    },
  };
  return { ok: true, source };
}

/** Frontmatter and body of a Markdown file, with the lines they start on (as the content loader splits it). */
export interface MarkdownParts {
  frontmatter: string;
  frontmatterLine: number;
  body: string;
  bodyLine: number;
}

// The same rule as Astro's loader (@astrojs/internal-helpers/frontmatter): blank lines may come first.
const FRONTMATTER = /^(\uFEFF?(?:\s*\n)?)---\r?\n([\s\S]*?\n)?---(?:\r?\n|$)/;

export function splitMarkdown(text: string): MarkdownParts | undefined {
  const match = FRONTMATTER.exec(text);
  if (!match) return undefined;
  const linesBefore = (match[1] ?? '').split('\n').length - 1;
  const frontmatter = match[2] ?? '';
  const bodyStart = match[0].length;
  return {
    frontmatter,
    frontmatterLine: linesBefore + 2,
    body: text.slice(bodyStart),
    bodyLine: text.slice(0, bodyStart).split('\n').length + (text.slice(0, bodyStart).endsWith('\n') ? 0 : 1),
  };
}
