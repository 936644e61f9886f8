import type { Lang } from '../vocabulary';
import type { Assessed } from './assess';
import { isDropped } from './applicable';
import type { Activity, Assessment } from './format/schema';
import { formatAmount } from './parse';
import { PARENTS_WORDS, type ParentsWords } from './parents-text-words';

// The text for parents and the schoolgids, made from the assessment. The law (Wet vrijwillige ouderbijdrage,
// in force 1 August 2021) wants the schoolgids to say four things: the amount, what it pays for, that it is
// voluntary, and that every pupil takes part whether or not the parents pay. This text always says them
// (a property test checks it), adds how to pay in parts, each activity with its cost and that the child
// takes part, and whom to ask. It only ever uses what a parent may read: the school's name and year, the
// contribution, the activities (name, year group, cost, who pays) and the school's words for parents
// (`forParents`). Notes, owners, "ingevuld door" and answers never go in: they are the school's own.

export type ParentsBlock =
  | { kind: 'heading'; level: 2 | 3; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: string[] };

/** A national helpline for parents, as the site's content names it; left out when the site has none. */
interface Helpline {
  name: string;
  phone?: string;
  url?: string;
}

interface ParentsTextOptions {
  lang: Lang;
  helpline?: Helpline | null;
}

/** Whether a contribution is asked: none (null) and nothing (0) both mean the text says no contribution is asked. */
const asksContribution = (assessment: Assessment): assessment is Assessment & { profile: { contribution: number } } =>
  assessment.profile.contribution !== null && assessment.profile.contribution > 0;

/** The activities that go ahead: everything but an optional activity the school dropped. */
const goingAhead = (assessment: Assessment) => assessment.activities.filter((activity) => !isDropped(activity));

/** The school's own words as paragraphs: one per line it wrote, blank lines left out. */
const ownParagraphs = (text: string): ParentsBlock[] =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => ({ kind: 'paragraph', text: line }));

const nameWithGroup = (activity: Activity) => {
  const group = activity.yearGroup.trim();
  return group ? `${activity.name.trim()} (${group})` : activity.name.trim();
};

// One line per activity and language, kept while the activity is the same object (edits replace what they
// change): typing the contact re-makes the whole text on every key, and a thousand amounts formatted anew
// each time would be felt.
const lines = new WeakMap<Activity, Partial<Record<Lang, string>>>();

function activityLine(activity: Activity, lang: Lang, w: ParentsWords): string {
  const known = lines.get(activity)?.[lang];
  if (known !== undefined) return known;
  const cost = activity.costPerPupil;
  const parts = [
    `${nameWithGroup(activity)}:`,
    cost === null ? w.costUnknown : cost === 0 ? w.free : w.cost(w.euro(formatAmount(cost, lang))),
    activity.fundedBy && activity.fundedBy !== 'other' ? w.funding[activity.fundedBy] : '',
    activity.optional ? w.joinsOptional : w.joins,
  ];
  const line = parts.filter(Boolean).join(' ');
  lines.set(activity, { ...lines.get(activity), [lang]: line });
  return line;
}

/** Whom parents ask: the school's words, or the school's administration. */
const contactOf = (assessment: Assessment, w: ParentsWords) => assessment.forParents.contact.trim() || w.defaultContact;

