import { describe, expect, it } from 'vitest';
import { encodeAssessment, type Assessment } from '../../src/domain';
import { decodeAssessment } from '../../src/domain/assessment/codec';
import { createAssessmentState } from '../../src/islands/self-assessment/state';
import { memoryStorage, type AssessmentStorage } from '../../src/islands/self-assessment/storage';
import { answers, makeActivity, makeAssessment, testChecklist } from '../fixtures/checklist';

const START = new Date('2025-10-01T12:00:00Z');
const KEY = (id: string) => `skc.assessment.${id}`;

/** A state on memory storage, with a clock the test moves on and numbered ids. */
function setup(storage: AssessmentStorage & { map?: Map<string, string> } = memoryStorage()) {
  let time = START;
  let counter = 0;
  const state = createAssessmentState({ decode: decodeAssessment, checklist: testChecklist, storage, now: () => time, newId: () => `id-${++counter}` });
  const later = (minutes = 1) => {
    time = new Date(time.getTime() + minutes * 60_000);
    return time.toISOString();
  };
  return { state, storage, later };
}

/** A state with one new assessment, open. */
function withNew() {
  const storage = memoryStorage();
  const s = setup(storage);
  s.state.create();
  return { ...s, storage, id: s.state.current.value!.id };
}

const stored = (storage: { map: Map<string, string> }, id: string): Assessment | undefined => {
  const raw = storage.map.get(KEY(id));
  // Kept sealed (seal.ts): the assessment is inside the envelope.
  return raw === undefined ? undefined : (JSON.parse(raw).assessment as Assessment);
};

/** Storage that can be read but refuses to save, as when the quota is full. */
function failingStorage(): AssessmentStorage & { saves: number } {
  const s = { saves: 0, readAll: () => ({ ok: true as const, entries: [] }), save: () => (s.saves++, false), remove: () => true };
  return s;
}

describe('starting and opening assessments', () => {
  it('creates an empty assessment against the current checklist, opens it at the profile step and saves it', () => {
    const { state, storage, id } = withNew();
    expect(state.assessments.value).toHaveLength(1);
    expect(state.current.value).toMatchObject({ id: 'id-1', checklistVersion: 2, createdAt: START.toISOString(), updatedAt: START.toISOString() });
    expect(state.step.value).toEqual({ name: 'profile' });
    expect(stored(storage, id)).toEqual(state.current.value);
    expect(state.saveState.value).toEqual({ kind: 'saved', at: START });
  });

  it('opens an assessment at the profile step and forgets earlier import problems', () => {
    const { state } = withNew();
    state.importText('not json', 'x.json');
    state.goTo({ name: 'list' });
    state.open('id-1');
    expect(state.current.value?.id).toBe('id-1');
    expect(state.step.value).toEqual({ name: 'profile' });
    expect(state.importProblems.value).toEqual([]);
  });
});

