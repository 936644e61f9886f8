// @vitest-environment happy-dom
import { act, fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { actionPlan } from '../support/results';
import { ActionPlanTable } from '../../src/islands/self-assessment/views/ActionPlanTable';
import { SummaryStep } from '../../src/islands/self-assessment/views/SummaryStep';
import { answers, makeActivity, makeAssessment, testChecklist } from '../fixtures/checklist';
import { focus, leave, nl, questionText, renderWithState, retype, Screens, typeKeys } from './support';

/** A vo school with two "nee"/"deels" answers school-wide and one on its school trip. */
const withActions = () =>
  makeAssessment({
    id: 'noorderlicht',
    schoolAnswers: answers({ 'inform-parents': 'no', 'mr-approved': 'partly', 'no-payer-lists': 'yes' }),
    activities: [makeActivity({ id: 'trip', name: 'Schoolreis', kind: 'one-day', answers: answers({ 'everyone-joins': 'partly', 'equal-alternative': 'na', 'cost-known': 'yes' }) })],
  });
const withOwner = () => ({ ...withActions(), actions: { 'school:inform-parents': { owner: 'MR-voorzitter', deadline: '2026-01-15' } } });

/** The body rows of the action plan (the first row holds the column headers). */
const actionRows = () => screen.getAllByRole('row').slice(1);
const owner = (n: number) => screen.getByRole('textbox', { name: `Wie, actie ${n}` }) as HTMLInputElement;
const deadline = (n: number) => screen.getByRole('textbox', { name: `Wanneer klaar, actie ${n}` }) as HTMLInputElement;

describe('the action plan', () => {
  it('has one row for each "nee" or "deels" answer, critical ones first', () => {
    renderWithState(<SummaryStep />, { assessment: withActions() });
    const plan = actionPlan(testChecklist, withActions());
    expect(actionRows()).toHaveLength(plan.length);
    expect(actionRows().map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      'Hele schoolKritiek, antwoord: deels',
      'SchoolreisKritiek, antwoord: deels',
      'Hele schoolVerbetering, antwoord: nee',
    ]);
    expect(actionRows().map((row) => within(row).getAllByRole('cell')[0]!.textContent)).toEqual(
      plan.map((action) => `${action.suggestion.nl}Vraag: ${questionText(action.questionId)}`),
    );
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

  it('drops a row when its answer changes to "ja", and brings back its owner when it changes back', () => {
    const { state } = renderWithState(<SummaryStep />, { assessment: withOwner() });
    act(() => state.answer('school', 'inform-parents', 'yes'));
    expect(actionRows()).toHaveLength(2);
    act(() => state.answer('school', 'inform-parents', 'no'));
    expect(owner(3).value).toBe('MR-voorzitter');
  });

  it('stores the owner the school types for an action', () => {
    const { state } = renderWithState(<SummaryStep />, { assessment: withActions() });
    typeKeys(owner(1), 'Directeur');
    expect(state.current.value!.actions['school:mr-approved']).toEqual({ owner: 'Directeur', deadline: '' });
    expect(owner(1).value).toBe('Directeur');
  });

  it('stores a deadline typed the Dutch way, and shows it the short way afterwards', () => {
    const { state } = renderWithState(<SummaryStep />, { assessment: withActions() });
    expect(deadline(2).getAttribute('placeholder')).toBe(nl['sa.parse.datePlaceholder']);
    focus(deadline(2));
    typeKeys(deadline(2), '1 maart 2026');
    expect(state.current.value!.actions['trip:everyone-joins']).toEqual({ owner: '', deadline: '2026-03-01' });
    expect(deadline(2).value).toBe('1 maart 2026');
    leave(deadline(2));
    expect(deadline(2).value).toBe('1-3-2026');
  });

  it('says a date that does not exist once the field is left, and never stores it', () => {
    const { state } = renderWithState(<SummaryStep />, { assessment: withOwner() });
    focus(deadline(3));
    typeKeys(deadline(3), 'x');
    leave(deadline(3));
    expect(state.current.value!.actions['school:inform-parents']?.deadline).toBe('2026-01-15');
    retype(deadline(3), '31-2-2026');
    expect(screen.getByRole('textbox', { name: 'Wanneer klaar, actie 3', description: nl['sa.parse.no-such-date'] }).getAttribute('aria-invalid')).toBe('true');
    expect(deadline(3).value).toBe('31-2-2026');
    // Emptying the field on the way stored "no deadline"; no part of the impossible date was stored.
    expect(state.current.value!.actions['school:inform-parents']?.deadline).toBe('');
  });

  it('shows the owner and deadline filled in earlier', () => {
    renderWithState(<SummaryStep />, { assessment: withOwner() });
    expect(owner(3).value).toBe('MR-voorzitter');
    expect(deadline(3).value).toBe('15-1-2026');
  });

});

describe('the summary', () => {
  it('shows progress over every question that applies', () => {
    const { state } = renderWithState(<SummaryStep />, { assessment: withActions() });
    const { answered, total } = state.assessed.value!.counts;
    expect(screen.getByRole('region', { name: nl['sa.summary.title'] }).textContent).toContain(`${answered} van ${total} vragen beantwoord`);
  });

  it('lists the status of the school-wide part and of each activity in words', () => {
    renderWithState(<SummaryStep />, { assessment: withActions() });
    const [school, trip] = within(screen.getAllByRole('list')[0]!).getAllByRole('listitem');
    expect(school!.textContent).toBe(`Hele school: ${nl['status.attention']}`);
    expect(trip!.textContent).toBe(`Schoolreis: ${nl['status.attention']}`);
  });

  it('opens an activity from its name', () => {
    const { state } = renderWithState(<Screens />, { assessment: withActions(), prepare: (s) => s.goStep('summary') });
    fireEvent.click(screen.getByRole('button', { name: 'Schoolreis' }));
    expect(state.route.value).toEqual({ name: 'assessment', id: 'noorderlicht', step: 'activity', activityId: 'trip' });
  });

  it('lists the status per principle in words', () => {
    const { state, data } = renderWithState(<SummaryStep />, { assessment: withActions() });
    const items = within(screen.getAllByRole('list')[1]!).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toHaveLength(state.assessed.value!.principles.length);
    const first = state.assessed.value!.principles[0]!;
    const title = data.principles.find((p) => p.key === first.principle)!.title;
    expect(items[0]).toContain(`${title}: ${nl[`status.${first.status}` as keyof typeof nl] as string}`);
  });

  it('links each question to review to the step where it is asked', () => {
    const { state } = renderWithState(<Screens />, {
      assessment: makeAssessment({ id: 'oud', checklistVersion: 1, schoolAnswers: answers({ 'no-payer-lists': 'yes' }, 1) }),
      prepare: (s) => s.goStep('summary'),
    });
    fireEvent.click(screen.getByRole('link', { name: `Hele school: ${questionText('no-payer-lists')} (vraag veranderd)` }));
    expect(state.route.value).toEqual({ name: 'assessment', id: 'oud', step: 'school' });
    expect(screen.getByRole('heading', { level: 2, name: nl['sa.steps.school'] })).toBeTruthy();
  });
});

describe('questions new since an older checklist', () => {
  it('are listed as new and link to the step where they are asked', () => {
    const { state } = renderWithState(<Screens />, {
      assessment: makeAssessment({
        id: 'oud',
        checklistVersion: 1,
        schoolAnswers: answers({ 'inform-parents': 'yes', 'mr-approved': 'yes' }, 1),
        activities: [makeActivity({ id: 'trip', name: 'Schoolreis', kind: 'one-day', answers: answers({ 'everyone-joins': 'yes', 'cost-known': 'yes' }, 1) })],
      }),
      prepare: (s) => s.goStep('summary'),
    });
    expect(screen.getByRole('link', { name: `Hele school: ${questionText('no-payer-lists')} (nieuwe vraag)` })).toBeTruthy();
    fireEvent.click(screen.getByRole('link', { name: `Schoolreis: ${questionText('equal-alternative')} (nieuwe vraag)` }));
    expect(state.route.value).toEqual({ name: 'assessment', id: 'oud', step: 'activity', activityId: 'trip' });
  });
});

describe('a long action plan', () => {
  // 60 trips with two actions each: 120 rows, each with two fields: more than one page of 100.
  const many = () =>
    makeAssessment({
      activities: Array.from({ length: 60 }, (_, i) =>
        makeActivity({ id: `trip-${i}`, name: `Reis ${i}`, kind: 'one-day', answers: answers({ 'everyone-joins': 'no', 'cost-known': 'partly' }) }),
      ),
    });

  it('shows a hundred actions at a time, says which, and pages to the rest', () => {
    renderWithState(<ActionPlanTable />, { assessment: many() });
    expect(actionRows()).toHaveLength(100);
    const pager = screen.getByRole('navigation', { name: nl['sa.plan.pages'] });
    expect(pager.textContent).toContain('Acties 1 tot en met 100 van 120');
    expect((within(pager).getByRole('button', { name: 'Vorige 100 acties' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(within(pager).getByRole('button', { name: 'Volgende 100 acties' }));
    expect(actionRows()).toHaveLength(20);
    expect(pager.textContent).toContain('Acties 101 tot en met 120 van 120');
    expect(owner(101)).toBeTruthy();
  });

  it('shows no pager when the plan fits on one page', () => {
    renderWithState(<ActionPlanTable />, { assessment: withOwner() });
    expect(screen.queryByRole('navigation', { name: nl['sa.plan.pages'] })).toBeNull();
  });

  it('keeps what is typed in one row when another row changes', () => {
    const { state } = renderWithState(<ActionPlanTable />, { assessment: many() });
    focus(deadline(1));
    typeKeys(deadline(1), '1-3');
    act(() => void state.setActionField('trip-5', 'cost-known', { owner: 'Teamleider' }));
    expect(deadline(1).value).toBe('1-3');
  });
});
