import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { CHECKLIST_TRANSLATIONS_FILE, markTranslated } from '../../src/domain/content/check';
import { edit, errorsOf, firstFile, linesOf, markedCopy } from '../support/content-check';

// Each English text records which version of its Dutch source it translates. When the Dutch text changes,
// the check lists the translation as out of date (a warning: the site is still built) until the editor has
// updated it and recorded that with `npm run check -- --mark-translated <file>`.

type Folder = ReturnType<typeof markedCopy>;
const keyOf = (text: string) => /^key: *(\S+)/m.exec(text)?.[1] ?? '';
const twinOf = (folder: Folder, file: string) => {
  const [collection] = file.split('/');
  const key = keyOf(folder.texts.get(file)!);
  return [...folder.texts].find(([path, text]) => path.startsWith(`${collection}/en/`) && keyOf(text) === key)![0];
};
/** Applies what `--mark-translated` would write. */
function mark(folder: Folder, target: string) {
  const result = markTranslated(folder, target);
  for (const change of result.edits) folder.texts.set(change.file, change.text);
  return result;
}

describe('an English page whose Dutch page changed', () => {
  it('is listed as out of date, as a warning that names both files and the command to run after updating it', () => {
    const folder = markedCopy();
    const dutch = firstFile(folder, 'principles/nl/');
    const english = twinOf(folder, dutch);
    edit(folder, dutch, (text) => `${text}\nEen nieuwe alinea.\n`);
    expect(errorsOf(folder)).toEqual([]);
    expect(linesOf(folder)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^LET OP inhoud/${english}:\\d+ uitgangspunt "${keyOf(folder.texts.get(dutch)!)}", veld "translationOf": De Nederlandse tekst \\(inhoud/${dutch}\\) is gewijzigd sinds deze vertaling\\. ` +
            `Werk de Engelse tekst bij en meld daarna dat hij weer klopt: npm run check -- --mark-translated inhoud/${english}$`,
        ),
      ),
    ]);
  });

  it('is up to date again once marked, and marking changes nothing but the record', () => {
    const folder = markedCopy();
    const dutch = firstFile(folder, 'pages/nl/');
    const english = twinOf(folder, dutch);
    const before = folder.texts.get(english)!;
    edit(folder, dutch, (text) => `${text}\nNog een zin.\n`);
    const result = mark(folder, english);
    expect(result.marked).toEqual([{ target: english, source: dutch, code: expect.stringMatching(/^[0-9a-f]{8}$/) }]);
    expect(linesOf(folder)).toEqual([]);
    const changed = folder.texts.get(english)!.split('\n').filter((line, i) => line !== before.split('\n')[i]);
    expect(changed).toEqual([`translationOf: '${result.marked[0]!.code}'`]);
  });

  it('can be marked by naming the Dutch file too', () => {
    const folder = markedCopy();
    const dutch = firstFile(folder, 'situations/nl/');
    edit(folder, dutch, (text) => `${text}\nNog een zin.\n`);
    expect(mark(folder, dutch).marked.map((m) => m.target)).toEqual([twinOf(folder, dutch)]);
    expect(linesOf(folder)).toEqual([]);
  });

  it('without any record is listed as not yet marked', () => {
    const folder = markedCopy();
    const english = firstFile(folder, 'principles/en/');
    edit(folder, english, (text) => text.replace(/^translationOf:.*\n/m, ''));
    expect(linesOf(folder)).toEqual([expect.stringContaining(`LET OP inhoud/${english}`)]);
    expect(linesOf(folder)[0]).toContain('Nog niet gemeld welke versie van de Nederlandse tekst');
  });
});

describe('a text in both languages in one file', () => {
  it('is out of date when its Dutch text changes, not when its English text does', () => {
    const folder = markedCopy();
    const scheme = firstFile(folder, 'schemes/');
    edit(folder, scheme, (text) => text.replace(/(\n {2}en: )(.+)/, '$1$2 More.'));
    expect(linesOf(folder)).toEqual([]);
    edit(folder, scheme, (text) => text.replace(/(\n {2}nl: )(.+)/, '$1$2 Meer.'));
    expect(linesOf(folder)).toEqual([expect.stringContaining(`LET OP inhoud/${scheme}`)]);
    mark(folder, scheme);
    expect(linesOf(folder)).toEqual([]);
  });
});

describe('a checklist question whose Dutch text changed', () => {
  const file = 'checklist/school-wide.yaml';

  it('is listed by its id, and marking that one question leaves the others as they were', () => {
    const folder = markedCopy();
    const [first, second] = load(folder.texts.get(file)!) as { id: string; text: { nl: string } }[];
    edit(folder, file, (text) => text.replace(first!.text.nl, `${first!.text.nl} Echt?`).replace(second!.text.nl, `${second!.text.nl} Echt?`));
    const warnings = linesOf(folder);
    expect(warnings).toEqual([
      expect.stringContaining(`LET OP inhoud/${file}:`),
      expect.stringContaining(`LET OP inhoud/${file}:`),
    ]);
    expect(warnings[0]).toContain(`vraag "${first!.id}": De Nederlandse tekst (inhoud/${file}#${first!.id}) is gewijzigd`);
    expect(warnings[0]).toContain(`npm run check -- --mark-translated inhoud/${file}#${first!.id}`);
    const codesBefore = load(folder.texts.get(CHECKLIST_TRANSLATIONS_FILE)!) as Record<string, Record<string, string>>;
    mark(folder, `${file}#${first!.id}`);
    expect(linesOf(folder)).toEqual([expect.stringContaining(`vraag "${second!.id}"`)]);
    const codesAfter = load(folder.texts.get(CHECKLIST_TRANSLATIONS_FILE)!) as Record<string, Record<string, string>>;
    expect(codesAfter['school-wide.yaml']![second!.id]).toBe(codesBefore['school-wide.yaml']![second!.id]);
    expect(codesAfter['school-wide.yaml']![first!.id]).not.toBe(codesBefore['school-wide.yaml']![first!.id]);
  });
});

describe('marking a file that has no translation', () => {
  it('is refused with the reason', () => {
    const folder = markedCopy();
    expect(markTranslated(folder, 'checklist/checklist.yaml').refused).toBe('not-translatable');
    expect(markTranslated(folder, 'principles/nl/bestaat-niet.md').refused).toBe('unknown-file');
  });
});
