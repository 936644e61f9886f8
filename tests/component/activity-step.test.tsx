// @vitest-environment happy-dom
import { act, fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { activityQuestionsFor } from '../../src/domain/assessment/applicable';
import { seal } from '../../src/domain/assessment/format/seal';
import { answers, makeActivity, makeAssessment, testChecklist } from '../fixtures/checklist';
import { expectFocusOnMessage, focus, leave, nl, questionGroups, questionText, renderWithState, retype, Screens, typeKeys } from './support';

const withTrip = () =>
  makeAssessment({
    id: 'noorderlicht',
    activities: [
      makeActivity({ id: 'camp', name: 'Kamp', kind: 'multi-day' }),
      makeActivity({ id: 'trip', name: 'Schoolreis', kind: 'one-day', answers: answers({ 'cost-known': 'yes' }) }),
    ],
  });

/** The step of the trip as the app shows it: open in the address, with the notice above it. */
const renderTrip = () => renderWithState(<Screens />, { assessment: withTrip(), prepare: (state) => state.openActivity('trip') });

const details = () => screen.getByText(nl['sa.activity.details']).closest('details')!;
const nameField = () => within(details()).getByRole('textbox', { name: nl['sa.activities.name'] }) as HTMLInputElement;

describe('the step for one activity', () => {
  it('asks the questions for its kind of activity at this type of school, in checklist order', () => {
    renderTrip();
    const expected = activityQuestionsFor(testChecklist, 'vo', 'one-day').map((q) => questionText(q.id));
    expect(questionGroups()).toEqual(expected);
  });

  it('stores answers for this activity, not school-wide', () => {
    const { state } = renderTrip();
    fireEvent.click(within(screen.getByRole('group', { name: questionText('everyone-joins') })).getByRole('radio', { name: nl['answer.no'] }));
    expect(state.current.value!.activities[1]!.answers['everyone-joins']?.value).toBe('no');
    expect(state.current.value!.schoolAnswers).toEqual({});
  });

  it('shows the activity’s status in words, updated as it is answered', () => {
    renderTrip();
    const region = screen.getByRole('region', { name: 'Schoolreis' });
    expect(region.textContent).toContain(nl['status.incomplete']);
    fireEvent.click(within(screen.getByRole('group', { name: questionText('everyone-joins') })).getByRole('radio', { name: nl['answer.no'] }));
    expect(region.textContent).toContain(nl['status.excludes']);
  });

  it('goes back to all activities', () => {
    const { state } = renderTrip();
    fireEvent.click(screen.getByRole('button', { name: nl['sa.activity.backToList'] }));
    expect(state.route.value).toEqual({ name: 'assessment', id: 'noorderlicht', step: 'activities' });
  });
});

describe('the details of an activity', () => {
  it('renames the activity as the new name is typed', () => {
    const { state } = renderTrip();
    retype(nameField(), 'Dagje Efteling');
    expect(state.current.value!.activities[1]!.name).toBe('Dagje Efteling');
    expect(screen.getByRole('heading', { level: 2, name: 'Dagje Efteling' })).toBeTruthy();
  });

  it('keeps the old name when the name field is emptied, and asks for a name once the field is left', () => {
    const { state } = renderTrip();
    focus(nameField());
    fireEvent.input(nameField(), { target: { value: '' } });
    expect(state.current.value!.activities[1]!.name).toBe('Schoolreis');
    expect(screen.queryByText(nl['sa.edit.name-missing'])).toBeNull();
    leave(nameField());
    expect(within(details()).getByRole('textbox', { name: nl['sa.activities.name'], description: nl['sa.edit.name-missing'] }).getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('heading', { level: 2, name: 'Schoolreis' })).toBeTruthy();
  });

  it('stores the cost per pupil typed the Dutch way', () => {
    const { state } = renderTrip();
    const cost = within(details()).getByRole('textbox', { name: nl['sa.activities.cost'] }) as HTMLInputElement;
    focus(cost);
    typeKeys(cost, '27,50');
    leave(cost);
    expect(state.current.value!.activities[1]!.costPerPupil).toBe(27.5);
    expect(cost.value).toBe('27,50');
  });

  it('stores who pays and the notes', () => {
    const { state } = renderTrip();
    fireEvent.change(within(details()).getByRole('combobox', { name: nl['sa.activities.fundedBy'] }), { target: { value: 'school' } });
    typeKeys(within(details()).getByRole('textbox', { name: nl['sa.activities.notes'] }) as HTMLTextAreaElement, 'Bus betaald door de school.');
    expect(state.current.value!.activities[1]).toMatchObject({ fundedBy: 'school', notes: 'Bus betaald door de school.' });
  });

  it('asks the questions of the new kind when the kind changes, keeping the answers given', () => {
    const { state } = renderTrip();
    fireEvent.change(within(details()).getByRole('combobox', { name: nl['sa.activities.kind'] }), { target: { value: 'materials-ict' } });
    const expected = activityQuestionsFor(testChecklist, 'vo', 'materials-ict').map((q) => questionText(q.id));
    expect(questionGroups()).toEqual(expected);
    expect(state.current.value!.activities[1]!.answers['cost-known']?.value).toBe('yes');
  });
});

describe('removing the activity from its step', () => {
  it('goes to the list of activities and says so, with focus on the message and an undo', () => {
    const { state } = renderTrip();
    fireEvent.click(within(details()).getByRole('button', { name: 'Verwijderen Schoolreis' }));
    expect(state.route.value).toEqual({ name: 'assessment', id: 'noorderlicht', step: 'activities' });
    expect(screen.queryByRole('region', { name: 'Schoolreis' })).toBeNull();
    expect(screen.getByRole('heading', { level: 2, name: nl['sa.activities.title'] })).toBeTruthy();
    // The button the person used is gone with the activity: focus goes to the message, Undo is next.
    const notice = expectFocusOnMessage('“Schoolreis” is verwijderd.');
    expect(within(notice).getByRole('button', { name: nl['sa.list.undo'] })).toBeTruthy();
  });

  it('brings the activity back with its answers, at its place, on undo', () => {
    const { state } = renderTrip();
    const before = state.current.value!.activities;
    fireEvent.click(within(details()).getByRole('button', { name: 'Verwijderen Schoolreis' }));
    fireEvent.click(screen.getByRole('button', { name: nl['sa.list.undo'] }));
    expect(state.current.value!.activities).toEqual(before);
    expect(screen.getByText('“Schoolreis” is teruggezet.')).toBeTruthy();
  });
});

describe('an activity removed in another tab while its step is open', () => {
  it('closes the step for the list of activities, and says why', async () => {
    const { state } = renderTrip();
    const theirs = { ...state.current.value!, activities: [state.current.value!.activities[0]!], updatedAt: '2025-10-01T12:05:00.000Z' };
    await act(() => state.takeExternal('skc.assessment.noorderlicht', seal(theirs)));
    expect(state.route.value).toEqual({ name: 'assessment', id: 'noorderlicht', step: 'activities' });
    expect(screen.queryByRole('region', { name: 'Schoolreis' })).toBeNull();
    expect(screen.getByText(nl['sa.tabs.activityRemoved'])).toBeTruthy();
  });
});
