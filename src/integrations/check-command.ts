import { writeFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { describeMark, formatLinkList, listLinks, markTranslated } from '../domain/content/check';
import { contentDirOf, displayFolder, languageOf, readContentFolder, runContentCheck } from './content-folder';

// What `npm run check` does before the type check (content-check-cli.mjs runs it): the content check, and
// `--mark-translated <file>...` to record that English texts translate the current Dutch ones.

const TYPE_CHECK_NOTICE = {
  nl: 'Hierna controleert Astro de programmacode (in het Engels). Die meldingen zijn voor een ontwikkelaar, niet voor de redactie: over de inhoud gaat alleen wat hierboven staat.',
  en: 'Next, Astro checks the program code. Its messages are for a developer, not for the editors: only what is above is about the content.',
} as const;

/** The files after `--mark-translated` (until the next flag), or undefined when it is not asked. */
function markTargets(args: readonly string[]): string[] | undefined {
  const at = args.findIndex((arg) => arg === '--mark-translated' || arg.startsWith('--mark-translated='));
  if (at < 0) return undefined;
  const inline = args[at]!.includes('=') ? [args[at]!.slice(args[at]!.indexOf('=') + 1)] : [];
  const following = args.slice(at + 1);
  const end = following.findIndex((arg) => arg.startsWith('--'));
  return [...inline, ...(end < 0 ? following : following.slice(0, end))];
}

/** A file as the editor typed it (from the project, from the content folder, or absolute) → path inside the folder. */
function insideFolder(arg: string, contentDir: string, cwd: string): string {
  const [file = '', id] = arg.split('#');
  const fromCwd = resolve(cwd, file);
  const inside = relative(contentDir, fromCwd);
  const path = !inside.startsWith('..') && !isAbsolute(inside) ? inside : relative(contentDir, resolve(contentDir, file));
  return `${path.split(sep).join('/')}${id === undefined ? '' : `#${id}`}`;
}

/** Runs the command; returns the exit status, and whether the type check should follow. */
export function checkCommand(args: readonly string[], env: Record<string, string | undefined>, root: string, cwd = process.cwd()): { status: number; typeCheck: boolean } {
  const lang = languageOf(env, args);
  const contentDir = contentDirOf(env, root);
  const targets = markTargets(args);
  if (targets) {
    const folder = displayFolder(contentDir, root);
    let status = 0;
    for (const arg of targets) {
      const result = markTranslated(readContentFolder(contentDir), insideFolder(arg, contentDir, cwd));
      for (const edit of result.edits) writeFileSync(join(contentDir, edit.file), edit.text);
      for (const marked of result.marked) {
        console.log(describeMark('marked', { ...marked, target: `${folder}/${marked.target}`, source: `${folder}/${marked.source}` }, lang));
      }
      if (result.refused) {
        console.error(describeMark(result.refused, { file: arg, folder }, lang));
        status = 1;
      }
    }
    return { status, typeCheck: false };
  }
  // `--links`: the addresses of other sites, to visit once a year; the content is not checked.
  if (args.includes('--links')) {
    console.log(formatLinkList(listLinks(readContentFolder(contentDir)), displayFolder(contentDir, root), lang));
    return { status: 0, typeCheck: false };
  }
  const run = runContentCheck({ root, contentDir, lang });
  console.log(run.report);
  // Astro's type check follows: English messages about the program code, which an editor cannot act on
  // and which say nothing about the content. Said here, so that an editor knows where their part ends.
  if (!run.errors) console.log(`\n${TYPE_CHECK_NOTICE[lang]}\n`);
  return { status: run.errors ? 1 : 0, typeCheck: !run.errors };
}
