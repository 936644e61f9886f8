import type { Checklist, Problem, Result } from '../../../domain';
import { createAssessment, duplicateAssessment, newActivityId, nextSchoolYear } from '../../../domain/assessment/create';
import type { applyEdit, Edit } from '../../../domain/assessment/edit';
import { describeChanges, type Change } from '../../../domain/assessment/changes';
import { encodeAssessment } from '../../../domain/assessment/format/encode';
import { unseal, unsealedText } from '../../../domain/assessment/format/seal';
import type { Assessment } from '../../../domain/assessment/format/schema';
import { newQuestions, questionsToReview } from '../../../domain/assessment/review';
import { idOfKey, type EntryStorage, type Place, type StoredEntry } from '../storage/entries';
import type { LoadFileCheck } from '../storage/load-file-check';
import type { createStore, Readable } from '../../shared/store';

// The business model of the island: the assessments this browser holds, where each is kept, whether
// its last save worked, and every change to them (through the domain's edit rules). It knows nothing
// of screens, steps or notices (screen.ts); it returns what happened and the screen says it.

/** Whether an assessment's latest version is kept. */
export type SaveStatus =
  | { kind: 'saved'; at: Date }
  /** Kept only in this tab, by the person's choice. */
  | { kind: 'tab'; at: Date }
  /** Large assessments are saved a moment after the last keystroke. */
  | { kind: 'pending' }
  | { kind: 'failed' }
  /** The browser keeps nothing at all. */
  | { kind: 'unavailable' }
  /** Not saved again since another tab deleted it, until the person chooses. */
  | { kind: 'paused' };

export interface Entry {
  readonly assessment: Assessment;
  readonly place: Place;
  readonly save: SaveStatus;
  /** Deleted in another tab while this tab had it; kept here, not saved, until the person chooses. */
  readonly deletedElsewhere: boolean;
  /** Exported as a file since its last change (then leaving the page loses nothing). */
  readonly exported: boolean;
  /** Changed here while not being saved (deleted elsewhere): another tab's version must not replace it. */
  readonly editedWhilePaused?: boolean;
}

/** A stored entry this page cannot open: kept as it is, downloadable, its id never reused. */
interface UnreadableEntry {
  readonly key: string;
  readonly id: string;
  readonly raw: string;
  /** `newer`: written by a newer version of the page or checklist; `damaged`: anything else. */
  readonly reason: 'newer' | 'damaged';
}

type FileCheckStatus = 'idle' | 'loading' | 'failed';

type ImportOutcome =
  | { ok: true; id: string; name: string; toReview: number; migratedFrom: number | null; renamed: boolean; existingId: string | null }
  /** The very same assessment is already here: nothing was added. */
  | { ok: true; alreadyHere: true; id: string; name: string }
  | { ok: false; problems: Problem[] }
  | { ok: false; fileCheckFailed: true };

type ReadOutcome =
  | { ok: true; assessment: Assessment; migratedFrom: number | null }
  | { ok: false; problems: Problem[] }
  | { ok: false; fileCheckFailed: true };

export type ExternalOutcome =
  | { kind: 'none' }
  | { kind: 'added'; id: string; name: string }
  | { kind: 'updated'; id: string; name: string; changes: Change[] }
  | { kind: 'deleted'; id: string; name: string; kept: boolean }
  /** Another tab saved an assessment this tab keeps for itself: this tab's work stays as it is. */
  | { kind: 'kept-tab-copy'; id: string; name: string };

