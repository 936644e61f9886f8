import type { Checklist, Problem, Result } from '../../../domain';
import type { Assessed } from '../../../domain/assessment/assess';
import type { ActivityPatch, Edit, NewActivity } from '../../../domain/assessment/edit';
import type { Action, AnswerValue, Assessment, Profile } from '../../../domain/assessment/format/schema';
import { MAX_FILE_BYTES } from '../../../domain/assessment/format/constants';
import type { EntryStorage, Place } from '../storage/entries';
import type { LoadFileCheck } from '../storage/load-file-check';
import type { Engine } from './engine';
import { loadEngine, type LoadEngine } from './load-engine';
import { createAssessmentModel, type AssessmentModel, type Entry, type ExternalOutcome, type SaveStatus } from './model';
import { createScreen, type Notice, type Route, type Screen } from './screen';
import { createStore, type Readable } from '../../shared/store';

// The island's one state factory: the business model (model.ts) and the screen flow (screen.ts)
// together, with the actions views call. Everything a view shows is read from here; everything a
// person does goes through an action here, and every change to an assessment through the domain's
// edit rules. Read-only from outside: views get `Readable` values and named actions, nothing to set.

export interface AssessmentState {
  readonly checklist: Checklist;
  readonly model: Pick<AssessmentModel, 'entries' | 'unreadable' | 'unchecked' | 'fileCheck' | 'storageAvailable'>;
  readonly route: Readable<Route>;
  readonly notice: Readable<Notice | null>;
  readonly importProblems: Readable<readonly Problem[]>;
  /** The open assessment, its entry and its derived model (statuses, plan, counts, review). */
  readonly current: Readable<Assessment | null>;
  readonly currentEntry: Readable<Entry | null>;
  /** Null until the engine (edit rules and results) has loaded; see `prepare`. */
  readonly assessed: Readable<Assessed | null>;
  readonly saveState: Readable<SaveStatus | null>;
  /** Whether the engine that edits and works out an open assessment has loaded. */
  readonly engineStatus: Readable<'idle' | 'loading' | 'failed' | 'ready'>;

  subscribe(listener: () => void): () => void;
  load(): Promise<void>;
  /** Loads the engine (once); called when an assessment is shown, and again by "try again". */
  prepare(): Promise<void>;
  retryFileCheck(): Promise<void>;
  /** Moves to a route; the router keeps the address in step. */
  go(route: Route): void;
  /** Moves within the open assessment. */
  goStep(step: Exclude<Route & { name: 'assessment' }, { step: 'activity' }>['step']): void;
  openActivity(activityId: string): void;
  dismissNotice(): void;

  create(): void;
  open(id: string): void;
  duplicate(id: string): void;
  /** Starts next school year's assessment from this one and opens it at its first step. */
  nextYear(id: string): void;
  remove(id: string): void;
  keepDeleted(): void;
  setPlace(place: Place): void;

  edit(edit: Edit): Result<Assessment>;
  updateProfile(patch: Partial<Profile>): Result<Assessment>;
  answer(scope: string, questionId: string, value: AnswerValue): void;
  setNote(scope: string, questionId: string, note: string): void;
  addActivity(activity: NewActivity): Result<Assessment>;
  updateActivity(id: string, patch: ActivityPatch): Result<Assessment>;
  removeActivity(id: string): void;
  /** An action's own owner or deadline, or how far it got (`state`, and `stateReason` when dropped). */
  setActionField(scope: string, questionId: string, patch: Partial<Action>): Result<Assessment>;

