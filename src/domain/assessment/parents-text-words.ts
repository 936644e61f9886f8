import type { Lang } from '../vocabulary';

// The sentences of the text for parents (parents-text.ts), in plain Dutch (taalniveau B1: short sentences,
// everyday words, "u") and plain English. They live here and not in the interface dictionaries because they
// are the document itself, not the page around it: they load with the parents' chunk, never with the page.
// The school speaks ("wij"), the parent is addressed ("u"). The school's own words (contact, paying in parts,
// what else the contribution pays for) come from the assessment and replace the defaults below.

export interface ParentsWords {
  title: string;
  /** Whose costs, which year: `school` and `year` are already worded (`bij De Regenboog`, `in schooljaar 2026-2027`). */
  intro: (where: string, when: string) => string;
  atSchool: (name: string) => string;
  atOurSchool: string;
  inYear: (year: string) => string;
  thisYear: string;

  contributionTitle: string;
  contributionAmount: (amount: string) => string;
  /** The law's "voluntary", and that nobody has to say why (Wet vrijwillige ouderbijdrage, 2021). */
  voluntary: string[];
  noContributionTitle: string;
  noContribution: string;

  paysForTitle: string;
  paysForList: string;
  /** Only when the school has said nothing about it; the school is warned (checkParentsText). */
  paysForUnknown: string;

  instalmentsTitle: string;
  instalments: (contact: string) => string;

  everyoneTitle: string;
  /** The law: every pupil takes part, paid or not. */
  everyone: string;

  activitiesTitle: string;
  activitiesIntro: string;
  /** After the activity's name and a colon. */
  cost: (amount: string) => string;
  free: string;
  costUnknown: string;
  funding: Record<'contribution' | 'school' | 'fund' | 'separate-charge' | 'parents-purchase', string>;
  joins: string;
  joinsOptional: string;

  questionsTitle: string;
  questions: (contact: string) => string;
  helpline: (name: string, reach: string) => string;
  /** Whom to ask when the school did not say. */
  defaultContact: string;
  euro: (amount: string) => string;
}

const nl: ParentsWords = {
  title: 'Schoolkosten en de vrijwillige ouderbijdrage',
  intro: (where, when) => `Hier leest u welke kosten er zijn ${where} ${when}.`,
  atSchool: (name) => `bij ${name}`,
  atOurSchool: 'bij onze school',
  inYear: (year) => `in schooljaar ${year}`,
  thisYear: 'dit schooljaar',

  contributionTitle: 'De vrijwillige ouderbijdrage',
  contributionAmount: (amount) => `Wij vragen een vrijwillige ouderbijdrage van ${amount} per kind per schooljaar.`,
  voluntary: [
    'Deze bijdrage is vrijwillig. U kiest zelf of u betaalt. U mag ook een deel betalen.',
    'Betaalt u niet, of minder? Dan hoeft u niet te zeggen waarom.',
  ],
  noContributionTitle: 'Geen vrijwillige ouderbijdrage',
  noContribution: 'Wij vragen dit schooljaar geen vrijwillige ouderbijdrage.',

  paysForTitle: 'Waar is de bijdrage voor?',
  paysForList: 'Van de bijdrage betalen wij:',
  paysForUnknown: 'Wij betalen van de bijdrage extra activiteiten voor de leerlingen.',

  instalmentsTitle: 'In delen betalen',
  instalments: (contact) => `Wilt u in delen betalen? Dat kan. Vraag het aan ${contact}.`,

  everyoneTitle: 'Elk kind doet mee',
  everyone: 'Alle kinderen doen mee met alle activiteiten van de school. Ook als hun ouders niet betalen. Dat staat in de wet.',

  activitiesTitle: 'Activiteiten en kosten',
  activitiesIntro: 'Dit zijn de activiteiten van dit schooljaar. Bij elke activiteit staat wat die kost per kind.',
  cost: (amount) => `${amount} per kind.`,
  free: 'gratis.',
  costUnknown: 'de kosten zijn nog niet bekend.',
  funding: {
    contribution: 'Wij betalen dit van de vrijwillige ouderbijdrage.',
    school: 'De school betaalt dit.',
    fund: 'Een fonds of sponsor betaalt dit.',
    'separate-charge': 'Hiervoor vragen wij een aparte bijdrage. Ook die is vrijwillig.',
    'parents-purchase': 'Dit koopt u zelf. Is dat moeilijk? Vraag de school om hulp.',
  },
  joins: 'Uw kind doet altijd mee.',
  joinsOptional: 'Wil uw kind meedoen? Dan doet uw kind altijd mee.',

  questionsTitle: 'Vragen?',
  questions: (contact) => `Heeft u een vraag over de kosten? Neem dan contact op met ${contact}.`,
  helpline: (name, reach) => `U kunt ook advies vragen bij ${name}${reach ? `: ${reach}` : ''}.`,
  defaultContact: 'de administratie van de school',
  euro: (amount) => `€ ${amount}`,
};

const en: ParentsWords = {
  title: 'School costs and the voluntary parental contribution',
  intro: (where, when) => `Here you can read about the costs ${where} ${when}.`,
  atSchool: (name) => `at ${name}`,
  atOurSchool: 'at our school',
  inYear: (year) => `in the school year ${year}`,
  thisYear: 'this school year',

  contributionTitle: 'The voluntary parental contribution',
  contributionAmount: (amount) => `We ask a voluntary parental contribution of ${amount} per child per school year.`,
  voluntary: [
    'This contribution is voluntary. You decide whether you pay. You may also pay part of it.',
    'Do you pay less, or nothing? Then you do not have to say why.',
  ],
  noContributionTitle: 'No voluntary contribution',
  noContribution: 'We do not ask a voluntary parental contribution this school year.',

  paysForTitle: 'What the contribution pays for',
  paysForList: 'From the contribution we pay for:',
  paysForUnknown: 'From the contribution we pay for extra activities for the pupils.',

  instalmentsTitle: 'Paying in parts',
  instalments: (contact) => `Would you like to pay in parts? You can. Please ask ${contact}.`,

  everyoneTitle: 'Every child takes part',
  everyone: 'All children take part in all school activities. Also when their parents do not pay. This is the law.',

  activitiesTitle: 'Activities and costs',
  activitiesIntro: 'These are the activities of this school year. Each one shows what it costs per child.',
  cost: (amount) => `${amount} per child.`,
  free: 'free.',
  costUnknown: 'the cost is not known yet.',
  funding: {
    contribution: 'We pay for this from the voluntary contribution.',
    school: 'The school pays for this.',
    fund: 'A fund or sponsor pays for this.',
    'separate-charge': 'We ask a separate contribution for this. That is voluntary too.',
    'parents-purchase': 'You buy this yourself. Is that difficult? Ask the school for help.',
  },
  joins: 'Your child always takes part.',
  joinsOptional: 'Does your child want to join? Then your child always takes part.',

  questionsTitle: 'Questions?',
  questions: (contact) => `Do you have a question about the costs? Please contact ${contact}.`,
  helpline: (name, reach) => `You can also ask ${name} for advice${reach ? `: ${reach}` : ''}.`,
  defaultContact: 'the school office',
  euro: (amount) => `€ ${amount}`,
};

export const PARENTS_WORDS: Readonly<Record<Lang, ParentsWords>> = { nl, en };
