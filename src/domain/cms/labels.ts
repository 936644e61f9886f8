/**
 * The Dutch words of the editing screen (/admin/) for the content fields: a label for each field and,
 * where the field's rule is not obvious, a hint. The fields themselves come from the zod schemas
 * (fields.ts); tests/unit/cms-config.test.ts fails when a schema field has no label here, so a new field
 * cannot reach the editing screen as a bare name.
 *
 * Looked up from the most to the least specific: `<collection>:<path>`, `<path>`, then the field's
 * own name. A path is the field names joined by dots, without list positions (`basis.source.url`).
 */
export interface FieldText {
  label: string;
  hint?: string;
  /** A widget that suits the field better than the one its type gives (fields.ts). */
  widget?: 'text' | 'markdown' | 'image' | 'color' | 'readonly' | 'hidden';
  /** Shown in its own widget (a choice with its words) but not changed on the screen. */
  locked?: boolean;
  /** Words for the values of a choice, or for the kinds of a field that comes in kinds; the value itself is what is saved. */
  options?: Readonly<Record<string, string>>;
}

const SCHOOL_TYPES = { po: 'po: basisschool', vo: 'vo: middelbare school', so: 'so: speciaal onderwijs' } as const;
const BASIS_KINDS = { law: 'Wet', guidance: 'Uitleg van de overheid', agreement: 'Lokale afspraak', practice: 'Goede praktijk' } as const;

const KEY_HINT = 'Kleine letters, cijfers en koppeltekens, bijvoorbeeld iedereen-doet-mee. Hetzelfde in beide talen; verander het niet meer als de site eenmaal online staat.';
const BASIS_KIND_HINT = 'law = staat in de wet (met bron); guidance = uitleg van de overheid; agreement = lokale afspraak; practice = goede praktijk.';
const WORDING_HINT = 'Leeg laten voor de standaardtekst. Tussen { } staan woorden die de site zelf invult, zoals {agreement}.';

