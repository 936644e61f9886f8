import type { Assessment } from '../../domain';
import { seal } from '../../domain/assessment/seal';

/**
 * Browser storage, wrapped so that a failure (private mode, quota, blocked storage) is reported and
 * never breaks the page: every call returns whether it worked.
 */
export const STORAGE_PREFIX = 'skc.assessment.';

export interface StoredEntry {
  key: string;
  raw: string;
}

export interface AssessmentStorage {
  /** Every stored entry, raw, for the state to validate. `ok: false` when storage cannot be read at all. */
  readAll(): { ok: true; entries: StoredEntry[] } | { ok: false };
  save(assessment: Assessment): boolean;
  remove(id: string): boolean;
}

export function browserStorage(getStorage: () => Storage = () => window.localStorage): AssessmentStorage {
  const store = (): Storage | null => {
    try {
      return getStorage();
    } catch {
      return null;
    }
  };
  return {
    readAll() {
      const s = store();
      if (!s) return { ok: false };
      try {
        const entries: StoredEntry[] = [];
        for (let i = 0; i < s.length; i++) {
          const key = s.key(i);
          if (key?.startsWith(STORAGE_PREFIX)) entries.push({ key, raw: s.getItem(key) ?? '' });
        }
        return { ok: true, entries };
      } catch {
        return { ok: false };
      }
    },
    save(assessment) {
      try {
        store()?.setItem(STORAGE_PREFIX + assessment.id, seal(assessment));
        return store() !== null;
      } catch {
        return false;
      }
    },
    remove(id) {
      try {
        store()?.removeItem(STORAGE_PREFIX + id);
        return store() !== null;
      } catch {
        return false;
      }
    },
  };
}

/** Storage that keeps nothing: for tests and for "do not keep on this computer". */
export function memoryStorage(): AssessmentStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    readAll: () => ({ ok: true, entries: [...map].map(([key, raw]) => ({ key, raw })) }),
    save: (a) => (map.set(STORAGE_PREFIX + a.id, seal(a)), true),
    remove: (id) => {
      map.delete(STORAGE_PREFIX + id);
      return true;
    },
  };
}