export interface AssessmentModel {
  readonly entries: Readable<readonly Entry[]>;
  readonly unreadable: Readable<readonly UnreadableEntry[]>;
  /** Stored entries waiting for the file check (it has not loaded, or could not). */
  readonly unchecked: Readable<readonly StoredEntry[]>;
  readonly fileCheck: Readable<FileCheckStatus>;
  readonly storageAvailable: Readable<boolean>;
  entry(id: string): Entry | undefined;
  /**
   * Reads what this browser keeps. Sealed entries open at once; entries that need the file check follow
   * when it has loaded (the returned promise), or wait in `unchecked` when it could not load.
   */
  load(): Promise<void>;
  /** Loads the file check again and opens the entries that wait for it. */
  checkWaiting(): Promise<void>;
  create(): string;
  duplicate(id: string): string | null;
  /** Starts next school year's assessment from this one (create.ts `nextSchoolYear`), kept where this one is. */
  nextYear(id: string): string | null;
  remove(id: string): Entry | null;
  /** Brings a removed entry back; as a copy under a new id when its id is taken meanwhile. */
  restore(entry: Entry): { id: string; asCopy: boolean };
  edit(id: string, edit: Edit): Result<Assessment>;
  /** A fresh activity id for this assessment. */
  newActivityId(id: string): string;
  setPlace(id: string, place: Place): void;
  /** Keep an assessment another tab deleted: save it again. */
  keepDeleted(id: string): void;
  importText(text: string, fileName: string): Promise<ImportOutcome>;
  /** Reads a file without keeping it (to compare with or merge from): its assessment, or why not. */
  readText(text: string, fileName: string): Promise<ReadOutcome>;
  exportText(id: string): string;
  takeExternal(key: string | null, newValue: string | null, openId: string | null): Promise<ExternalOutcome>;
  /** Saves what waits to be saved and retries failed saves (page hidden or closing). */
  flush(): void;
  /** Whether leaving now would lose work: kept only in this tab or not saved, and not exported since. */
  hasUnsavedWork(): boolean;
}

export interface ModelDeps {
  store: ReturnType<typeof createStore>;
  /** The edit rules, once the engine has loaded (state/load-engine.ts); null before. */
  applyEdit: () => typeof applyEdit | null;
  checklist: Checklist;
  storage: EntryStorage;
  loadFileCheck: LoadFileCheck;
  now: () => Date;
  newId: () => string;
  /** Waits `ms` then runs; returns a cancel. Tests pass their own. */
  later?: (run: () => void, ms: number) => () => void;
  /** A monotonic clock in ms, to measure how long a save takes. */
  clock?: () => number;
  /** Called when saving an assessment starts failing (not again while it keeps failing). */
  onSaveFailed?: (id: string) => void;
  /** The name of a copy, in the page's language ("… (kopie)"), so two entries in the list can be told apart. */
  copyName?: (name: string) => string;
}

/** A save that took longer than this (a very large assessment) waits for a pause in typing. */
const SLOW_SAVE_MS = 12;
const SAVE_DELAY_MS = 400;
const ID = /^[A-Za-z0-9_-]{1,64}$/;

