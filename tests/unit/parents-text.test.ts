import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAssessor } from '../../src/domain/assessment/assess';
import { activityQuestionsFor } from '../../src/domain/assessment/applicable';
import type { Activity, Assessment } from '../../src/domain/assessment/format/schema';
import { formatAmount } from '../../src/domain/assessment/parse';
import { checkParentsText, parentsText, parentsTextHtml, parentsTextPlain, type ParentsBlock } from '../../src/domain/assessment/parents-text';
import { ACTIVITY_KINDS, FUNDING, LANGS, type Lang } from '../../src/domain/vocabulary';
import { answer, answers, makeActivity, makeAssessment, testChecklist } from '../fixtures/checklist';
import { MAX_WORDS, sentences, wordCount } from '../support/plain-language';

// The text a school publishes for parents: what the law wants in the schoolgids, always; nothing of the
// school's own working notes, ever; and a warning whenever the answers say the text would promise too much.

const assess = createAssessor(testChecklist);
const numRuns = Number(process.env.FC_RUNS ?? 300);

/** Written where the school keeps its own notes and names: none of it may reach parents. */
const MARKERS = { note: 'ZZNOTEMARKER', answerNote: 'ZZANSWERMARKER', owner: 'ZZOWNERMARKER', filledInBy: 'ZZFILLEDMARKER', reason: 'ZZREASONMARKER' };

const plain = (a: Assessment, lang: Lang = 'nl') => parentsTextPlain(parentsText(a, { lang }));
const euro = (amount: number, lang: Lang) => `€ ${formatAmount(amount, lang)}`;

/** A primary school as a person would fill it in: five activities, each paid another way. */
const school = (fields: Partial<Assessment> = {}) => {
  const base = makeAssessment();
  return makeAssessment({
    profile: { ...base.profile, schoolName: 'De Regenboog', schoolType: 'po', schoolYear: '2026-2027', contribution: 45.5, filledInBy: `K. Smit ${MARKERS.filledInBy}` },
    activities: [
      makeActivity({ id: 'trip', name: 'Schoolreis', kind: 'one-day', costPerPupil: 32.5, fundedBy: 'contribution', notes: MARKERS.note }),
      makeActivity({ id: 'sint', name: 'Sinterklaasfeest', kind: 'celebration', costPerPupil: 0, fundedBy: 'school' }),
      makeActivity({ id: 'camp', name: 'Kamp', kind: 'multi-day', yearGroup: 'groep 8', costPerPupil: 85, fundedBy: 'separate-charge' }),
      makeActivity({ id: 'gym', name: 'Gymkleding', kind: 'clothing-equipment', costPerPupil: 20, fundedBy: 'parents-purchase' }),
      makeActivity({ id: 'ski', name: 'Skidag', kind: 'one-day', costPerPupil: 60, fundedBy: 'separate-charge', optional: true, optionalDecision: 'drop' }),
    ],
    ...fields,
  });
};

