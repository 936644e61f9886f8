import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { formatReport } from '../../src/domain/content/check';
import { check, edit, errorsOf, firstFile, folderCopy, lineWith, linesOf, setField } from '../support/content-check';
import { contentDirUnderTest } from '../support/content-under-test';

// What an editor is told about the mistakes that used to reach parents without a word, or stopped the
// build with an English stack trace (issue "A municipality publishes and edits its own site"). Each test
// makes one mistake in a copy of a content folder, the way an editor would, and reads the line the editor
// gets: the file and line, what it is about, and what to do.

const keyOf = (text: string) => /^key: *(\S+)/m.exec(text)?.[1] ?? '';

describe('a content folder without mistakes', () => {
  it('passes the check with nothing to say: no error, no warning', () => {
    expect(linesOf(folderCopy(contentDirUnderTest))).toEqual([]);
  });
});

describe('several mistakes in several files', () => {
  const folder = folderCopy();
  const principle = firstFile(folder, 'principles/nl/');
  const scheme = firstFile(folder, 'schemes/');
  const page = firstFile(folder, 'pages/nl/');
  const principleText = edit(folder, principle, (text) => `${text}\nZie [de gemeente](www.gemeente.nl/x).\n`);
  edit(folder, scheme, () => '');
  const pageText = edit(folder, page, (text) => `${text}\nDit is <b>belangrijk</b>.\n`);
  const metaText = edit(folder, 'checklist/checklist.yaml', (text) => setField(text, 'date', '7-10-2020'));

  it('are all reported in one run, each on its own line with its file and line in the folder in use', () => {
    const report = formatReport(check(folder), 'nl', 'gemeenten/midden-groningen');
    expect(report).toMatch(/^Inhoud van gemeenten\/midden-groningen gecontroleerd: 4 fouten, \d+ waarschuwing/);
    const lines = report.split('\n');
    for (const where of [
      `gemeenten/midden-groningen/${principle}:${lineWith(principleText, 'www.gemeente.nl')} `,
      `gemeenten/midden-groningen/${scheme}: `,
      `gemeenten/midden-groningen/${page}:${lineWith(pageText, '<b>')} `,
      `gemeenten/midden-groningen/checklist/checklist.yaml:${lineWith(metaText, 'date:')} `,
    ]) {
      expect(lines.filter((line) => line.startsWith(`FOUT ${where}`)), where).toHaveLength(1);
    }
    expect(report).toContain('De site wordt pas gebouwd als de fouten zijn opgelost.');
  });

  it('are said in English when the editor asks for it', () => {
    const report = formatReport(check(folder), 'en', 'municipalities/midden-groningen');
    expect(report).toMatch(/^Content of municipalities\/midden-groningen checked: 4 errors/);
    expect(report).toContain(`ERROR municipalities/midden-groningen/${scheme}: This file is empty.`);
    expect(report).toContain('The site is built only when the errors are solved.');
  });

  it('are shown in no words of the code: no stack trace, no zod or Astro names', () => {
    const report = formatReport(check(folder), 'nl', 'inhoud');
    expect(report).not.toMatch(/\n\s+at |Error:|\bzod\b|ZodError|InvalidContentEntry|expected string|received/i);
  });
});