describe('changing an assessment', () => {
  it('stamps an answer with the time and saves it', () => {
    const { state, storage, later, id } = withNew();
    const at = later();
    state.answer('school', 'inform-parents', 'partly');
    expect(state.current.value!.updatedAt).toBe(at);
    expect(state.current.value!.schoolAnswers['inform-parents']).toEqual({ value: 'partly', note: '', checklistVersion: 2 });
    expect(stored(storage, id)).toEqual(state.current.value);
    expect(state.saveState.value).toEqual({ kind: 'saved', at: new Date(at) });
  });

  it('stamps a profile change with the time and saves it', () => {
    const { state, storage, later, id } = withNew();
    const at = later();
    state.updateProfile({ schoolName: 'De Regenboog', schoolType: 'vo' });
    expect(state.current.value!.profile).toMatchObject({ schoolName: 'De Regenboog', schoolType: 'vo' });
    expect(state.current.value!.updatedAt).toBe(at);
    expect(stored(storage, id)?.profile.schoolName).toBe('De Regenboog');
  });

  it('keeps the list and the open assessment the same', () => {
    const { state } = withNew();
    state.updateProfile({ schoolName: 'De Regenboog' });
    expect(state.assessments.value[0]).toBe(state.current.value);
  });

  it('stores a note with an answer, and keeps it when the answer changes', () => {
    const { state } = withNew();
    state.answer('school', 'inform-parents', 'partly');
    state.setNote('school', 'inform-parents', 'Alleen op de website.');
    state.answer('school', 'inform-parents', 'yes');
    expect(state.current.value!.schoolAnswers['inform-parents']).toEqual({ value: 'yes', note: 'Alleen op de website.', checklistVersion: 2 });
  });

  it('ignores a note on a question not answered yet', () => {
    const { state } = withNew();
    state.setNote('school', 'inform-parents', 'Nog uitzoeken.');
    expect(state.current.value!.schoolAnswers).toEqual({});
  });

  it('adds, answers, changes and removes an activity', () => {
    const { state } = withNew();
    const id = state.addActivity({ name: 'Schoolreis', kind: 'one-day', templateId: 'school-trip' });
    state.answer(id, 'everyone-joins', 'no');
    state.updateActivity(id, { costPerPupil: 30 });
    expect(state.current.value!.activities).toEqual([
      { id, templateId: 'school-trip', name: 'Schoolreis', kind: 'one-day', costPerPupil: 30, fundedBy: 'contribution', notes: '', answers: { 'everyone-joins': { value: 'no', note: '', checklistVersion: 2 } } },
    ]);
    expect(state.activityStatuses.value.get(id)).toBe('excludes');
    state.removeActivity(id);
    expect(state.current.value!.activities).toEqual([]);
    expect(state.notice.value).toEqual({ key: 'sa.activities.removed', params: { name: 'Schoolreis' } });
  });

  it('stores the owner and deadline of an action', () => {
    const { state } = withNew();
    state.answer('school', 'mr-approved', 'no');
    state.setActionField('school', 'mr-approved', { owner: 'Directeur' });
    state.setActionField('school', 'mr-approved', { deadline: '2026-02-01' });
    expect(state.current.value!.actions).toEqual({ 'school:mr-approved': { owner: 'Directeur', deadline: '2026-02-01' } });
    expect(state.plan.value).toMatchObject([{ questionId: 'mr-approved', owner: 'Directeur', deadline: '2026-02-01' }]);
  });

  it('changes nothing when no assessment is open', () => {
    const { state, storage } = setup();
    state.answer('school', 'inform-parents', 'yes');
    state.updateProfile({ schoolName: 'X' });
    expect(state.assessments.value).toEqual([]);
    expect((storage as ReturnType<typeof memoryStorage>).map.size).toBe(0);
  });
});

describe('when saving fails', () => {
  it('says so, and keeps the change in this tab', () => {
    const { state } = setup(failingStorage());
    state.create();
    state.updateProfile({ schoolName: 'De Regenboog' });
    expect(state.saveState.value).toEqual({ kind: 'failed' });
    expect(state.current.value!.profile.schoolName).toBe('De Regenboog');
    expect(state.assessments.value[0]!.profile.schoolName).toBe('De Regenboog');
  });

  it('announces the trouble once', () => {
    const { state } = setup(failingStorage());
    state.create();
    expect(state.notice.value).toEqual({ key: 'sa.storage.failed' });
    state.notice.value = null;
    state.updateProfile({ schoolName: 'De Regenboog' });
    expect(state.notice.value).toBeNull();
  });
});

describe('not keeping the work on this computer', () => {
  it('removes the stored copy of the open assessment', () => {
    const { state, storage, id } = withNew();
    state.setKeepOnDevice(false);
    expect(storage.map.has(KEY(id))).toBe(false);
    expect(state.saveState.value).toEqual({ kind: 'memory' });
    expect(state.notice.value).toEqual({ key: 'sa.storage.memory' });
  });

  it('saves nothing more, but keeps the changes in this tab', () => {
    const { state, storage } = withNew();
    state.setKeepOnDevice(false);
    state.updateProfile({ schoolName: 'De Regenboog' });
    state.answer('school', 'inform-parents', 'yes');
    expect(storage.map.size).toBe(0);
    expect(state.current.value!.profile.schoolName).toBe('De Regenboog');
  });

  it('saves again once switched back on', () => {
    const { state, storage, id } = withNew();
    state.setKeepOnDevice(false);
    state.updateProfile({ schoolName: 'De Regenboog' });
    state.setKeepOnDevice(true);
    expect(stored(storage, id)?.profile.schoolName).toBe('De Regenboog');
    expect(state.saveState.value.kind).toBe('saved');
  });
});

