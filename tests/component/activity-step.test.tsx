// @vitest-environment happy-dom
import { fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { ActivityStep } from '../../src/islands/self-assessment/ActivityStep';
import { makeActivity, makeAssessment } from '../fixtures/checklist';
import { nl, renderWithState } from './support';

const withTrip = () => makeAssessment({ activities: [makeActivity({ id: 'trip', name: 'Schoolreis', kind: 'one-day' })] });

describe('the step for one activity', () => {
  it('asks the questions for its kind of activity at this type of school', () => {
    renderWithState(<ActivityStep id="trip" />, { assessment: withTrip() });
    // vo, one-day: po-parents-drive is for po only.
    expect(screen.getAllByRole('group', { name: /^Vraag / })).toEqual([
      screen.getByRole('group', { name: 'Vraag everyone-joins?' }),
      screen.getByRole('group', { name: 'Vraag equal-alternative?' }),
      screen.getByRole('group', { name: 'Vraag cost-known?' }),
    ]);
  });

  it('stores answers for this activity, not school-wide', () => {
    const { state } = renderWithState(<ActivityStep id="trip" />, { assessment: withTrip() });
    fireEvent.click(within(screen.getByRole('group', { name: 'Vraag everyone-joins?' })).getByRole('radio', { name: 'nee' }));
    expect(state.current.value!.activities[0]!.answers['everyone-joins']?.value).toBe('no');
    expect(state.current.value!.schoolAnswers).toEqual({});
  });

  it('shows the activity’s status in words, updated as it is answered', () => {
    renderWithState(<ActivityStep id="trip" />, { assessment: withTrip() });
    const region = screen.getByRole('region', { name: 'Schoolreis' });
    expect(region.textContent).toContain(nl['status.incomplete']);
    fireEvent.click(within(screen.getByRole('group', { name: 'Vraag everyone-joins?' })).getByRole('radio', { name: 'nee' }));
    expect(region.textContent).toContain(nl['status.excludes']);
  });

  it('keeps the old name when the name field is emptied', () => {
    const { state } = renderWithState(<ActivityStep id="trip" />, { assessment: withTrip() });
    fireEvent.input(screen.getByRole('textbox', { name: nl['sa.activities.name'] }), { target: { value: '' } });
    expect(state.current.value!.activities[0]!.name).toBe('Schoolreis');
  });

  it('renames the activity', () => {
    const { state } = renderWithState(<ActivityStep id="trip" />, { assessment: withTrip() });
    fireEvent.input(screen.getByRole('textbox', { name: nl['sa.activities.name'] }), { target: { value: 'Dagje Efteling' } });
    expect(state.current.value!.activities[0]!.name).toBe('Dagje Efteling');
    expect(screen.getByRole('heading', { level: 2, name: 'Dagje Efteling' })).toBeTruthy();
  });

  it('goes back to all activities', () => {
    const { state } = renderWithState(<ActivityStep id="trip" />, { assessment: withTrip() });
    fireEvent.click(screen.getByRole('button', { name: nl['sa.activity.backToList'] }));
    expect(state.step.value).toEqual({ name: 'activities' });
  });
});