describe('a list item indented wrongly', () => {
  it('is named with its line, because it would be joined to the item above it', () => {
    const folder = folderCopy();
    const file = firstFile(folder, 'principles/nl/');
    const text = edit(folder, file, (body) => `${body}\n- De school betaalt de bus.\n      - De school betaalt de toegang.\n`);
    expect(errorsOf(folder)).toEqual([
      expect.stringMatching(
        new RegExp(`^FOUT inhoud/${file}:${lineWith(text, 'betaalt de toegang')} uitgangspunt "${keyOf(text)}": Deze regel \\("- De school betaalt de toegang\\."\\) lijkt een punt van een lijst, maar wordt aan de regel ervoor geplakt\\.`),
      ),
    ]);
  });

  it('is named too when a numbered step after a sentence does not start at 1', () => {
    const folder = folderCopy();
    const file = firstFile(folder, 'situations/nl/');
    const text = edit(folder, file, (body) => `${body}\nDoe dit:\n2. Bel de school.\n`);
    expect(errorsOf(folder)).toEqual([expect.stringContaining(`${file}:${lineWith(text, '2. Bel de school.')} `)]);
  });

  it('is not named for lists written well: nested, after a sentence, or in a code block', () => {
    const folder = folderCopy();
    edit(folder, firstFile(folder, 'principles/nl/'), (body) => `${body}\nDoe dit:\n- een\n  - een onder een\n- twee\n\n1. eerste\n2. tweede\n\n\`\`\`\n- geen lijst\n\`\`\`\n\n* * *\n`);
    expect(errorsOf(folder)).toEqual([]);
  });
});

describe('a date', () => {
  it('written as day-month-year is refused, with the date it probably means', () => {
    const folder = folderCopy();
    const text = edit(folder, 'checklist/checklist.yaml', (meta) => setField(meta, 'date', '7-10-2020'));
    expect(errorsOf(folder)).toEqual([
      `FOUT inhoud/checklist/checklist.yaml:${lineWith(text, 'date:')} veld "date": "7-10-2020" is geen datum die de site kan lezen. Schrijf een datum als JJJJ-MM-DD (jaar-maand-dag), bijvoorbeeld 2020-10-07. Bedoelt u 7 oktober 2020? Schrijf dan 2020-10-07.`,
    ]);
  });

  it('in the settings is refused with the field by name', () => {
    const folder = folderCopy();
    const text = edit(folder, 'settings/site.yaml', (site) => setField(site, 'date', '2020/10/07'));
    expect(errorsOf(folder)).toEqual([expect.stringMatching(new RegExp(`^FOUT inhoud/settings/site\\.yaml:${lineWith(text, '2020/10/07')} veld "(agreement|accessibility)\\.date": "2020/10/07" is geen datum`))]);
  });

  it('that does not exist is refused', () => {
    const folder = folderCopy();
    edit(folder, 'checklist/checklist.yaml', (meta) => setField(meta, 'date', '2024-02-30'));
    expect(errorsOf(folder)).toEqual([expect.stringContaining('veld "date": "2024-02-30" is een dag die niet bestaat; kijk de maand en de dag na.')]);
  });

  it('written as YYYY-MM-DD passes, with or without quotes', () => {
    for (const date of ['2020-10-07', '"2020-10-07"']) {
      const folder = folderCopy();
      edit(folder, 'checklist/checklist.yaml', (meta) => setField(meta, 'date', date));
      expect(errorsOf(folder)).toEqual([]);
    }
  });
});

