import { describe, expect, it } from 'vitest';
import { actionPlanCsv, type CsvLabels, type PlannedAction } from '../../src/domain/assessment';

const labels: CsvLabels = {
  headers: ['Activiteit', 'Vraag', 'Antwoord', 'Ernst', 'Actie', 'Wie', 'Wanneer', 'Principe'],
  answer: { no: 'nee', partly: 'deels' },
  severity: { critical: 'kritiek', improvement: 'verbeterpunt' },
  schoolWide: 'Schoolbreed',
};

const action = (fields: Partial<PlannedAction> = {}): PlannedAction => ({
  key: 'trip:everyone-joins',
  scope: 'trip',
  scopeName: 'Schoolreis',
  questionId: 'everyone-joins',
  principle: 'everyone-takes-part',
  severity: 'critical',
  answer: 'no',
  suggestion: { nl: 'Laat iedereen mee gaan.', en: 'Let everyone join.' },
  question: { nl: 'Gaat iedereen mee?', en: 'Does everyone join?' },
  note: '',
  owner: 'Directeur',
  deadline: '2026-01-31',
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
    expect(actionPlanCsv([], 'nl', labels)).toBe(`${BOM}"Activiteit","Vraag","Antwoord","Ernst","Actie","Wie","Wanneer","Principe"\r\n`);
  });

  it('writes one row per action in the documented column order, in the chosen language', () => {
    expect(rows(actionPlanCsv([action()], 'en', labels))).toEqual([
      '"Schoolreis","Does everyone join?","nee","kritiek","Let everyone join.","Directeur","2026-01-31","everyone-takes-part"',
    ]);
  });

  it('names a school-wide action with the school-wide label', () => {
    expect(rows(actionPlanCsv([action({ scope: 'school', scopeName: null, answer: 'partly', severity: 'improvement' })], 'nl', labels))[0]).toMatch(
      /^"Schoolbreed","Gaat iedereen mee\?","deels","verbeterpunt",/,
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
    expect(rows(actionPlanCsv([action({ owner: 'Jan, Piet' })], 'nl', labels))[0]).toContain(',"Jan, Piet",');
  });

  it('keeps a line break inside one quoted cell', () => {
    const csv = actionPlanCsv([action({ owner: 'Jan\nPiet' })], 'nl', labels);
    expect(csv).toContain(',"Jan\nPiet",');
  });

  it.each(['=HYPERLINK("http://x")', '+31 50', '-1', '@SUM(A1)', '\tTab', '\rReturn'])(
    'puts an apostrophe before a cell that a spreadsheet would run as a formula: %j',
    (owner) => {
      expect(rows(actionPlanCsv([action({ owner })], 'nl', labels)).join('\r\n')).toContain(`,"'${owner.replaceAll('"', '""')}",`);
    },
  );

  it('leaves ordinary cells as they are', () => {
    expect(rows(actionPlanCsv([action({ owner: 'Zoë van Dam' })], 'nl', labels))[0]).toContain(',"Zoë van Dam",');
  });

  it('neutralises formulas in every column, including names and labels', () => {
    const csv = actionPlanCsv([action({ scopeName: '=1+1' })], 'nl', labels);
    expect(rows(csv)[0]?.startsWith(`"'=1+1",`)).toBe(true);
  });
});