describe('the text for parents', () => {
  it('says the amount, what it pays for, that it is voluntary and that every child takes part', () => {
    const text = plain(school());
    expect(text).toContain('Wij vragen een vrijwillige ouderbijdrage van € 45,50 per kind per schooljaar.');
    expect(text).toContain('Van de bijdrage betalen wij:\n\n- Schoolreis\n');
    expect(text).toContain('Deze bijdrage is vrijwillig.');
    expect(text).toContain('Dan hoeft u niet te zeggen waarom.');
    expect(text).toContain('Alle kinderen doen mee met alle activiteiten van de school. Ook als hun ouders niet betalen. Dat staat in de wet.');
  });

  it('names the school and the year', () => {
    expect(plain(school())).toContain('Hier leest u welke kosten er zijn bij De Regenboog in schooljaar 2026-2027.');
    const base = makeAssessment();
    expect(plain(makeAssessment({ profile: { ...base.profile, contribution: 10 } }))).toContain('Hier leest u welke kosten er zijn bij onze school dit schooljaar.');
  });

  it('lists every activity that goes ahead with its cost and that the child takes part, and leaves out a dropped one', () => {
    const text = plain(school());
    expect(text).toContain('- Schoolreis: € 32,50 per kind. Wij betalen dit van de vrijwillige ouderbijdrage. Uw kind doet altijd mee.');
    expect(text).toContain('- Sinterklaasfeest: gratis. De school betaalt dit. Uw kind doet altijd mee.');
    expect(text).toContain('- Kamp (groep 8): € 85,00 per kind. Hiervoor vragen wij een aparte bijdrage. Ook die is vrijwillig. Uw kind doet altijd mee.');
    expect(text).toContain('- Gymkleding: € 20,00 per kind. Dit koopt u zelf. Is dat moeilijk? Vraag de school om hulp. Uw kind doet altijd mee.');
    expect(text).not.toContain('Skidag');
  });

  it('says an activity pupils choose to join is open to every child who wants to', () => {
    const a = school();
    const open = { ...a, activities: [makeActivity({ id: 'ski', name: 'Skidag', kind: 'one-day', costPerPupil: 60, fundedBy: 'separate-charge', optional: true, optionalDecision: 'free-for-all' })] };
    expect(plain(open)).toContain('- Skidag: € 60,00 per kind. Hiervoor vragen wij een aparte bijdrage. Ook die is vrijwillig. Wil uw kind meedoen? Dan doet uw kind altijd mee.');
  });

  it('uses the school’s own words for whom to ask, paying in parts and what else the contribution pays for', () => {
    const a = school({ forParents: { contact: 'de administratie (administratie@regenboog.nl)', instalments: 'U kunt in drie delen betalen.\n\nDat regelt u via de website.', paysFor: 'Ook betalen wij de afscheidsavond.' } });
    const text = plain(a);
    expect(text).toContain('Neem dan contact op met de administratie (administratie@regenboog.nl).');
    expect(text).toContain('In delen betalen\n\nU kunt in drie delen betalen.\n\nDat regelt u via de website.\n');
    expect(text).toContain('- Schoolreis\n\nOok betalen wij de afscheidsavond.\n');
    expect(text).not.toContain('Wilt u in delen betalen?');
  });

  it('sends parents to the school’s administration when the school names nobody', () => {
    const text = plain(school());
    expect(text).toContain('Wilt u in delen betalen? Dat kan. Vraag het aan de administratie van de school.');
    expect(text).toContain('Heeft u een vraag over de kosten? Neem dan contact op met de administratie van de school.');
  });

  it('names a national helpline only when the site passes one in', () => {
    expect(plain(school())).not.toMatch(/advies/);
    const text = parentsTextPlain(parentsText(school(), { lang: 'nl', helpline: { name: 'Hulplijn Ouders', phone: '0800-0000', url: 'https://example.org/' } }));
    expect(text).toContain('U kunt ook advies vragen bij Hulplijn Ouders: 0800-0000, https://example.org/.');
  });

  it('says no contribution is asked when there is none', () => {
    const base = school();
    for (const contribution of [null, 0]) {
      const text = plain({ ...base, profile: { ...base.profile, contribution } });
      expect(text).toContain('Wij vragen dit schooljaar geen vrijwillige ouderbijdrage.');
      expect(text).not.toContain('Waar is de bijdrage voor?');
      expect(text).toContain('Alle kinderen doen mee');
    }
  });

  it('is written in English on the English page', () => {
    const text = plain(school(), 'en');
    expect(text).toContain('We ask a voluntary parental contribution of € 45.50 per child per school year.');
    expect(text).toContain('This contribution is voluntary.');
    expect(text).toContain('All children take part in all school activities. Also when their parents do not pay.');
    expect(text).toContain('- Kamp (groep 8): € 85.00 per child. We ask a separate contribution for this. That is voluntary too. Your child always takes part.');
    expect(text).toContain('Please contact the school office.');
  });

  it('keeps Dutch sentences short enough for language level B1', () => {
    const blocks = parentsText(school(), { lang: 'nl' });
    const texts = blocks.flatMap((block) => (block.kind === 'list' ? block.items : [block.text]));
    const long = texts.flatMap(sentences).filter((sentence) => wordCount(sentence) > MAX_WORDS);
    expect(long).toEqual([]);
  });
});