describe('reading what this computer kept', () => {
  const older = makeAssessment({ id: 'older', updatedAt: '2025-09-01T10:00:00.000Z' });
  const newer = makeAssessment({ id: 'newer', updatedAt: '2025-09-20T10:00:00.000Z' });

  it('lists the stored assessments, most recently changed first', () => {
    const storage = memoryStorage();
    storage.save(older);
    storage.save(newer);
    const { state } = setup(storage);
    state.load();
    expect(state.assessments.value.map((a) => a.id)).toEqual(['newer', 'older']);
    expect(state.assessments.value[1]).toEqual(older);
    expect(state.unreadable.value).toEqual([]);
  });

  it('sets aside entries it cannot read, and keeps the others', () => {
    const storage = memoryStorage();
    storage.save(older);
    storage.map.set(KEY('broken'), '{"format":"schoolkostencheck-assessment",');
    storage.map.set(KEY('wrong'), JSON.stringify({ ...newer, profile: { schoolType: 'mbo' } }));
    storage.save(newer);
    const { state } = setup(storage);
    state.load();
    expect(state.assessments.value.map((a) => a.id)).toEqual(['newer', 'older']);
    expect(state.unreadable.value).toEqual([
      { key: KEY('broken'), raw: '{"format":"schoolkostencheck-assessment",' },
      { key: KEY('wrong'), raw: JSON.stringify({ ...newer, profile: { schoolType: 'mbo' } }) },
    ]);
    // Nothing is dropped from storage.
    expect(storage.map.size).toBe(4);
  });

  it('says so when storage cannot be read at all', () => {
    const { state } = setup({ readAll: () => ({ ok: false }), save: () => false, remove: () => false });
    state.load();
    expect(state.storageAvailable.value).toBe(false);
    expect(state.assessments.value).toEqual([]);
  });

  it('keeps working in this tab when storage cannot be read', () => {
    const { state } = setup({ readAll: () => ({ ok: false }), save: () => false, remove: () => false });
    state.load();
    expect(state.keepOnDevice.value).toBe(false);
    state.create();
    state.updateProfile({ schoolName: 'De Regenboog' });
    expect(state.saveState.value).toEqual({ kind: 'memory' });
    expect(state.current.value!.profile.schoolName).toBe('De Regenboog');
  });
});

describe('opening an exported file', () => {
  it('changes nothing when the file is broken, and lists its problems', () => {
    const { state, storage } = withNew();
    const before = state.assessments.value;
    const storedBefore = [...storage.map];
    const ok = state.importText(JSON.stringify({ format: 'schoolkostencheck-assessment', schemaVersion: 1, id: 'x' }), 'kapot.json');
    expect(ok).toBe(false);
    expect(state.assessments.value).toBe(before);
    expect(state.current.value?.id).toBe('id-1');
    expect([...storage.map]).toEqual(storedBefore);
    expect(state.importProblems.value.length).toBeGreaterThan(0);
    expect(state.importProblems.value.every((p) => p.file === 'kapot.json')).toBe(true);
  });

  it('reports a file that is not JSON', () => {
    const { state } = setup();
    expect(state.importText('hallo', 'notities.txt')).toBe(false);
    expect(state.importProblems.value).toEqual([expect.objectContaining({ file: 'notities.txt', field: '', code: 'not-json' })]);
  });

  it('gets back an equal assessment after export, delete and import', () => {
    const { state, later } = withNew();
    later();
    state.updateProfile({ schoolName: 'Het Noorderlicht', schoolType: 'vo', contribution: 45 });
    state.answer('school', 'mr-approved', 'partly');
    state.setNote('school', 'mr-approved', 'Alleen de ouders in de MR.');
    const trip = state.addActivity({ name: 'Schoolreis', kind: 'one-day', costPerPupil: 27.5 });
    state.answer(trip, 'everyone-joins', 'no');
    state.setActionField(trip, 'everyone-joins', { owner: 'Teamleider', deadline: '2026-04-01' });
    const original = state.current.value!;
    const text = state.exportText();

    state.remove(original.id);
    expect(state.assessments.value).toEqual([]);
    expect(state.importText(text, 'noorderlicht.json')).toBe(true);
    expect(state.current.value).toEqual(original);
    expect(state.assessments.value).toEqual([original]);
  });

  it('gives an imported file a new id when that id is already in the list', () => {
    const { state } = withNew();
    const text = state.exportText();
    expect(state.importText(text, 'kopie.json')).toBe(true);
    expect(state.assessments.value.map((a) => a.id).sort()).toEqual(['id-1', 'id-2']);
    expect(state.current.value?.id).toBe('id-2');
  });

  it('opens a file with questions to review at the summary, and says how many', () => {
    const { state } = setup();
    const old = makeAssessment({ id: 'old', checklistVersion: 1, schoolAnswers: answers({ 'no-payer-lists': 'yes' }, 1) });
    expect(state.importText(encodeAssessment(old), 'oud.json')).toBe(true);
    expect(state.step.value).toEqual({ name: 'summary' });
    expect(state.notice.value).toEqual({ key: 'sa.import.review', params: { name: '', count: 1 } });
  });
});