export function createAssessmentModel(deps: ModelDeps): AssessmentModel {
  const { store, checklist, storage, loadFileCheck, now, newId } = deps;
  const later = deps.later ?? ((run, ms) => {
    const timer = setTimeout(run, ms);
    return () => clearTimeout(timer);
  });
  const clock = deps.clock ?? (() => (typeof performance === 'undefined' ? Date.now() : performance.now()));
  const copyName = deps.copyName ?? ((name: string) => `${name} (kopie)`.trim());

  const entries = store.cell<readonly Entry[]>([]);
  const unreadable = store.cell<readonly UnreadableEntry[]>([]);
  const unchecked = store.cell<readonly StoredEntry[]>([]);
  const fileCheck = store.cell<FileCheckStatus>('idle');
  const storageAvailable = store.cell(true);
  const saveCost = new Map<string, number>();
  const scheduled = new Map<string, () => void>();

  const entry = (id: string) => entries.value.find((e) => e.assessment.id === id);
  const byDate = (list: readonly Entry[]) => [...list].sort((a, b) => b.assessment.updatedAt.localeCompare(a.assessment.updatedAt));
  const replace = (id: string, update: (e: Entry) => Entry) => {
    entries.value = entries.value.map((e) => (e.assessment.id === id ? update(e) : e));
  };

  /** Ids in use anywhere: open here, unreadable, waiting for the check, or in either storage place. */
  const taken = (id: string) =>
    !!entry(id) ||
    unreadable.value.some((e) => e.id === id) ||
    unchecked.value.some((e) => e.id === id) ||
    storage.read(id, 'device') !== null ||
    storage.read(id, 'tab') !== null;
  const freshId = () => {
    for (let i = 0; i < 100; i += 1) {
      const id = newId();
      if (ID.test(id) && !taken(id)) return id;
    }
    let n = entries.value.length + 1;
    while (taken(`assessment-${n}`)) n += 1;
    return `assessment-${n}`;
  };

  function saveNow(id: string, move = false) {
    scheduled.get(id)?.();
    scheduled.delete(id);
    const e = entry(id);
    if (!e) return;
    if (e.deletedElsewhere) return replace(id, (x) => ({ ...x, save: { kind: 'paused' } }));
    if (!storageAvailable.value) return replace(id, (x) => ({ ...x, save: { kind: 'unavailable' } }));
    const start = clock();
    const ok = storage.write(e.assessment, e.place, { move });
    // The computer refused it (full, blocked): keep a copy in this tab, so that "your work is still in
    // this tab" holds after a reload too. It opens as kept in this tab only, which is then the truth.
    if (!ok && e.place === 'device') storage.write(e.assessment, 'tab');
    saveCost.set(id, clock() - start);
    const at = now();
    const wasFailing = e.save.kind === 'failed';
    replace(id, (x) => ({ ...x, save: !ok ? { kind: 'failed' } : x.place === 'tab' ? { kind: 'tab', at } : { kind: 'saved', at } }));
    if (!ok && !wasFailing) deps.onSaveFailed?.(id);
  }

  /** Saves at once, or a moment after the last change when saving is slow (a very large assessment). */
  function save(id: string) {
    if ((saveCost.get(id) ?? 0) <= SLOW_SAVE_MS || entry(id)?.save.kind === 'failed') return saveNow(id);
    scheduled.get(id)?.();
    scheduled.set(id, later(() => store.batch(() => saveNow(id)), SAVE_DELAY_MS));
    if (entry(id)?.save.kind !== 'pending') replace(id, (x) => ({ ...x, save: { kind: 'pending' } }));
  }

  const add = (assessment: Assessment, place: Place = 'device') => {
    entries.value = byDate([{ assessment, place, save: { kind: 'pending' }, deletedElsewhere: false, exported: false }, ...entries.value.filter((e) => e.assessment.id !== assessment.id)]);
    saveNow(assessment.id);
  };

  const decodeStored = (decode: Awaited<ReturnType<LoadFileCheck>>, stored: StoredEntry): Assessment | UnreadableEntry => {
    const decoded = decode(unsealedText(stored.raw), { currentChecklistVersion: checklist.version, fileName: stored.key });
    if (decoded.ok && decoded.value.assessment.id === stored.id) return decoded.value.assessment;
    const newer = !decoded.ok && decoded.issues.some((p) => p.code === 'version-newer' || p.code === 'checklist-newer');
    return { key: stored.key, id: stored.id, raw: stored.raw, reason: newer ? 'newer' : 'damaged' };
  };

  async function checkWaiting() {
    if (unchecked.value.length === 0) return;
    fileCheck.value = 'loading';
    let decode: Awaited<ReturnType<LoadFileCheck>>;
    try {
      decode = await loadFileCheck();
    } catch {
      fileCheck.value = 'failed';
      return;
    }
    store.batch(() => {
      const good: Entry[] = [];
      const bad: UnreadableEntry[] = [];
      for (const stored of unchecked.value) {
        if (entry(stored.id)) continue;
        const result = decodeStored(decode, stored);
        if ('reason' in result) bad.push(result);
        else good.push({ assessment: result, place: stored.place, save: savedIn(stored.place), deletedElsewhere: false, exported: false });
      }
      entries.value = byDate([...entries.value, ...good]);
      unreadable.value = [...unreadable.value, ...bad];
      unchecked.value = [];
      fileCheck.value = 'idle';
    });
  }

  const savedIn = (place: Place): SaveStatus => (place === 'tab' ? { kind: 'tab', at: now() } : { kind: 'saved', at: now() });

  const model: AssessmentModel = {
    entries,
    unreadable,
    unchecked,
    fileCheck,
    storageAvailable,
    entry,

    load() {
      const read = storage.readAll();
      if (!read.ok) {
        storageAvailable.value = false;
        return Promise.resolve();
      }
      const good: Entry[] = [];
      const waiting: StoredEntry[] = [];
      const seen = new Set<string>();
      for (const stored of read.entries) {
        // This tab's own copy comes first and wins over the computer's copy of the same id.
        if (seen.has(stored.id)) continue;
        seen.add(stored.id);
        const sealed = unseal(stored.raw, checklist.version);
        if (sealed && sealed.id === stored.id) good.push({ assessment: sealed, place: stored.place, save: savedIn(stored.place), deletedElsewhere: false, exported: false });
        else waiting.push(stored);
      }
      store.batch(() => {
        entries.value = byDate(good);
        unchecked.value = waiting;
      });
      return checkWaiting();
    },
    checkWaiting,

    create() {
      const assessment = createAssessment({ id: freshId(), now: now(), checklistVersion: checklist.version });
      add(assessment);
      return assessment.id;
    },
    duplicate(id) {
      const source = entry(id);
      if (!source) return null;
      const copy = duplicateAssessment(source.assessment, { id: freshId(), now: now(), schoolName: copyName(source.assessment.profile.schoolName) });
      add(copy, source.place);
      return copy.id;
    },
    nextYear(id) {
      const source = entry(id);
      if (!source) return null;
      const next = nextSchoolYear(source.assessment, { id: freshId(), now: now() });
      add(next, source.place);
      return next.id;
    },
    remove(id) {
      const gone = entry(id);
      if (!gone) return null;
      scheduled.get(id)?.();
      scheduled.delete(id);
      entries.value = entries.value.filter((e) => e.assessment.id !== id);
      storage.remove(id);
      return gone;
    },
    restore(gone) {
      // Another tab may have saved this id since, or a file with it was opened: never write over that.
      const asCopy = taken(gone.assessment.id);
      const assessment = asCopy ? { ...gone.assessment, id: freshId() } : gone.assessment;
      add(assessment, gone.place);
      return { id: assessment.id, asCopy };
    },
    edit(id, edit) {
      const e = entry(id);
      if (!e) return { ok: false, issues: [{ file: '', field: '', code: 'no-such-assessment', message: 'no-such-assessment' }] };
      const rules = deps.applyEdit();
      if (!rules) return { ok: false, issues: [{ file: '', field: '', code: 'not-ready', message: 'not-ready' }] };
      const result = rules(e.assessment, edit, { checklist, now: now() });
      if (!result.ok) return result;
      store.batch(() => {
        replace(id, (x) => ({ ...x, assessment: result.value, exported: false, editedWhilePaused: x.deletedElsewhere || x.editedWhilePaused }));
        save(id);
      });
      return result;
    },
    newActivityId(id) {
      return newActivityId(entry(id)?.assessment.activities ?? [], () => newId().slice(0, 12));
    },
    setPlace(id, place) {
      store.batch(() => {
        replace(id, (x) => ({ ...x, place }));
        saveNow(id, true);
      });
    },
    keepDeleted(id) {
      store.batch(() => {
        replace(id, (x) => ({ ...x, deletedElsewhere: false, editedWhilePaused: false }));
        saveNow(id);
      });
    },

    async importText(text, fileName) {
      const read = await model.readText(text, fileName);
      if (!read.ok) return read;
      const wanted = read.assessment;
      // The same file opened twice: say so and leave the list as it is.
      const here = entry(wanted.id);
      if (here && encodeAssessment(here.assessment) === encodeAssessment(wanted)) return { ok: true, alreadyHere: true, id: wanted.id, name: wanted.profile.schoolName };
      // An id in use here (open, unreadable or stored) is never overwritten: the file opens beside it, and
      // beside a readable one it is named as a copy, so the list can tell the two apart.
      const renamed = taken(wanted.id);
      const profile = here ? { ...wanted.profile, schoolName: copyName(wanted.profile.schoolName) } : wanted.profile;
      const assessment = renamed ? { ...wanted, id: freshId(), profile } : wanted;
      store.batch(() => add(assessment));
      const toReview = questionsToReview(checklist, assessment).length + newQuestions(checklist, assessment).length;
      return {
        ok: true,
        id: assessment.id,
        name: assessment.profile.schoolName,
        toReview,
        migratedFrom: read.migratedFrom,
        renamed,
        existingId: renamed && here ? wanted.id : null,
      };
    },
    async readText(text, fileName) {
      let decode: Awaited<ReturnType<LoadFileCheck>>;
      try {
        decode = await loadFileCheck();
      } catch {
        return { ok: false, fileCheckFailed: true };
      }
      const decoded = decode(text, { currentChecklistVersion: checklist.version, fileName });
      return decoded.ok ? { ok: true, assessment: decoded.value.assessment, migratedFrom: decoded.value.migratedFrom } : { ok: false, problems: decoded.issues };
    },
    exportText(id) {
      const e = entry(id);
      if (!e) return '';
      replace(id, (x) => ({ ...x, exported: true }));
      return encodeAssessment(e.assessment);
    },

    async takeExternal(key, newValue, openId) {
      const id = key === null ? null : idOfKey(key);
      if (id === null || key === null) return { kind: 'none' };
      const known = entry(id);
      // This tab's own copy (kept only here, not saved since a save failed, or changed here since another
      // tab deleted it) is never replaced: the person chooses (keep it, or close it).
      if (known && (known.place === 'tab' || known.save.kind === 'failed' || known.editedWhilePaused)) {
        return { kind: 'kept-tab-copy', id, name: known.assessment.profile.schoolName };
      }
      if (newValue === null) {
        store.batch(() => {
          unreadable.value = unreadable.value.filter((e) => e.id !== id);
          unchecked.value = unchecked.value.filter((e) => e.id !== id);
        });
        if (!known) return { kind: 'none' };
        const name = known.assessment.profile.schoolName;
        scheduled.get(id)?.();
        scheduled.delete(id);
        if (openId === id) {
          replace(id, (x) => ({ ...x, deletedElsewhere: true, save: { kind: 'paused' } }));
          return { kind: 'deleted', id, name, kept: true };
        }
        entries.value = entries.value.filter((e) => e.assessment.id !== id);
        return { kind: 'deleted', id, name, kept: false };
      }
      let incoming: Assessment | UnreadableEntry | null = unseal(newValue, checklist.version);
      if (!incoming || incoming.id !== id) {
        try {
          incoming = decodeStored(await loadFileCheck(), { key, id, raw: newValue, place: 'device' });
        } catch {
          store.batch(() => {
            unchecked.value = [...unchecked.value.filter((e) => e.id !== id), { key, id, raw: newValue, place: 'device' }];
            fileCheck.value = 'failed';
          });
          return { kind: 'none' };
        }
      }
      if ('reason' in incoming) {
        const bad = incoming;
        unreadable.value = [...unreadable.value.filter((e) => e.id !== id), bad];
        return { kind: 'none' };
      }
      const next = incoming;
      // This tab's own unsaved change would otherwise write over the newer version a moment later.
      scheduled.get(id)?.();
      scheduled.delete(id);
      const fresh: Entry = { assessment: next, place: 'device', save: { kind: 'saved', at: now() }, deletedElsewhere: false, exported: false };
      store.batch(() => {
        entries.value = byDate(known ? entries.value.map((e) => (e.assessment.id === id ? fresh : e)) : [fresh, ...entries.value]);
        unchecked.value = unchecked.value.filter((e) => e.id !== id);
        unreadable.value = unreadable.value.filter((e) => e.id !== id);
      });
      return known
        ? { kind: 'updated', id, name: next.profile.schoolName, changes: describeChanges(known.assessment, next) }
        : { kind: 'added', id, name: next.profile.schoolName };
    },
    flush() {
      store.batch(() => {
        for (const id of [...scheduled.keys()]) saveNow(id);
        for (const e of entries.value) if (e.save.kind === 'failed') saveNow(e.assessment.id);
      });
    },
    hasUnsavedWork() {
      return entries.value.some((e) => !e.exported && (e.place === 'tab' || e.deletedElsewhere || ['failed', 'unavailable', 'pending'].includes(e.save.kind)));
    },
  };
  return model;
}
