import { engine } from '../../src/islands/self-assessment/state/engine';
import type { LoadEngine } from '../../src/islands/self-assessment/state/load-engine';
import { describe, expect, it } from 'vitest';
import { encodeAssessment, MAX_FILE_BYTES, seal, type Assessment } from '../../src/domain';
import { decodeAssessment } from '../../src/domain/assessment/format/decode';
import { createAssessmentState } from '../../src/islands/self-assessment/state/assessment-state';
import { memoryStorage, type EntryStorage, type Place } from '../../src/islands/self-assessment/storage/entries';
import type { LoadFileCheck } from '../../src/islands/self-assessment/storage/load-file-check';
import { answers, makeActivity, makeAssessment, testChecklist } from '../fixtures/checklist';

const START = new Date('2025-10-01T12:00:00Z');
const KEY = (id: string) => `skc.assessment.${id}`;

const loaded: LoadFileCheck = async () => decodeAssessment;
/** The file check's chunk could not be fetched (offline since the page opened, or a new release). */
const unreachable: LoadFileCheck = () => Promise.reject(new Error('Failed to fetch dynamically imported module'));

type MemoryStorage = ReturnType<typeof memoryStorage>;

/** Memory storage whose writes can be made to fail, as when the computer's storage is full. */
function flakyStorage() {
  const base = memoryStorage();
  const control = { failing: false, writes: 0 };
  const write = (assessment: Assessment, place: Place) => {
    control.writes += 1;
    return control.failing ? false : base.write(assessment, place);
  };
  return { ...base, write, control };
}

/** Storage the browser does not allow at all (private mode in some browsers, blocked by policy). */
const blockedStorage = (): EntryStorage => ({ readAll: () => ({ ok: false }), read: () => null, write: () => false, remove: () => false });

/** A state on the given storage, with a clock the test moves on and numbered ids. */
function setup<S extends EntryStorage = MemoryStorage>(options: { storage?: S; loadFileCheck?: LoadFileCheck; loadEngine?: LoadEngine } = {}) {
  const storage = (options.storage ?? memoryStorage()) as S;
  let time = START;
  let counter = 0;
  const state = createAssessmentState({
    ...(options.loadEngine ? { loadEngine: options.loadEngine } : { engine }),
    checklist: testChecklist,
    storage,
    loadFileCheck: options.loadFileCheck ?? loaded,
    now: () => time,
    newId: () => `id-${++counter}`,
  });
  const later = (minutes = 1) => {
    time = new Date(time.getTime() + minutes * 60_000);
    return time.toISOString();
  };
  return { state, storage, later };
}

/** A state with one new assessment, open. */
/** A new assessment whose school type and MR involvement are chosen, so the questions can start. */
function withNew() {
  const s = setup();
  s.state.create();
  s.state.updateProfile({ schoolType: 'vo', mrInvolved: 'yes' });
  return { ...s, id: s.state.current.value!.id };
}

/** A state that has read what storage holds, with `assessments` stored on this computer beforehand. */
async function withStored(assessments: Assessment[], loadFileCheck: LoadFileCheck = loaded) {
  const storage = memoryStorage();
  for (const a of assessments) storage.write(a, 'device');
  const s = setup({ storage, loadFileCheck });
  await s.state.load();
  return s;
}

/** The assessment stored under `id` in a place, from its sealed envelope. */
const stored = (storage: MemoryStorage, id: string, place: Place = 'device'): Assessment | undefined => {
  const raw = storage[place].map.get(KEY(id));
  return raw === undefined ? undefined : (JSON.parse(raw).assessment as Assessment);
};

/** A file as the file field hands it over. */
const file = (text: string, name = 'bestand.json') => ({ name, size: text.length, text: async () => text });

/** Another tab of the site writes `assessment` to this computer's storage; this tab hears of it. */
async function otherTabSaves(s: { state: ReturnType<typeof setup>['state']; storage: MemoryStorage }, assessment: Assessment) {
  const raw = seal(assessment);
  s.storage.device.map.set(KEY(assessment.id), raw);
  await s.state.takeExternal(KEY(assessment.id), raw);
}

/** Another tab deletes the assessment from this computer's storage; this tab hears of it. */
async function otherTabDeletes(s: { state: ReturnType<typeof setup>['state']; storage: MemoryStorage }, id: string) {
  s.storage.device.map.delete(KEY(id));
  await s.state.takeExternal(KEY(id), null);
}

const named = (id: string, schoolName: string, fields: Partial<Assessment> = {}) =>
  makeAssessment({ id, profile: { ...makeAssessment().profile, schoolName }, ...fields });

describe('starting and opening assessments', () => {
  it('creates an empty assessment against the current checklist, opens it at the school details and saves it', () => {
    const { state, storage, id } = withNew();
    expect(state.model.entries.value).toHaveLength(1);
    expect(state.current.value).toMatchObject({ id: 'id-1', checklistVersion: 2, createdAt: START.toISOString(), updatedAt: START.toISOString() });
    expect(state.route.value).toEqual({ name: 'assessment', id, step: 'profile' });
    expect(stored(storage, id)).toEqual(state.current.value);
    expect(state.saveState.value).toEqual({ kind: 'saved', at: START });
    expect(state.currentEntry.value).toMatchObject({ place: 'device', deletedElsewhere: false, exported: false });
  });

  it('opens an assessment at the school details and forgets the problems of an earlier file', async () => {
    const { state } = withNew();
    expect(await state.importFile(file('not json', 'x.json'))).toBe(false);
    expect(state.importProblems.value).not.toEqual([]);
    state.go({ name: 'list' });
    state.open('id-1');
    expect(state.current.value?.id).toBe('id-1');
    expect(state.route.value).toEqual({ name: 'assessment', id: 'id-1', step: 'profile' });
    expect(state.importProblems.value).toEqual([]);
  });
});