describe('a link', () => {
  const withLink = (link: string) => {
    const folder = folderCopy();
    const file = firstFile(folder, 'pages/nl/');
    const text = edit(folder, file, (body) => `${body}\nLees [meer](${link}).\n`);
    return { lines: errorsOf(folder), where: `FOUT inhoud/${file}:${lineWith(text, 'Lees [meer]')} pagina "${keyOf(text)}": ` };
  };

  it('without https:// in front is refused with the address to write', () => {
    const { lines, where } = withLink('www.gemeente.nl/x');
    expect(lines).toEqual([`${where}De link www.gemeente.nl/x mist het begin, zodat de browser hem op deze site zoekt, waar hij niet is. Begin met https://: https://www.gemeente.nl/x`]);
  });

  it('starting with http: is refused, with the https address to write', () => {
    const { lines, where } = withLink('http://www.gemeente.nl/x');
    expect(lines).toEqual([`${where}De link http://www.gemeente.nl/x begint met http://. De site linkt alleen naar beveiligde adressen: schrijf https://www.gemeente.nl/x (en kijk of die pagina bestaat).`]);
  });

  it('to a page of this site that does not exist is refused', () => {
    const { lines, where } = withLink('/nl/bestaat-niet/');
    expect(lines).toEqual([expect.stringContaining(`${where}De link /nl/bestaat-niet/ leidt naar /nl/bestaat-niet/, maar die pagina heeft deze site niet.`)]);
  });

  it('to a script or another kind of address is refused', () => {
    expect(withLink('javascript:alert(1)').lines).toEqual([expect.stringContaining('De link javascript:alert(1) kan niet: alleen adressen die beginnen met https://, mailto: (e-mail) of tel: (telefoon)')]);
  });

  it('to https, mailto, tel or a page of this site that exists passes, from the root or relative', () => {
    const folder = folderCopy();
    const parents = [...folder.texts].find(([file, text]) => file.startsWith('pages/nl/') && /^key: parents$/m.test(text))!;
    const slug = /^slug: *(\S+)/m.exec(parents[1])![1];
    edit(folder, firstFile(folder, 'pages/nl/'), (body) => `${body}\n[a](https://www.rijksoverheid.nl/) [b](mailto:a@b.example) [c](tel:+31501234567) [d](/nl/${slug}/) [e](../${slug}/#faq) [f](/nl/${slug})\n`);
    expect(errorsOf(folder)).toEqual([]);
  });

  it('as a source address that starts with http: is refused by the schema, in Dutch', () => {
    const folder = folderCopy();
    const file = firstFile(folder, 'principles/nl/');
    const text = edit(folder, file, (body) => body.replace(/url: https:/, 'url: http:'));
    expect(errorsOf(folder)).toEqual([expect.stringMatching(new RegExp(`^FOUT inhoud/${file}:${lineWith(text, 'url: http:')} uitgangspunt "[^"]+", veld "[^"]*url": Moet een volledig webadres zijn dat begint met https://\\.$`))]);
  });
});

describe('raw HTML', () => {
  it('in a body is refused with its line, because parents would see it as code', () => {
    const folder = folderCopy();
    const file = firstFile(folder, 'situations/nl/');
    const text = edit(folder, file, (body) => `${body}\n<div class="let-op">Let op!</div>\n`);
    expect(errorsOf(folder)).toEqual([
      `FOUT inhoud/${file}:${lineWith(text, 'let-op')} situatie "${keyOf(text)}": HTML (<div class="let-op">Let op!</div>) wordt niet uitgevoerd, maar als code aan ouders getoond. Schrijf het in Markdown: **vet**, *schuin*, [linktekst](https://...), een lege regel voor een nieuwe alinea.`,
    ]);
  });

  it('in a field is refused with the field by name', () => {
    const folder = folderCopy();
    const file = 'checklist/school-wide.yaml';
    const id = (load(folder.texts.get(file)!) as { id: string }[])[0]!.id;
    const text = edit(folder, file, (list) => list.replace(/(\n {4}nl: )(.*)/, '$1<strong>$2</strong>'));
    expect(errorsOf(folder)).toEqual([expect.stringContaining(`${file}:${lineWith(text, '<strong>')} vraag "${id}", veld "text.nl": HTML (<strong>)`)]);
  });

  it('is not found in text that only uses the signs < and >', () => {
    const folder = folderCopy();
    edit(folder, firstFile(folder, 'pages/nl/'), (body) => `${body}\nKosten < € 50 en > € 10 tellen mee.\n`);
    expect(errorsOf(folder)).toEqual([]);
  });
});

