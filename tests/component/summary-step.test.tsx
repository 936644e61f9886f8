// @vitest-environment happy-dom
import { act, fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { ActionPlanTable } from '../../src/islands/self-assessment/ActionPlanTable';
import { SummaryStep } from '../../src/islands/self-assessment/SummaryStep';
import { answers, makeActivity, makeAssessment } from '../fixtures/checklist';
import { nl, renderWithState } from './support';

/** A vo school with two "nee"/"deels" answers school-wide and one on its school trip. */
const withActions = () =>
  makeAssessment({
    schoolAnswers: answers({ 'inform-parents': 'no', 'mr-approved': 'partly', 'no-payer-lists': 'yes' }),
    activities: [makeActivity({ id: 'trip', name: 'Schoolreis', kind: 'one-day', answers: answers({ 'everyone-joins': 'partly', 'equal-alternative': 'na', 'cost-known': 'yes' }) })],
  });

/** The body rows of the action plan (the first row holds the column headers). */
const actionRows = () => screen.getAllByRole('row').slice(1);

describe('the action plan', () => {
  it('has one row for each "nee" or "deels" answer, critical ones first', () => {
    renderWithState(<SummaryStep />, { assessment: withActions() });
    const rows = actionRows();
    expect(rows).toHaveLength(3);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      'Hele schoolKritiek, antwoord: deels',
      'SchoolreisKritiek, antwoord: deels',
      'Hele schoolVerbetering, antwoord: nee',
    ]);
    expect(rows.map((row) => within(row).getAllByRole('cell')[0]!.textContent)).toEqual([
      'Actie voor mr-approved.Vraag: Vraag mr-approved?',
      'Actie voor everyone-joins.Vraag: Vraag everyone-joins?',
      'Actie voor inform-parents.Vraag: Vraag inform-parents?',
    ]);
  });

  it('names its columns', () => {
    renderWithState(<SummaryStep />, { assessment: withActions() });
    const headers = screen.getAllByRole('columnheader').map((th) => th.textContent);
    expect(headers).toEqual(['Waar', 'Actie', 'Wie', 'Wanneer klaar']);
  });

  it('says there are no actions when every answer is "ja" or "n.v.t."', () => {
    renderWithState(<SummaryStep />, {
      assessment: makeAssessment({ schoolAnswers: answers({ 'inform-parents': 'yes', 'mr-approved': 'na' }) }),
    });
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByRole('region', { name: nl['sa.summary.title'] }).textContent).toContain(nl['sa.summary.noActions']);
  });

  it('adds a row when an answer changes to "nee"', () => {
    const { state } = renderWithState(<SummaryStep />, { assessment: withActions() });
    act(() => state.answer('school', 'no-payer-lists', 'no'));
    expect(actionRows()).toHaveLength(4);
  });

  it('drops a row when its answer changes to "ja"', () => {
    const { state } = renderWithState(<SummaryStep />, { assessment: withActions() });
    act(() => state.answer('trip', 'everyone-joins', 'yes'));
    expect(actionRows()).toHaveLength(2);
  });

  it('stores the owner the school types for an action', () => {
    const { state } = renderWithState(<SummaryStep />, { assessment: withActions() });
    fireEvent.input(screen.getByRole('textbox', { name: 'Wie, actie 1' }), { target: { value: 'Directeur' } });
    expect(state.current.value!.actions['school:mr-approved']).toEqual({ owner: 'Directeur', deadline: '' });
  });

  it('stores the deadline the school picks for an action', () => {
    const { state } = renderWithState(<SummaryStep />, { assessment: withActions() });
    fireEvent.input(screen.getByLabelText('Wanneer klaar, actie 2'), { target: { value: '2026-03-01' } });
    expect(state.current.value!.actions['trip:everyone-joins']).toEqual({ owner: '', deadline: '2026-03-01' });
  });

  it('shows the owner and deadline filled in earlier', () => {
    renderWithState(<SummaryStep />, {
      assessment: { ...withActions(), actions: { 'school:inform-parents': { owner: 'MR-voorzitter', deadline: '2026-01-15' } } },
    });
    expect((screen.getByRole('textbox', { name: 'Wie, actie 3' }) as HTMLInputElement).value).toBe('MR-voorzitter');
    expect((screen.getByLabelText('Wanneer klaar, actie 3') as HTMLInputElement).value).toBe('2026-01-15');
  });

  it('shows the owner as text, not as a field, when it is not editable', () => {
    renderWithState(<ActionPlanTable editable={false} />, {
      assessment: { ...withActions(), actions: { 'school:inform-parents': { owner: 'MR-voorzitter', deadline: '2026-01-15' } } },
    });
    expect(screen.queryByRole('textbox')).toBeNull();
    const last = actionRows()[2]!;
    expect(within(last).getAllByRole('cell').map((cell) => cell.textContent).slice(1)).toEqual(['MR-voorzitter', '2026-01-15']);
  });
});

describe('the summary', () => {
  it('shows progress over every question that applies', () => {
    renderWithState(<SummaryStep />, { assessment: withActions() });
    // vo: 3 school-wide questions, and 3 for a one-day activity.
    expect(screen.getByRole('region', { name: nl['sa.summary.title'] }).textContent).toContain('6 van 6 vragen beantwoord');
  });

  it('lists the status of the school-wide part and of each activity in words', () => {
    renderWithState(<SummaryStep />, { assessment: withActions() });
    const [school, trip] = within(screen.getAllByRole('list')[0]!).getAllByRole('listitem');
    expect(school!.textContent).toBe(`Hele school: ${nl['status.attention']}`);
    expect(trip!.textContent).toBe(`Schoolreis: ${nl['status.attention']}`);
  });

  it('links each question to review to the step where it is asked', () => {
    const { state } = renderWithState(<SummaryStep />, {
      assessment: makeAssessment({ checklistVersion: 1, schoolAnswers: answers({ 'no-payer-lists': 'yes' }, 1) }),
    });
    fireEvent.click(screen.getByRole('link', { name: 'Hele school: Vraag no-payer-lists? (vraag veranderd)' }));
    expect(state.step.value).toEqual({ name: 'school' });
  });
});

describe('questions new since an older checklist', () => {
  it('are listed as new and link to the step where they are asked', () => {
    const { state } = renderWithState(<SummaryStep />, {
      assessment: makeAssessment({ checklistVersion: 1, schoolAnswers: answers({ 'inform-parents': 'yes', 'mr-approved': 'yes' }, 1) }),
    });
    fireEvent.click(screen.getByRole('link', { name: 'Hele school: Vraag no-payer-lists? (nieuwe vraag)' }));
    expect(state.step.value).toEqual({ name: 'school' });
  });
});

describe('a long action plan', () => {
  // 60 trips with two actions each: 120 rows, each with two fields.
  const many = () =>
    makeAssessment({
      activities: Array.from({ length: 60 }, (_, i) =>
        makeActivity({ id: `trip-${i}`, name: `Reis ${i}`, kind: 'one-day', answers: answers({ 'everyone-joins': 'no', 'cost-known': 'partly' }) }),
      ),
    });

  it('shows its first rows at once and the rest in steps, so the page answers without a long pause', async () => {
    renderWithState(<ActionPlanTable editable />, { assessment: many() });
    expect(actionRows()).toHaveLength(40);
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(actionRows()).toHaveLength(120);
  });

  it('prints every row at once', () => {
    renderWithState(<ActionPlanTable editable={false} />, { assessment: many() });
    expect(actionRows()).toHaveLength(120);
  });
});