  importFile(file: { name: string; size: number; text(): Promise<string> }): Promise<boolean>;
  /**
   * Reads a file to compare with or merge from, without keeping it: its assessment, or the problems that
   * stop it (the same ones opening it would give, in the same words).
   */
  readFile(file: { name: string; size: number; text(): Promise<string> }): Promise<{ ok: true; assessment: Assessment } | { ok: false; problems: Problem[] }>;
  exportText(): string;
  /**
   * Merges a colleague's file into the open assessment: only the differences in `take` (merge.ts keys) come
   * from it. Then the summary shows, with a notice that says how many and offers Undo.
   */
  merge(theirs: Assessment, take: readonly string[], fileName: string): Result<Assessment>;
  takeExternal(key: string | null, newValue: string | null): Promise<void>;
  flush(): void;
  hasUnsavedWork(): boolean;
}

export interface StateDeps {
  checklist: Checklist;
  storage: EntryStorage;
  loadFileCheck: LoadFileCheck;
  /** How the engine loads; tests hand it over at once with `engine`. */
  loadEngine?: LoadEngine;
  engine?: Engine;
  now?: () => Date;
  newId?: () => string;
  later?: (run: () => void, ms: number) => () => void;
  /** The name of a copy in the page's language ("… (kopie)"). */
  copyName?: (name: string) => string;
}

