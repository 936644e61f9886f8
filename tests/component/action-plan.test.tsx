// @vitest-environment happy-dom
import { act, fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { ActionPlan } from '../../src/islands/self-assessment/views/PlanGroups';
import { actionPlan } from '../support/results';
import { answers, makeActivity, makeAssessment, testChecklist } from '../fixtures/checklist';
import { focus, leave, nl, questionText, renderWithState, retype, typeKeys } from './support';

/**
 * A vo school with "nee"/"deels" answers in two school-wide topics and on two activities: a trip whose
 * "deels" can leave pupils out, and a werkweek where it is the cost and a missing letter.
 */
const withActions = () =>
  makeAssessment({
    id: 'noorderlicht',
    schoolAnswers: answers({ 'inform-parents': 'no', 'mr-approved': 'partly', 'no-payer-lists': 'yes' }),
    activities: [
      makeActivity({
        id: 'week',
        name: 'Werkweek',
        kind: 'multi-day',
        traits: ['gear'],
        fundedBy: 'separate-charge',
        answers: answers({ 'everyone-joins': 'yes', 'equal-alternative': 'yes', 'cost-known': 'no', 'gear-lent': 'no', 'payment-unseen': 'yes', 'letter-voluntary': 'yes' }),
      }),
      makeActivity({ id: 'trip', name: 'Schoolreis', kind: 'one-day', answers: answers({ 'everyone-joins': 'partly', 'equal-alternative': 'na', 'cost-known': 'yes' }) }),
    ],
  });

const groups = () => screen.getAllByRole('region');
const group = (name: string) => screen.getByRole('region', { name });
const field = (name: string) => screen.getByRole('textbox', { name }) as HTMLInputElement;
const MR = `${nl['sa.summary.schoolWideScope']}: ${nl['topic.mr-consent']}`;
const INFO = `${nl['sa.summary.schoolWideScope']}: ${nl['topic.information']}`;

describe('the action plan', () => {
  it('has one group per activity or school-wide topic, the law first, with every action of the plan', () => {
    renderWithState(<ActionPlan />, { assessment: withActions() });
    expect(groups().map((g) => within(g).getByRole('heading', { level: 4 }).textContent)).toEqual([MR, 'Schoolreis', 'Werkweek', INFO]);
    const plan = actionPlan(testChecklist, withActions());
    expect(screen.getAllByRole('listitem')).toHaveLength(plan.length);
  });

  it('names each group’s status and each action’s meaning in the same words, so they agree', () => {
    renderWithState(<ActionPlan />, { assessment: withActions() });
    const week = group('Werkweek');
    expect(week.querySelector('.skc-plan__status .skc-status-tag')!.textContent).toBe(nl['status.cost-barrier']);
    const actions = within(week).getAllByRole('listitem');
    expect(actions.map((li) => li.querySelector('.skc-status-tag')!.textContent)).toEqual([nl['status.cost-barrier'], nl['status.information']]);
    expect(actions[0]!.textContent).toContain(`${nl['sa.report.question']}: ${questionText('gear-lent')} · ${nl['sa.report.answer']}: ${nl['answer.no']}`);
    expect(within(group('Schoolreis')).getByRole('listitem').querySelector('.skc-status-tag')!.textContent).toBe(nl['status.excludes']);
  });

  it('gives every action of a group the owner and deadline typed once for the group', () => {
    const { state } = renderWithState(<ActionPlan />, { assessment: withActions() });
    typeKeys(field('Wie, Werkweek'), 'Mevrouw Jansen');
    focus(field('Wanneer klaar, Werkweek'));
    typeKeys(field('Wanneer klaar, Werkweek'), '1 maart 2027');
    leave(field('Wanneer klaar, Werkweek'));
    expect(state.current.value!.actionGroups['activity:week']).toEqual({ owner: 'Mevrouw Jansen', deadline: '2027-03-01' });
    expect(field('Wanneer klaar, Werkweek').value).toBe('1-3-2027');
    for (const action of within(group('Werkweek')).getAllByRole('listitem')) {
      expect(action.textContent).toContain(`${nl['sa.summary.owner']}: Mevrouw Jansen · ${nl['sa.summary.deadline']}: 1 maart 2027`);
    }
    // Another group keeps its own: nothing chosen yet.
    expect(within(group('Schoolreis')).getByRole('listitem').textContent).toContain(`${nl['sa.summary.owner']}: ${nl['sa.plan.notSet']}`);
  });

  it('lets one action have another owner or date, behind "Andere eigenaar of datum"', () => {
    const { state } = renderWithState(<ActionPlan />, { assessment: { ...withActions(), actionGroups: { 'activity:week': { owner: 'Mevrouw Jansen', deadline: '' } } } });
    const week = within(group('Werkweek'));
    const disclosures = week.getAllByText(nl['sa.plan.override']).map((summary) => summary.closest('details')!);
    expect(disclosures.map((d) => d.open)).toEqual([false, false]);
    fireEvent.click(within(disclosures[1]!).getByText(nl['sa.plan.override']));
    const own = within(disclosures[1]!).getByRole('textbox', { name: /^Wie, actie \d+$/ }) as HTMLInputElement;
    typeKeys(own, 'Penningmeester');
    const [first, second] = week.getAllByRole('listitem');
    expect(second!.textContent).toContain(`${nl['sa.summary.owner']}: Penningmeester`);
    expect(first!.textContent).toContain(`${nl['sa.summary.owner']}: Mevrouw Jansen`);
    expect(state.current.value!.actions['week:cost-known']).toEqual({ owner: 'Penningmeester', deadline: '', state: 'not-started', stateReason: '' });
  });

  it('shows an action’s own owner open, and keeps it open while it is emptied', () => {
    renderWithState(<ActionPlan />, { assessment: { ...withActions(), actions: { 'trip:everyone-joins': { owner: 'Directeur', deadline: '', state: 'not-started' as const, stateReason: '' } } } });
    const details = within(group('Schoolreis')).getByText(nl['sa.plan.override']).closest('details')!;
    expect(details.open).toBe(true);
    const own = within(details).getByRole('textbox', { name: /^Wie, actie \d+$/ }) as HTMLInputElement;
    expect(own.value).toBe('Directeur');
    retype(own, '');
    expect(details.open).toBe(true);
  });

  it('says a date that does not exist once the field is left, and never stores it', () => {
    const { state } = renderWithState(<ActionPlan />, { assessment: { ...withActions(), actionGroups: { 'topic:information': { owner: '', deadline: '2026-01-15' } } } });
    const deadline = `Wanneer klaar, ${INFO}`;
    expect(field(deadline).value).toBe('15-1-2026');
    retype(field(deadline), '31-2-2026');
    expect(screen.getByRole('textbox', { name: deadline, description: nl['sa.parse.no-such-date'] }).getAttribute('aria-invalid')).toBe('true');
    expect(field(deadline).value).toBe('31-2-2026');
    expect(state.current.value!.actionGroups['topic:information']?.deadline).toBe('');
  });

  it('drops an action when its answer changes to "ja", and brings back its group’s owner when it changes back', () => {
    const { state } = renderWithState(<ActionPlan />, { assessment: { ...withActions(), actionGroups: { 'topic:information': { owner: 'MR-voorzitter', deadline: '' } } } });
    act(() => state.answer('school', 'inform-parents', 'yes'));
    expect(screen.queryByRole('region', { name: INFO })).toBeNull();
    act(() => state.answer('school', 'inform-parents', 'no'));
    expect(field(`Wie, ${INFO}`).value).toBe('MR-voorzitter');
  });

  it('says there are no actions when every answer is "ja" or "n.v.t."', () => {
    renderWithState(<ActionPlan />, { assessment: makeAssessment({ schoolAnswers: answers({ 'inform-parents': 'yes', 'mr-approved': 'na' }) }) });
    expect(screen.queryByRole('region')).toBeNull();
    expect(document.body.textContent).toContain(nl['sa.summary.noActions']);
  });
});

describe('a long action plan', () => {
  // 60 trips with two actions each: 120 actions in 60 groups, more than one page of about 100 actions.
  const many = () =>
    makeAssessment({
      activities: Array.from({ length: 60 }, (_, i) =>
        makeActivity({ id: `trip-${i}`, name: `Reis ${i}`, kind: 'one-day', answers: answers({ 'everyone-joins': 'no', 'cost-known': 'partly' }) }),
      ),
    });

  it('shows whole groups of about a hundred actions at a time, says which, and pages to the rest', () => {
    renderWithState(<ActionPlan />, { assessment: many() });
    expect(groups()).toHaveLength(50);
    const pager = screen.getByRole('navigation', { name: nl['sa.plan.pages'] });
    expect(pager.textContent).toContain('Acties 1 tot en met 100 van 120');
    expect((within(pager).getByRole('button', { name: nl['sa.plan.previous'] }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(within(pager).getByRole('button', { name: nl['sa.plan.next'] }));
    expect(groups()).toHaveLength(10);
    expect(pager.textContent).toContain('Acties 101 tot en met 120 van 120');
    expect(field('Wie, Reis 50')).toBeTruthy();
    // Actions are numbered through the whole plan, so a field's name is the same on every page.
    const details = within(group('Reis 50')).getAllByText(nl['sa.plan.override'])[0]!.closest('details')!;
    fireEvent.click(within(details).getByText(nl['sa.plan.override']));
    expect(within(details).getByRole('textbox', { name: 'Wie, actie 101' })).toBeTruthy();
  });

  it('shows no pager when the plan fits on one page', () => {
    renderWithState(<ActionPlan />, { assessment: withActions() });
    expect(screen.queryByRole('navigation', { name: nl['sa.plan.pages'] })).toBeNull();
  });

  it('keeps what is typed in one group when another group changes', () => {
    const { state } = renderWithState(<ActionPlan />, { assessment: many() });
    focus(field('Wanneer klaar, Reis 1'));
    typeKeys(field('Wanneer klaar, Reis 1'), '1-3');
    act(() => void state.edit({ type: 'action-group', group: 'activity:trip-5', patch: { owner: 'Teamleider' } }));
    expect(field('Wanneer klaar, Reis 1').value).toBe('1-3');
    expect(field('Wie, Reis 5').value).toBe('Teamleider');
  });
});