describe('moving between steps', () => {
  it('moves to any step of the open assessment', () => {
    const { state, id } = withNew();
    state.goStep('summary');
    expect(state.route.value).toEqual({ name: 'assessment', id, step: 'summary' });
    state.goStep('school');
    expect(state.route.value).toEqual({ name: 'assessment', id, step: 'school' });
  });

  it('opens the step of one activity', () => {
    const { state, id } = withNew();
    state.addActivity({ name: 'Schoolreis', kind: 'one-day' });
    const trip = state.current.value!.activities[0]!.id;
    state.openActivity(trip);
    expect(state.route.value).toEqual({ name: 'assessment', id, step: 'activity', activityId: trip });
  });

  it('shows the list, and says why, for an address of an assessment this computer does not hold', () => {
    const { state } = withNew();
    state.go({ name: 'assessment', id: 'gone', step: 'summary' });
    expect(state.route.value).toEqual({ name: 'list' });
    expect(state.current.value).toBeNull();
    expect(state.notice.value).toMatchObject({ key: 'sa.list.notFound', tone: 'warning' });
  });

  it('shows the list of activities for an address of an activity that no longer exists', () => {
    const { state, id } = withNew();
    state.go({ name: 'assessment', id, step: 'activity', activityId: 'removed' });
    expect(state.route.value).toEqual({ name: 'assessment', id, step: 'activities' });
  });

  it('moves nowhere from the list when no assessment is open', () => {
    const { state } = setup();
    state.goStep('summary');
    state.openActivity('trip');
    expect(state.route.value).toEqual({ name: 'list' });
  });
});

describe('changing an assessment', () => {
  it('stamps an answer with the time and saves it', () => {
    const { state, storage, later, id } = withNew();
    const at = later();
    state.answer('school', 'inform-parents', 'partly');
    expect(state.current.value!.updatedAt).toBe(at);
    expect(state.current.value!.schoolAnswers['inform-parents']).toEqual({ value: 'partly', note: '', checklistVersion: 2, recheck: false });
    expect(stored(storage, id)).toEqual(state.current.value);
    expect(state.saveState.value).toEqual({ kind: 'saved', at: new Date(at) });
  });

  it('stamps a change of the school details with the time and saves it', () => {
    const { state, storage, later, id } = withNew();
    const at = later();
    expect(state.updateProfile({ schoolName: 'De Regenboog', schoolType: 'vo' }).ok).toBe(true);
    expect(state.current.value!.profile).toMatchObject({ schoolName: 'De Regenboog', schoolType: 'vo' });
    expect(state.current.value!.updatedAt).toBe(at);
    expect(stored(storage, id)?.profile.schoolName).toBe('De Regenboog');
  });

  it('keeps the list and the open assessment the same', () => {
    const { state } = withNew();
    state.updateProfile({ schoolName: 'De Regenboog' });
    expect(state.model.entries.value[0]!.assessment).toBe(state.current.value);
  });

  it('stores a note with an answer, and keeps it when the answer changes', () => {
    const { state } = withNew();
    state.answer('school', 'inform-parents', 'partly');
    state.setNote('school', 'inform-parents', 'Alleen op de website.');
    state.answer('school', 'inform-parents', 'yes');
    expect(state.current.value!.schoolAnswers['inform-parents']).toEqual({ value: 'yes', note: 'Alleen op de website.', checklistVersion: 2, recheck: false });
  });

  it('ignores a note on a question not answered yet', () => {
    const { state } = withNew();
    state.setNote('school', 'inform-parents', 'Nog uitzoeken.');
    expect(state.current.value!.schoolAnswers).toEqual({});
  });

  it('adds, answers and changes an activity, and derives its status', () => {
    const { state } = withNew();
    expect(state.addActivity({ name: 'Schoolreis', kind: 'one-day', templateId: 'school-trip' }).ok).toBe(true);
    expect(state.notice.value).toMatchObject({ key: 'sa.activities.added', params: { name: 'Schoolreis' } });
    const id = state.current.value!.activities[0]!.id;
    state.answer(id, 'everyone-joins', 'no');
    state.updateActivity(id, { costPerPupil: 30 });
    expect(state.current.value!.activities).toEqual([
      {
        id, templateId: 'school-trip', name: 'Schoolreis', kind: 'one-day', traits: [], yearGroup: '', costPerPupil: 30, fundedBy: null,
        optional: false, optionalDecision: null, notes: '', answers: { 'everyone-joins': { value: 'no', note: '', checklistVersion: 2, recheck: false } },
      },
    ]);
    expect(state.assessed.value!.byScope.get(id)?.status).toBe('excludes');
    expect(state.assessed.value!.activities.map((part) => part.status)).toEqual(['excludes']);
  });

  it('stores the owner and deadline of an action, and shows them in the plan', () => {
    const { state } = withNew();
    state.answer('school', 'mr-approved', 'no');
    state.setActionField('school', 'mr-approved', { owner: 'Directeur' });
    state.setActionField('school', 'mr-approved', { deadline: '2026-02-01' });
    expect(state.current.value!.actions).toEqual({ 'school:mr-approved': { owner: 'Directeur', deadline: '2026-02-01', state: 'not-started', stateReason: '' } });
    expect(state.assessed.value!.plan).toMatchObject([{ questionId: 'mr-approved', owner: 'Directeur', deadline: '2026-02-01' }]);
  });

  it('counts answered questions over every part', () => {
    const { state } = withNew();
    const before = state.assessed.value!.counts;
    state.answer('school', 'inform-parents', 'yes');
    expect(state.assessed.value!.counts.answered).toBe(before.answered + 1);
    expect(state.assessed.value!.counts.total).toBe(before.total);
  });

  it('changes nothing when no assessment is open', () => {
    const { state, storage } = setup();
    state.answer('school', 'inform-parents', 'yes');
    expect(state.updateProfile({ schoolName: 'X' }).ok).toBe(false);
    expect(state.model.entries.value).toEqual([]);
    expect(storage.device.map.size).toBe(0);
  });
});