const randomId = () => (globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`).replace(/[^A-Za-z0-9_-]/g, '');

export function createAssessmentState(deps: StateDeps): AssessmentState {
  const { checklist } = deps;
  const store = createStore();
  const screen: Screen = createScreen(store);
  const engine = store.cell<Engine | null>(deps.engine ?? null);
  const engineStatus = store.cell<'idle' | 'loading' | 'failed' | 'ready'>(deps.engine ? 'ready' : 'idle');
  const model = createAssessmentModel({
    applyEdit: () => engine.value?.applyEdit ?? null,
    store,
    checklist,
    storage: deps.storage,
    loadFileCheck: deps.loadFileCheck,
    now: deps.now ?? (() => new Date()),
    newId: deps.newId ?? randomId,
    later: deps.later,
    // Trouble is said once, when it starts; the save status beside the steps and the list keep showing it.
    onSaveFailed: () => screen.notify({ key: 'sa.storage.failed', tone: 'warning' }),
    copyName: deps.copyName,
  });
  const assessor = store.from(engine, (e) => (e ? e.createAssessor(checklist) : null));

  const currentId = store.derived(() => {
    const route = screen.route.value;
    return route.name === 'assessment' ? route.id : null;
  });
  const currentEntry = store.derived(() => (currentId.value === null ? null : model.entry(currentId.value) ?? null));
  const current = store.from(currentEntry, (e) => e?.assessment ?? null);
  // Worked out again only when the assessment or the engine is a different object.
  let last: { assess: unknown; a: Assessment | null; value: Assessed | null } = { assess: null, a: null, value: null };
  const assessed = store.derived(() => {
    const assess = assessor.value;
    const a = current.value;
    if (last.assess !== assess || last.a !== a) last = { assess, a, value: assess && a ? assess(a) : null };
    return last.value;
  });
  const saveState = store.from(currentEntry, (e) => e?.save ?? null);

  const nameOf = (id: string) => model.entry(id)?.assessment.profile.schoolName ?? '';
  const openId = () => currentId.value;

  function edit(change: Edit): Result<Assessment> {
    const id = openId();
    if (id === null) return { ok: false, issues: [{ file: '', field: '', code: 'no-such-assessment', message: 'no assessment open' }] };
    const result = model.edit(id, change);
    // The open activity was removed in another tab a moment ago: say so and leave its step.
    if (!result.ok && result.issues.some((p) => p.code === 'no-such-activity')) leaveRemovedActivity();
    return result;
  }

  function leaveRemovedActivity() {
    const route = screen.route.value;
    if (route.name !== 'assessment' || route.step !== 'activity') return;
    const exists = current.value?.activities.some((activity) => activity.id === route.activityId);
    if (exists) return;
    store.batch(() => {
      screen.show({ name: 'assessment', id: route.id, step: 'activities' });
      screen.notify({ key: 'sa.tabs.activityRemoved', tone: 'warning', focus: true });
    });
  }

  function sayExternal(outcome: ExternalOutcome) {
    const isOpen = 'id' in outcome && outcome.id === openId();
    // News from another tab about something not open here never takes away a notice's Undo.
    if (!isOpen && screen.notice.value?.action) return;
    switch (outcome.kind) {
      case 'updated':
        if (!isOpen) return;
        {
          // Changes seen earlier and not yet dismissed stay listed: a removed activity must not scroll away.
          const before = screen.notice.value?.key === 'sa.tabs.updated' ? screen.notice.value.changes ?? [] : [];
          const seen = new Set(outcome.changes.map((c) => JSON.stringify(c)));
          screen.notify({ key: 'sa.tabs.updated', tone: 'info', changes: [...before.filter((c) => !seen.has(JSON.stringify(c))), ...outcome.changes] });
        }
        leaveRemovedActivity();
        return;
      case 'deleted':
        // The choice itself stays beside the steps until made (App.tsx, DeletedElsewhere); this says it once.
        if (outcome.kept) screen.notify({ key: 'sa.tabs.deletedElsewhereNotice', tone: 'warning' });
        else screen.notify({ key: 'sa.tabs.deletedOther', tone: 'info', params: { name: outcome.name } });
        return;
      case 'added':
        if (screen.route.value.name === 'list') screen.notify({ key: 'sa.tabs.added', tone: 'info', params: { name: outcome.name } });
        return;
      case 'kept-tab-copy':
        if (isOpen) screen.notify({ key: 'sa.tabs.keptTabCopy', tone: 'warning' });
        return;
      case 'none':
        return;
    }
  }

  const state: AssessmentState = {
    checklist,
    model,
    route: screen.route,
    notice: screen.notice,
    importProblems: screen.importProblems,
    current,
    currentEntry,
    assessed,
    saveState,
    engineStatus,
    subscribe: store.subscribe,

    load: () => model.load(),
    async prepare() {
      if (engine.value || engineStatus.value === 'loading') return;
      engineStatus.value = 'loading';
      try {
        const loaded = await (deps.loadEngine ?? loadEngine)();
        store.batch(() => {
          engine.value = loaded;
          engineStatus.value = 'ready';
        });
      } catch {
        engineStatus.value = 'failed';
      }
    },
    retryFileCheck: () => model.checkWaiting(),
    go(route) {
      store.batch(() => {
        // Moving on closes an information notice (its moment has passed); a warning stays until closed.
        if (screen.notice.value?.tone === 'info') screen.dismiss();
        // A route to an assessment this browser does not hold (an old link, deleted since) is the list.
        if (route.name === 'assessment' && !model.entry(route.id)) {
          screen.show({ name: 'list' });
          // Still waiting for the file check: it will be in the list in a moment.
          if (!model.unchecked.value.some((e) => e.id === route.id)) screen.notify({ key: 'sa.list.notFound', tone: 'warning' });
          return;
        }
        // No step before the school type and the MR's part are chosen (the questions depend on them):
        // the steps, an old address and a reload all land on step 1, which says what is missing.
        const profile = route.name === 'assessment' ? model.entry(route.id)?.assessment.profile : undefined;
        if (route.name === 'assessment' && route.step !== 'profile' && profile && (profile.schoolType === null || profile.mrInvolved === null)) {
          screen.show({ name: 'assessment', id: route.id, step: 'profile', wanted: route.step === 'activity' ? 'activities' : route.step });
          return;
        }
        if (route.name === 'assessment' && route.step === 'activity' && !model.entry(route.id)?.assessment.activities.some((x) => x.id === route.activityId)) {
          screen.show({ name: 'assessment', id: route.id, step: 'activities' });
          return;
        }
        screen.show(route);
      });
    },
    goStep(step) {
      const id = openId();
      if (id !== null) state.go({ name: 'assessment', id, step });
    },
    openActivity(activityId) {
      const id = openId();
      if (id !== null) state.go({ name: 'assessment', id, step: 'activity', activityId });
    },
    dismissNotice: () => screen.dismiss(),

    create() {
      store.batch(() => {
        const id = model.create();
        screen.setImportProblems([]);
        screen.show({ name: 'assessment', id, step: 'profile' });
      });
    },
    open(id) {
      store.batch(() => {
        screen.setImportProblems([]);
        state.go({ name: 'assessment', id, step: 'profile' });
      });
    },
    duplicate(id) {
      const copy = model.duplicate(id);
      if (copy) screen.notify({ key: 'sa.list.duplicated', tone: 'info', params: { name: nameOf(id) } });
    },
    nextYear(id) {
      store.batch(() => {
        const next = model.nextYear(id);
        if (!next) return;
        const year = model.entry(next)?.assessment.profile.schoolYear ?? '';
        screen.setImportProblems([]);
        screen.show({ name: 'assessment', id: next, step: 'profile' });
        screen.notify({ key: year ? 'sa.list.nextYearMade' : 'sa.list.nextYearMadeNoYear', tone: 'info', params: { name: nameOf(next), year } });
      });
    },
    remove(id) {
      store.batch(() => {
        const gone = model.remove(id);
        if (!gone) return;
        if (openId() === id) screen.show({ name: 'list' });
        const name = gone.assessment.profile.schoolName;
        screen.notify({
          key: 'sa.list.deleted',
          tone: 'info',
          params: { name },
          focus: true,
          action: {
            key: 'sa.list.undo',
            run: () => {
              const back = model.restore(gone);
              screen.notify({ key: back.asCopy ? 'sa.list.restoredAsCopy' : 'sa.list.restored', tone: 'info', params: { name } });
            },
          },
        });
      });
    },
    keepDeleted() {
      const id = openId();
      if (id === null) return;
      store.batch(() => {
        model.keepDeleted(id);
        screen.notify({ key: 'sa.tabs.keptDeleted', tone: 'info' });
      });
    },
    setPlace(place) {
      const id = openId();
      if (id !== null) model.setPlace(id, place);
    },

    edit,
    updateProfile: (patch) => edit({ type: 'profile', patch }),
    answer: (scope, questionId, value) => void edit({ type: 'answer', scope, questionId, value }),
    setNote: (scope, questionId, note) => void edit({ type: 'note', scope, questionId, note }),
    addActivity(activity) {
      const id = openId();
      if (id === null) return edit({ type: 'add-activity', id: '', activity });
      const result = edit({ type: 'add-activity', id: model.newActivityId(id), activity });
      if (result.ok) screen.notify({ key: 'sa.activities.added', tone: 'info', params: { name: activity.name } });
      return result;
    },
    updateActivity: (id, patch) => edit({ type: 'update-activity', id, patch }),
    removeActivity(activityId) {
      const id = openId();
      const a = current.value;
      if (id === null || !a) return;
      const index = a.activities.findIndex((x) => x.id === activityId);
      const activity = a.activities[index];
      if (!activity) return;
      store.batch(() => {
        const result = edit({ type: 'remove-activity', id: activityId });
        if (!result.ok) return;
        const route = screen.route.value;
        if (route.name === 'assessment' && route.step === 'activity') screen.show({ name: 'assessment', id, step: 'activities' });
        screen.notify({
          key: 'sa.activities.removed',
          tone: 'info',
          params: { name: activity.name },
          focus: true,
          at: index,
          action: {
            key: 'sa.list.undo',
            run: () => {
              if (!model.entry(id)) return;
              const back = model.edit(id, { type: 'restore-activity', activity, index, newId: model.newActivityId(id) });
              screen.notify(
                back.ok
                  ? { key: 'sa.activities.restored', tone: 'info', params: { name: activity.name }, at: index, focus: true }
                  : { key: 'sa.activities.notRestored', tone: 'warning', params: { name: activity.name }, focus: true },
              );
            },
          },
        });
      });
    },
    setActionField: (scope, questionId, patch) => edit({ type: 'action', scope, questionId, patch }),

    async importFile(file) {
      if (file.size > MAX_FILE_BYTES) {
        screen.setImportProblems([{ file: file.name, field: '', message: 'file is larger than 10 MB', code: 'too-large' }]);
        return false;
      }
      let text: string;
      try {
        text = await file.text();
      } catch {
        screen.setImportProblems([{ file: file.name, field: '', message: 'the file could not be read', code: 'not-readable' }]);
        return false;
      }
      const outcome = await model.importText(text, file.name);
      store.batch(() => {
        if (!outcome.ok) {
          screen.setImportProblems('problems' in outcome ? outcome.problems : [{ file: file.name, field: '', message: 'the file check could not be loaded', code: 'file-check-failed' }]);
          return;
        }
        screen.setImportProblems([]);
        if ('alreadyHere' in outcome) {
          const id = outcome.id;
          screen.notify({ key: 'sa.import.alreadyHere', tone: 'info', params: { name: outcome.name }, action: { key: 'sa.import.openExisting', run: () => state.open(id) } });
          return;
        }
        screen.show(outcome.toReview ? { name: 'assessment', id: outcome.id, step: 'summary' } : { name: 'assessment', id: outcome.id, step: 'profile' });
        const existing = outcome.existingId;
        screen.notify({
          key: outcome.toReview ? 'sa.import.review' : outcome.renamed ? 'sa.import.okBeside' : 'sa.import.ok',
          tone: 'info',
          params: { name: outcome.name, count: outcome.toReview },
          ...(existing ? { action: { key: 'sa.import.openExisting', run: () => state.open(existing) } } : {}),
        });
      });
      return outcome.ok;
    },
    async readFile(file) {
      if (file.size > MAX_FILE_BYTES) return { ok: false, problems: [{ file: file.name, field: '', message: 'file is larger than 10 MB', code: 'too-large' }] };
      let text: string;
      try {
        text = await file.text();
      } catch {
        return { ok: false, problems: [{ file: file.name, field: '', message: 'the file could not be read', code: 'not-readable' }] };
      }
      const outcome = await model.readText(text, file.name);
      if (outcome.ok) return { ok: true, assessment: outcome.assessment };
      return { ok: false, problems: 'problems' in outcome ? outcome.problems : [{ file: file.name, field: '', message: 'the file check could not be loaded', code: 'file-check-failed' }] };
    },
    exportText() {
      const id = openId();
      if (id === null) return '';
      const text = model.exportText(id);
      screen.notify({ key: 'sa.file.exported', tone: 'info' });
      return text;
    },
    merge(theirs, take, fileName) {
      const id = openId();
      const before = current.value;
      if (id === null || !before) return edit({ type: 'merge', theirs, take, fileName });
      let result: Result<Assessment> = { ok: false, issues: [] };
      store.batch(() => {
        result = edit({ type: 'merge', theirs, take, fileName });
        if (!result.ok) return;
        const record = result.value.merges.at(-1)!;
        // Shown, not gone to: moving on would close the notice that carries the Undo.
        screen.show({ name: 'assessment', id, step: 'summary' });
        screen.notify({
          key: 'sa.merge.done',
          tone: 'info',
          params: { count: record.taken.length + record.kept, taken: record.taken.length, kept: record.kept, file: fileName },
          focus: true,
          action: {
            key: 'sa.list.undo',
            run: () => {
              if (!model.entry(id)) return;
              const back = model.edit(id, { type: 'undo-merge', before });
              screen.notify(back.ok ? { key: 'sa.merge.undone', tone: 'info', params: { file: fileName }, focus: true } : { key: 'sa.merge.notUndone', tone: 'warning', focus: true });
            },
          },
        });
      });
      return result;
    },
    async takeExternal(key, newValue) {
      sayExternal(await model.takeExternal(key, newValue, openId()));
    },
    flush: () => model.flush(),
    hasUnsavedWork: () => model.hasUnsavedWork(),
  };
  return state;
}
