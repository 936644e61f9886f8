import { actionKey } from '../../domain/assessment/action-plan';
import { type ItemStatus, principleStatuses, schoolWideStatus, overview } from '../../domain/assessment/status';
import { createAssessment, duplicateAssessment } from '../../domain/assessment/create';
import { fitAmount, fitDate, fitText } from '../../domain/assessment/fit';
import { LIMITS } from '../../domain/assessment/constants';
import { newQuestions, questionsToReview } from '../../domain/assessment/review';
import type { ActionFields, Activity, AnswerValue, Assessment, Profile } from '../../domain/assessment/schema';
import { encodeAssessment } from '../../domain/assessment/encode';
import { createStore } from './store';
import { unseal, unsealedText } from '../../domain/assessment/seal';
import type { decodeAssessment } from '../../domain/assessment/codec';
import type { Checklist, Problem } from '../../domain';
import { STORAGE_PREFIX, type AssessmentStorage } from './storage';

export type Step =
  | { name: 'list' }
  | { name: 'profile' }
  | { name: 'school' }
  | { name: 'activities' }
  | { name: 'activity'; id: string }
  | { name: 'summary' }
  | { name: 'report' };

export type SaveState = { kind: 'idle' } | { kind: 'saved'; at: Date } | { kind: 'memory' } | { kind: 'failed' };
/** A message for the live region, as a dictionary key and its values; the view translates it. */
export type Notice = { key: string; params?: Record<string, string | number> } | null;
export type NewActivity = Pick<Activity, 'name' | 'kind'> & Partial<Pick<Activity, 'templateId' | 'costPerPupil' | 'fundedBy' | 'notes'>>;

interface Deps {
  checklist: Checklist;
  storage: AssessmentStorage;
  /**
   * The full check of a file or stored entry (codec.ts). In the browser it is a chunk of its own that
   * loads only when needed (codec-loader.ts), and this returns null until it has: `load` and
   * `onExternalChange` then return false and change nothing, and the caller loads it and calls again.
   */
  decode: (...args: Parameters<typeof decodeAssessment>) => ReturnType<typeof decodeAssessment> | null;
  now?: () => Date;
  newId?: () => string;
}

