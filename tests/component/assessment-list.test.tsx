// @vitest-environment happy-dom
import { act, fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { decodeAssessment, encodeAssessment, seal, type Assessment } from '../../src/domain';
import { memoryStorage, type EntryStorage, type Place } from '../../src/islands/self-assessment/storage/entries';
import type { LoadFileCheck } from '../../src/islands/self-assessment/storage/load-file-check';
import { describeProblem } from '../../src/islands/self-assessment/views/problems';
import { makeAssessment } from '../fixtures/checklist';
import { expectFocusOnMessage, fileCheckLoaded, nl, renderWithState, Screens } from './support';

const regenboog = () => makeAssessment({ id: 'regenboog', profile: { ...makeAssessment().profile, schoolName: 'De Regenboog', schoolYear: '2025-2026' } });
const KEY = 'skc.assessment.regenboog';

/** Renders the screens with one assessment on this computer, the list showing. */
function renderWithOne(options: { storage?: ReturnType<typeof memoryStorage>; loadFileCheck?: LoadFileCheck } = {}) {
  const storage = options.storage ?? memoryStorage();
  storage.write(regenboog(), 'device');
  const result = renderWithState(<Screens />, { storage, loadFileCheck: options.loadFileCheck });
  return { ...result, storage };
}

const list = () => screen.getByRole('region', { name: nl['sa.list.title'] });
const items = () => within(list()).queryAllByRole('listitem').filter((li) => li.querySelector('strong'));
const chooseFile = (file: File) => fireEvent.change(screen.getByLabelText(nl['sa.list.import']), { target: { files: [file] } });

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
    renderWithState(<Screens />);
    expect(list().textContent).toContain(nl['sa.list.empty']);
    expect(items()).toEqual([]);
  });

  it('lists each assessment on this computer by school name, with buttons to open, copy and delete it', () => {
    renderWithOne();
    const [item] = items();
    expect(item!.textContent).toContain('De Regenboog');
    expect(item!.textContent).toContain('(2025-2026)');
    expect(within(item!).getByRole('button', { name: 'Openen De Regenboog, 2025-2026' })).toBeTruthy();
    expect(within(item!).getByRole('button', { name: 'Kopie maken De Regenboog, 2025-2026' })).toBeTruthy();
    expect(within(item!).getByRole('button', { name: 'Verwijderen De Regenboog, 2025-2026' })).toBeTruthy();
  });

  it('starts next school year from an assessment, and names each year’s buttons apart', () => {
    const { state } = renderWithOne();
    fireEvent.click(screen.getByRole('button', { name: `${nl['sa.list.nextYear']} ${nl['sa.list.forName'].replace('{name}', 'De Regenboog, 2025-2026')}` }));
    expect(screen.getByRole('heading', { level: 2, name: nl['sa.steps.profile'] })).toBeTruthy();
    expect((screen.getByRole('textbox', { name: nl['sa.profile.schoolYear'] }) as HTMLInputElement).value).toBe('2026-2027');
    act(() => state.go({ name: 'list' }));
    expect(screen.getByRole('button', { name: 'Openen De Regenboog, 2025-2026' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Openen De Regenboog, 2026-2027' })).toBeTruthy();
  });

  it('calls an assessment without a school name by the word for it', () => {
    renderWithState(<Screens />, { prepare: (state) => { state.create(); state.go({ name: 'list' }); } });
    expect(within(items()[0]!).getByRole('button', { name: `Openen ${nl['sa.list.unnamed']}` })).toBeTruthy();
  });

  it('starts a new assessment and opens its first step', () => {
    const { state } = renderWithState(<Screens />);
    fireEvent.click(screen.getByRole('button', { name: nl['sa.list.new'] }));
    expect(state.model.entries.value).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 2, name: nl['sa.steps.profile'] })).toBeTruthy();
  });

  it('opens an assessment at its first step', () => {
    renderWithOne();
    fireEvent.click(screen.getByRole('button', { name: 'Openen De Regenboog, 2025-2026' }));
    expect((screen.getByRole('textbox', { name: nl['sa.profile.schoolName'] }) as HTMLInputElement).value).toBe('De Regenboog');
  });

  it('makes a copy of an assessment, and says so', () => {
    const { storage } = renderWithOne();
    fireEvent.click(screen.getByRole('button', { name: 'Kopie maken De Regenboog, 2025-2026' }));
    expect(items()).toHaveLength(2);
    // The two can be told apart: the copy is named as one.
    expect(screen.getByRole('button', { name: 'Openen De Regenboog (kopie), 2025-2026' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Openen De Regenboog, 2025-2026' })).toBeTruthy();
    expect(screen.getByText('Er is een kopie gemaakt van “De Regenboog”.')).toBeTruthy();
    expect(storage.device.map.size).toBe(2);
  });
});

describe('where each assessment is kept', () => {
  it('says an assessment is kept on this computer', () => {
    renderWithOne();
    expect(items()[0]!.textContent).toContain(nl['sa.list.keptDevice']);
  });

  it('says an assessment is kept only in this tab', () => {
    const storage = memoryStorage();
    storage.write(regenboog(), 'tab');
    renderWithState(<Screens />, { storage });
    expect(items()[0]!.textContent).toContain(nl['sa.list.keptTab']);
    expect(items()[0]!.textContent).not.toContain(nl['sa.list.keptDevice']);
  });

  it('says which assessment could not be saved, and stops saying so once a later save works', () => {
    const base = memoryStorage();
    let failing = false;
    const storage: EntryStorage = { ...base, write: (a: Assessment, place: Place) => !failing && base.write(a, place) };
    base.write(regenboog(), 'device');
    base.write(makeAssessment({ id: 'vlinder', profile: { ...makeAssessment().profile, schoolName: 'De Vlinder' } }), 'device');
    const { state } = renderWithState(<Screens />, { storage });
    failing = true;
    act(() => {
      state.open('regenboog');
      state.updateProfile({ schoolYear: '2026-2027' });
      state.go({ name: 'list' });
    });
    const byName = (name: string) => items().find((li) => li.querySelector('strong')?.textContent === name)!;
    expect(byName('De Regenboog').textContent).toContain(nl['sa.list.failed']);
    expect(byName('De Vlinder').textContent).toContain(nl['sa.list.keptDevice']);
    failing = false;
    act(() => {
      state.open('regenboog');
      state.updateProfile({ schoolYear: '2026-2027 ' });
      state.go({ name: 'list' });
    });
    expect(byName('De Regenboog').textContent).toContain(nl['sa.list.keptDevice']);
    expect(byName('De Regenboog').textContent).not.toContain(nl['sa.list.failed']);
  });
});

describe('deleting an assessment', () => {
  it('asks for confirmation first, and deletes nothing yet', () => {
    const { state, storage } = renderWithOne();
    fireEvent.click(screen.getByRole('button', { name: 'Verwijderen De Regenboog, 2025-2026' }));
    const confirm = screen.getByRole('group', { name: 'Weet u zeker dat u “De Regenboog” wilt verwijderen?' });
    expect(within(confirm).getByRole('button', { name: nl['sa.list.confirmYes'] })).toBeTruthy();
    expect(within(confirm).getByRole('button', { name: nl['sa.list.confirmNo'] })).toBeTruthy();
    expect(state.model.entries.value).toHaveLength(1);
    expect(storage.device.map.size).toBe(1);
  });

  it('keeps the assessment when the school changes its mind', () => {
    const { state } = renderWithOne();
    fireEvent.click(screen.getByRole('button', { name: 'Verwijderen De Regenboog, 2025-2026' }));
    fireEvent.click(screen.getByRole('button', { name: nl['sa.list.confirmNo'] }));
    expect(screen.queryByRole('group')).toBeNull();
    expect(screen.getByRole('button', { name: 'Openen De Regenboog, 2025-2026' })).toBeTruthy();
    expect(state.model.entries.value).toHaveLength(1);
  });

  it('deletes it once confirmed, from the list and from this computer, and says so with focus on the message', () => {
    const { storage } = renderWithOne();
    fireEvent.click(screen.getByRole('button', { name: 'Verwijderen De Regenboog, 2025-2026' }));
    fireEvent.click(screen.getByRole('button', { name: nl['sa.list.confirmYes'] }));
    expect(items()).toEqual([]);
    expect(storage.device.map.size).toBe(0);
    expectFocusOnMessage('“De Regenboog” is verwijderd.');
  });

  it('brings a deleted assessment back with undo', () => {
    const { storage } = renderWithOne();
    fireEvent.click(screen.getByRole('button', { name: 'Verwijderen De Regenboog, 2025-2026' }));
    fireEvent.click(screen.getByRole('button', { name: nl['sa.list.confirmYes'] }));
    fireEvent.click(screen.getByRole('button', { name: nl['sa.list.undo'] }));
    expect(screen.getByRole('button', { name: 'Openen De Regenboog, 2025-2026' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: nl['sa.list.undo'] })).toBeNull();
    expect(screen.getByText('“De Regenboog” is teruggezet.')).toBeTruthy();
    expect(JSON.parse(storage.device.map.get(KEY)!).assessment).toEqual(regenboog());
  });

  it('brings it back beside, never over, a version another tab saved meanwhile', async () => {
    const { state, storage } = renderWithOne();
    fireEvent.click(screen.getByRole('button', { name: 'Verwijderen De Regenboog, 2025-2026' }));
    fireEvent.click(screen.getByRole('button', { name: nl['sa.list.confirmYes'] }));
    const theirs = { ...regenboog(), profile: { ...regenboog().profile, schoolName: 'De Regenboog (ander tabblad)' }, updatedAt: '2025-10-02T12:00:00.000Z' };
    storage.device.map.set(KEY, seal(theirs));
    fireEvent.click(screen.getByRole('button', { name: nl['sa.list.undo'] }));
    expect(screen.getByText(/“De Regenboog” is teruggezet als kopie/)).toBeTruthy();
    expect(JSON.parse(storage.device.map.get(KEY)!).assessment).toEqual(theirs);
    await act(() => state.takeExternal(KEY, seal(theirs)));
    expect(screen.getByRole('button', { name: 'Openen De Regenboog (ander tabblad), 2025-2026' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Openen De Regenboog, 2025-2026' })).toBeTruthy();
  });
});

describe('opening a file', () => {
  it('lists every problem of a broken file in an alert', async () => {
    const { t } = renderWithOne();
    chooseFile(new File([BROKEN], 'kapot.json', { type: 'application/json' }));
    const alert = await screen.findByRole('alert', { name: nl['sa.import.title'] });
    const decoded = decodeAssessment(BROKEN, { currentChecklistVersion: 2, fileName: 'kapot.json' });
    if (decoded.ok) throw new Error('the test file should be broken');
    expect(decoded.issues.length).toBeGreaterThan(1);
    expect(within(alert).getAllByRole('listitem').map((li) => li.textContent)).toEqual(decoded.issues.map((problem) => describeProblem(problem, t)));
  });

  it('changes nothing when a broken file is opened', async () => {
    const { state, storage } = renderWithOne();
    const before = state.model.entries.value;
    const stored = [...storage.device.map];
    chooseFile(new File([BROKEN], 'kapot.json'));
    await screen.findByRole('alert', { name: nl['sa.import.title'] });
    expect(state.model.entries.value).toBe(before);
    expect([...storage.device.map]).toEqual(stored);
    expect(screen.getAllByRole('button', { name: /^Openen/ })).toHaveLength(1);
  });

  it('says a file that is not JSON is not one', async () => {
    renderWithOne();
    chooseFile(new File(['dit is geen json'], 'kapot.json', { type: 'application/json' }));
    const alert = await screen.findByRole('alert', { name: nl['sa.import.title'] });
    expect(within(alert).getByRole('listitem').textContent).toMatch(/^Dit is geen JSON-bestand, of het is beschadigd \(.+\)\.$/);
  });

  it('opens a good file at its first step, and says so', async () => {
    renderWithState(<Screens />);
    chooseFile(new File([encodeAssessment(regenboog())], 'regenboog.json'));
    const name = await screen.findByRole('textbox', { name: nl['sa.profile.schoolName'] });
    expect((name as HTMLInputElement).value).toBe('De Regenboog');
    expect(screen.getByText('“De Regenboog” is geopend uit het bestand.')).toBeTruthy();
  });

  it('opens a file beside an assessment with the same origin, leaving that one as it was', async () => {
    const { state, storage } = renderWithOne();
    const changed = { ...regenboog(), profile: { ...regenboog().profile, schoolYear: '2026-2027' } };
    chooseFile(new File([encodeAssessment(changed)], 'regenboog.json'));
    await screen.findByRole('textbox', { name: nl['sa.profile.schoolName'] });
    expect(screen.getByText(/Deze zelfevaluatie stond al op deze computer, met andere antwoorden\. Het bestand staat nu als kopie in de lijst/)).toBeTruthy();
    expect(JSON.parse(storage.device.map.get(KEY)!).assessment).toEqual(regenboog());
    expect(state.model.entries.value.map((e) => e.assessment.profile.schoolName).sort()).toEqual(['De Regenboog', 'De Regenboog (kopie)']);
    // The notice offers the one that was already here.
    fireEvent.click(screen.getByRole('button', { name: nl['sa.import.openExisting'] }));
    expect(state.current.value?.id).toBe(regenboog().id);
  });

  it('says so when the very same file is opened again, and adds nothing', async () => {
    const { state } = renderWithOne();
    chooseFile(new File([encodeAssessment(regenboog())], 'regenboog.json'));
    expect(await screen.findByText('Dit bestand staat al in de lijst: “De Regenboog” op deze computer is precies hetzelfde. Er is niets toegevoegd.')).toBeTruthy();
    expect(state.model.entries.value).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: nl['sa.import.openExisting'] }));
    expect(state.current.value?.id).toBe(regenboog().id);
  });

  it('says the file could not be checked when that part of the page cannot load, and can be chosen again', async () => {
    let works = false;
    renderWithOne({ loadFileCheck: () => (works ? fileCheckLoaded() : Promise.reject(new Error('offline'))) });
    chooseFile(new File([encodeAssessment({ ...regenboog(), id: 'uit-bestand' })], 'regenboog.json'));
    const alert = await screen.findByRole('alert', { name: nl['sa.import.title'] });
    expect(alert.textContent).toContain(nl['sa.problem.file-check-failed']);
    works = true;
    chooseFile(new File([encodeAssessment({ ...regenboog(), id: 'uit-bestand' })], 'regenboog.json'));
    expect(await screen.findByRole('textbox', { name: nl['sa.profile.schoolName'] })).toBeTruthy();
  });
});

describe('stored assessments that cannot be opened as they are', () => {
  it('says when this browser keeps nothing', () => {
    renderWithState(<Screens />, { storage: { readAll: () => ({ ok: false }), read: () => null, write: () => false, remove: () => false } });
    expect(screen.getByRole('status').textContent).toContain(nl['sa.storage.unavailable']);
  });

  it('shows stored entries it cannot read, with a way to keep their data, instead of dropping them', async () => {
    const storage = memoryStorage();
    storage.device.map.set('skc.assessment.kapot', '{"format": "iets anders"}');
    const { loaded } = renderWithOne({ storage });
    await act(() => loaded);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain(nl['sa.storage.unreadable'].one);
    expect(alert.textContent).toContain(nl['sa.storage.unreadable.damaged']);
    expect(within(alert).getByRole('button', { name: 'Onleesbare gegevens bewaren als bestand (skc.assessment.kapot)' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Openen De Regenboog, 2025-2026' })).toBeTruthy();
    expect(storage.device.map.get('skc.assessment.kapot')).toBe('{"format": "iets anders"}');
  });

  it('lists the ones that wait for the file check, with a retry that opens them', async () => {
    const storage = memoryStorage();
    const older = makeAssessment({ id: 'vlinder', profile: { ...makeAssessment().profile, schoolName: 'De Vlinder' } });
    storage.device.map.set('skc.assessment.vlinder', JSON.stringify(older));
    let works = false;
    const { loaded } = renderWithOne({ storage, loadFileCheck: () => (works ? fileCheckLoaded() : Promise.reject(new Error('offline'))) });
    await act(() => loaded);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain(nl['sa.storage.checkFailed'].one);
    expect(screen.getByRole('button', { name: 'Openen De Regenboog, 2025-2026' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Openen De Vlinder' })).toBeNull();
    works = true;
    fireEvent.click(within(alert).getByRole('button', { name: nl['sa.retry'] }));
    expect(await screen.findByRole('button', { name: 'Openen De Vlinder' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
