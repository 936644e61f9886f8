// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { decodeAssessment } from '../../src/domain/assessment/format/decode';
import { encodeAssessment } from '../../src/domain/assessment/format/encode';
import type { Assessment } from '../../src/domain/assessment/format/schema';
import { memoryStorage } from '../../src/islands/self-assessment/storage/entries';
import { CompareStep } from '../../src/islands/self-assessment/views/CompareStep';
import { describeProblem } from '../../src/islands/self-assessment/views/problems';
import { Report } from '../../src/islands/self-assessment/views/Report';
import { testChecklist } from '../fixtures/checklist';
import { edit, nextYearOf, now, yearN } from '../fixtures/compare-years';
import { nl, questionText, renderWithState } from './support';

// Last school year's assessment and this year's copy of it, in which three answers changed and two actions
// were marked done: what the step Vergelijken and the report's comparison page show of it.


// This year's cost of the trip changed too.
const next = nextYearOf(yearN, { type: 'update-activity', id: 'trip', patch: { costPerPupil: 25 } });
const action = (id: string) => testChecklist.activityQuestions.find((q) => q.id === id)!.action.nl;

/**
 * This year's assessment open, with the given others in this browser too. A choice made on the step is kept
 * for the page view, per assessment: tests that must start without one open a copy under an id of their own.
 */
function renderStep(others: Assessment[], ui = <CompareStep />, id = next.id) {
  const storage = memoryStorage();
  for (const other of others) storage.write(other, 'device');
  return renderWithState(ui, { storage, assessment: { ...next, id } });
}

const chooseFile = (file: File) => fireEvent.change(screen.getByLabelText(nl['sa.compare.openFile']), { target: { files: [file] } });
const result = () => screen.getByRole('region', { name: 'Vergelijking met 2025-2026' });

describe('comparing this year with last year’s assessment in this browser', () => {
  it('chooses last year’s at the start and says what changed in one line', () => {
    renderStep([yearN]);
    const select = screen.getByRole('combobox', { name: nl['sa.compare.choose'] }) as HTMLSelectElement;
    expect(select.selectedOptions[0]!.textContent).toBe('Het Kompas, 2025-2026 (vorig schooljaar)');
    expect(within(result()).getByText('Eerder: Het Kompas, 2025-2026. Nu: Het Kompas, 2026-2027.')).toBeTruthy();
    // Both activities wait for answers to be confirmed this year; three answers changed; two actions done.
    expect(within(result()).getByText('2 activiteiten nog niet af. 3 antwoorden veranderd, 2 acties afgerond sinds toen.')).toBeTruthy();
  });

  it('lists exactly the three answers that changed, with the answer then and now', () => {
    renderStep([yearN]);
    const table = within(result()).getByRole('table', { name: 'Veranderde antwoorden (3)' });
    const rows = within(table).getAllByRole('row').slice(1).map((row) => [...row.children].map((cell) => cell.textContent));
    expect(rows).toEqual([
      [`Hele school${questionText('no-payer-lists')}`, 'deels', 'ja'],
      [`Schoolreis${questionText('equal-alternative')}`, 'nee', 'deels'],
      [`Laptop${questionText('devices-on-loan')}`, 'nee', 'ja'],
    ]);
  });

  it('shows each activity’s status then and now in words, and why it is not finished yet', () => {
    renderStep([yearN]);
    const table = within(result()).getByRole('table', { name: nl['sa.compare.activities'] });
    const trip = within(table).getByRole('row', { name: /^Schoolreis/ });
    expect([...trip.children].map((cell) => cell.textContent)).toEqual([
      'Schoolreis',
      nl['status.information'],
      `${nl['status.incomplete']}2 antwoorden nog te bevestigen`,
      '… Nog niet af',
    ]);
    expect(within(table).getByRole('columnheader', { name: 'Eerder (2025-2026)' })).toBeTruthy();
  });

  it('names the two actions marked done, and the two no longer needed', () => {
    renderStep([yearN]);
    const done = within(result()).getByRole('region', { name: 'Afgerond sinds de vorige zelfevaluatie (2)' });
    expect(within(done).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      `Schoolreis: ${action('equal-alternative')}Eerder: Niet begonnen. Nu: Klaar.`,
      `Schoolreis: ${action('cost-known')}Eerder: Bezig. Nu: Klaar.`,
    ]);
    const gone = within(result()).getByRole('region', { name: 'Niet meer nodig (2)' });
    expect(within(gone).getAllByRole('listitem')).toHaveLength(2);
  });

  it('shows the cost that changed', () => {
    renderStep([yearN]);
    const table = within(result()).getByRole('table', { name: nl['sa.compare.costChanges'] });
    expect([...within(table).getByRole('row', { name: /^Schoolreis/ }).children].map((c) => c.textContent)).toEqual([
      'Schoolreis',
      `€ 20,00${nl['sa.funding.school']}`,
      `€ 25,00${nl['sa.funding.school']}`,
    ]);
  });

  it('lists the same school’s assessments first, and warns when another school’s is chosen', () => {
    const other = { ...yearN, id: 'regenboog', profile: { ...yearN.profile, schoolName: 'De Regenboog', schoolYear: '2024-2025' } };
    renderStep([other, yearN]);
    const select = screen.getByRole('combobox', { name: nl['sa.compare.choose'] }) as HTMLSelectElement;
    expect([...select.querySelectorAll('optgroup')].map((g) => `${g.label}: ${[...g.children].map((o) => o.textContent).join(' | ')}`)).toEqual([
      'Dezelfde school: Het Kompas, 2025-2026 (vorig schooljaar)',
      'Andere scholen: De Regenboog, 2024-2025',
    ]);
    fireEvent.change(select, { target: { value: 'regenboog' } });
    expect(screen.getByText(/de andere zelfevaluatie is van een andere school \(De Regenboog\)/)).toBeTruthy();
  });
});