describe('the text as plain text and as HTML', () => {
  const blocks: ParentsBlock[] = [
    { kind: 'heading', level: 2, text: 'Kosten' },
    { kind: 'paragraph', text: 'Een & twee' },
    { kind: 'list', items: ['<script>alert("x")</script>', "Juf's <b>feest</b>"] },
    { kind: 'heading', level: 3, text: 'Vragen?' },
  ];

  it('writes plain text with a blank line between blocks and a dash before each list item', () => {
    expect(parentsTextPlain(blocks)).toBe('Kosten\n\nEen & twee\n\n- <script>alert("x")</script>\n- Juf\'s <b>feest</b>\n\nVragen?\n');
  });

  it('writes only h2, h3, p, ul and li, with every text escaped', () => {
    expect(parentsTextHtml(blocks)).toBe(
      '<h2>Kosten</h2>\n<p>Een &amp; twee</p>\n<ul>\n  <li>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</li>\n  <li>Juf&#39;s &lt;b&gt;feest&lt;/b&gt;</li>\n</ul>\n<h3>Vragen?</h3>\n',
    );
  });

  it('escapes an activity name and the school’s own words that look like HTML', () => {
    const a = school({ forParents: { contact: '<a href="x">mij</a>', instalments: '', paysFor: '<img src=x onerror=alert(1)>' } });
    const withTag = { ...a, activities: [...a.activities, makeActivity({ id: 'x', name: '<script>steal()</script>', kind: 'celebration' })] };
    const html = parentsTextHtml(parentsText(withTag, { lang: 'nl' }));
    expect(html).not.toMatch(/<(script|a|img)\b/);
    expect(html).toContain('&lt;script&gt;steal()&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});

describe('warnings before the text is published', () => {
  const warnings = (a: Assessment) => checkParentsText(a, assess(a));
  const codes = (a: Assessment) => warnings(a).map((w) => w.code);
  const allYes = (activity: Activity, a: Assessment) =>
    Object.fromEntries(activityQuestionsFor(testChecklist, a.profile.schoolType, activity).map((q) => [q.id, answer('yes')]));
  /** Every question answered "ja", school-wide and for every activity. */
  const answered = (a: Assessment): Assessment => ({
    ...a,
    schoolAnswers: answers(Object.fromEntries(testChecklist.schoolQuestions.filter((q) => q.schoolTypes.includes(a.profile.schoolType!)).map((q) => [q.id, 'yes']))),
    activities: a.activities.map((activity) => ({ ...activity, answers: allYes(activity, a) })),
  });

  it('gives none when every answer is given and nothing can exclude a pupil', () => {
    expect(warnings(answered(school()))).toEqual([]);
  });

  it('names each activity that can exclude a pupil, and stops when the answer changes', () => {
    const a = answered(school());
    const excluding = { ...a, activities: a.activities.map((x) => (x.id === 'trip' || x.id === 'camp' ? { ...x, answers: { ...x.answers, 'everyone-joins': answer('no') } } : x)) };
    expect(warnings(excluding)).toEqual([{ code: 'excludes', activities: [{ id: 'trip', name: 'Schoolreis' }, { id: 'camp', name: 'Kamp' }] }]);
    const partly = { ...a, activities: a.activities.map((x) => (x.id === 'trip' ? { ...x, answers: { ...x.answers, 'everyone-joins': answer('partly') } } : x)) };
    expect(codes(partly)).toEqual(['excludes']);
    expect(codes(a)).toEqual([]);
  });

  it('says when no contribution is filled in, as the text then says none is asked', () => {
    const a = answered(school());
    expect(codes({ ...a, profile: { ...a.profile, contribution: null } })).toEqual(['no-contribution']);
    expect(codes({ ...a, profile: { ...a.profile, contribution: 0 } })).toEqual([]);
  });

  it('says when the text cannot say what the contribution pays for, until the school writes it', () => {
    const a = answered(school());
    const nothingFromIt = { ...a, activities: a.activities.filter((x) => x.fundedBy !== 'contribution') };
    expect(codes(nothingFromIt)).toEqual(['pays-for-missing']);
    expect(codes({ ...nothingFromIt, forParents: { ...nothingFromIt.forParents, paysFor: 'De bibliotheek.' } })).toEqual([]);
  });

  it('says when not every question is answered, with how many are', () => {
    const a = school();
    const { answered: done, total } = assess(a).counts;
    expect(warnings(a)).toContainEqual({ code: 'unanswered', answered: done, total });
  });
});

// ---------------------------------------------------------------------------------------------------
// Properties over many made-up assessments
// ---------------------------------------------------------------------------------------------------

/** Names a school could type: words, odd characters, HTML, never one of the markers. */
const word = fc.oneof(
  fc.constantFrom('Schoolreis', 'Kamp groep 8', 'Sinterklaas', 'Café & Co', '<b>Gala</b>', 'Juf "Anna"', '  Sportdag  ', '🎉 Feest'),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }).filter((s) => s.trim() !== '' && !/ZZ/.test(s)),
);
const amount = fc.oneof(fc.constant(null), fc.constant(0), fc.integer({ min: 1, max: 10_000_000 }).map((cents) => cents / 100));
const answerValue = fc.constantFrom('yes', 'partly', 'no', 'na') as fc.Arbitrary<'yes' | 'partly' | 'no' | 'na'>;
const questionIds = testChecklist.activityQuestions.map((q) => q.id);

const activity = (index: number) =>
  fc
    .record({
      name: word,
      kind: fc.constantFrom(...ACTIVITY_KINDS),
      yearGroup: fc.constantFrom('', 'groep 8', 'klas 1'),
      costPerPupil: amount,
      fundedBy: fc.constantFrom(...FUNDING, null),
      optional: fc.boolean(),
      optionalDecision: fc.constantFrom(null, 'free-for-all', 'drop') as fc.Arbitrary<Activity['optionalDecision']>,
      answered: fc.dictionary(fc.constantFrom(...questionIds), fc.tuple(answerValue, fc.boolean())),
    })
    .map(({ answered, ...fields }) =>
      makeActivity({
        id: `a${index}`,
        ...fields,
        notes: `${MARKERS.note} ${index}`,
        answers: Object.fromEntries(Object.entries(answered).map(([id, [value, recheck]]) => [id, { ...answer(value, 2, `${MARKERS.answerNote} ${id}`), recheck }])),
      }),
    );

const assessment = fc
  .record({
    contribution: amount,
    schoolName: fc.constantFrom('', 'De Regenboog', '<i>Het Lyceum</i>'),
    schoolYear: fc.constantFrom('', '2026-2027'),
    schoolType: fc.constantFrom('po', 'vo', 'so') as fc.Arbitrary<'po' | 'vo' | 'so'>,
    count: fc.integer({ min: 0, max: 8 }),
    forParents: fc.record({ contact: fc.constantFrom('', 'de administratie'), instalments: fc.constantFrom('', 'In drie delen.'), paysFor: fc.constantFrom('', 'De bibliotheek.\nHet schoolfeest.') }),
  })
  .chain(({ count, ...rest }) => fc.tuple(fc.constant(rest), fc.tuple(...Array.from({ length: count }, (_, i) => activity(i)))))
  .map(([{ contribution, schoolName, schoolYear, schoolType, forParents }, activities]) => {
    const base = makeAssessment();
    return makeAssessment({
      profile: { ...base.profile, schoolName, schoolYear, schoolType, contribution, filledInBy: MARKERS.filledInBy },
      activities,
      schoolAnswers: { 'inform-parents': answer('partly', 2, `${MARKERS.answerNote} school`) },
      actionGroups: { 'topic:information': { owner: `${MARKERS.owner} group`, deadline: '2027-03-01' } },
      actions: { 'school:inform-parents': { owner: `${MARKERS.owner} own`, deadline: '', state: 'dropped', stateReason: MARKERS.reason } },
      forParents,
    });
  });

describe('for every assessment', () => {
  it.each(LANGS)('the text says the four things the law wants in the schoolgids (%s)', (lang) => {
    const words = {
      nl: { voluntary: 'Deze bijdrage is vrijwillig. U kiest zelf of u betaalt.', noReason: 'Dan hoeft u niet te zeggen waarom.', everyone: 'Alle kinderen doen mee met alle activiteiten van de school.', none: 'geen vrijwillige ouderbijdrage', paysFor: 'Waar is de bijdrage voor?' },
      en: { voluntary: 'This contribution is voluntary. You decide whether you pay.', noReason: 'Then you do not have to say why.', everyone: 'All children take part in all school activities.', none: 'do not ask a voluntary parental contribution', paysFor: 'What the contribution pays for' },
    }[lang];
    fc.assert(
      fc.property(assessment, (a) => {
        const blocks = parentsText(a, { lang });
        const text = parentsTextPlain(blocks);
        expect(text).toContain(words.everyone);
        const contribution = a.profile.contribution;
        if (contribution === null || contribution === 0) {
          expect(text).toContain(words.none);
          return;
        }
        expect(text).toContain(euro(contribution, lang));
        expect(text).toContain(words.voluntary);
        expect(text).toContain(words.noReason);
        // What it pays for: a heading followed by at least one thing, naming every activity paid from it.
        const at = blocks.findIndex((b) => b.kind === 'heading' && b.text === words.paysFor);
        expect(at).toBeGreaterThan(-1);
        expect(blocks[at + 1]?.kind).not.toBe('heading');
        const section = parentsTextPlain(blocks.slice(at, blocks.findIndex((b, i) => i > at && b.kind === 'heading')));
        for (const x of a.activities) {
          if (x.fundedBy === 'contribution' && !(x.optional && x.optionalDecision === 'drop')) expect(section).toContain(x.name.trim());
        }
        if (a.forParents.paysFor) expect(section).toContain('De bibliotheek.');
      }),
      { numRuns },
    );
  });

  it('every activity that goes ahead is listed with the sentence that the child takes part', () => {
    fc.assert(
      fc.property(assessment, fc.constantFrom(...LANGS), (a, lang) => {
        const list = parentsText(a, { lang }).filter((b): b is Extract<ParentsBlock, { kind: 'list' }> => b.kind === 'list').at(-1)?.items ?? [];
        const ahead = a.activities.filter((x) => !(x.optional && x.optionalDecision === 'drop'));
        expect(list.length).toBe(ahead.length);
        const joins = lang === 'nl' ? /Uw kind doet altijd mee\.$|Dan doet uw kind altijd mee\.$/ : /Your child always takes part\.$|Then your child always takes part\.$/;
        ahead.forEach((x, i) => {
          expect(list[i]!.startsWith(x.name.trim())).toBe(true);
          expect(list[i]).toMatch(joins);
          if (x.costPerPupil) expect(list[i]).toContain(euro(x.costPerPupil, lang));
        });
      }),
      { numRuns },
    );
  });

  it('the text never holds a note, an owner, a reason or who filled it in, as text or HTML', () => {
    fc.assert(
      fc.property(assessment, fc.constantFrom(...LANGS), (a, lang) => {
        const blocks = parentsText(a, { lang });
        for (const out of [parentsTextPlain(blocks), parentsTextHtml(blocks)]) expect(out).not.toMatch(/ZZ[A-Z]+MARKER/);
      }),
      { numRuns },
    );
  });

  it('the HTML holds no tag but h2, h3, p, ul and li', () => {
    fc.assert(
      fc.property(assessment, (a) => {
        const html = parentsTextHtml(parentsText(a, { lang: 'nl' }));
        expect(html.replace(/<\/?(h2|h3|p|ul|li)>/g, '')).not.toMatch(/[<>]/);
      }),
      { numRuns },
    );
  });

  it('warns that an activity can exclude pupils exactly when a question about exclusion is answered "nee" or "deels" for an activity that goes ahead', () => {
    fc.assert(
      fc.property(assessment, (a) => {
        const expected = a.activities
          .filter((x) => !(x.optional && x.optionalDecision === 'drop'))
          .filter((x) =>
            activityQuestionsFor(testChecklist, a.profile.schoolType, x).some((q) => {
              const given = Object.hasOwn(x.answers, q.id) ? x.answers[q.id] : undefined;
              return q.concern === 'exclusion' && given && !given.recheck && (given.value === 'no' || given.value === 'partly');
            }),
          )
          .map((x) => ({ id: x.id, name: x.name }));
        const warning = checkParentsText(a, assess(a)).find((w) => w.code === 'excludes');
        expect(warning ? warning.activities : []).toEqual(expected);
      }),
      { numRuns },
    );
  });
});
