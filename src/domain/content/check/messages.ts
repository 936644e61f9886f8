import type { Lang } from '../../vocabulary';
import type { ContentProblem, ProblemCode, SubjectKind } from './problem';

// What the content check says, in the editor's language (Dutch unless asked otherwise): one line per
// problem with the file, the line, what it is about, the field, what is wrong and what to do.

type Params = ContentProblem['params'];
type Say = (p: Params) => string;

const MONTHS: Record<Lang, readonly string[]> = {
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/**
 * The schemas' own messages (written in English in src/domain/content and src/domain/checklist/schema.ts)
 * in Dutch. tests/unit/content-check-messages.test.ts fails when a schema gets a message that is not here.
 */
export const SCHEMA_MESSAGES_NL: Readonly<Record<string, string>> = {
  'a "law" basis needs a source: the article, with a link to wetten.overheid.nl': 'een grondslag "law" (wet) heeft een bron nodig: het artikel, met een link naar wetten.overheid.nl',
  'give at least an e-mail address, a phone number or a web address': 'geef minstens een e-mailadres, een telefoonnummer of een webadres',
  'give at least one basis': 'geef minstens één grondslag',
  'give at least one basis, so a parent knows whether this is the law': 'geef minstens één grondslag, zodat een ouder weet of dit de wet is',
  'give at least one source': 'geef minstens één bron',
  'give the answer in one sentence; explain more in the text below the frontmatter': 'geef het antwoord in één zin; leg meer uit in de tekst onder de tweede regel ---',
  'keep the answer under 200 characters': 'houd het antwoord onder de 200 tekens',
  'keep the description under 200 characters': 'houd de beschrijving onder de 200 tekens',
  'keep the message under 1200 characters: a school reads a short message first': 'houd het bericht onder de 1200 tekens: een school leest een kort bericht eerder',
  'keep the question under 100 characters': 'houd de vraag onder de 100 tekens',
  'keep the summary under 300 characters': 'houd de samenvatting onder de 300 tekens',
  'keep the title under 100 characters': 'houd de titel onder de 100 tekens',
  'keep the title under 80 characters': 'houd de titel onder de 80 tekens',
  'list at least one thing a parent can do': 'noem minstens één ding dat een ouder kan doen',
  'list at least one thing a parent can expect': 'noem minstens één ding dat een ouder mag verwachten',
  'list at least one thing a school does': 'noem minstens één ding dat een school doet',
  'must be A, B, C or D, the status the national register gives': 'moet A, B, C of D zijn: de status die het landelijke register geeft',
  'must be a date written as YYYY-MM-DD': 'moet een datum zijn, geschreven als JJJJ-MM-DD',
  'is not a day of the calendar; write the date as YYYY-MM-DD': 'is geen dag die bestaat; schrijf de datum als JJJJ-MM-DD',
  'must be a full web address starting with https://': 'moet een volledig webadres zijn dat begint met https://',
  'must be an e-mail address or a web address starting with https://': 'moet een e-mailadres zijn, of een webadres dat begint met https://',
  'must be an e-mail address': 'moet een e-mailadres zijn, zoals naam@gemeente.nl',
  'must be the address of the site itself, without "?" or "#"': 'moet het adres van de site zelf zijn, zonder "?" of "#"',
  'must not be empty': 'mag niet leeg zijn',
  'name at least one kind of activity': 'noem minstens één soort activiteit',
  'name at least one school type (po, vo, so)': 'noem minstens één schoolsoort (po, vo, so)',
  'name at least one school type': 'noem minstens één schoolsoort',
  'name at least one school type: po, vo or so': 'noem minstens één schoolsoort: po, vo of so',
  'name each school type once': 'noem elke schoolsoort maar één keer',
  'say whether it applies to po, vo or both': 'zeg of het geldt voor po, vo of allebei',
  'use lowercase letters, digits and single hyphens, e.g. "iedereen-doet-mee"': 'gebruik kleine letters, cijfers en losse streepjes, bijvoorbeeld "iedereen-doet-mee"',
  'write the date as YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2021': 'schrijf de datum als JJJJ, JJJJ-MM of JJJJ-MM-DD, bijvoorbeeld 2021',
  'is written by npm run check -- --mark-translated; do not type it yourself': 'wordt geschreven door npm run check -- --mark-translated; typ het niet zelf',
  'has the wrong form': 'heeft niet de goede vorm',
  'must be a file in the content folder, e.g. "images/logo.svg" (SVG, PNG, WebP or JPEG)':
    'moet een bestand in de map met inhoud zijn, bijvoorbeeld "images/logo.svg" (SVG, PNG, WebP of JPEG)',
  'write the colour in quotes, e.g. colour: "#00466e"; without them YAML reads # as the start of a comment':
    'zet de kleur tussen aanhalingstekens, bijvoorbeeld colour: "#00466e"; zonder die tekens leest YAML # als begin van een opmerking',
  'write the colour as # and six hexadecimal digits, e.g. "#00466e"': 'schrijf de kleur als # en zes hexadecimale tekens (0-9, a-f), bijvoorbeeld "#00466e"',
  'must be a web address starting with https://': 'moet een webadres zijn dat begint met https://',
  'must be github or gitlab': 'moet github of gitlab zijn',
  'must not be empty; leave the whole entry out to use the standard text': 'mag niet leeg zijn; laat het hele onderdeel weg om de standaardtekst te gebruiken',
  'write the repository as owner/name, as in its web address, e.g. "gemeente-voorbeeld/schoolkosten"':
    'schrijf de repository als eigenaar/naam, zoals in het webadres, bijvoorbeeld "gemeente-voorbeeld/schoolkosten"',
};

/** Schema messages with values in them (a colour, a ratio), in Dutch. */
const SCHEMA_PATTERNS_NL: readonly [RegExp, string][] = [
  [
    /^(#[0-9a-f]{6}) is too light: white text on it, and the colour as text on the white page, reach a contrast of ([\d.,]+):1 and need at least ([\d.,]+):1 \(WCAG AA\)\. Use a darker colour, e\.g\. (#[0-9a-f]{6})\.$/i,
    '$1 is te licht: witte tekst erop, en de kleur als tekst op de witte pagina, halen een contrast van $2:1 en dat moet minstens $3:1 zijn (WCAG AA). Kies een donkerdere kleur, bijvoorbeeld $4',
  ],
  [/^\{(\w+)\} is not filled in here; use (.+), or no braces at all$/, '{$1} wordt hier niet ingevuld; gebruik $2, of helemaal geen accolades'],
];

/** A schema's English message in Dutch; one without a Dutch version stays English rather than disappear. */
function schemaMessageInDutch(message: string): string {
  const exact = SCHEMA_MESSAGES_NL[message];
  if (exact) return exact;
  const pattern = SCHEMA_PATTERNS_NL.find(([english]) => english.test(message));
  return pattern ? message.replace(pattern[0], pattern[1]) : message;
}

const SUBJECTS: Record<Lang, Record<SubjectKind, string>> = {
  nl: { principle: 'uitgangspunt', page: 'pagina', situation: 'situatie', scheme: 'regeling', question: 'vraag', template: 'voorbeeldactiviteit' },
  en: { principle: 'principle', page: 'page', situation: 'situation', scheme: 'scheme', question: 'question', template: 'template' },
};

const KINDS: Record<Lang, Record<string, string>> = {
  nl: { text: 'tekst', number: 'een getal', list: 'een lijst', fields: 'velden', boolean: 'true of false', date: 'een datum', empty: 'niets' },
  en: { text: 'text', number: 'a number', list: 'a list', fields: 'fields', boolean: 'true or false', date: 'a date', empty: 'nothing' },
};

const TYPE_ADVICE: Record<Lang, Record<string, string>> = {
  nl: {
    text: 'Zet de tekst tussen aanhalingstekens ("...") als hij begint met een getal, ja/nee, of een teken als : # - [ {.',
    number: 'Schrijf alleen het getal, zonder aanhalingstekens.',
    list: 'Zet elk onderdeel op een eigen regel die begint met "- ", ingesprongen onder deze regel.',
    fields: 'Zet de velden op eigen regels onder deze regel, met twee spaties ingesprongen.',
    boolean: 'Schrijf true (ja) of false (nee).',
  },
  en: {
    text: 'Put the text between quotes ("...") when it starts with a number, yes/no, or a sign such as : # - [ {.',
    number: 'Write only the number, without quotes.',
    list: 'Put each item on its own line starting with "- ", indented below this line.',
    fields: 'Put the fields on their own lines below this line, indented by two spaces.',
    boolean: 'Write true or false.',
  },
};

const LANG_NAMES: Record<Lang, Record<string, string>> = { nl: { nl: 'Nederlandse', en: 'Engelse' }, en: { nl: 'Dutch', en: 'English' } };

const s = (value: string | number | undefined) => String(value ?? '');

/** The advice for a YAML text that cannot be read, from js-yaml's reason. */
function yamlAdvice(lang: Lang, reason: string): string {
  const nl = lang === 'nl';
  if (/duplicated mapping key/.test(reason)) return nl ? 'Een veld staat hier twee keer in hetzelfde blok; haal er één weg.' : 'A field is written twice in the same block; remove one.';
  if (/quoted scalar|deficient indentation/.test(reason)) {
    return nl
      ? 'Wordt er een aanhalingsteken (" of \') geopend en niet gesloten? Sluit het aan het eind van de tekst.'
      : 'Is a quote (" or \') opened and not closed? Close it at the end of the text.';
  }
  if (/indentation/.test(reason)) {
    return nl
      ? 'De inspringing klopt niet: velden op hetzelfde niveau beginnen precies onder elkaar, met spaties; een lijstregel (- ) ook. Staat er in de tekst een dubbele punt met een spatie erachter? Zet de tekst dan tussen aanhalingstekens.'
      : 'The indentation is wrong: fields at the same level start exactly below each other, with spaces; so do list lines (- ). Does the text hold a colon followed by a space? Then put the text between quotes.';
  }
  return nl
    ? 'Staat er in de tekst een dubbele punt met een spatie erachter (: ), of begint de tekst met een teken als # [ { * &? Zet de hele tekst dan tussen aanhalingstekens. Controleer ook de inspringing.'
    : 'Does the text hold a colon followed by a space (: ), or start with a sign such as # [ { * &? Then put the whole text between quotes. Check the indentation too.';
}

const MESSAGES: Record<Lang, Record<ProblemCode, Say>> = {
  nl: {
    'empty-file': () => 'Dit bestand is leeg. Vul het in (neem een ander bestand in dezelfde map als voorbeeld) of verwijder het.',
    'no-frontmatter': () =>
      'Het bestand begint niet met de gegevens tussen twee regels ---. Zet bovenaan een regel met ---, daaronder de velden (zoals title: ...), dan weer een regel met ---, en daaronder de tekst.',
    'not-a-mapping': () => 'Hier horen velden, elk op een eigen regel als naam: waarde (bijvoorbeeld title: Iedereen doet mee).',
    'not-a-list': () => 'Dit bestand moet een lijst zijn: elk onderdeel begint met een regel "- id: ...".',
    'missing-file': () => 'Dit bestand ontbreekt; de site kan niet zonder. Kopieer het uit de map content/ van het project en pas het aan.',
    'page-missing': (p) =>
      `Er is geen pagina met key: ${s(p.key)} in de map ${s(p.folder)}. De site kan niet zonder (het menu en de voettekst linken ernaar); kopieer er een uit de map content/ van het project en pas hem aan.`,
    'ignored-file': (p) =>
      `De site leest dit bestand niet. ${p.hint === 'yml' ? 'Noem het .yaml in plaats van .yml.' : p.hint === 'language' ? 'Zet het in de map nl/ of en/.' : 'Hoort het in een andere map? Zo niet, dan kunt u het weghalen.'}`,
    'image-in-wrong-place': () => 'Een afbeelding hoort in de map images/ van de inhoud; daar haalt de site haar vandaan.',
    'tab-indent': () =>
      'Deze regel springt in met een tab. YAML accepteert alleen spaties: vervang de tab door spaties, evenveel als de regels van hetzelfde niveau erboven.',
    'nbsp-indent': () =>
      'Op deze regel staat een harde spatie (non-breaking space), vaak meegekomen bij kopiëren uit Word of een webpagina. Hij lijkt op een spatie, maar YAML leest hem als letter. Typ de spaties aan het begin van de regel en na de dubbele punt of het streepje opnieuw.',
    'yaml-syntax': (p) => `YAML kan het bestand vanaf hier niet lezen. ${yamlAdvice('nl', s(p.reason))} (YAML meldt: ${s(p.reason)})`,
    'field-missing': (p) => (p.empty ? `Het veld ${s(p.name)} is leeg. Vul het in.` : `Het veld ${s(p.name)} ontbreekt. Voeg het toe.`),
    'field-unknown': (p) => `De site kent het veld "${s(p.name)}" niet. Controleer de spelling (hoofdletters tellen mee) en de inspringing, of haal het weg.`,
    'wrong-type': (p) => `Hier hoort ${KINDS.nl[s(p.expected)] ?? s(p.expected)}, maar er staat ${KINDS.nl[s(p.got)] ?? s(p.got)}. ${TYPE_ADVICE.nl[s(p.expected)] ?? ''}`.trim(),
    'number-as-text': (p) => `YAML leest ${s(p.raw)} als getal (${s(p.read)}), maar hier hoort tekst. Zet het tussen aanhalingstekens: "${s(p.raw)}".`,
    'phone-as-number': (p) =>
      `Het telefoonnummer ${s(p.raw)} wordt als getal gelezen, en de site zou ${s(p.read)} tonen. Zet het nummer tussen aanhalingstekens: phone: "${s(p.raw)}".`,
    'date-format': (p) =>
      (p.noSuchDay ? `"${s(p.raw)}" is een dag die niet bestaat; kijk de maand en de dag na.` : `"${s(p.raw)}" is geen datum die de site kan lezen.`) +
      ' Schrijf een datum als JJJJ-MM-DD (jaar-maand-dag), bijvoorbeeld 2020-10-07.' +
      (p.suggestion ? ` Bedoelt u ${s(p.day)} ${MONTHS.nl[Number(p.month) - 1]} ${s(p.year)}? Schrijf dan ${s(p.suggestion)}.` : ''),
    'choose-one': (p) => `"${s(p.raw)}" kan hier niet. Kies een van: ${s(p.options)}.`,
    'too-small': (p) =>
      p.origin === 'string' ? `Is te kort: minstens ${s(p.limit)} tekens.` : p.origin === 'array' ? `Noem er minstens ${s(p.limit)}.` : p.inclusive ? `Moet minstens ${s(p.limit)} zijn.` : `Moet groter zijn dan ${s(p.limit)}.`,
    'too-big': (p) =>
      p.origin === 'string' ? `Is te lang: hooguit ${s(p.limit)} tekens.` : p.origin === 'array' ? `Noem er hooguit ${s(p.limit)}.` : p.inclusive ? `Mag hooguit ${s(p.limit)} zijn.` : `Moet kleiner zijn dan ${s(p.limit)}.`,
    'schema-rule': (p) => `${capitalise(schemaMessageInDutch(s(p.en))).replace(/\.$/, '')}.`,
    'raw-html': (p) =>
      `HTML (${s(p.html)}) wordt niet uitgevoerd, maar als code aan ouders getoond. Schrijf het in Markdown: **vet**, *schuin*, [linktekst](https://...), een lege regel voor een nieuwe alinea.`,
    'link-http': (p) => `De link ${s(p.url)} begint met http://. De site linkt alleen naar beveiligde adressen: schrijf ${s(p.suggestion)} (en kijk of die pagina bestaat).`,
    'link-no-scheme': (p) =>
      `De link ${s(p.url)} mist het begin, zodat de browser hem op deze site zoekt, waar hij niet is. Begin met https://: ${s(p.suggestion)}`,
    'link-scheme': (p) => `De link ${s(p.url)} kan niet: alleen adressen die beginnen met https://, mailto: (e-mail) of tel: (telefoon), of een pagina van deze site.`,
    'link-unknown-page': (p) =>
      `De link ${s(p.url)} leidt naar ${s(p.path)}, maar die pagina heeft deze site niet. Controleer het pad; pagina's van deze site beginnen met /nl/ of /en/. Een andere site? Begin dan met https://.`,
    'link-relative-in-yaml': (p) =>
      `De link ${s(p.url)} is een pad zonder begin. Deze tekst staat niet op één vaste pagina: schrijf het hele pad vanaf /, bijvoorbeeld /nl/ouders/, of een volledig adres met https://.`,
    'image-outside': (p) =>
      `De afbeelding ${s(p.src)} staat niet in de map met inhoud. De site laadt geen afbeeldingen van andere sites (de beveiliging van de site blokkeert ze). Zet het bestand in de map images/ van de inhoud en schrijf ![beschrijving](/images/${s(p.name)}).`,
    'image-missing': (p) => `De afbeelding ${s(p.src)} is er niet: de map met inhoud heeft geen bestand ${s(p.name)}. Zet de afbeelding in de map images/, of controleer de naam (hoofdletters tellen mee).`,
    'image-path': (p) => `Schrijf het pad van de afbeelding vanaf de map images/: ${s(p.suggestion)} in plaats van ${s(p.src)}.`,
    'image-alt': (p) =>
      `De afbeelding ${s(p.src)} heeft geen beschrijving. Schrijf tussen de [ ] wat erop staat, voor wie de afbeelding niet kan zien, bijvoorbeeld ![Kaart met de scholen in de gemeente](${s(p.src)}).`,
    'list-merged': (p) =>
      `Deze regel ("${s(p.text)}") lijkt een punt van een lijst, maar wordt ${p.code ? 'als code getoond' : 'aan de regel ervoor geplakt'}. Laat de punten van één lijst even ver inspringen (zonder inspringen, of 2 spaties voor een punt onder een punt), zet een lege regel vóór de lijst en begin een genummerde lijst met 1.` +
      (p.nbsp ? ' Vooraan staat een harde spatie (non-breaking space); typ die opnieuw als gewone spatie.' : ''),
    'translation-missing': (p) =>
      `Er is geen ${LANG_NAMES.nl[s(p.lang)] ?? s(p.lang)} versie met key "${s(p.key)}". Maak die aan in de map ${s(p.lang)}/, met dezelfde key, zodat de taalknop ergens heen leidt.`,
    'not-unique': (p) => `"${s(p.value)}" wordt ook gebruikt door ${s(p.other)}. Kies iets anders: binnen één taal moet het uniek zijn.`,
    'order-differs': (p) => `De plaats in de lijst (order) is hier ${s(p.here)} en in ${s(p.other)} ${s(p.there)}. Gebruik in beide talen dezelfde.`,
    'unknown-principle': (p) => `Er is geen uitgangspunt met key "${s(p.key)}". Gebruik een van: ${s(p.known)}.`,
    'duplicate-id': (p) => `De id "${s(p.id)}" wordt twee keer gebruikt. Geef elk een eigen id; gebruik een oude id nooit opnieuw, want opgeslagen zelfevaluaties verwijzen ernaar.`,
    'revised-too-new': (p) => `revised is ${s(p.revised)}, maar de vragenlijst heeft versie ${s(p.version)}. Verhoog version in ${s(p.meta)} naar ${s(p.revised)}, of zet revised op ${s(p.version)}.`,
    'kind-without-questions': (p) => `Voor activiteiten van de soort "${s(p.kind)}" is geen enkele vraag. Voeg er een toe met kinds: [${s(p.kind)}].`,
    'translation-outdated': (p) =>
      `De Nederlandse tekst (${s(p.source)}) is gewijzigd sinds deze vertaling. Werk de Engelse tekst bij en meld daarna dat hij weer klopt: npm run check -- --mark-translated ${s(p.target)}`,
    'translation-unmarked': (p) =>
      `Nog niet gemeld welke versie van de Nederlandse tekst (${s(p.source)}) dit vertaalt. Controleer de vertaling en meld dan: npm run check -- --mark-translated ${s(p.target)}`,
  },
  en: {
    'empty-file': () => 'This file is empty. Fill it in (use another file in the same folder as an example) or delete it.',
    'no-frontmatter': () =>
      'The file does not start with its data between two lines ---. Put a line --- at the top, the fields below it (such as title: ...), then another line ---, and the text below that.',
    'not-a-mapping': () => 'Fields belong here, each on its own line as name: value (for example title: Everyone takes part).',
    'not-a-list': () => 'This file must be a list: each item starts with a line "- id: ...".',
    'missing-file': () => 'This file is missing and the site cannot do without it. Copy it from the project\'s content/ folder and adapt it.',
    'page-missing': (p) =>
      `There is no page with key: ${s(p.key)} in the folder ${s(p.folder)}. The site cannot do without it (the menu and footer link to it); copy one from the project's content/ folder and adapt it.`,
    'ignored-file': (p) =>
      `The site does not read this file. ${p.hint === 'yml' ? 'Name it .yaml instead of .yml.' : p.hint === 'language' ? 'Put it in the folder nl/ or en/.' : 'Does it belong in another folder? If not, you can remove it.'}`,
    'image-in-wrong-place': () => 'An image belongs in the content folder\'s images/ folder; the site takes it from there.',
    'tab-indent': () => 'This line is indented with a tab. YAML accepts only spaces: replace the tab with spaces, as many as the lines of the same level above.',
    'nbsp-indent': () =>
      'This line holds a non-breaking space, often copied along from Word or a web page. It looks like a space, but YAML reads it as a letter. Type the spaces at the start of the line and after the colon or dash again.',
    'yaml-syntax': (p) => `YAML cannot read the file from here on. ${yamlAdvice('en', s(p.reason))} (YAML says: ${s(p.reason)})`,
    'field-missing': (p) => (p.empty ? `The field ${s(p.name)} is empty. Fill it in.` : `The field ${s(p.name)} is missing. Add it.`),
    'field-unknown': (p) => `The site does not know the field "${s(p.name)}". Check the spelling (capitals count) and the indentation, or remove it.`,
    'wrong-type': (p) => `${capitalise(KINDS.en[s(p.expected)] ?? s(p.expected))} belongs here, but this is ${KINDS.en[s(p.got)] ?? s(p.got)}. ${TYPE_ADVICE.en[s(p.expected)] ?? ''}`.trim(),
    'number-as-text': (p) => `YAML reads ${s(p.raw)} as a number (${s(p.read)}), but text belongs here. Put it between quotes: "${s(p.raw)}".`,
    'phone-as-number': (p) => `The phone number ${s(p.raw)} is read as a number, and the site would show ${s(p.read)}. Put the number between quotes: phone: "${s(p.raw)}".`,
    'date-format': (p) =>
      (p.noSuchDay ? `"${s(p.raw)}" is a day that does not exist; check the month and the day.` : `"${s(p.raw)}" is not a date the site can read.`) +
      ' Write a date as YYYY-MM-DD (year-month-day), for example 2020-10-07.' +
      (p.suggestion ? ` Do you mean ${s(p.day)} ${MONTHS.en[Number(p.month) - 1]} ${s(p.year)}? Then write ${s(p.suggestion)}.` : ''),
    'choose-one': (p) => `"${s(p.raw)}" is not possible here. Choose one of: ${s(p.options)}.`,
    'too-small': (p) =>
      p.origin === 'string' ? `Too short: at least ${s(p.limit)} characters.` : p.origin === 'array' ? `Give at least ${s(p.limit)}.` : p.inclusive ? `Must be at least ${s(p.limit)}.` : `Must be more than ${s(p.limit)}.`,
    'too-big': (p) =>
      p.origin === 'string' ? `Too long: at most ${s(p.limit)} characters.` : p.origin === 'array' ? `Give at most ${s(p.limit)}.` : p.inclusive ? `Must be at most ${s(p.limit)}.` : `Must be less than ${s(p.limit)}.`,
    'schema-rule': (p) => `${capitalise(s(p.en)).replace(/\.$/, '')}.`,
    'raw-html': (p) =>
      `HTML (${s(p.html)}) is not run but shown to parents as code. Write it in Markdown: **bold**, *italic*, [link text](https://...), an empty line for a new paragraph.`,
    'link-http': (p) => `The link ${s(p.url)} starts with http://. The site links to secure addresses only: write ${s(p.suggestion)} (and check that the page exists).`,
    'link-no-scheme': (p) => `The link ${s(p.url)} lacks its beginning, so the browser looks for it on this site, where it is not. Start with https://: ${s(p.suggestion)}`,
    'link-scheme': (p) => `The link ${s(p.url)} is not allowed: only addresses starting with https://, mailto: (e-mail) or tel: (phone), or a page of this site.`,
    'link-unknown-page': (p) =>
      `The link ${s(p.url)} leads to ${s(p.path)}, a page this site does not have. Check the path; pages of this site start with /nl/ or /en/. Another site? Then start with https://.`,
    'link-relative-in-yaml': (p) =>
      `The link ${s(p.url)} is a path without a beginning. This text is not on one fixed page: write the whole path from /, for example /en/parents/, or a full address with https://.`,
    'image-outside': (p) =>
      `The image ${s(p.src)} is not in the content folder. The site loads no images from other sites (its security blocks them). Put the file in the content folder's images/ folder and write ![description](/images/${s(p.name)}).`,
    'image-missing': (p) => `The image ${s(p.src)} is not there: the content folder has no file ${s(p.name)}. Put the image in the images/ folder, or check the name (capitals count).`,
    'image-path': (p) => `Write the image's path from the images/ folder: ${s(p.suggestion)} instead of ${s(p.src)}.`,
    'image-alt': (p) =>
      `The image ${s(p.src)} has no description. Write between the [ ] what it shows, for those who cannot see it, for example ![Map of the schools in the municipality](${s(p.src)}).`,
    'list-merged': (p) =>
      `This line ("${s(p.text)}") looks like a list item, but ${p.code ? 'is shown as code' : 'is joined to the line before it'}. Indent the items of one list equally (not at all, or 2 spaces for an item below an item), put an empty line before the list and start a numbered list at 1.` +
      (p.nbsp ? ' It starts with a non-breaking space; type it again as a normal space.' : ''),
    'translation-missing': (p) =>
      `There is no ${LANG_NAMES.en[s(p.lang)] ?? s(p.lang)} version with key "${s(p.key)}". Add one in the folder ${s(p.lang)}/, with the same key, so the language switch leads somewhere.`,
    'not-unique': (p) => `"${s(p.value)}" is also used by ${s(p.other)}. Choose another: within one language it must be unique.`,
    'order-differs': (p) => `The position in the list (order) is ${s(p.here)} here and ${s(p.there)} in ${s(p.other)}. Use the same in both languages.`,
    'unknown-principle': (p) => `No principle has key "${s(p.key)}". Use one of: ${s(p.known)}.`,
    'duplicate-id': (p) => `The id "${s(p.id)}" is used twice. Give each its own id; never reuse an old id, because saved self-assessments refer to it.`,
    'revised-too-new': (p) => `revised is ${s(p.revised)}, but the checklist is at version ${s(p.version)}. Raise version in ${s(p.meta)} to ${s(p.revised)}, or set revised to ${s(p.version)}.`,
    'kind-without-questions': (p) => `No question is asked for activities of kind "${s(p.kind)}". Add one with kinds: [${s(p.kind)}].`,
    'translation-outdated': (p) =>
      `The Dutch text (${s(p.source)}) has changed since this translation. Update the English text, then record that it is up to date: npm run check -- --mark-translated ${s(p.target)}`,
    'translation-unmarked': (p) =>
      `Which version of the Dutch text (${s(p.source)}) this translates has not been recorded. Check the translation, then record it: npm run check -- --mark-translated ${s(p.target)}`,
  },
};

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A field as an editor finds it: `sources nr. 2 › url`, never `sources.1.url`. */
export function describeField(field: readonly (string | number)[], lang: Lang): string {
  const parts: string[] = [];
  for (const segment of field) {
    if (typeof segment === 'number') parts.push(`${lang === 'nl' ? 'nr.' : 'no.'} ${segment + 1}`);
    else if (parts.length && !/^(nr|no)\. \d+$/.test(parts.at(-1)!)) parts[parts.length - 1] += `.${segment}`;
    else parts.push(segment);
  }
  return parts.join(' ').replace(/ ((?:nr|no)\. \d+) /g, ' $1 › ');
}

/** What is wrong and what to do, without where. */
function describeProblem(problem: Pick<ContentProblem, 'code' | 'params'>, lang: Lang): string {
  return MESSAGES[lang][problem.code](problem.params);
}

/** Parameters that name a file inside the content folder. */
const PATH_PARAMS = new Set(['source', 'target', 'meta', 'other']);

const LABELS: Record<Lang, Record<ContentProblem['severity'], string>> = { nl: { error: 'FOUT', warning: 'LET OP' }, en: { error: 'ERROR', warning: 'WARNING' } };

/**
 * One line: `FOUT content/principles/nl/01-x.md:12 uitgangspunt "x", veld "title": ...`. `folder` is the
 * content folder as the editor knows it (e.g. `content` or `tests/fixtures/content-fictional`).
 */
export function formatProblemLine(problem: ContentProblem, lang: Lang, folder: string): string {
  const prefix = folder ? `${folder.replace(/\/$/, '')}/` : '';
  const file = `${prefix}${problem.file}${problem.line ? `:${problem.line}` : ''}`;
  // Files named inside a message are inside the content folder too: the editor sees the whole path.
  const params = Object.fromEntries(Object.entries(problem.params).map(([key, value]) => [key, PATH_PARAMS.has(key) ? `${prefix}${value}` : value]));
  const about = [
    problem.subject ? `${SUBJECTS[lang][problem.subject.kind]} "${problem.subject.id}"` : '',
    problem.field?.length ? `${lang === 'nl' ? 'veld' : 'field'} "${describeField(problem.field, lang)}"` : '',
  ].filter(Boolean);
  return `${LABELS[lang][problem.severity]} ${file}${about.length ? ` ${about.join(', ')}` : ''}: ${describeProblem({ code: problem.code, params }, lang)}`;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The whole report: a heading with the counts, one line per problem, and what happens next. */
export function formatReport(problems: readonly ContentProblem[], lang: Lang, folder: string, during: 'build' | 'dev' = 'build'): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const nl = lang === 'nl';
  const counts = nl
    ? `${plural(errors, 'fout', 'fouten')}, ${plural(warnings, 'waarschuwing', 'waarschuwingen')}`
    : `${plural(errors, 'error', 'errors')}, ${plural(warnings, 'warning', 'warnings')}`;
  if (!problems.length) return nl ? `Inhoud van ${folder} gecontroleerd: alles in orde.` : `Content of ${folder} checked: all is well.`;
  const heading = nl ? `Inhoud van ${folder} gecontroleerd: ${counts}.` : `Content of ${folder} checked: ${counts}.`;
  const next = errors
    ? during === 'dev'
      ? nl
        ? 'De browser toont deze fouten in plaats van de pagina. Los ze op en sla het bestand op: de pagina ververst dan vanzelf.'
        : 'The browser shows these errors instead of the page. Solve them and save the file: the page then reloads by itself.'
      : nl
        ? 'De site wordt pas gebouwd als de fouten zijn opgelost. Controleer opnieuw met: npm run check'
        : 'The site is built only when the errors are solved. Check again with: npm run check'
    : nl
      ? 'Waarschuwingen houden de bouw niet tegen.'
      : 'Warnings do not stop the build.';
  return [heading, '', ...problems.map((problem) => formatProblemLine(problem, lang, folder)), '', next].join('\n');
}

type MarkOutcome = 'marked' | 'unknown-file' | 'not-translatable' | 'unreadable' | 'no-twin';
const MARK: Record<Lang, Record<MarkOutcome, Say>> = {
  nl: {
    marked: (p) => `Vastgelegd: ${s(p.target)} vertaalt nu versie ${s(p.code)} van ${s(p.source)}.`,
    'unknown-file': (p) => `${s(p.file)}: dat bestand (of die vraag) is er niet in ${s(p.folder)}.`,
    'not-translatable': (p) =>
      `${s(p.file)}: dit bestand heeft geen vertaling om vast te leggen. Dat kan voor principles/, pages/, situations/, schemes/, settings/site.yaml en de vragenlijst (checklist/).`,
    unreadable: (p) => `${s(p.file)}: het bestand kan niet gelezen worden. Los eerst de fouten op die npm run check noemt.`,
    'no-twin': (p) => `${s(p.file)}: er is geen Nederlandse en Engelse versie met dezelfde key.`,
  },
  en: {
    marked: (p) => `Recorded: ${s(p.target)} now translates version ${s(p.code)} of ${s(p.source)}.`,
    'unknown-file': (p) => `${s(p.file)}: that file (or question) is not in ${s(p.folder)}.`,
    'not-translatable': (p) =>
      `${s(p.file)}: this file has no translation to record. That is possible for principles/, pages/, situations/, schemes/, settings/site.yaml and the checklist (checklist/).`,
    unreadable: (p) => `${s(p.file)}: the file cannot be read. First solve the errors that npm run check names.`,
    'no-twin': (p) => `${s(p.file)}: there is no Dutch and English version with the same key.`,
  },
};

/** What `npm run check -- --mark-translated` says about one file. */
export const describeMark = (outcome: MarkOutcome, params: Params, lang: Lang) => MARK[lang][outcome](params);
