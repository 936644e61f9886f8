// @vitest-environment happy-dom
import { act, fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { decodeAssessment, encodeAssessment } from '../../src/domain';
import { AssessmentList } from '../../src/islands/self-assessment/AssessmentList';
import { useApp } from '../../src/islands/self-assessment/context';
import { describeProblem } from '../../src/islands/self-assessment/problems';
import { ProfileStep } from '../../src/islands/self-assessment/ProfileStep';
import { memoryStorage } from '../../src/islands/self-assessment/storage';
import { makeAssessment } from '../fixtures/checklist';
import { nl, renderWithState } from './support';

/** The list, or the profile step once an assessment is opened, as the app switches between them. */
function ListOrProfile() {
  const { state } = useApp();
  return state.step.value.name === 'list' ? <AssessmentList /> : <ProfileStep />;
}

const regenboog = () => makeAssessment({ id: 'regenboog', profile: { ...makeAssessment().profile, schoolName: 'De Regenboog', schoolYear: '2025-2026' } });

/** Renders the list with one assessment on this computer, the list showing. */
function renderWithOne() {
  const storage = memoryStorage();
  storage.save(regenboog());
  const result = renderWithState(<ListOrProfile />, { storage, prepare: (state) => state.load() });
  return { ...result, storage };
}

const list = () => screen.getByRole('region', { name: nl['sa.list.title'] });

/** A file that looks like an export but is wrong in several places. */
const BROKEN = JSON.stringify({
  format: 'schoolkostencheck-assessment',
  schemaVersion: 1,
  checklistVersion: 0,
  id: 'not a valid id',
  createdAt: 'yesterday',
  updatedAt: '2025-10-01T12:00:00Z',
  profile: { schoolType: 'mbo' },
});

describe('the list of assessments', () => {
  it('says there is no assessment yet on a new computer', () => {
    renderWithState(<ListOrProfile />);
    expect(list().textContent).toContain(nl['sa.list.empty']);
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('lists each assessment on this computer by school name, with buttons to open, copy and delete it', () => {
    renderWithOne();
    const item = screen.getByRole('listitem');
    expect(item.textContent).toContain('De Regenboog');
    expect(within(item).getByRole('button', { name: 'Openen De Regenboog' })).toBeTruthy();
    expect(within(item).getByRole('button', { name: 'Kopie maken De Regenboog' })).toBeTruthy();
    expect(within(item).getByRole('button', { name: 'Verwijderen De Regenboog' })).toBeTruthy();
  });

  it('starts a new assessment and opens its first step', () => {
    const { state } = renderWithState(<ListOrProfile />);
    fireEvent.click(screen.getByRole('button', { name: nl['sa.list.new'] }));
    expect(state.assessments.value).toHaveLength(1);
    expect(state.step.value).toEqual({ name: 'profile' });
    expect(screen.getByRole('heading', { level: 2, name: nl['sa.steps.profile'] })).toBeTruthy();
  });

  it('opens an assessment at its first step', () => {
    const { state } = renderWithOne();
    fireEvent.click(screen.getByRole('button', { name: 'Openen De Regenboog' }));
    expect(state.current.value?.id).toBe('regenboog');
    expect((screen.getByRole('textbox', { name: nl['sa.profile.schoolName'] }) as HTMLInputElement).value).toBe('De Regenboog');
  });

  it('makes a copy of an assessment', () => {
    const { state } = renderWithOne();
    fireEvent.click(screen.getByRole('button', { name: 'Kopie maken De Regenboog' }));
    expect(state.assessments.value).toHaveLength(2);
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
  });

  it('asks for confirmation before deleting, and deletes nothing yet', () => {
    const { state, storage } = renderWithOne();
    fireEvent.click(screen.getByRole('button', { name: 'Verwijderen De Regenboog' }));
    const confirm = screen.getByRole('group', { name: 'Weet u zeker dat u “De Regenboog” wilt verwijderen?' });
    expect(within(confirm).getByRole('button', { name: nl['sa.list.confirmYes'] })).toBeTruthy();
    expect(within(confirm).getByRole('button', { name: nl['sa.list.confirmNo'] })).toBeTruthy();
    expect(state.assessments.value).toHaveLength(1);
    expect(storage.map.size).toBe(1);
  });

  it('keeps the assessment when the school changes its mind', () => {
    const { state } = renderWithOne();
    fireEvent.click(screen.getByRole('button', { name: 'Verwijderen De Regenboog' }));
    fireEvent.click(screen.getByRole('button', { name: nl['sa.list.confirmNo'] }));
    expect(screen.queryByRole('group')).toBeNull();
    expect(screen.getByRole('button', { name: 'Openen De Regenboog' })).toBeTruthy();
    expect(state.assessments.value).toHaveLength(1);
  });

  it('deletes the assessment once confirmed, from the list and from this computer', () => {
    const { state, storage } = renderWithOne();
    fireEvent.click(screen.getByRole('button', { name: 'Verwijderen De Regenboog' }));
    fireEvent.click(screen.getByRole('button', { name: nl['sa.list.confirmYes'] }));
    expect(screen.queryByRole('listitem')).toBeNull();
    expect(state.assessments.value).toHaveLength(0);
    expect(storage.map.size).toBe(0);
    expect(list().textContent).toContain('“De Regenboog” is verwijderd.');
  });

  it('brings a deleted assessment back with undo', () => {
    const { state, storage } = renderWithOne();
    fireEvent.click(screen.getByRole('button', { name: 'Verwijderen De Regenboog' }));
    fireEvent.click(screen.getByRole('button', { name: nl['sa.list.confirmYes'] }));
    fireEvent.click(screen.getByRole('button', { name: nl['sa.list.undo'] }));
    expect(screen.getByRole('button', { name: 'Openen De Regenboog' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: nl['sa.list.undo'] })).toBeNull();
    expect(state.assessments.value.map((a) => a.id)).toEqual(['regenboog']);
    expect(storage.map.size).toBe(1);
  });

  it('lists every problem of a broken file in an alert', () => {
    const { state, t } = renderWithOne();
    act(() => {
      state.importText(BROKEN, 'kapot.json');
    });
    const decoded = decodeAssessment(BROKEN, { currentChecklistVersion: 2, fileName: 'kapot.json' });
    if (decoded.ok) throw new Error('the test file should be broken');
    expect(decoded.issues.length).toBeGreaterThan(1);

    const alert = screen.getByRole('alert', { name: nl['sa.import.title'] });
    const problems = within(alert).getAllByRole('listitem').map((li) => li.textContent);
    expect(problems).toEqual(decoded.issues.map((problem) => describeProblem(problem, t)));
  });

  it('changes nothing when a broken file is opened', () => {
    const { state, storage } = renderWithOne();
    const before = state.assessments.value;
    const stored = [...storage.map];
    act(() => {
      state.importText(BROKEN, 'kapot.json');
    });
    expect(state.assessments.value).toBe(before);
    expect([...storage.map]).toEqual(stored);
    expect(state.step.value).toEqual({ name: 'list' });
    expect(screen.getAllByRole('button', { name: /^Openen/ })).toHaveLength(1);
  });

  it('reports a broken file chosen with the file field', async () => {
    const { state } = renderWithOne();
    const input = screen.getByLabelText(nl['sa.list.import']);
    const file = new File(['dit is geen json'], 'kapot.json', { type: 'application/json' });
    fireEvent.change(input, { target: { files: [file] } });
    const alert = await screen.findByRole('alert', { name: nl['sa.import.title'] });
    expect(within(alert).getByRole('listitem').textContent).toMatch(/^Dit is geen JSON-bestand, of het is beschadigd \(.+\)\.$/);
    expect(state.assessments.value.map((a) => a.id)).toEqual(['regenboog']);
  });

  it('opens a good file chosen with the file field', async () => {
    const { state } = renderWithState(<ListOrProfile />);
    const text = encodeAssessment(regenboog());
    fireEvent.change(screen.getByLabelText(nl['sa.list.import']), { target: { files: [new File([text], 'regenboog.json')] } });
    const name = await screen.findByRole('textbox', { name: nl['sa.profile.schoolName'] });
    expect((name as HTMLInputElement).value).toBe('De Regenboog');
    expect(state.assessments.value.map((a) => a.id)).toEqual(['regenboog']);
  });

  it('says when this browser keeps nothing', () => {
    renderWithState(<ListOrProfile />, {
      storage: { readAll: () => ({ ok: false }), save: () => false, remove: () => false },
      prepare: (state) => state.load(),
    });
    expect(screen.getByRole('status').textContent).toBe(nl['sa.storage.unavailable']);
  });

  it('shows stored entries it cannot read instead of dropping them', () => {
    const storage = memoryStorage();
    storage.save(regenboog());
    storage.map.set('skc.assessment.kapot', '{"format": "iets anders"}');
    renderWithState(<ListOrProfile />, { storage, prepare: (state) => state.load() });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain(nl['sa.storage.unreadable'].one);
    expect(within(alert).getByRole('button', { name: 'Onleesbare gegevens bewaren als bestand (skc.assessment.kapot)' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Openen De Regenboog' })).toBeTruthy();
  });
});