/** The text for parents as headings, paragraphs and lists, in the given language. */
export function parentsText(assessment: Assessment, { lang, helpline = null }: ParentsTextOptions): ParentsBlock[] {
  const w = PARENTS_WORDS[lang];
  const { profile, forParents } = assessment;
  const activities = goingAhead(assessment);
  const contact = contactOf(assessment, w);
  const school = profile.schoolName.trim();
  const year = profile.schoolYear.trim();
  const blocks: ParentsBlock[] = [
    { kind: 'heading', level: 2, text: w.title },
    { kind: 'paragraph', text: w.intro(school ? w.atSchool(school) : w.atOurSchool, year ? w.inYear(year) : w.thisYear) },
  ];

  if (asksContribution(assessment)) {
    blocks.push(
      { kind: 'heading', level: 3, text: w.contributionTitle },
      { kind: 'paragraph', text: w.contributionAmount(w.euro(formatAmount(assessment.profile.contribution, lang))) },
      ...w.voluntary.map((text): ParentsBlock => ({ kind: 'paragraph', text })),
      { kind: 'heading', level: 3, text: w.paysForTitle },
    );
    const paidFromIt = activities.filter((activity) => activity.fundedBy === 'contribution').map(nameWithGroup);
    const own = ownParagraphs(forParents.paysFor);
    if (paidFromIt.length) blocks.push({ kind: 'paragraph', text: w.paysForList }, { kind: 'list', items: paidFromIt });
    blocks.push(...own);
    if (!paidFromIt.length && !own.length) blocks.push({ kind: 'paragraph', text: w.paysForUnknown });
  } else {
    blocks.push({ kind: 'heading', level: 3, text: w.noContributionTitle }, { kind: 'paragraph', text: w.noContribution });
  }

  // Paying in parts matters wherever the school asks money: the contribution or a separate charge.
  if (asksContribution(assessment) || activities.some((activity) => activity.fundedBy === 'separate-charge')) {
    const own = ownParagraphs(forParents.instalments);
    blocks.push({ kind: 'heading', level: 3, text: w.instalmentsTitle }, ...(own.length ? own : [{ kind: 'paragraph', text: w.instalments(contact) } as const]));
  }

  blocks.push({ kind: 'heading', level: 3, text: w.everyoneTitle }, { kind: 'paragraph', text: w.everyone });

  if (activities.length) {
    blocks.push(
      { kind: 'heading', level: 3, text: w.activitiesTitle },
      { kind: 'paragraph', text: w.activitiesIntro },
      { kind: 'list', items: activities.map((activity) => activityLine(activity, lang, w)) },
    );
  }

  blocks.push({ kind: 'heading', level: 3, text: w.questionsTitle }, { kind: 'paragraph', text: w.questions(contact) });
  if (helpline && helpline.name.trim()) {
    const reach = [helpline.phone, helpline.url].map((part) => part?.trim()).filter(Boolean).join(', ');
    blocks.push({ kind: 'paragraph', text: w.helpline(helpline.name.trim(), reach) });
  }
  return blocks;
}

/**
 * The text as plain text, for an e-mail or a schoolgids in a word processor: a blank line between blocks,
 * list items on lines of their own starting with "- ".
 */
export function parentsTextPlain(blocks: readonly ParentsBlock[]): string {
  return `${blocks
    .map((block) => (block.kind === 'list' ? block.items.map((item) => `- ${item}`).join('\n') : block.text))
    .join('\n\n')}\n`;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Every character HTML could read as markup, escaped: the school's words and activity names are text, never HTML. */
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** The text as simple HTML for the school's website: only h2, h3, p, ul and li, every text escaped. */
export function parentsTextHtml(blocks: readonly ParentsBlock[]): string {
  return `${blocks
    .map((block) => {
      if (block.kind === 'heading') return `<h${block.level}>${escapeHtml(block.text)}</h${block.level}>`;
      if (block.kind === 'paragraph') return `<p>${escapeHtml(block.text)}</p>`;
      return `<ul>\n${block.items.map((item) => `  <li>${escapeHtml(item)}</li>`).join('\n')}\n</ul>`;
    })
    .join('\n')}\n`;
}

/** What the school should look at before it publishes the text; the page words each one (`sa.parents.warning.<code>`). */
export type ParentsWarning =
  /** Activities whose answers say a pupil can be left out or treated differently: the text's promise would not be true. */
  | { code: 'excludes'; activities: { id: string; name: string }[] }
  /** No contribution filled in: the text says none is asked. */
  | { code: 'no-contribution' }
  /** A contribution is asked, but no activity is paid from it and the school wrote nothing about what it pays for. */
  | { code: 'pays-for-missing' }
  /** Not every question is answered (or every optional activity decided): the text may promise too much. */
  | { code: 'unanswered'; answered: number; total: number };

/** The warnings for the text as it would be made now, most serious first. */
export function checkParentsText(assessment: Assessment, assessed: Assessed): ParentsWarning[] {
  const warnings: ParentsWarning[] = [];
  const excluding = assessed.activities.filter((part) => part.status === 'excludes' && part.activity);
  if (excluding.length) warnings.push({ code: 'excludes', activities: excluding.map((part) => ({ id: part.scope, name: part.activity!.name })) });
  if (assessment.profile.contribution === null) warnings.push({ code: 'no-contribution' });
  else if (
    asksContribution(assessment) &&
    !goingAhead(assessment).some((activity) => activity.fundedBy === 'contribution') &&
    !assessment.forParents.paysFor.trim()
  ) {
    warnings.push({ code: 'pays-for-missing' });
  }
  const { answered, total } = assessed.counts;
  if (answered < total || assessed.activities.some((part) => part.needsDecision)) warnings.push({ code: 'unanswered', answered, total });
  return warnings;
}
