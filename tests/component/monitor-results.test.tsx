// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MonitorFile } from '../../src/domain/monitor/schema';
import { checklistWithoutTexts, makeTranslator, type MonitorData } from '../../src/islands/monitor/data';
import type { Outcome } from '../../src/islands/monitor/reader/protocol';
import { Results } from '../../src/islands/monitor/views/ResultsView';
import { dictionaries } from '../../src/lib/i18n';
import { monitorEn } from '../../src/lib/i18n/monitor/en';
import { monitorNl } from '../../src/lib/i18n/monitor/nl';
import { testChecklist } from '../fixtures/checklist';

// The monitor's overviews as a policy officer reads them, found by their headings, rows and buttons: the
// questions where most schools fall short (named by the page's own checklist) and the actions done.

afterEach(cleanup);

function dataFor(lang: 'nl' | 'en'): MonitorData {
  const shared = Object.entries(dictionaries[lang]).filter(([key]) => /^(status|kind|type)\./.test(key));
  return {
    lang,
    checklist: checklistWithoutTexts(testChecklist, lang),
    principles: [{ key: 'everyone-takes-part', title: lang === 'nl' ? 'Iedereen doet mee' : 'Everyone takes part', href: '/p/' }],
    texts: { ...Object.fromEntries(shared), ...(lang === 'nl' ? monitorNl : monitorEn) },
    sampleUrl: '/monitor/sample.json',
    municipality: 'Voorbeeldstad',
  };
}

const base: MonitorFile = {
  format: 'schoolkostencheck-monitor',
  schemaVersion: 1,
  checklistVersion: testChecklist.version,
  createdAt: '2026-10-01T10:00:00.000Z',
  school: { name: 'x', type: 'po', schoolYear: '2026-2027' },
  contribution: 40,
  mrInvolved: 'yes',
  questions: { answered: 10, total: 10 },
  activities: [],
  principles: [{ principle: 'everyone-takes-part', status: 'excludes' }],
  answers: [],
  actions: { byConcern: { exclusion: 2, 'cost-barrier': 0, information: 2 }, groups: 2, withOwner: 4, withDeadline: 4, planned: 4, states: null },
};

/** Three schools: two po, one vo. "everyone-joins" falls short at two of three, "inform-parents" at one of three, and "gone-question" (not in this checklist) at one of one. */
const files: MonitorFile[] = [
  {
    ...base,
    school: { ...base.school, name: 'De Wulp' },
    answers: [
      { question: 'everyone-joins', scope: 'one-day', asked: 2, no: 1, partly: 0 },
      { question: 'everyone-joins', scope: 'multi-day', asked: 1, no: 0, partly: 1 },
      { question: 'inform-parents', scope: 'school', asked: 1, no: 0, partly: 1 },
    ],
    actions: { ...base.actions, states: { 'not-started': 1, 'in-progress': 1, done: 2, dropped: 0 } },
  },
  {
    ...base,
    school: { ...base.school, name: 'Het Anker' },
    answers: [
      { question: 'everyone-joins', scope: 'one-day', asked: 1, no: 0, partly: 1 },
      { question: 'inform-parents', scope: 'school', asked: 1, no: 0, partly: 0 },
      { question: 'gone-question', scope: 'school', asked: 1, no: 1, partly: 0 },
    ],
    actions: { ...base.actions, states: { 'not-started': 2, 'in-progress': 0, done: 0, dropped: 0 } },
  },
  {
    ...base,
    school: { ...base.school, name: 'Zilveren College', type: 'vo' },
    answers: [
      { question: 'everyone-joins', scope: 'one-day', asked: 1, no: 0, partly: 0 },
      { question: 'inform-parents', scope: 'school', asked: 1, no: 0, partly: 0 },
    ],
    // Made before monitor files said how far actions got.
    actions: { ...base.actions, states: null },
  },
];

const outcomes = (list: MonitorFile[]): Extract<Outcome, { ok: true }>[] => list.map((file, i) => ({ fileName: `school-${i}.json`, ok: true, file, source: 'monitor', notes: [] }));

function show(lang: 'nl' | 'en' = 'nl', list = files) {
  const data = dataFor(lang);
  render(<Results data={data} t={makeTranslator(lang, data.texts)} counted={outcomes(list)} sampleShown={false} />);
}

