// @vitest-environment happy-dom
import { fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { ActivitiesStep } from '../../src/islands/self-assessment/ActivitiesStep';
import { answers, makeActivity, makeAssessment } from '../fixtures/checklist';
import { nl, renderWithState } from './support';

// makeAssessment is a vo school: the test checklist offers it the templates Schoolreis and Laptop.
const NAME = nl['sa.activities.name'];

describe('the activities step', () => {
  it('says there are no activities yet', () => {
    renderWithState(<ActivitiesStep />, { assessment: makeAssessment() });
    expect(screen.getByRole('region', { name: nl['sa.activities.title'] }).textContent).toContain(nl['sa.activities.none']);
    expect(screen.queryByRole('listitem')).toBeNull();
  });

  it('offers only the templates for the school type', () => {
    renderWithState(<ActivitiesStep />, { assessment: makeAssessment() });
    const select = screen.getByRole('combobox', { name: nl['sa.activities.fromTemplate'] });
    const options = within(select).getAllByRole('option').map((option) => option.textContent);
    expect(options).toEqual(['Schoolreis (Activiteit van één dag)', 'Laptop (Lesmateriaal en ICT)']);
  });

  it('adds the chosen template as an activity, with its status in words', () => {
    const { state } = renderWithState(<ActivitiesStep />, { assessment: makeAssessment() });
    fireEvent.click(screen.getByRole('button', { name: nl['sa.activities.addTemplate'] }));
    const item = screen.getByRole('listitem');
    expect(item.textContent).toContain('Schoolreis');
    expect(item.textContent).toContain(nl['status.incomplete']);
    expect(state.current.value!.activities).toMatchObject([{ name: 'Schoolreis', kind: 'one-day', templateId: 'school-trip' }]);
  });

  it('adds another template when it is chosen in the list', () => {
    const { state } = renderWithState(<ActivitiesStep />, { assessment: makeAssessment() });
    fireEvent.change(screen.getByRole('combobox', { name: nl['sa.activities.fromTemplate'] }), { target: { value: 'laptop' } });
    fireEvent.click(screen.getByRole('button', { name: nl['sa.activities.addTemplate'] }));
    expect(screen.getByRole('listitem').textContent).toContain('Laptop');
    expect(state.current.value!.activities).toMatchObject([{ name: 'Laptop', kind: 'materials-ict' }]);
  });

  it('shows each activity’s status in words as its answers say', () => {
    renderWithState(<ActivitiesStep />, {
      assessment: makeAssessment({
        activities: [
          makeActivity({ id: 'trip', name: 'Schoolreis', kind: 'one-day', answers: answers({ 'everyone-joins': 'no' }) }),
          makeActivity({ id: 'party', name: 'Kerstfeest', kind: 'celebration', answers: answers({ 'everyone-joins': 'yes', 'cost-known': 'yes' }) }),
        ],
      }),
    });
    const [trip, party] = screen.getAllByRole('listitem');
    expect(trip!.textContent).toContain(nl['status.excludes']);
    expect(party!.textContent).toContain(nl['status.open']);
  });

  it('adds a custom activity with its name, kind, cost and who pays', () => {
    const { state } = renderWithState(<ActivitiesStep />, { assessment: makeAssessment() });
    fireEvent.input(screen.getByRole('textbox', { name: NAME }), { target: { value: '  Skireis  ' } });
    fireEvent.change(screen.getByRole('combobox', { name: nl['sa.activities.kind'] }), { target: { value: 'multi-day' } });
    fireEvent.input(screen.getByRole('textbox', { name: nl['sa.activities.cost'] }), { target: { value: '12,50' } });
    fireEvent.change(screen.getByRole('combobox', { name: nl['sa.activities.fundedBy'] }), { target: { value: 'school' } });
    fireEvent.click(screen.getByRole('button', { name: nl['sa.activities.add'] }));
    expect(state.current.value!.activities).toMatchObject([
      { name: 'Skireis', kind: 'multi-day', costPerPupil: 12.5, fundedBy: 'school', templateId: null },
    ]);
    expect(screen.getByRole('listitem').textContent).toContain('Skireis');
  });

  it('empties the name field after adding a custom activity', () => {
    renderWithState(<ActivitiesStep />, { assessment: makeAssessment() });
    fireEvent.input(screen.getByRole('textbox', { name: NAME }), { target: { value: 'Skireis' } });
    fireEvent.click(screen.getByRole('button', { name: nl['sa.activities.add'] }));
    expect((screen.getByRole('textbox', { name: NAME }) as HTMLInputElement).value).toBe('');
  });

  it('asks for a name and adds nothing when a custom activity has none', () => {
    const { state } = renderWithState(<ActivitiesStep />, { assessment: makeAssessment() });
    fireEvent.input(screen.getByRole('textbox', { name: NAME }), { target: { value: '   ' } });
    fireEvent.click(screen.getByRole('button', { name: nl['sa.activities.add'] }));
    const field = screen.getByRole('textbox', { name: NAME, description: nl['sa.activities.nameMissing'] });
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(field);
    expect(state.current.value!.activities).toEqual([]);
    expect(screen.queryByRole('listitem')).toBeNull();
  });

  it('clears the error once a custom activity is added', () => {
    renderWithState(<ActivitiesStep />, { assessment: makeAssessment() });
    fireEvent.click(screen.getByRole('button', { name: nl['sa.activities.add'] }));
    fireEvent.input(screen.getByRole('textbox', { name: NAME }), { target: { value: 'Skireis' } });
    fireEvent.click(screen.getByRole('button', { name: nl['sa.activities.add'] }));
    const field = screen.getByRole('textbox', { name: NAME });
    expect(field.getAttribute('aria-invalid')).toBeNull();
    expect(field.getAttribute('aria-describedby')).toBeNull();
  });

  it('removes an activity', () => {
    const { state } = renderWithState(<ActivitiesStep />, {
      assessment: makeAssessment({
        activities: [makeActivity({ id: 'trip', name: 'Schoolreis', kind: 'one-day' }), makeActivity({ id: 'laptop', name: 'Laptop', kind: 'materials-ict' })],
      }),
    });
    fireEvent.click(screen.getByRole('button', { name: 'Verwijderen Schoolreis' }));
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(1);
    expect(items[0]!.textContent).toContain('Laptop');
    expect(state.current.value!.activities.map((a) => a.id)).toEqual(['laptop']);
  });

  it('opens an activity to answer its questions', () => {
    const { state } = renderWithState(<ActivitiesStep />, {
      assessment: makeAssessment({ activities: [makeActivity({ id: 'trip', name: 'Schoolreis', kind: 'one-day' })] }),
    });
    fireEvent.click(screen.getByRole('button', { name: 'Vragen beantwoorden Schoolreis' }));
    expect(state.step.value).toEqual({ name: 'activity', id: 'trip' });
  });
});