describe('a change the rules refuse', () => {
  it('changes and saves nothing, and says why', () => {
    const { state, storage, id } = withNew();
    state.addActivity({ name: 'Schoolreis', kind: 'one-day' });
    const before = state.current.value;
    const savedBefore = storage.device.map.get(KEY(id));
    const trip = before!.activities[0]!.id;
    const refusals = [
      state.updateActivity(trip, { name: '   ' }),
      state.updateActivity(trip, { costPerPupil: -5 }),
      state.updateProfile({ contribution: 100_001 }),
      state.setActionField('school', 'inform-parents', { deadline: '2026-02-30' }),
      state.addActivity({ name: '', kind: 'one-day' }),
    ];
    expect(refusals.map((r) => (r.ok ? 'accepted' : r.issues[0]!.code))).toEqual(['name-missing', 'amount', 'amount', 'date', 'name-missing']);
    expect(state.current.value).toBe(before);
    expect(storage.device.map.get(KEY(id))).toBe(savedBefore);
  });
});

describe('the engine that edits and works out an open assessment', () => {
  it('is not there until prepared: an assessment opens, but shows no results and takes no edit yet', async () => {
    let finish!: (value: typeof engine) => void;
    const { state } = setup({ loadEngine: () => new Promise((resolve) => (finish = resolve)) });
    state.create();
    expect(state.engineStatus.value).toBe('idle');
    expect(state.assessed.value).toBeNull();
    expect(state.updateProfile({ schoolName: 'Vroeg' })).toMatchObject({ ok: false, issues: [{ code: 'not-ready' }] });
    expect(state.current.value!.profile.schoolName).toBe('');
    const ready = state.prepare();
    expect(state.engineStatus.value).toBe('loading');
    finish(engine);
    await ready;
    expect(state.engineStatus.value).toBe('ready');
    expect(state.assessed.value).not.toBeNull();
    expect(state.updateProfile({ schoolName: 'Later' }).ok).toBe(true);
  });

  it('says it failed when its chunk cannot load, and loads on the next try', async () => {
    let attempts = 0;
    const { state } = setup({ loadEngine: async () => (++attempts === 1 ? Promise.reject(new Error('offline')) : engine) });
    state.create();
    await state.prepare();
    expect(state.engineStatus.value).toBe('failed');
    expect(state.current.value).not.toBeNull();
    await state.prepare();
    expect(state.engineStatus.value).toBe('ready');
    expect(state.assessed.value?.counts.total).toBe(0);
  });
});

describe('removing an activity', () => {
  /** An assessment open with three activities, the middle one answered and with an owner for its action. */
  async function withThree() {
    const assessment = makeAssessment({
      id: 'noorderlicht',
      activities: [
        makeActivity({ id: 'first', name: 'Kerstfeest', kind: 'celebration' }),
        makeActivity({ id: 'trip', name: 'Schoolreis', kind: 'one-day', answers: answers({ 'everyone-joins': 'no', 'cost-known': 'yes' }) }),
        makeActivity({ id: 'last', name: 'Laptop', kind: 'materials-ict' }),
      ],
      actions: { 'trip:everyone-joins': { owner: 'Teamleider', deadline: '2026-04-01', state: 'not-started' as const, stateReason: '' } },
    });
    const s = await withStored([assessment]);
    s.state.open('noorderlicht');
    return { ...s, assessment };
  }

  it('removes it, says so with an undo, and leaves its step', async () => {
    const { state, storage } = await withThree();
    state.openActivity('trip');
    state.removeActivity('trip');
    expect(state.current.value!.activities.map((a) => a.id)).toEqual(['first', 'last']);
    expect(stored(storage, 'noorderlicht')!.activities.map((a) => a.id)).toEqual(['first', 'last']);
    expect(state.route.value).toEqual({ name: 'assessment', id: 'noorderlicht', step: 'activities' });
    expect(state.notice.value).toMatchObject({ key: 'sa.activities.removed', params: { name: 'Schoolreis' }, focus: true, action: { key: 'sa.list.undo' } });
  });

  it('comes back with its answers at its place on undo', async () => {
    const { state, storage, assessment } = await withThree();
    state.removeActivity('trip');
    state.notice.value!.action!.run();
    expect(state.current.value!.activities).toEqual(assessment.activities);
    expect(stored(storage, 'noorderlicht')!.activities).toEqual(assessment.activities);
    expect(state.assessed.value!.plan).toMatchObject([{ key: 'trip:everyone-joins', owner: 'Teamleider', deadline: '2026-04-01' }]);
    expect(state.notice.value).toMatchObject({ key: 'sa.activities.restored', params: { name: 'Schoolreis' } });
  });

  it('raises the checklist version when the only activity with a question to review is removed', async () => {
    const old = makeAssessment({ id: 'old', checklistVersion: 1, activities: [makeActivity({ id: 'trip', kind: 'one-day', answers: answers({ 'equal-alternative': 'yes' }, 1) })] });
    const { state } = await withStored([{ ...old, schoolAnswers: answers({ 'inform-parents': 'yes', 'mr-approved': 'yes', 'no-payer-lists': 'yes' }) }]);
    state.open('old');
    state.removeActivity('trip');
    expect(state.current.value!.checklistVersion).toBe(2);
  });
});