const randomId = () => (globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`).replace(/[^A-Za-z0-9_-]/g, '');

/**
 * The island's one state factory. Only the assessments themselves are state; progress, statuses,
 * the action plan and the report are computed from them. Views call the named actions below.
 */
export function createAssessmentState({ checklist, storage, decode, now = () => new Date(), newId = randomId }: Deps) {
  const store = createStore();
  const assessments = store.cell<Assessment[]>([]);
  const currentId = store.cell<string | null>(null);
  const step = store.cell<Step>({ name: 'list' });
  const keepOnDevice = store.cell(true);
  const saveState = store.cell<SaveState>({ kind: 'idle' });
  const notice = store.cell<Notice>(null);
  const lastDeleted = store.cell<Assessment | null>(null);
  const importProblems = store.cell<Problem[]>([]);
  /** Stored entries that could not be read (shown, never silently dropped). */
  const unreadable = store.cell<{ key: string; raw: string }[]>([]);
  const storageAvailable = store.cell(true);

  const current = store.derived(() => assessments.value.find((a) => a.id === currentId.value) ?? null);
  // One pass over the answers gives statuses, action plan and counts; the views read the parts.
  const derived = store.from(current, (a) => (a ? overview(checklist, a) : null));
  const plan = store.from(derived, (d) => d?.plan ?? []);
  const counts = store.from(derived, (d) => d?.counts ?? null);
  const principles = store.from(current, (a) => (a ? principleStatuses(checklist, a) : []));
  const review = store.from(current, (a) => (a ? questionsToReview(checklist, a) : []));
  /** Questions added since the assessment's checklist version and not answered yet. */
  const fresh = store.from(current, (a) => (a ? newQuestions(checklist, a) : []));
  const schoolStatus = store.from(current, (a) => (a ? schoolWideStatus(checklist, a) : null));
  const activityStatuses = store.from(derived, (d) => d?.statuses ?? new Map<string, ItemStatus>());

  function persist(assessment: Assessment) {
    const before = saveState.value.kind;
    if (!keepOnDevice.value) saveState.value = { kind: 'memory' };
    else saveState.value = storage.save(assessment) ? { kind: 'saved', at: now() } : { kind: 'failed' };
    const after = saveState.value.kind;
    // Announce trouble once when it starts, not on every change.
    if (after !== before && (after === 'failed' || after === 'memory')) notice.value = { key: `sa.storage.${after}` };
  }

  /** Every change goes through here: stamp, replace in the list, save. */
  function commit(update: (a: Assessment) => Assessment) {
    const a = current.value;
    if (!a) return;
    let next = { ...update(a), updatedAt: now().toISOString() };
    // Once nothing is left to review or newly to answer, the answers are all against the current checklist.
    if (next.checklistVersion !== checklist.version && questionsToReview(checklist, next).length === 0 && newQuestions(checklist, next).length === 0) {
      next = { ...next, checklistVersion: checklist.version };
    }
    assessments.value = assessments.value.map((x) => (x.id === next.id ? next : x));
    persist(next);
  }

  /**
   * A stored entry: sealed entries of this version open as they are, anything else is checked fully.
   * `unchecked` when it needs the full check and that is not loaded yet.
   */
  const readEntry = (raw: string, key: string): Assessment | null | 'unchecked' => {
    const sealed = unseal(raw, checklist.version);
    if (sealed) return sealed;
    const decoded = decode(unsealedText(raw), { currentChecklistVersion: checklist.version, fileName: key });
    if (!decoded) return 'unchecked';
    return decoded.ok ? decoded.value.assessment : null;
  };

  const sortByDate = (list: Assessment[]) => [...list].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  const add = (a: Assessment) => {
    assessments.value = sortByDate([a, ...assessments.value.filter((x) => x.id !== a.id)]);
    persist(a);
  };
  const uniqueId = (wanted: string) => (assessments.value.some((a) => a.id === wanted) ? newId() : wanted);

  const updateAnswers = (scope: string, update: (answers: Assessment['schoolAnswers']) => Assessment['schoolAnswers']) =>
    commit((a) =>
      scope === 'school'
        ? { ...a, schoolAnswers: update(a.schoolAnswers) }
        : { ...a, activities: a.activities.map((act) => (act.id === scope ? { ...act, answers: update(act.answers) } : act)) },
    );

  return {
    /** Calls `listener` after every change (once per batch); the view renders again from there (context.ts). */
    subscribe: store.subscribe,
    checklist,
    assessments,
    current,
    step,
    keepOnDevice,
    saveState,
    notice,
    lastDeleted,
    importProblems,
    unreadable,
    storageAvailable,
    plan,
    counts,
    principles,
    review,
    fresh,
    schoolStatus,
    activityStatuses,

    /**
     * Reads what this browser kept; entries that fail validation are listed, not dropped. Returns false,
     * having changed nothing, when an entry needs the full check and it is not loaded yet (see Deps).
     */
    load(): boolean {
      const read = storage.readAll();
      if (!read.ok) {
        // Work goes on in memory; every save says so and the page tells the user once.
        storageAvailable.value = false;
        keepOnDevice.value = false;
        return true;
      }
      const good: Assessment[] = [];
      const bad: { key: string; raw: string }[] = [];
      for (const entry of read.entries) {
        const assessment = readEntry(entry.raw, entry.key);
        if (assessment === 'unchecked') return false;
        if (assessment) good.push(assessment);
        else bad.push(entry);
      }
      store.batch(() => {
        assessments.value = sortByDate(good);
        unreadable.value = bad;
      });
      return true;
    },
    /**
     * Another tab changed or deleted an assessment (the browser's `storage` event). Take its version so
     * this tab never saves over it with stale data, and say so when it is the one open here. Returns
     * false, having changed nothing, when the entry needs the full check and it is not loaded yet.
     */
    onExternalChange(key: string | null, newValue: string | null): boolean {
      if (!key?.startsWith(STORAGE_PREFIX)) return true;
      const id = key.slice(STORAGE_PREFIX.length);
      const isOpen = currentId.value === id;
      if (newValue === null) {
        if (isOpen) notice.value = { key: 'sa.tabs.deletedElsewhere' };
        else assessments.value = assessments.value.filter((a) => a.id !== id);
        return true;
      }
      const incoming = readEntry(newValue, key);
      if (incoming === 'unchecked') return false;
      if (!incoming) return true;
      const known = assessments.value.some((a) => a.id === id);
      assessments.value = sortByDate(known ? assessments.value.map((a) => (a.id === id ? incoming : a)) : [incoming, ...assessments.value]);
      if (isOpen) notice.value = { key: 'sa.tabs.updated' };
      return true;
    },
    goTo(next: Step) {
      step.value = next;
    },
    open(id: string) {
      store.batch(() => {
        currentId.value = id;
        step.value = { name: 'profile' };
        importProblems.value = [];
      });
    },
    create() {
      const a = createAssessment({ id: newId(), now: now(), checklistVersion: checklist.version });
      store.batch(() => {
        add(a);
        currentId.value = a.id;
        step.value = { name: 'profile' };
      });
    },
    duplicate(id: string) {
      const source = assessments.value.find((a) => a.id === id);
      if (!source) return;
      const copy = duplicateAssessment(source, { id: newId(), now: now() });
      add(copy);
      notice.value = { key: 'sa.list.duplicated', params: { name: copy.profile.schoolName } };
    },
    remove(id: string) {
      const gone = assessments.value.find((a) => a.id === id);
      if (!gone) return;
      store.batch(() => {
        assessments.value = assessments.value.filter((a) => a.id !== id);
        lastDeleted.value = gone;
        if (currentId.value === id) currentId.value = null;
        notice.value = { key: 'sa.list.deleted', params: { name: gone.profile.schoolName } };
      });
      storage.remove(id);
    },
    undoRemove() {
      const back = lastDeleted.value;
      if (!back) return;
      store.batch(() => {
        add(back);
        lastDeleted.value = null;
        notice.value = { key: 'sa.list.restored', params: { name: back.profile.schoolName } };
      });
    },
    updateProfile(patch: Partial<Profile>) {
      const fitted: Partial<Profile> = { ...patch };
      for (const key of ['schoolName', 'schoolYear', 'filledInBy'] as const) {
        if (fitted[key] !== undefined) fitted[key] = fitText(fitted[key], LIMITS.shortText);
      }
      if ('contribution' in fitted) fitted.contribution = fitAmount(fitted.contribution);
      commit((a) => ({ ...a, profile: { ...a.profile, ...fitted } }));
    },
    answer(scope: string, questionId: string, value: AnswerValue) {
      updateAnswers(scope, (answers) => ({
        ...answers,
        [questionId]: { value, note: answers[questionId]?.note ?? '', checklistVersion: checklist.version },
      }));
    },
    setNote(scope: string, questionId: string, note: string) {
      updateAnswers(scope, (answers) => {
        const existing = answers[questionId];
        return existing ? { ...answers, [questionId]: { ...existing, note: fitText(note, LIMITS.longText) } } : answers;
      });
    },
    addActivity(input: NewActivity): string {
      const activity: Activity = {
        id: newId(),
        templateId: input.templateId ?? null,
        name: fitText(input.name, LIMITS.shortText),
        kind: input.kind,
        costPerPupil: fitAmount(input.costPerPupil),
        fundedBy: input.fundedBy ?? 'contribution',
        notes: fitText(input.notes ?? '', LIMITS.longText),
        answers: {},
      };
      commit((a) => ({ ...a, activities: [...a.activities, activity] }));
      notice.value = { key: 'sa.activities.added', params: { name: activity.name } };
      return activity.id;
    },
    updateActivity(id: string, patch: Partial<Omit<Activity, 'id' | 'answers'>>) {
      const fitted = { ...patch };
      if (fitted.name !== undefined) fitted.name = fitText(fitted.name, LIMITS.shortText);
      if (fitted.notes !== undefined) fitted.notes = fitText(fitted.notes, LIMITS.longText);
      if ('costPerPupil' in fitted) fitted.costPerPupil = fitAmount(fitted.costPerPupil);
      commit((a) => ({ ...a, activities: a.activities.map((act) => (act.id === id ? { ...act, ...fitted } : act)) }));
    },
    removeActivity(id: string) {
      const name = current.value?.activities.find((act) => act.id === id)?.name ?? '';
      commit((a) => ({ ...a, activities: a.activities.filter((act) => act.id !== id) }));
      notice.value = { key: 'sa.activities.removed', params: { name } };
    },
    setActionField(scope: string, questionId: string, patch: Partial<ActionFields>) {
      const key = actionKey(scope, questionId);
      patch = {
        ...(patch.owner !== undefined ? { owner: fitText(patch.owner, LIMITS.shortText) } : {}),
        ...(patch.deadline !== undefined ? { deadline: fitDate(patch.deadline) } : {}),
      };
      commit((a) => ({ ...a, actions: { ...a.actions, [key]: { owner: '', deadline: '', ...a.actions[key], ...patch } } }));
    },
    /** Opens an exported file (the caller has loaded the full check). Nothing changes unless the whole file is valid. */
    importText(text: string, fileName: string): boolean {
      const decoded = decode(text, { currentChecklistVersion: checklist.version, fileName });
      if (!decoded) throw new Error('importText before the file check was loaded');
      if (!decoded.ok) {
        importProblems.value = decoded.issues;
        return false;
      }
      const imported = { ...decoded.value.assessment, id: uniqueId(decoded.value.assessment.id) };
      const toReview = questionsToReview(checklist, imported).length + newQuestions(checklist, imported).length;
      store.batch(() => {
        importProblems.value = [];
        add(imported);
        currentId.value = imported.id;
        step.value = toReview ? { name: 'summary' } : { name: 'profile' };
        notice.value = { key: toReview ? 'sa.import.review' : 'sa.import.ok', params: { name: imported.profile.schoolName, count: toReview } };
      });
      return true;
    },
    /** A file refused before reading (too large); same outcome as a failed import. */
    refuseImport(fileName: string): false {
      importProblems.value = [{ file: fileName, field: '', message: 'file is larger than 10 MB', code: 'too-large' }];
      return false;
    },
    /** Saves the open assessment once more (page hidden or closed), in case an earlier save failed. */
    flush() {
      const a = current.value;
      if (a && keepOnDevice.value && saveState.value.kind === 'failed') persist(a);
    },
    exportText(): string {
      return current.value ? encodeAssessment(current.value) : '';
    },
    setKeepOnDevice(keep: boolean) {
      keepOnDevice.value = keep;
      const a = current.value;
      if (!a) return;
      if (keep) persist(a);
      else {
        storage.remove(a.id);
        persist(a);
      }
    },
  };
}

export type AssessmentState = ReturnType<typeof createAssessmentState>;
