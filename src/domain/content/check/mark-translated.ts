import { load } from 'js-yaml';
import type { ContentFolder } from './check-folder';
import {
  CHECKLIST_LISTS,
  CHECKLIST_TRANSLATIONS_FILE,
  dutchCode,
  fileCode,
  readChecklistCodes,
  setFrontmatterTranslationOf,
  setTranslationOf,
  writeChecklistCodes,
} from './translation-status';
import { splitMarkdown } from './yaml-source';

// `npm run check -- --mark-translated <file>`: records that the English text of <file> now translates the
// current Dutch text. Returns the new texts; the runner writes them.

export interface MarkResult {
  /** Files to write: path inside the content folder and the new text. */
  edits: { file: string; text: string }[];
  /** What was recorded: the English file (or file#id), the Dutch source, the code. */
  marked: { target: string; source: string; code: string }[];
  /** Why nothing could be recorded: `unknown-file`, `not-translatable`, `unreadable` or `no-twin`. */
  refused?: 'unknown-file' | 'not-translatable' | 'unreadable' | 'no-twin';
}

const frontmatterOf = (text: string): Record<string, unknown> | undefined => {
  const parts = splitMarkdown(text);
  try {
    const data = parts ? load(parts.frontmatter) : undefined;
    return data && typeof data === 'object' ? (data as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
};

/** `target` is a path inside the content folder, optionally with `#<id>` for one checklist question. */
export function markTranslated(folder: ContentFolder, target: string): MarkResult {
  const [file = '', id] = target.split('#');
  const text = folder.texts.get(file);
  if (text === undefined) return { edits: [], marked: [], refused: 'unknown-file' };

  const md = /^(principles|pages|situations)\/(nl|en)\/.+\.md$/.exec(file);
  if (md) {
    const key = frontmatterOf(text)?.key;
    if (typeof key !== 'string') return { edits: [], marked: [], refused: 'unreadable' };
    const twins = [...folder.texts].filter(([path, other]) => path.startsWith(`${md[1]}/`) && path.endsWith('.md') && frontmatterOf(other)?.key === key);
    const dutch = twins.find(([path]) => path.startsWith(`${md[1]}/nl/`));
    const english = twins.filter(([path]) => !path.startsWith(`${md[1]}/nl/`));
    if (!dutch || !english.length) return { edits: [], marked: [], refused: 'no-twin' };
    const code = fileCode(dutch[1]);
    const edits = english.flatMap(([path, other]) => {
      const updated = setFrontmatterTranslationOf(other, code);
      return updated === undefined ? [] : [{ file: path, text: updated }];
    });
    return { edits, marked: edits.map((edit) => ({ target: edit.file, source: dutch[0], code })) };
  }

  if (/^schemes\/[^/]+\.yaml$/.test(file) || file === 'settings/site.yaml') {
    let data: unknown;
    try {
      data = load(text);
    } catch {
      return { edits: [], marked: [], refused: 'unreadable' };
    }
    if (!data || typeof data !== 'object') return { edits: [], marked: [], refused: 'unreadable' };
    const code = dutchCode(data);
    return { edits: [{ file, text: setTranslationOf(text, code) }], marked: [{ target: file, source: file, code }] };
  }

  if ((CHECKLIST_LISTS as readonly string[]).includes(file)) {
    let items: unknown;
    try {
      items = load(text);
    } catch {
      return { edits: [], marked: [], refused: 'unreadable' };
    }
    if (!Array.isArray(items)) return { edits: [], marked: [], refused: 'unreadable' };
    const name = file.slice('checklist/'.length);
    const codes = readChecklistCodes(folder.texts.get(CHECKLIST_TRANSLATIONS_FILE));
    const before = codes[name] ?? {};
    const next: Record<string, string> = {};
    const marked: MarkResult['marked'] = [];
    // Keeps the list's order, and drops ids that are no longer in it.
    for (const item of items as Record<string, unknown>[]) {
      if (!item || typeof item.id !== 'string') continue;
      if (id === undefined || item.id === id) {
        next[item.id] = dutchCode(item);
        marked.push({ target: `${file}#${item.id}`, source: `${file}#${item.id}`, code: next[item.id]! });
      } else if (before[item.id]) {
        next[item.id] = before[item.id]!;
      }
    }
    if (id !== undefined && !marked.length) return { edits: [], marked: [], refused: 'unknown-file' };
    return { edits: [{ file: CHECKLIST_TRANSLATIONS_FILE, text: writeChecklistCodes({ ...codes, [name]: next }) }], marked };
  }
  return { edits: [], marked: [], refused: 'not-translatable' };
}