describe('an image', () => {
  const withImage = (markdown: string, files: string[] = []) => {
    const folder = folderCopy();
    folder.otherFiles.push(...files);
    const file = firstFile(folder, 'pages/nl/');
    const text = edit(folder, file, (body) => `${body}\n${markdown}\n`);
    return { lines: errorsOf(folder), where: `FOUT inhoud/${file}:${lineWith(text, markdown)} pagina "${keyOf(text)}": ` };
  };

  it('in the content folder’s images/ with a description passes', () => {
    expect(withImage('![Kaart van de scholen](/images/kaart.png)', ['images/kaart.png']).lines).toEqual([]);
  });

  it('from another site is refused, with the advice to put it in the content folder', () => {
    const { lines, where } = withImage('![Kaart](https://example.com/kaart.png)');
    expect(lines).toEqual([
      `${where}De afbeelding https://example.com/kaart.png staat niet in de map met inhoud. De site laadt geen afbeeldingen van andere sites (de beveiliging van de site blokkeert ze). Zet het bestand in de map images/ van de inhoud en schrijf ![beschrijving](/images/kaart.png).`,
    ]);
  });

  it('that is not in the content folder is named with the file it looks for', () => {
    const { lines, where } = withImage('![Kaart](/images/kaart.png)', ['images/Kaart.png']);
    expect(lines).toEqual([`${where}De afbeelding /images/kaart.png is er niet: de map met inhoud heeft geen bestand images/kaart.png. Zet de afbeelding in de map images/, of controleer de naam (hoofdletters tellen mee).`]);
  });

  it('without a description is refused, for those who cannot see it', () => {
    const { lines } = withImage('![](/images/kaart.png)', ['images/kaart.png']);
    expect(lines).toEqual([expect.stringContaining('De afbeelding /images/kaart.png heeft geen beschrijving. Schrijf tussen de [ ] wat erop staat')]);
  });

  it('written as a path from the page is told the path to write', () => {
    expect(withImage('![Kaart](../../images/kaart.png)', ['images/kaart.png']).lines).toEqual([
      expect.stringContaining('Schrijf het pad van de afbeelding vanaf de map images/: /images/kaart.png in plaats van ../../images/kaart.png.'),
    ]);
  });
});

describe('a file YAML cannot read as meant', () => {
  it('an empty scheme file is explained, not a crash', () => {
    const folder = folderCopy();
    const scheme = firstFile(folder, 'schemes/');
    edit(folder, scheme, () => '\n');
    expect(errorsOf(folder)).toEqual([`FOUT inhoud/${scheme}: Dit bestand is leeg. Vul het in (neem een ander bestand in dezelfde map als voorbeeld) of verwijder het.`]);
  });

  it('a tab used to indent is named with its line, in plain words', () => {
    const folder = folderCopy();
    const scheme = firstFile(folder, 'schemes/');
    const text = edit(folder, scheme, (yaml) => yaml.replace(/\n {2}en:/, '\n\ten:'));
    expect(errorsOf(folder)).toEqual([
      `FOUT inhoud/${scheme}:${lineWith(text, '\ten:')}: Deze regel springt in met een tab. YAML accepteert alleen spaties: vervang de tab door spaties, evenveel als de regels van hetzelfde niveau erboven.`,
    ]);
  });

  it('a non-breaking space used to indent is named with its line, in plain words', () => {
    const folder = folderCopy();
    const file = firstFile(folder, 'pages/nl/');
    const text = edit(folder, file, (page) => page.replace(/\ntitle:/, '\n\u00a0\u00a0title:'));
    expect(errorsOf(folder)).toEqual([expect.stringMatching(new RegExp(`^FOUT inhoud/${file}:${lineWith(text, '\u00a0')}: Op deze regel staat een harde spatie \\(non-breaking space\\)`))]);
  });

  it('a phone number without quotes is explained: YAML reads it as a number and drops the 0', () => {
    const folder = folderCopy();
    const text = edit(folder, 'settings/site.yaml', (site) => site.replace(/^ {2}phone:.*\n/m, '').replace(/^contact:\n/m, 'contact:\n  phone: 0501234567\n'));
    expect(errorsOf(folder)).toEqual([
      `FOUT inhoud/settings/site.yaml:${lineWith(text, '0501234567')} veld "contact.phone": Het telefoonnummer 0501234567 wordt als getal gelezen, en de site zou 501234567 tonen. Zet het nummer tussen aanhalingstekens: phone: "0501234567".`,
    ]);
  });

  it('a colon inside a text is explained with the advice to use quotes', () => {
    const folder = folderCopy();
    const file = firstFile(folder, 'pages/nl/');
    edit(folder, file, (page) => setField(page, 'title', 'Let op: dit is: fout'));
    expect(errorsOf(folder)).toEqual([expect.stringContaining('YAML kan het bestand vanaf hier niet lezen.')]);
  });
});

