import { describe, expect, it } from 'vitest';
import { checkSituationLinks, formatProblem, SituationSchema, validateEntry } from '../../src/domain';

const FILE = 'content/situations/nl/school-trip.md';

// One valid situation; each broken case below changes or removes one field of it.
const validSituation = {
  key: 'school-trip',
  order: 1,
  topic: 'activities',
  title: 'Mag de school geld vragen voor de schoolreis?',
  slug: 'schoolreis',
  answer: 'Ja, maar die bijdrage is vrijwillig, en uw kind gaat ook mee als u niet betaalt.',
  schoolTypes: ['po', 'vo'],
  basis: [
    { kind: 'law', text: 'De school mag een leerling niet uitsluiten omdat de ouders niet betaalden.' },
    {
      kind: 'guidance',
      text: 'De Rijksoverheid legt uit wat de school doet als er te weinig geld is.',
      source: { title: 'Rijksoverheid', url: 'https://www.rijksoverheid.nl/onderwerpen/schoolkosten' },
    },
  ],
  steps: ['Stuur het bericht naar de directeur.'],
  message: 'Beste [naam],\n\nMijn kind gaat mee.\n\nMet vriendelijke groet,\n[uw naam]',
  principles: ['everyone-takes-part'],
};

const without = (field: keyof typeof validSituation) => Object.fromEntries(Object.entries(validSituation).filter(([key]) => key !== field));
const withField = (field: string, value: unknown) => ({ ...validSituation, [field]: value });
const messagesOf = (data: unknown) => {
  const result = validateEntry(SituationSchema, data, FILE);
  return result.ok ? [] : result.issues.map(formatProblem);
};

describe('a situation page’s content', () => {
  it('is accepted when complete, and related principles and further reading are optional', () => {
    expect(messagesOf(validSituation)).toEqual([]);
    const result = validateEntry(SituationSchema, without('principles'), FILE);
    expect(result.ok && result.value.principles).toEqual([]);
    expect(result.ok && result.value.sources).toEqual([]);
  });

  it('accepts government guidance as a basis, beside law, agreement and good practice', () => {
    for (const kind of ['law', 'guidance', 'agreement', 'practice']) {
      expect(messagesOf(withField('basis', [{ kind, text: 'Iets.' }])), kind).toEqual([]);
    }
  });

  it('is refused without its answer, with a message that names the file and the field', () => {
    const messages = messagesOf(without('answer'));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^content\/situations\/nl\/school-trip\.md: field "answer": /);
  });

  it('is refused without its basis, with a message that names the field', () => {
    expect(messagesOf(without('basis'))).toEqual([expect.stringMatching(/: field "basis": /)]);
  });

  it('is refused with an empty basis, and the message says why a basis matters', () => {
    expect(messagesOf(withField('basis', []))).toEqual([`${FILE}: field "basis": give at least one basis, so a parent knows whether this is the law`]);
  });

  it('is refused when the answer takes more than one sentence', () => {
    const messages = messagesOf(withField('answer', 'Ja, dat mag. Maar de bijdrage is vrijwillig.'));
    expect(messages).toEqual([`${FILE}: field "answer": give the answer in one sentence; explain more in the text below the frontmatter`]);
  });

  it('names the basis part whose kind is unknown or whose source is not a web address', () => {
    const fields = (data: unknown) => {
      const result = validateEntry(SituationSchema, data, FILE);
      return result.ok ? [] : result.issues.map((issue) => issue.field);
    };
    expect(fields(withField('basis', [{ kind: 'rumour', text: 'x' }]))).toEqual(['basis.0.kind']);
    expect(fields(withField('basis', [{ kind: 'law', text: 'x', source: { title: 'x', url: 'javascript:alert(1)' } }]))).toEqual(['basis.0.source.url']);
  });

  it('is refused without steps, without a message to copy, or with an unknown school type or topic', () => {
    expect(messagesOf(withField('steps', []))).toEqual([expect.stringContaining('field "steps"')]);
    expect(messagesOf(without('message'))).toEqual([expect.stringContaining('field "message"')]);
    expect(messagesOf(withField('schoolTypes', ['mbo']))).toEqual([expect.stringContaining('field "schoolTypes.0"')]);
    expect(messagesOf(withField('topic', 'weather'))).toEqual([expect.stringContaining('field "topic"')]);
  });

  it('names a misspelt field instead of ignoring it', () => {
    expect(messagesOf(withField('antwoord', 'Ja.')).join('\n')).toContain('antwoord');
  });
});

describe('related principles of a situation', () => {
  it('must exist, and the message names the file and the position of the wrong key', () => {
    const problems = checkSituationLinks(
      [
        { file: 'situations/nl/a.md', principles: ['everyone-takes-part', 'no-such-principle'] },
        { file: 'situations/nl/b.md', principles: ['everyone-takes-part'] },
      ],
      ['everyone-takes-part'],
    );
    expect(problems.map(formatProblem)).toEqual([
      'situations/nl/a.md: field "principles.1": no principle has key "no-such-principle"; use the key of a file in principles/',
    ]);
  });
});