describe('when saving fails', () => {
  it('keeps a copy in this tab when the computer refuses it, so a reload of the tab still has the work', async () => {
    // The computer's storage refuses writes; the tab's own storage still works.
    const base = memoryStorage();
    const storage = { ...base, write: (a: Assessment, place: Place, options?: { move?: boolean }) => (place === 'device' ? false : base.write(a, place, options)) };
    const s = setup({ storage });
    s.state.create();
    s.state.updateProfile({ schoolName: 'Blijft staan' });
    expect(s.state.saveState.value).toEqual({ kind: 'failed' });
    expect(stored(base, s.state.current.value!.id, 'tab')?.profile.schoolName).toBe('Blijft staan');
    // The reload: the same tab reads it back, kept in this tab only (which is then the truth).
    const again = setup({ storage });
    await again.state.load();
    expect(again.state.model.entries.value.map((e) => [e.assessment.profile.schoolName, e.place])).toEqual([['Blijft staan', 'tab']]);
  });

  it('drops that copy once the computer keeps the assessment again, so it never wins over newer work', () => {
    const s = setup({ storage: flakyStorage() });
    s.state.create();
    const id = s.state.current.value!.id;
    s.storage.control.failing = true;
    s.state.updateProfile({ schoolName: 'Eerst' });
    s.storage.control.failing = false;
    // The flaky storage's own fallback write went through its failing write; write one as the model would.
    s.storage.tab.map.set(KEY(id), s.storage.device.map.get(KEY(id)) ?? '{}');
    s.state.updateProfile({ schoolName: 'Later' });
    expect(s.storage.tab.map.has(KEY(id))).toBe(false);
    expect(stored(s.storage, id)?.profile.schoolName).toBe('Later');
  });

  it('says so, and keeps the change in this tab', () => {
    const s = setup({ storage: flakyStorage() });
    s.state.create();
    s.storage.control.failing = true;
    s.state.updateProfile({ schoolName: 'De Regenboog' });
    expect(s.state.saveState.value).toEqual({ kind: 'failed' });
    expect(s.state.current.value!.profile.schoolName).toBe('De Regenboog');
    expect(s.state.model.entries.value[0]!.assessment.profile.schoolName).toBe('De Regenboog');
  });

  it('announces the trouble once, when it starts', () => {
    const s = setup({ storage: flakyStorage() });
    s.state.create();
    s.storage.control.failing = true;
    s.state.updateProfile({ schoolName: 'De Regenboog' });
    expect(s.state.notice.value).toMatchObject({ key: 'sa.storage.failed', tone: 'warning' });
    s.state.dismissNotice();
    s.state.updateProfile({ schoolName: 'De Regenboog 2' });
    expect(s.state.notice.value).toBeNull();
  });

  it('announces the trouble when the very first save of a new assessment fails', () => {
    const s = setup({ storage: flakyStorage() });
    s.storage.control.failing = true;
    s.state.create();
    expect(s.state.saveState.value).toEqual({ kind: 'failed' });
    expect(s.state.notice.value).toMatchObject({ key: 'sa.storage.failed', tone: 'warning' });
  });

  it('shows the failure on that assessment only, until a later save of it works', () => {
    const s = setup({ storage: flakyStorage() });
    s.state.create();
    s.state.create();
    const [second, first] = s.state.model.entries.value.map((e) => e.assessment.id);
    const saveOf = (id: string) => s.state.model.entries.value.find((e) => e.assessment.id === id)!.save.kind;

    s.storage.control.failing = true;
    s.state.updateProfile({ schoolName: 'Tweede' });
    expect([saveOf(first!), saveOf(second!)]).toEqual(['saved', 'failed']);

    s.storage.control.failing = false;
    s.state.open(first!);
    s.state.updateProfile({ schoolName: 'Eerste' });
    // Another assessment saving again says nothing about this one: its last change is still not kept.
    expect([saveOf(first!), saveOf(second!)]).toEqual(['saved', 'failed']);
    expect(stored(s.storage, second!)?.profile.schoolName).toBe('');

    s.state.open(second!);
    s.state.updateProfile({ schoolName: 'Tweede school' });
    expect([saveOf(first!), saveOf(second!)]).toEqual(['saved', 'saved']);
    expect(stored(s.storage, second!)?.profile.schoolName).toBe('Tweede school');
  });

  it('tries a failed save again when the page is hidden or closed', () => {
    const s = setup({ storage: flakyStorage() });
    s.state.create();
    s.storage.control.failing = true;
    s.state.updateProfile({ schoolName: 'De Regenboog' });
    expect(s.state.hasUnsavedWork()).toBe(true);
    s.storage.control.failing = false;
    s.state.flush();
    expect(s.state.saveState.value?.kind).toBe('saved');
    expect(stored(s.storage, s.state.current.value!.id)?.profile.schoolName).toBe('De Regenboog');
    expect(s.state.hasUnsavedWork()).toBe(false);
  });
});