export const FIELD_TEXTS: Readonly<Record<string, FieldText>> = {
  // Shared names
  key: { label: 'Sleutel', hint: KEY_HINT },
  order: { label: 'Volgorde', hint: 'De plaats in de lijst: 1, 2, 3 … Hetzelfde in beide talen.' },
  title: { label: 'Titel' },
  slug: { label: 'Laatste deel van het webadres', hint: 'Kleine letters, cijfers en koppeltekens; per taal een eigen woord.' },
  summary: { label: 'Samenvatting', hint: 'Een of twee zinnen voor lijsten, zoekresultaten en zoekmachines.' },
  description: { label: 'Beschrijving voor zoekmachines', hint: 'Hoogstens 200 tekens.' },
  schoolTypes: { label: 'Schoolsoorten', options: SCHOOL_TYPES },
  nl: { label: 'Nederlands' },
  en: { label: 'English' },
  name: { label: 'Naam' },
  url: { label: 'Webadres', hint: 'Een volledig adres dat begint met https://' },
  date: { label: 'Datum', hint: 'Als JJJJ-MM-DD, bijvoorbeeld 2020-10-07.' },
  text: { label: 'Tekst', widget: 'text' },
  email: { label: 'E-mailadres' },
  phone: { label: 'Telefoonnummer', hint: 'Zoals lezers het zien, bijvoorbeeld 020 123 45 67.' },
  contact: { label: 'Contact' },
  source: { label: 'Bron', hint: 'Waar een lezer dit kan nalezen.' },
  sources: { label: 'Bronnen', hint: 'Officiële pagina’s om verder te lezen.' },
  basis: { label: 'Waarop rust dit?', hint: 'Per deel: wet, uitleg van de overheid, lokale afspraak of goede praktijk.' },
  'basis.kind': { label: 'Soort', hint: BASIS_KIND_HINT, options: BASIS_KINDS },
  'basis.text': { label: 'Wat rust hierop?', widget: 'text' },
  'source.title': { label: 'Naam van de bron', hint: 'Bijvoorbeeld: Rijksoverheid – Is de ouderbijdrage verplicht?' },
  'sources.title': { label: 'Naam van de bron' },
  translationOf: {
    label: 'Vertaald van versie',
    widget: 'readonly',
    hint: 'Alleen in het Engels. Na het vertalen vult npm run check dit in; npm run check noemt ook vertalingen die ontbreken of verouderd zijn.',
  },

  // Principles
  origin: { label: 'Herkomst', hint: 'Uit een gepubliceerd akkoord, of door de gemeente zelf toegevoegd.', options: { agreement: 'Uit een gepubliceerd akkoord', municipality: 'Door de gemeente zelf toegevoegd' } },
  'origin.kind': { label: 'Herkomst' },
  'origin.agreement': { label: 'Naam van het akkoord', hint: 'Zoals gepubliceerd, in de taal van deze tekst.' },
  'origin.date': { label: 'Datum van het akkoord', hint: 'Zo precies als bekend: 2021, 2021-07 of 2021-07-01.' },
  'origin.schoolTypes': { label: 'Schoolsoorten in het akkoord', options: SCHOOL_TYPES },
  'principles:schoolTypes': { label: 'Schoolsoorten waarvoor het geldt', hint: 'Ruimer dan het akkoord? Dan zegt de pagina dat de gemeente het uitbreidt.', options: SCHOOL_TYPES },
  school: { label: 'Wat doet de school?', hint: 'Eén zin per punt.' },
  parents: { label: 'Wat mag een ouder verwachten?', hint: 'Eén zin per punt.' },

  // Pages
  // Which fixed page this is, shown so an editor can tell the home page (its slug is hidden, below) from the
  // others; locked, because the site places each kind of page itself (src/lib/routes.ts). The screen shows
  // no hint under a locked field, so what it means is said under the title, the next field.
  'pages:key': {
    label: 'Soort pagina',
    locked: true,
    hint: 'De site weet waar elke soort pagina staat; dit kunt u niet veranderen.',
    options: {
      home: 'Startpagina',
      parents: 'Voor ouders',
      urgent: 'Er gaat iets mis',
      glossary: 'Begrippen',
      about: 'Over deze site',
      privacy: 'Privacy',
      accessibility: 'Toegankelijkheid',
    },
  },
  'pages:title': {
    label: 'Titel',
    hint: 'Is de soort pagina hierboven **Startpagina**, dan is dit de eerste pagina van de site, op het beginadres (/nl/ en /en/). Het webadres van de vaste pagina’s staat niet in dit scherm: het ligt vast (redactiegids, hoofdstuk 5).',
  },
  // Kept as it is: the home page's is empty, which the screen would refuse as a missing value or leave out on
  // saving; and changing a fixed page's address breaks every link to it (src/lib/routes.ts).
  'pages:slug': { label: 'Laatste deel van het webadres', widget: 'hidden' },
  faq: { label: 'Veelgestelde vragen' },
  'faq.question': { label: 'Vraag' },
  'faq.answer': { label: 'Antwoord', widget: 'markdown' },

  // Situations
  topic: { label: 'Groep', options: { activities: 'Uitjes, reizen en feesten', things: 'Spullen en voorzieningen', paying: 'Betalen en de bijdrage', scope: 'Voor welke scholen?' } },
  'questions:topic': { label: 'Onderwerp' },
  'situations:title': { label: 'Vraag zoals een ouder die stelt', hint: 'Bijvoorbeeld: Mag de school geld vragen voor het kamp?' },
  answer: { label: 'Antwoord in één zin', hint: 'Gewone tekst. De uitleg komt in de tekst eronder.' },
  steps: { label: 'Wat kan een ouder doen?', hint: 'Stap voor stap, een of twee zinnen per stap.' },
  message: { label: 'Bericht aan de school', widget: 'text', hint: 'Gewone tekst die een ouder kopieert. Een lege regel begint een nieuwe alinea; [tussen haken] vult de ouder zelf in.' },
  principles: { label: 'Uitgangspunten die meer zeggen', hint: 'De sleutels van uitgangspunten, bijvoorbeeld iedereen-doet-mee.' },

  // Schemes
  'schemes:name': { label: 'Naam van de regeling' },
  appliesTo: { label: 'Voor', options: SCHOOL_TYPES },
  'schemes:url': { label: 'Website', hint: 'Waar gezinnen meer lezen en aanvragen. Begint met https://' },
  pays: { label: 'Wat betaalt het?' },
  'pays.nl': { label: 'Nederlands', widget: 'text' },
  'pays.en': { label: 'English', widget: 'text' },
  who: { label: 'Wie kan het aanvragen?' },
  'who.nl': { label: 'Nederlands', widget: 'text' },
  'who.en': { label: 'English', widget: 'text' },

  // Checklist
  version: { label: 'Versie van de checklist', hint: 'Eén hoger bij elke vraag die erbij komt of van betekenis verandert; zet dan ook “Herzien in versie” van die vraag op dit getal.' },
  'meta:date': { label: 'Datum van deze versie', hint: 'Als JJJJ-MM-DD.' },
  questions: { label: 'Vragen' },
  templates: { label: 'Voorbeeldactiviteiten' },
  id: { label: 'Id', hint: 'Vast kenmerk: opgeslagen zelfevaluaties verwijzen ernaar. Gebruik een id nooit opnieuw voor een andere vraag.' },
  principle: { label: 'Uitgangspunt', hint: 'De sleutel van het uitgangspunt dat deze vraag toetst.' },
  concern: { label: 'Wat betekent nee of deels?', options: { exclusion: 'Een leerling wordt of kan worden uitgesloten (de wet)', 'cost-barrier': 'Kosten houden gezinnen weg', information: 'Ouders of MR missen informatie' } },
  revised: { label: 'Herzien in versie', hint: 'De versie van de checklist waarin deze vraag het laatst veranderde.' },
  'text.nl': { label: 'Nederlands', widget: 'text' },
  'text.en': { label: 'English', widget: 'text' },
  'questions:text': { label: 'Vraag', hint: 'Zo gesteld dat “ja” het goede antwoord is.' },
  help: { label: 'Uitleg bij de vraag' },
  'help.nl': { label: 'Nederlands', widget: 'markdown' },
  'help.en': { label: 'English', widget: 'markdown' },
  action: { label: 'Voorgestelde actie bij nee of deels' },
  'action.nl': { label: 'Nederlands', widget: 'text' },
  'action.en': { label: 'English', widget: 'text' },
  kinds: { label: 'Soorten activiteit', hint: 'Bij welke soorten activiteit deze vraag gesteld wordt.' },
  kind: { label: 'Soort activiteit', hint: 'Bepaalt welke vragen de activiteit krijgt.' },
  onlyFor: { label: 'Alleen bij', hint: 'Leeg: bij elke activiteit van deze soorten. Anders alleen bij een activiteit met minstens één hiervan.' },
  onlyWhenParentsPay: { label: 'Alleen als ouders iets betalen', hint: 'Aan: niet gesteld als de school of een fonds alles betaalt.' },
  traits: { label: 'Kenmerken', hint: 'Wat de activiteit meestal inhoudt; de school kan het aanpassen.' },
  fundedBy: { label: 'Wie betaalt meestal?', hint: 'school, contribution (ouderbijdrage), separate-charge (apart bedrag), fund, parents-purchase (ouders kopen zelf), other.' },
  optional: { label: 'Leerlingen kiezen zelf of ze meegaan' },

  // Settings
  municipality: { label: 'Gemeente', hint: 'Zoals lezers de naam kennen, zonder “gemeente”.' },
  siteName: { label: 'Naam van de site' },
  'settings:url': { label: 'Webadres van de site', hint: 'Het adres waarop de site gepubliceerd wordt, bijvoorbeeld https://organisatie.github.io/schoolkosten/' },
  tagline: { label: 'Motto onder de naam' },
  logo: { label: 'Logo', widget: 'image', hint: 'SVG, PNG, WebP of JPEG. Staat in de kop naast de naam van de site.' },
  colour: {
    label: 'Huiskleur',
    widget: 'color',
    hint: 'Voor de kop, knoppen en het icoon in de browser. Moet donker genoeg zijn voor witte tekst (contrast 4,5:1); is hij te licht, dan noemt de controle een donkerdere tint.',
  },
  wording: { label: 'Eigen formuleringen', hint: WORDING_HINT },
  'wording.principlesIntro': { label: 'Inleiding bij de uitgangspunten', hint: `${WORDING_HINT} Kan gebruiken: {agreement}, {theme}, {municipality}.` },
  'wording.schemesIntro': { label: 'Inleiding bij de regelingen', hint: `${WORDING_HINT} Kan gebruiken: {municipality}.` },
  'wording.footerAbout': { label: 'Zin over het akkoord onderaan elke pagina', hint: `${WORDING_HINT} Kan gebruiken: {agreement}, {date}, {theme}, {municipality}.` },
  'wording.contactText': { label: 'Wie kunnen lezers vragen stellen?', hint: `${WORDING_HINT} Kan gebruiken: {name}, {municipality}.` },
  'wording.contactRole': { label: 'Wat de gemeente wel en niet kan', hint: `${WORDING_HINT} Kan gebruiken: {municipality}.` },
  editing: { label: 'Bewerkscherm', hint: 'Waar dit scherm de wijzigingen bewaart. Leeg laten als de kant-en-klare workflow van GitHub of GitLab de site bouwt.' },
  host: { label: 'Waar staat de repository?', options: { github: 'GitHub', gitlab: 'GitLab' } },
  repo: { label: 'Repository', hint: 'eigenaar/naam, zoals in het webadres, bijvoorbeeld gemeente-voorbeeld/schoolkosten.' },
  branch: { label: 'Branch', hint: 'De branch waarvan de site gepubliceerd wordt, meestal main.' },
  gitlabUrl: { label: 'Adres van de eigen GitLab-server', hint: 'Leeg laten voor gitlab.com.' },
  appId: { label: 'GitLab: Application ID', hint: 'Voor “Inloggen met GitLab”. Zonder dit loggen redacteuren in met een toegangstoken.' },
  authUrl: { label: 'GitHub: adres van de inlogdienst', hint: 'Voor “Inloggen met GitHub”. Zonder dit loggen redacteuren in met een toegangstoken.' },
  agreement: { label: 'Het akkoord' },
  'agreement.name': { label: 'Officiële naam' },
  'agreement.date': { label: 'Datum van ondertekening', hint: 'Als JJJJ-MM-DD.' },
  'agreement.theme': { label: 'Thema' },
  'agreement.url': { label: 'Webadres van de tekst van het akkoord' },
  'contact.name': { label: 'Naam van het team of de afdeling' },
  'contact.url': { label: 'Contactpagina' },
  helpline: { label: 'Advies voor ouders', hint: 'Waar ouders onafhankelijk advies krijgen over schoolkosten, bijvoorbeeld een landelijke hulplijn. De tekst voor ouders die scholen met de zelfevaluatie maken, noemt die onder “Vragen?”. Leeg laten: dan noemt die tekst alleen de school.' },
  'helpline.name': { label: 'Naam', hint: 'Zoals ouders die kennen.' },
  'helpline.url': { label: 'Website' },
  contentLicense: { label: 'Licentie van de teksten', hint: 'Leeg laten voor CC BY 4.0.' },
  accessibility: { label: 'Toegankelijkheidsverklaring', hint: 'Overnemen uit het landelijke register (toegankelijkheidsverklaring.nl).' },
  status: { label: 'Status', hint: 'Zoals het register die geeft.', options: { A: 'A: voldoet volledig', B: 'B: voldoet gedeeltelijk', C: 'C: eerste maatregelen genomen', D: 'D: eerste maatregelen nog niet genomen' } },
  'accessibility.date': { label: 'Datum van de verklaring', hint: 'Als JJJJ-MM-DD.' },
  register: { label: 'Deze verklaring in het register' },
  'accessibility.contact': { label: 'Meldpunt voor toegankelijkheidsproblemen', hint: 'Leeg laten: dan ziet de lezer het gewone contact.' },
  security: { label: 'Beveiliging (security.txt)', hint: 'Nodig om te publiceren: waar iemand een zwakke plek in de site meldt.' },
  'security.contact': { label: 'Melden bij', hint: 'Een e-mailadres of een webadres dat begint met https://' },
  policy: { label: 'Beleid voor het melden van kwetsbaarheden' },
};

/** The label and hint of the field at `path` in `collection`, or undefined when none is written. */
export function fieldText(collection: string, path: readonly string[]): FieldText | undefined {
  for (let start = 0; start < path.length; start++) {
    const dotted = path.slice(start).join('.');
    const text = (start === 0 && FIELD_TEXTS[`${collection}:${dotted}`]) || FIELD_TEXTS[dotted];
    if (text) return text;
  }
  return undefined;
}