describe('deleting', () => {
  it('removes the assessment from the list and from storage, and undo brings it back', () => {
    const { state, storage, id } = withNew();
    const original = state.current.value!;
    state.remove(id);
    expect(state.assessments.value).toEqual([]);
    expect(state.current.value).toBeNull();
    expect(storage.map.has(KEY(id))).toBe(false);
    state.undoRemove();
    expect(state.assessments.value).toEqual([original]);
    expect(stored(storage, id)).toEqual(original);
    expect(state.lastDeleted.value).toBeNull();
  });
});

describe('duplicating', () => {
  it('gives the copy a new id and keeps the answers, activities and actions', () => {
    const { state, later } = withNew();
    state.answer('school', 'inform-parents', 'no');
    state.addActivity({ name: 'Schoolreis', kind: 'one-day' });
    state.setActionField('school', 'inform-parents', { owner: 'Directeur' });
    const source = state.current.value!;
    const at = later(60);
    state.duplicate(source.id);
    const copy = state.assessments.value.find((a) => a.id !== source.id)!;
    expect(copy.id).not.toBe(source.id);
    expect(copy).toEqual({ ...source, id: copy.id, createdAt: at, updatedAt: at });
    expect(state.assessments.value.map((a) => a.id)).toEqual([copy.id, source.id]);
  });

  it('leaves the original as it was', () => {
    const { state } = withNew();
    state.answer('school', 'inform-parents', 'no');
    const source = state.current.value!;
    state.duplicate(source.id);
    expect(state.assessments.value.find((a) => a.id === source.id)).toBe(source);
  });
});

describe('the checklist version of an assessment', () => {
  /** An assessment filled in against version 1, where no-payer-lists and equal-alternative were revised since. */
  const old = () =>
    makeAssessment({
      id: 'old',
      checklistVersion: 1,
      schoolAnswers: answers({ 'inform-parents': 'yes', 'no-payer-lists': 'yes' }, 1),
      activities: [makeActivity({ id: 'trip', kind: 'one-day', answers: answers({ 'equal-alternative': 'yes' }, 1) })],
    });

  function openOld() {
    const storage = memoryStorage();
    storage.save(old());
    const s = setup(storage);
    s.state.load();
    s.state.open('old');
    return s;
  }

  it('stays old while a question is left to review', () => {
    const { state } = openOld();
    state.answer('school', 'no-payer-lists', 'no');
    expect(state.review.value).toEqual([{ scope: 'trip', questionId: 'equal-alternative' }]);
    expect(state.current.value!.checklistVersion).toBe(1);
  });

  it('is raised to the current checklist once no question is left to review', () => {
    const { state } = openOld();
    state.answer('school', 'no-payer-lists', 'no');
    state.answer('trip', 'equal-alternative', 'partly');
    expect(state.review.value).toEqual([]);
    expect(state.current.value!.checklistVersion).toBe(2);
  });

  it('is raised when the only activity with a question to review is removed', () => {
    const { state } = openOld();
    state.answer('school', 'no-payer-lists', 'no');
    state.removeActivity('trip');
    expect(state.current.value!.checklistVersion).toBe(2);
  });

  it('keeps answers given against the older version that did not need review', () => {
    const { state } = openOld();
    state.answer('school', 'no-payer-lists', 'no');
    state.answer('trip', 'equal-alternative', 'partly');
    expect(state.current.value!.schoolAnswers['inform-parents']).toEqual({ value: 'yes', note: '', checklistVersion: 1 });
  });
});