describe('the house colour in the settings', () => {
  const withColour = (colour: string) => {
    const folder = folderCopy();
    const text = edit(folder, 'settings/site.yaml', (site) => `${site.replace(/^colour:.*\n/m, '')}colour: ${colour}\n`);
    return { lines: errorsOf(folder), line: lineWith(text, `colour: ${colour}`) };
  };

  it('without quotes is explained: YAML reads # as the start of a comment', () => {
    const { lines, line } = withColour('#00466e');
    expect(lines).toEqual([
      `FOUT inhoud/settings/site.yaml:${line} veld "colour": Zet de kleur tussen aanhalingstekens, bijvoorbeeld colour: "#00466e"; zonder die tekens leest YAML # als begin van een opmerking.`,
    ]);
  });

  it('too light for white text is refused in Dutch, with a darker colour to use', () => {
    const { lines } = withColour('"#ffee00"');
    expect(lines).toEqual([expect.stringMatching(/veld "colour": #ffee00 is te licht: witte tekst erop, .* Kies een donkerdere kleur, bijvoorbeeld #[0-9a-f]{6}\.$/)]);
  });
});

describe('a checklist question', () => {
  const file = 'checklist/activity.yaml';

  it('is named by its id, never by its position in the list', () => {
    const folder = folderCopy();
    const questions = load(folder.texts.get(file)!) as { id: string; text: { en: string } }[];
    const second = questions[1]!;
    const text = edit(folder, file, (list) => list.replace(`en: ${second.text.en}`, "en: ''"));
    const lines = errorsOf(folder);
    expect(lines).toEqual([`FOUT inhoud/${file}:${lineWith(text, "en: ''")} vraag "${second.id}", veld "text.en": Mag niet leeg zijn.`]);
    expect(lines[0]).not.toMatch(/\b1\.text/);
  });

  it('with a field the site does not know is named by its id and the field', () => {
    const folder = folderCopy();
    const id = (load(folder.texts.get(file)!) as { id: string }[])[0]!.id;
    const text = edit(folder, file, (list) => list.replace(`- id: ${id}\n`, `- id: ${id}\n  severity: sometimes\n`));
    expect(errorsOf(folder)).toEqual([
      `FOUT inhoud/${file}:${lineWith(text, 'severity')} vraag "${id}", veld "severity": De site kent het veld "severity" niet. Controleer de spelling (hoofdletters tellen mee) en de inspringing, of haal het weg.`,
    ]);
  });

  it('that tests a principle that does not exist is named by its id, with the keys to choose from', () => {
    const folder = folderCopy();
    const first = (load(folder.texts.get(file)!) as { id: string; principle: string }[])[0]!;
    const text = edit(folder, file, (list) => list.replace(`principle: ${first.principle}`, 'principle: bestaat-niet'));
    expect(errorsOf(folder)).toEqual([expect.stringMatching(new RegExp(`^FOUT inhoud/${file}:${lineWith(text, 'bestaat-niet')} vraag "${first.id}", veld "principle": Er is geen uitgangspunt met key "bestaat-niet"\\. Gebruik een van: `))]);
  });
});

describe('a missing translation', () => {
  it('stops the build and names the Dutch file whose English version is missing', () => {
    const folder = folderCopy();
    const english = firstFile(folder, 'principles/en/');
    const key = keyOf(folder.texts.get(english)!);
    folder.texts.delete(english);
    const dutch = [...folder.texts].find(([path, text]) => path.startsWith('principles/nl/') && keyOf(text) === key)![0];
    expect(errorsOf(folder)).toEqual([
      `FOUT inhoud/${dutch}:${lineWith(folder.texts.get(dutch)!, 'key:')} uitgangspunt "${key}", veld "key": Er is geen Engelse versie met key "${key}". Maak die aan in de map en/, met dezelfde key, zodat de taalknop ergens heen leidt.`,
    ]);
  });
});
