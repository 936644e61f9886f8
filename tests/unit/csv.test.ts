import { describe, expect, it } from 'vitest';
import { actionPlanCsv, type CsvLabels, type PlannedAction } from '../../src/domain/assessment';

const labels: CsvLabels = {
  headers: ['Onderdeel', 'Vraag', 'Antwoord', 'Betekent', 'Actie', 'Wie', 'Wanneer', 'Uitgangspunt', 'Stand', 'Waarom vervallen'],
  answer: { no: 'nee', partly: 'deels' },
  concern: { exclusion: 'uitsluiting', 'cost-barrier': 'kosten', information: 'informatie' },
  state: { 'not-started': 'niet begonnen', 'in-progress': 'bezig', done: 'klaar', dropped: 'vervallen' },
  group: (action) => action.scopeName ?? 'Schoolbreed',
  principle: (key) => (key === 'everyone-takes-part' ? 'Iedereen doet mee' : key),
};

const action = (fields: Partial<PlannedAction> = {}): PlannedAction => ({
  key: 'trip:everyone-joins',
  group: 'activity:trip',
  scope: 'trip',
  scopeName: 'Schoolreis',
  questionId: 'everyone-joins',
  principle: 'everyone-takes-part',
  concern: 'exclusion',
  answer: 'no',
  suggestion: { nl: 'Laat iedereen mee gaan.', en: 'Let everyone join.' },
  question: { nl: 'Gaat iedereen mee?', en: 'Does everyone join?' },
  note: '',
  owner: 'Directeur',
  deadline: '2026-01-31',
  ownOwner: 'Directeur',
  ownDeadline: '2026-01-31',
  state: 'not-started',
  stateReason: '',
  ...fields,
});

const BOM = '\uFEFF';
/** The data rows, without BOM and header. */
const rows = (csv: string) => csv.slice(BOM.length).split('\r\n').slice(1, -1);

describe('action plan as CSV', () => {
  it('starts with a UTF-8 byte-order mark so Excel shows accents', () => {
    expect(actionPlanCsv([], 'nl', labels).startsWith(BOM)).toBe(true);
  });

  it('has a header row of the given labels', () => {
    expect(actionPlanCsv([], 'nl', labels)).toBe(`${BOM}"Onderdeel";"Vraag";"Antwoord";"Betekent";"Actie";"Wie";"Wanneer";"Uitgangspunt";"Stand";"Waarom vervallen"\r\n`);
  });

  it('separates cells with a semicolon on the Dutch page, as Dutch Excel expects, and a comma on the English page', () => {
    expect(rows(actionPlanCsv([action()], 'nl', labels))[0]).toBe(
      '"Schoolreis";"Gaat iedereen mee?";"nee";"uitsluiting";"Laat iedereen mee gaan.";"Directeur";"2026-01-31";"Iedereen doet mee";"niet begonnen";""',
    );
    expect(rows(actionPlanCsv([action()], 'en', labels))[0]).toBe(
      '"Schoolreis","Does everyone join?","nee","uitsluiting","Let everyone join.","Directeur","2026-01-31","Iedereen doet mee","niet begonnen",""',
    );
  });

  it('names the group and the principle as the labels say, not by their codes', () => {
    expect(rows(actionPlanCsv([action({ scope: 'school', scopeName: null, answer: 'partly', concern: 'information' })], 'nl', labels))[0]).toMatch(
      /^"Schoolbreed";"Gaat iedereen mee\?";"deels";"informatie";.*;"Iedereen doet mee";"niet begonnen";""$/,
    );
  });

  it('ends every line with CRLF', () => {
    const csv = actionPlanCsv([action(), action()], 'nl', labels);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  });

  it('doubles quotes inside a cell', () => {
    expect(rows(actionPlanCsv([action({ owner: 'De "baas"' })], 'nl', labels))[0]).toContain('"De ""baas"""');
  });

  it('keeps commas inside one quoted cell', () => {
    expect(rows(actionPlanCsv([action({ owner: 'Jan, Piet' })], 'nl', labels))[0]).toContain(';"Jan, Piet";');
  });

  it('keeps a line break inside one quoted cell', () => {
    const csv = actionPlanCsv([action({ owner: 'Jan\nPiet' })], 'nl', labels);
    expect(csv).toContain(';"Jan\nPiet";');
  });

  it.each(['=HYPERLINK("http://x")', '+31 50', '-1', '@SUM(A1)', '\tTab', '\rReturn'])(
    'puts an apostrophe before a cell that a spreadsheet would run as a formula: %j',
    (owner) => {
      expect(rows(actionPlanCsv([action({ owner })], 'nl', labels)).join('\r\n')).toContain(`;"'${owner.replaceAll('"', '""')}";`);
    },
  );

  it('leaves ordinary cells as they are', () => {
    expect(rows(actionPlanCsv([action({ owner: 'Zoë van Dam' })], 'nl', labels))[0]).toContain(';"Zoë van Dam";');
  });

  it('says how far each action got, and why a dropped one was dropped', () => {
    const csv = actionPlanCsv(
      [action({ state: 'done' }), action({ state: 'in-progress' }), action({ state: 'dropped', stateReason: 'Reis gaat niet door' })],
      'nl',
      labels,
    );
    expect(rows(csv).map((row) => row.split(';').slice(-2).join(';'))).toEqual(['"klaar";""', '"bezig";""', '"vervallen";"Reis gaat niet door"']);
  });

  it('leaves out a reason kept from when the action was dropped, once it is taken up again', () => {
    expect(rows(actionPlanCsv([action({ state: 'in-progress', stateReason: 'Te duur' })], 'nl', labels))[0]).toMatch(/;"bezig";""$/);
  });

  it('keeps a reason that looks like a formula as text', () => {
    expect(rows(actionPlanCsv([action({ state: 'dropped', stateReason: '=geen geld' })], 'nl', labels))[0]).toMatch(/;"vervallen";"'=geen geld"$/);
  });

  it('neutralises formulas in every column, including names and labels', () => {
    const csv = actionPlanCsv([action({ scopeName: '=1+1' })], 'nl', labels);
    expect(rows(csv)[0]?.startsWith(`"'=1+1";`)).toBe(true);
  });
});