describe('keeping an assessment only in this tab', () => {
  it('moves it from this computer to this tab', () => {
    const { state, storage, id } = withNew();
    state.setPlace('tab');
    expect(storage.device.map.has(KEY(id))).toBe(false);
    expect(stored(storage, id, 'tab')).toEqual(state.current.value);
    expect(state.saveState.value).toEqual({ kind: 'tab', at: START });
    expect(state.currentEntry.value?.place).toBe('tab');
  });

  it('keeps saving changes in this tab only', () => {
    const { state, storage, id } = withNew();
    state.setPlace('tab');
    state.updateProfile({ schoolName: 'De Regenboog' });
    state.answer('school', 'inform-parents', 'yes');
    expect(storage.device.map.size).toBe(0);
    expect(stored(storage, id, 'tab')?.profile.schoolName).toBe('De Regenboog');
  });

  it('moves it back to this computer when asked', () => {
    const { state, storage, id } = withNew();
    state.setPlace('tab');
    state.updateProfile({ schoolName: 'De Regenboog' });
    state.setPlace('device');
    expect(stored(storage, id)?.profile.schoolName).toBe('De Regenboog');
    expect(storage.tab.map.has(KEY(id))).toBe(false);
    expect(state.saveState.value?.kind).toBe('saved');
  });

  it('warns before leaving the page until the work is saved as a file', () => {
    const { state } = withNew();
    expect(state.hasUnsavedWork()).toBe(false);
    state.setPlace('tab');
    expect(state.hasUnsavedWork()).toBe(true);
    state.exportText();
    expect(state.hasUnsavedWork()).toBe(false);
    state.updateProfile({ schoolName: 'De Regenboog' });
    expect(state.hasUnsavedWork()).toBe(true);
  });

  it('is not replaced when another tab saves an assessment with the same id', async () => {
    const s = withNew();
    s.state.setPlace('tab');
    s.state.updateProfile({ schoolName: 'Mijn versie' });
    const mine = s.state.current.value!;
    await otherTabSaves(s, { ...mine, profile: { ...mine.profile, schoolName: 'Versie van het andere tabblad' }, updatedAt: s.later(5) });
    expect(s.state.current.value).toBe(mine);
    expect(s.state.model.entries.value.map((e) => e.assessment)).toEqual([mine]);
    expect(stored(s.storage, mine.id, 'tab')).toEqual(mine);
    expect(s.state.notice.value).toMatchObject({ key: 'sa.tabs.keptTabCopy' });
  });

  it('opens again from this tab after a reload, before the copy on this computer', async () => {
    const storage = memoryStorage();
    const inTab = named('same', 'In dit tabblad');
    storage.tab.map.set(KEY('same'), seal(inTab));
    storage.device.map.set(KEY('same'), seal(named('same', 'Op deze computer')));
    const s = setup({ storage });
    await s.state.load();
    expect(s.state.model.entries.value).toMatchObject([{ assessment: inTab, place: 'tab' }]);
  });
});

describe('reading what this computer kept', () => {
  const older = makeAssessment({ id: 'older', updatedAt: '2025-09-01T10:00:00.000Z' });
  const newer = makeAssessment({ id: 'newer', updatedAt: '2025-09-20T10:00:00.000Z' });

  it('lists the stored assessments, most recently changed first', async () => {
    const { state } = await withStored([older, newer]);
    expect(state.model.entries.value.map((e) => e.assessment.id)).toEqual(['newer', 'older']);
    expect(state.model.entries.value[1]).toMatchObject({ assessment: older, place: 'device', save: { kind: 'saved' } });
    expect(state.model.unreadable.value).toEqual([]);
  });

  it('sets aside entries it cannot read, says why, and keeps the others', async () => {
    const storage = memoryStorage();
    storage.write(older, 'device');
    const broken = '{"format":"schoolkostencheck-assessment",';
    const wrong = JSON.stringify({ ...newer, id: 'wrong', profile: { schoolType: 'mbo' } });
    const future = JSON.stringify({ ...newer, id: 'future', schemaVersion: 99 });
    storage.device.map.set(KEY('broken'), broken);
    storage.device.map.set(KEY('wrong'), wrong);
    storage.device.map.set(KEY('future'), future);
    storage.write(newer, 'device');
    const { state } = setup({ storage });
    await state.load();
    expect(state.model.entries.value.map((e) => e.assessment.id)).toEqual(['newer', 'older']);
    expect(state.model.unreadable.value).toEqual([
      { key: KEY('broken'), id: 'broken', raw: broken, reason: 'damaged' },
      { key: KEY('wrong'), id: 'wrong', raw: wrong, reason: 'damaged' },
      { key: KEY('future'), id: 'future', raw: future, reason: 'newer' },
    ]);
    // Nothing is dropped from storage.
    expect(storage.device.map.size).toBe(5);
  });

  it('says so when storage cannot be read at all', async () => {
    const { state } = setup({ storage: blockedStorage() });
    await state.load();
    expect(state.model.storageAvailable.value).toBe(false);
    expect(state.model.entries.value).toEqual([]);
  });

  it('keeps working in this tab when storage cannot be read, and warns before leaving', async () => {
    const { state } = setup({ storage: blockedStorage() });
    await state.load();
    state.create();
    state.updateProfile({ schoolName: 'De Regenboog' });
    expect(state.saveState.value).toEqual({ kind: 'unavailable' });
    expect(state.current.value!.profile.schoolName).toBe('De Regenboog');
    expect(state.hasUnsavedWork()).toBe(true);
  });
});