const nl = dictionaries.nl;
const cells = (row: HTMLElement) => within(row).getAllByRole('cell').map((cell) => cell.textContent);
const row = (region: HTMLElement, name: string) => within(region).getByRole('rowheader', { name }).closest('tr') as HTMLElement;

describe('the questions where most schools fall short', () => {
  it('lists them by the share of schools that answered “nee” or “deels”, with the text of the page’s checklist', () => {
    show();
    const region = screen.getByRole('region', { name: monitorNl['mon.questions.title'] });
    const names = within(region).getAllByRole('rowheader').map((cell) => cell.textContent);
    // 1 of 1, then 2 of 3, then 1 of 3.
    expect(names).toEqual(['gone-question', 'Vraag everyone-joins?', 'Vraag inform-parents?']);
    // Where, asked, no, partly, falling short, share.
    expect(cells(row(region, 'Vraag everyone-joins?'))).toEqual([`${nl['kind.one-day']}, ${nl['kind.multi-day']}`, '3', '1', '1', '2', '67%']);
    expect(cells(row(region, 'Vraag inform-parents?'))).toEqual([monitorNl['mon.questions.school'], '3', '0', '1', '1', '33%']);
    expect(cells(row(region, 'gone-question'))).toEqual([monitorNl['mon.questions.school'], '1', '1', '0', '1', '100%']);
    expect(within(region).getByText('Op 3 vragen schieten een of meer scholen tekort. Hier staan de 3 met het grootste aandeel scholen.')).toBeTruthy();
  });

  it('says so when no school fell short on any question, and which files do not say', () => {
    show('nl', [{ ...files[2]!, answers: null }, { ...files[2]!, school: { ...files[2]!.school, name: 'Ander College' } }]);
    const region = screen.getByRole('region', { name: monitorNl['mon.questions.title'] });
    expect(within(region).getByText(monitorNl['mon.questions.none'])).toBeTruthy();
    expect(within(region).queryByRole('table')).toBeNull();
    expect(within(region).getByText(monitorNl['mon.questions.without'].one)).toBeTruthy();
  });

  it('names the questions in English on the English page', () => {
    show('en');
    const region = screen.getByRole('region', { name: monitorEn['mon.questions.title'] });
    expect(within(region).getByRole('rowheader', { name: 'Question everyone-joins?' })).toBeTruthy();
    expect(cells(row(region, 'Question inform-parents?'))[0]).toBe(monitorEn['mon.questions.school']);
  });
});

describe('the actions planned and done', () => {
  it('gives the actions by state and the share done per school type and for all schools, leaving out files that do not say', () => {
    show();
    const region = screen.getByRole('region', { name: monitorNl['mon.states.title'] });
    // Schools, actions, not started, in progress, done, dropped, share done.
    expect(cells(row(region, nl['type.po']))).toEqual(['2', '6', '3', '1', '2', '0', '33%']);
    expect(cells(row(region, nl['type.vo']))).toEqual(['0', '0', '0', '0', '0', '0', '–']);
    expect(cells(row(region, monitorNl['mon.states.all']))).toEqual(['2', '6', '3', '1', '2', '0', '33%']);
    expect(within(region).getByText(monitorNl['mon.states.without'].one)).toBeTruthy();
  });
});

describe('the report’s buttons', () => {
  it('prints the report and offers the CSV, saying it was downloaded', () => {
    // happy-dom has no print dialog: the page's call to it is what a person's click starts.
    const print = vi.fn();
    Object.defineProperty(window, 'print', { value: print, configurable: true });
    const created = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:monitor');
    show();
    fireEvent.click(screen.getByRole('button', { name: monitorNl['mon.print'] }));
    expect(print).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: monitorNl['mon.csv'] }));
    expect(created).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('status').textContent).toBe(monitorNl['mon.csvDone']);
    created.mockRestore();
  });

  it('shows an earlier school year when it is chosen', () => {
    const earlier = files.map((file) => ({ ...file, school: { ...file.school, schoolYear: '2025-2026' }, answers: [] }));
    show('nl', [...earlier, ...files]);
    expect(screen.getByRole('region', { name: monitorNl['mon.questions.title'] }).querySelector('table')).not.toBeNull();
    fireEvent.change(screen.getByRole('combobox', { name: monitorNl['mon.year'] }), { target: { value: '2025-2026' } });
    const region = screen.getByRole('region', { name: monitorNl['mon.questions.title'] });
    expect(within(region).getByText(monitorNl['mon.questions.none'])).toBeTruthy();
  });
});