describe('last year’s actions dropped this year', () => {
  it('lists a dropped action as dropped, not as work still open', () => {
    const dropped = edit(next, { type: 'action', scope: 'trip', questionId: 'cost-known', patch: { state: 'dropped', stateReason: 'Gaat niet door' } });
    const storage = memoryStorage();
    storage.write(yearN, 'device');
    renderWithState(<CompareStep />, { storage, assessment: { ...dropped, id: 'dropped-copy' } });
    const droppedList = within(result()).getByRole('region', { name: `${nl['sa.compare.droppedActions']} (1)` });
    expect(droppedList.textContent).toContain(action('cost-known'));
    expect(within(result()).queryByRole('region', { name: new RegExp(`^${nl['sa.compare.stillOpen']}`) })?.textContent ?? '').not.toContain(action('cost-known'));
  });
});

describe('comparing with a file', () => {
  it('says when last year’s assessment is not in this browser, and compares once its file is opened', async () => {
    renderStep([]);
    const missing = 'Deze zelfevaluatie is begonnen vanuit die van 2025-2026, maar die staat niet in deze browser. Open het bestand ervan om te vergelijken.';
    expect(screen.getByText(missing)).toBeTruthy();
    expect(screen.getByLabelText(nl['sa.compare.openFile']).getAttribute('aria-describedby')).toContain('sa-compare-missing');
    chooseFile(new File([encodeAssessment(yearN)], 'kompas-2025.json', { type: 'application/json' }));
    expect(await screen.findByRole('region', { name: 'Vergelijking met 2025-2026' })).toBeTruthy();
    expect(within(result()).getByText('uit het bestand kompas-2025.json')).toBeTruthy();
    // Taken to the comparison that appeared below the file field.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Vergelijking met 2025-2026' })));
    expect(screen.queryByText(missing)).toBeNull();
  });

  it('lists the problems of a broken file in the words opening a file uses', async () => {
    const { t } = renderStep([]);
    const broken = JSON.stringify({ format: 'schoolkostencheck-assessment', schemaVersion: 3, id: '', profile: {} });
    chooseFile(new File([broken], 'kapot.json'));
    const alert = await screen.findByRole('alert', { name: nl['sa.compare.fileProblems'] });
    const decoded = decodeAssessment(broken, { currentChecklistVersion: 2, fileName: 'kapot.json' });
    if (decoded.ok) throw new Error('the test file should be broken');
    expect(within(alert).getAllByRole('listitem').map((li) => li.textContent)).toEqual(decoded.issues.map((p) => describeProblem(p, t)));
  });

  it('says so when the file is this very assessment', async () => {
    renderStep([]);
    chooseFile(new File([encodeAssessment(next)], 'zelfde.json'));
    expect(await screen.findByText(/U vergelijkt deze zelfevaluatie met zichzelf/)).toBeTruthy();
    expect(screen.getByText(/0 antwoorden veranderd, 0 acties afgerond sinds toen\./)).toBeTruthy();
  });
});

describe('the report’s comparison page', () => {
  it('is there when last year’s assessment is in this browser, with what got worse or better and the actions done', async () => {
    renderStep([yearN], <Report />, 'report-with');
    const page = await screen.findByRole('region', { name: 'Vergelijking met 2025-2026' });
    expect(within(page).getByText('2 activiteiten nog niet af. 3 antwoorden veranderd, 2 acties afgerond sinds toen.')).toBeTruthy();
    expect(within(page).getByRole('heading', { name: 'Afgeronde acties (2)' })).toBeTruthy();
    expect(within(page).getByText(action('cost-known'), { exact: false })).toBeTruthy();
  });

  it('is not there when there is nothing to compare with', async () => {
    renderStep([], <Report />, 'report-without');
    await screen.findByRole('article', { name: nl['sa.report.title'] });
    expect(screen.queryByRole('region', { name: /^Vergelijking met/ })).toBeNull();
  });
});
