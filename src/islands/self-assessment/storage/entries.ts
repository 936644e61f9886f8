import type { Assessment } from '../../../domain/assessment/format/schema';
import { seal } from '../../../domain/assessment/format/seal';

/**
 * The one owner of what the browser keeps. An assessment lives in one of two places: on this computer
 * (`localStorage`, shared by the site's tabs, kept after closing) or only in this tab (`sessionStorage`:
 * survives a reload of the tab, gone when it closes, never seen by other tabs). Every access is guarded:
 * private mode, a full disk or blocked storage make a call return false, never break the page.
 */
const STORAGE_PREFIX = 'skc.assessment.';

export type Place = 'device' | 'tab';

export interface StoredEntry {
  /** The storage key, `skc.assessment.<id>`. */
  key: string;
  /** The id from the key: an entry that cannot be read still holds this id, so it is never reused. */
  id: string;
  raw: string;
  place: Place;
}

export interface EntryStorage {
  /** Every entry of both places, this tab's first. `ok: false` when the computer's storage cannot be read at all. */
  readAll(): { ok: true; entries: StoredEntry[] } | { ok: false };
  /** The raw entry with this id in a place, or null. */
  read(id: string, place: Place): string | null;
  /**
   * Writes the assessment to `place`. With `move`, it is then removed from the other place (the person
   * changed where it is kept); without, the other place is left alone: another tab may keep its own
   * copy of the same assessment on the computer, and a save in this tab must not delete it.
   */
  write(assessment: Assessment, place: Place, options?: { move?: boolean }): boolean;
  /** Removes the entry from both places. */
  remove(id: string): boolean;
}

export const idOfKey = (key: string): string | null => (key.startsWith(STORAGE_PREFIX) ? key.slice(STORAGE_PREFIX.length) : null);

function guarded(get: () => Storage): () => Storage | null {
  return () => {
    try {
      return get();
    } catch {
      return null;
    }
  };
}

function entriesOf(s: Storage, place: Place): StoredEntry[] {
  const entries: StoredEntry[] = [];
  for (let i = 0; i < s.length; i++) {
    const key = s.key(i);
    const id = key === null ? null : idOfKey(key);
    if (key !== null && id !== null) entries.push({ key, id, raw: s.getItem(key) ?? '', place });
  }
  return entries;
}

/** Storage over two Web Storage areas; tests pass their own (see `memoryStorage`). */
function webStorage(getDevice: () => Storage, getTab: () => Storage): EntryStorage {
  const areas: Record<Place, () => Storage | null> = { device: guarded(getDevice), tab: guarded(getTab) };
  const other = (place: Place): Place => (place === 'device' ? 'tab' : 'device');
  const attempt = (run: () => void) => {
    try {
      run();
      return true;
    } catch {
      return false;
    }
  };
  return {
    readAll() {
      const device = areas.device();
      if (!device) return { ok: false };
      try {
        const tab = areas.tab();
        return { ok: true, entries: [...(tab ? entriesOf(tab, 'tab') : []), ...entriesOf(device, 'device')] };
      } catch {
        return { ok: false };
      }
    },
    read(id, place) {
      try {
        return areas[place]()?.getItem(STORAGE_PREFIX + id) ?? null;
      } catch {
        return null;
      }
    },
    write(assessment, place, options) {
      const area = areas[place]();
      if (!area) return false;
      const written = attempt(() => area.setItem(STORAGE_PREFIX + assessment.id, seal(assessment)));
      // Only once the new place holds it: a failed write leaves the old copy where it was. A copy in this
      // tab's own storage is always dropped once the computer holds the assessment: it can only be the
      // fallback of a failed save (model.ts) and would otherwise win over newer work at the next reload.
      if (written && (options?.move || place === 'device')) attempt(() => areas[other(place)]()?.removeItem(STORAGE_PREFIX + assessment.id));
      return written;
    },
    remove(id) {
      const device = attempt(() => areas.device()?.removeItem(STORAGE_PREFIX + id));
      const tab = attempt(() => areas.tab()?.removeItem(STORAGE_PREFIX + id));
      return device && tab && areas.device() !== null;
    },
  };
}

export const browserStorage = (): EntryStorage => webStorage(() => window.localStorage, () => window.sessionStorage);

/** A Web Storage in memory, for tests and for a browser that allows none. */
function memoryArea(): Storage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    get length() {
      return map.size;
    },
    key: (i: number) => [...map.keys()][i] ?? null,
    getItem: (key: string) => map.get(key) ?? null,
    setItem: (key: string, value: string) => void map.set(key, String(value)),
    removeItem: (key: string) => void map.delete(key),
    clear: () => map.clear(),
  };
}

/** Both places in memory, for tests. */
export function memoryStorage() {
  const device = memoryArea();
  const tab = memoryArea();
  return Object.assign(webStorage(() => device, () => tab), { device, tab });
}