describe('when the file check cannot load', () => {
  const sealed = named('sealed', 'Verzegeld');
  const plain = named('plain', 'Uit een oudere versie');

  async function withWaiting() {
    const storage = memoryStorage();
    storage.write(sealed, 'device');
    storage.device.map.set(KEY('plain'), JSON.stringify(plain));
    let works = false;
    const s = setup({ storage, loadFileCheck: () => (works ? loaded() : unreachable()) });
    await s.state.load();
    return { ...s, fix: () => (works = true) };
  }

  it('lists the sealed entries and keeps the others waiting', async () => {
    const { state, storage } = await withWaiting();
    expect(state.model.entries.value.map((e) => e.assessment.id)).toEqual(['sealed']);
    expect(state.model.unchecked.value.map((e) => e.id)).toEqual(['plain']);
    expect(state.model.fileCheck.value).toBe('failed');
    expect(state.model.unreadable.value).toEqual([]);
    expect(storage.device.map.get(KEY('plain'))).toBe(JSON.stringify(plain));
  });

  it('opens the waiting entries once a retry loads it', async () => {
    const { state, fix } = await withWaiting();
    fix();
    await state.retryFileCheck();
    expect(state.model.entries.value.map((e) => e.assessment.id).sort()).toEqual(['plain', 'sealed']);
    expect(state.model.entries.value.find((e) => e.assessment.id === 'plain')!.assessment).toEqual(plain);
    expect(state.model.unchecked.value).toEqual([]);
    expect(state.model.fileCheck.value).toBe('idle');
  });

  it('never gives a waiting entry’s id to a new assessment', async () => {
    const storage = memoryStorage();
    storage.device.map.set(KEY('id-1'), JSON.stringify({ ...plain, id: 'id-1' }));
    const s = setup({ storage, loadFileCheck: unreachable });
    await s.state.load();
    s.state.create();
    expect(s.state.current.value!.id).not.toBe('id-1');
    expect(storage.device.map.get(KEY('id-1'))).toBe(JSON.stringify({ ...plain, id: 'id-1' }));
  });

  it('refuses to open a file, and says the check could not load', async () => {
    const { state } = setup({ loadFileCheck: unreachable });
    expect(await state.importFile(file(encodeAssessment(plain), 'oud.json'))).toBe(false);
    expect(state.importProblems.value).toEqual([expect.objectContaining({ file: 'oud.json', code: 'file-check-failed' })]);
    expect(state.model.entries.value).toEqual([]);
  });

  it('keeps an unsealed change from another tab waiting, and a sealed one opens at once', async () => {
    const { state, storage } = await withWaiting();
    const other = named('other', 'Ander tabblad');
    storage.device.map.set(KEY('other'), JSON.stringify(other));
    await state.takeExternal(KEY('other'), JSON.stringify(other));
    expect(state.model.entries.value.map((e) => e.assessment.id)).toEqual(['sealed']);
    expect(state.model.unchecked.value.map((e) => e.id).sort()).toEqual(['other', 'plain']);
    await state.takeExternal(KEY('other'), seal(other));
    expect(state.model.entries.value.map((e) => e.assessment.id).sort()).toEqual(['other', 'sealed']);
  });

  it('no longer counts an entry as waiting once another tab’s sealed version of it has opened', async () => {
    const { state, storage } = await withWaiting();
    const newer = { ...plain, updatedAt: '2025-10-02T12:00:00.000Z' };
    storage.device.map.set(KEY('plain'), seal(newer));
    await state.takeExternal(KEY('plain'), seal(newer));
    expect(state.model.entries.value.map((e) => e.assessment.id).sort()).toEqual(['plain', 'sealed']);
    // The list says how many wait; one that is open is not waiting.
    expect(state.model.unchecked.value).toEqual([]);
  });

  it('does not bring back a waiting entry that another tab deleted meanwhile', async () => {
    const { state, storage, fix } = await withWaiting();
    storage.device.map.delete(KEY('plain'));
    await state.takeExternal(KEY('plain'), null);
    fix();
    await state.retryFileCheck();
    // It is on no computer any more: listing it as "kept on this computer" would not be true.
    expect(state.model.entries.value.map((e) => e.assessment.id)).toEqual(['sealed']);
    expect(state.model.unchecked.value).toEqual([]);
  });
});

describe('opening an exported file', () => {
  it('changes nothing when the file is broken, and lists its problems', async () => {
    const { state, storage } = withNew();
    const before = state.model.entries.value;
    const storedBefore = [...storage.device.map];
    const ok = await state.importFile(file(JSON.stringify({ format: 'schoolkostencheck-assessment', schemaVersion: 1, id: 'x' }), 'kapot.json'));
    expect(ok).toBe(false);
    expect(state.model.entries.value).toBe(before);
    expect(state.current.value?.id).toBe('id-1');
    expect([...storage.device.map]).toEqual(storedBefore);
    expect(state.importProblems.value.length).toBeGreaterThan(0);
    expect(state.importProblems.value.every((p) => p.file === 'kapot.json')).toBe(true);
  });

  it('reports a file that is not JSON', async () => {
    const { state } = setup();
    expect(await state.importFile(file('hallo', 'notities.txt'))).toBe(false);
    expect(state.importProblems.value).toEqual([expect.objectContaining({ file: 'notities.txt', field: '', code: 'not-json' })]);
  });

  it('refuses a file over the size limit without reading it', async () => {
    const { state } = setup();
    let read = false;
    const big = { name: 'groot.json', size: MAX_FILE_BYTES + 1, text: async () => ((read = true), '{}') };
    expect(await state.importFile(big)).toBe(false);
    expect(read).toBe(false);
    expect(state.importProblems.value).toEqual([expect.objectContaining({ file: 'groot.json', code: 'too-large' })]);
  });

  it('says so when the file cannot be read', async () => {
    const { state } = setup();
    const unreadableFile = { name: 'weg.json', size: 10, text: () => Promise.reject(new Error('NotReadableError')) };
    expect(await state.importFile(unreadableFile)).toBe(false);
    expect(state.importProblems.value).toEqual([expect.objectContaining({ file: 'weg.json', code: 'not-readable' })]);
  });

  it('gets back an equal assessment after export, delete and import', async () => {
    const { state, later } = withNew();
    later();
    state.updateProfile({ schoolName: 'Het Noorderlicht', schoolType: 'vo', contribution: 45 });
    state.answer('school', 'mr-approved', 'partly');
    state.setNote('school', 'mr-approved', 'Alleen de ouders in de MR.');
    state.addActivity({ name: 'Schoolreis', kind: 'one-day', costPerPupil: 27.5 });
    const trip = state.current.value!.activities[0]!.id;
    state.answer(trip, 'everyone-joins', 'no');
    state.setActionField(trip, 'everyone-joins', { owner: 'Teamleider', deadline: '2026-04-01' });
    const original = state.current.value!;
    const text = state.exportText();

    state.remove(original.id);
    expect(state.model.entries.value).toEqual([]);
    expect(await state.importFile(file(text, 'noorderlicht.json'))).toBe(true);
    expect(state.current.value).toEqual(original);
    expect(state.model.entries.value.map((e) => e.assessment)).toEqual([original]);
    expect(state.notice.value).toMatchObject({ key: 'sa.import.ok', params: { name: 'Het Noorderlicht' } });
  });

  it('opens a file beside an assessment with the same id but other answers, under a new id and named as a copy', async () => {
    const { state } = withNew();
    state.updateProfile({ schoolName: 'De Regenboog' });
    const text = state.exportText();
    state.answer('school', 'inform-parents', 'yes');
    expect(await state.importFile(file(text, 'kopie.json'))).toBe(true);
    expect(state.model.entries.value.map((e) => e.assessment.id).sort()).toEqual(['id-1', 'id-2']);
    expect(state.current.value?.id).toBe('id-2');
    expect(state.current.value?.profile.schoolName).toBe('De Regenboog (kopie)');
    expect(state.notice.value).toMatchObject({ key: 'sa.import.okBeside', action: { key: 'sa.import.openExisting' } });
    state.notice.value!.action!.run();
    expect(state.current.value?.id).toBe('id-1');
  });

  it('says so when the very same file is opened again, adds nothing, and offers to open the one here', async () => {
    const { state } = withNew();
    state.updateProfile({ schoolName: 'De Regenboog' });
    const text = state.exportText();
    state.go({ name: 'list' });
    expect(await state.importFile(file(text, 'regenboog.json'))).toBe(true);
    expect(state.model.entries.value).toHaveLength(1);
    expect(state.notice.value).toMatchObject({ key: 'sa.import.alreadyHere', params: { name: 'De Regenboog' }, action: { key: 'sa.import.openExisting' } });
    state.notice.value!.action!.run();
    expect(state.current.value?.id).toBe('id-1');
  });

  it('gives a file the id of an unreadable stored entry a new id, and keeps that entry as it is', async () => {
    const storage = memoryStorage();
    const damaged = '{"seal":"00000000","assessment":{"id":"regenboog"';
    storage.device.map.set(KEY('regenboog'), damaged);
    const s = setup({ storage });
    await s.state.load();
    expect(s.state.model.unreadable.value.map((e) => e.id)).toEqual(['regenboog']);
    expect(await s.state.importFile(file(encodeAssessment(named('regenboog', 'De Regenboog')), 'regenboog.json'))).toBe(true);
    expect(s.state.current.value!.id).not.toBe('regenboog');
    expect(s.state.current.value!.profile.schoolName).toBe('De Regenboog');
    expect(storage.device.map.get(KEY('regenboog'))).toBe(damaged);
    expect(s.state.model.unreadable.value.map((e) => e.id)).toEqual(['regenboog']);
  });

  it('opens a file with questions to review at the summary, and says how many', async () => {
    const { state } = setup();
    const old = makeAssessment({ id: 'old', checklistVersion: 1, schoolAnswers: answers({ 'inform-parents': 'yes', 'mr-approved': 'yes', 'no-payer-lists': 'yes' }, 1) });
    expect(await state.importFile(file(encodeAssessment(old), 'oud.json'))).toBe(true);
    expect(state.route.value).toEqual({ name: 'assessment', id: 'old', step: 'summary' });
    expect(state.notice.value).toMatchObject({ key: 'sa.import.review', params: { name: '', count: 1 } });
  });
});

describe('deleting', () => {
  it('removes the assessment from the list and from storage, and undo brings it back', () => {
    const { state, storage, id } = withNew();
    const original = state.current.value!;
    state.remove(id);
    expect(state.model.entries.value).toEqual([]);
    expect(state.current.value).toBeNull();
    expect(state.route.value).toEqual({ name: 'list' });
    expect(storage.device.map.has(KEY(id))).toBe(false);
    expect(state.notice.value).toMatchObject({ key: 'sa.list.deleted', focus: true, action: { key: 'sa.list.undo' } });
    state.notice.value!.action!.run();
    expect(state.model.entries.value.map((e) => e.assessment)).toEqual([original]);
    expect(stored(storage, id)).toEqual(original);
    expect(state.notice.value).toMatchObject({ key: 'sa.list.restored' });
  });

  it('brings an assessment kept only in this tab back to this tab', () => {
    const { state, storage, id } = withNew();
    state.setPlace('tab');
    state.remove(id);
    expect(storage.tab.map.has(KEY(id))).toBe(false);
    state.notice.value!.action!.run();
    expect(state.model.entries.value[0]?.place).toBe('tab');
    expect(storage.tab.map.has(KEY(id))).toBe(true);
    expect(storage.device.map.has(KEY(id))).toBe(false);
  });

  it('brings it back as a copy when another tab has saved that id since, never over it', async () => {
    const s = withNew();
    s.state.updateProfile({ schoolName: 'De Regenboog' });
    const mine = s.state.current.value!;
    s.state.remove(mine.id);
    const undo = s.state.notice.value!.action!;
    const theirs = { ...mine, profile: { ...mine.profile, schoolName: 'Versie van het andere tabblad' }, updatedAt: s.later(5) };
    await otherTabSaves(s, theirs);
    undo.run();
    expect(stored(s.storage, mine.id)).toEqual(theirs);
    const copy = s.state.model.entries.value.find((e) => e.assessment.id !== mine.id)!.assessment;
    expect(copy).toEqual({ ...mine, id: copy.id });
    expect(stored(s.storage, copy.id)).toEqual(copy);
    expect(s.state.notice.value).toMatchObject({ key: 'sa.list.restoredAsCopy' });
  });

  it('brings it back as a copy when another tab saved that id before this tab heard of it', () => {
    const s = withNew();
    const mine = s.state.current.value!;
    s.state.remove(mine.id);
    const theirs = { ...mine, updatedAt: s.later(5) };
    s.storage.device.map.set(KEY(mine.id), seal(theirs));
    s.state.notice.value!.action!.run();
    expect(stored(s.storage, mine.id)).toEqual(theirs);
    expect(s.state.model.entries.value.map((e) => e.assessment.id)).not.toContain(mine.id);
    expect(s.state.model.entries.value).toHaveLength(1);
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
    const copy = state.model.entries.value.find((e) => e.assessment.id !== source.id)!.assessment;
    expect(copy).toEqual({ ...source, id: copy.id, createdAt: at, updatedAt: at, profile: { ...source.profile, schoolName: '(kopie)' } });
    expect(state.model.entries.value.map((e) => e.assessment.id)).toEqual([copy.id, source.id]);
    expect(state.notice.value).toMatchObject({ key: 'sa.list.duplicated' });
  });

  it('names the copy so the two can be told apart in the list', () => {
    const { state } = withNew();
    state.updateProfile({ schoolName: 'Het Noorderlicht' });
    state.duplicate(state.current.value!.id);
    expect(state.model.entries.value.map((e) => e.assessment.profile.schoolName)).toEqual(['Het Noorderlicht (kopie)', 'Het Noorderlicht']);
  });

  it('leaves the original as it was', () => {
    const { state } = withNew();
    state.answer('school', 'inform-parents', 'no');
    const source = state.current.value!;
    state.duplicate(source.id);
    expect(state.model.entries.value.find((e) => e.assessment.id === source.id)!.assessment).toBe(source);
  });
});

describe('changes made in another tab', () => {
  it('shows the other tab’s version of the open assessment and says what changed', async () => {
    const s = withNew();
    const mine = s.state.current.value!;
    const theirs = { ...mine, profile: { ...mine.profile, schoolName: 'Nieuwe naam' }, updatedAt: s.later() };
    await otherTabSaves(s, theirs);
    expect(s.state.current.value).toEqual(theirs);
    expect(s.state.notice.value).toMatchObject({ key: 'sa.tabs.updated', changes: [{ kind: 'profile' }] });
  });

  it('adds an assessment saved in another tab to the list', async () => {
    const s = setup();
    await otherTabSaves(s, named('elders', 'De Vlinder'));
    expect(s.state.model.entries.value.map((e) => e.assessment.id)).toEqual(['elders']);
    expect(s.state.notice.value).toMatchObject({ key: 'sa.tabs.added', params: { name: 'De Vlinder' } });
  });

  it('takes an assessment deleted in another tab off the list when it is not open here', async () => {
    const s = await withStored([named('weg', 'De Vlinder')]);
    await otherTabDeletes(s, 'weg');
    expect(s.state.model.entries.value).toEqual([]);
    expect(s.state.notice.value).toMatchObject({ key: 'sa.tabs.deletedOther', params: { name: 'De Vlinder' } });
  });

  it('does not save an open assessment deleted in another tab until the person keeps it', async () => {
    const s = withNew();
    const id = s.state.current.value!.id;
    await otherTabDeletes(s, id);
    expect(s.state.notice.value).toMatchObject({ key: 'sa.tabs.deletedElsewhereNotice', tone: 'warning' });
    expect(s.state.currentEntry.value?.deletedElsewhere).toBe(true);

    s.state.updateProfile({ schoolName: 'Toch doorgewerkt' });
    expect(s.storage.device.map.has(KEY(id))).toBe(false);
    expect(s.state.saveState.value).toEqual({ kind: 'paused' });
    expect(s.state.hasUnsavedWork()).toBe(true);
    s.state.flush();
    expect(s.storage.device.map.has(KEY(id))).toBe(false);

    s.state.keepDeleted();
    expect(stored(s.storage, id)?.profile.schoolName).toBe('Toch doorgewerkt');
    expect(s.state.currentEntry.value?.deletedElsewhere).toBe(false);
    expect(s.state.saveState.value?.kind).toBe('saved');
    expect(s.state.notice.value).toMatchObject({ key: 'sa.tabs.keptDeleted' });
  });

  it('leaves the step of an activity removed in another tab for the list of activities, and says so', async () => {
    const s = withNew();
    s.state.addActivity({ name: 'Schoolreis', kind: 'one-day' });
    s.state.addActivity({ name: 'Kamp', kind: 'multi-day' });
    const [trip, camp] = s.state.current.value!.activities;
    s.state.openActivity(trip!.id);
    const mine = s.state.current.value!;
    await otherTabSaves(s, { ...mine, activities: [camp!], updatedAt: s.later() });
    expect(s.state.route.value).toEqual({ name: 'assessment', id: mine.id, step: 'activities' });
    expect(s.state.notice.value).toMatchObject({ key: 'sa.tabs.activityRemoved', tone: 'warning', focus: true });
  });

  it('ignores changes to storage that are not assessments', async () => {
    const s = withNew();
    const before = s.state.model.entries.value;
    await s.state.takeExternal('iets.anders', 'waarde');
    expect(s.state.model.entries.value).toBe(before);
    expect(s.state.notice.value).toBeNull();
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

  async function openOld() {
    const s = await withStored([old()]);
    s.state.open('old');
    return s;
  }

  it('stays old while a question is left to review', async () => {
    const { state } = await openOld();
    state.answer('school', 'no-payer-lists', 'no');
    expect(state.assessed.value!.review).toEqual([{ scope: 'trip', questionId: 'equal-alternative', isNew: false }]);
    expect(state.current.value!.checklistVersion).toBe(1);
  });

  it('is raised to the current checklist once no question is left to review', async () => {
    const { state } = await openOld();
    state.answer('school', 'no-payer-lists', 'no');
    state.answer('trip', 'equal-alternative', 'partly');
    expect(state.assessed.value!.review).toEqual([]);
    expect(state.current.value!.checklistVersion).toBe(2);
  });

  it('keeps answers given against the older version that did not need review', async () => {
    const { state } = await openOld();
    state.answer('school', 'no-payer-lists', 'no');
    state.answer('trip', 'equal-alternative', 'partly');
    expect(state.current.value!.schoolAnswers['inform-parents']).toEqual({ value: 'yes', note: '', checklistVersion: 1, recheck: false });
  });
});
