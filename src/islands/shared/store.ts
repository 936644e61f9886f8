// The islands' reactivity (the self-assessment's and the monitor's), small on purpose (a library for it would be a tenth of the page's script
// budget; see BENCHMARKS.md). The state is a few cells; a change to any of them notifies the view once
// (once per batch), and the view renders again from the top (context.ts). Derived values are memoised on
// the value they are computed from, so a render recomputes only what changed.

export interface Readable<T> {
  readonly value: T;
}
export interface Cell<T> {
  value: T;
}

export function createStore() {
  const listeners = new Set<() => void>();
  let depth = 0;
  let pending = false;
  /** Counts changes, so values derived from several cells know when to recompute. */
  let version = 0;

  const notify = () => {
    pending = false;
    for (const listener of [...listeners]) listener();
  };
  const changed = () => {
    version += 1;
    if (depth > 0) pending = true;
    else notify();
  };

  return {
    /** A piece of state; setting a different value notifies. */
    cell<T>(initial: T): Cell<T> {
      let value = initial;
      return {
        get value() {
          return value;
        },
        set value(next: T) {
          if (Object.is(next, value)) return;
          value = next;
          changed();
        },
      };
    },
    /** A value computed from any cells, at most once per change. */
    derived<T>(compute: () => T): Readable<T> {
      let at = -1;
      let value!: T;
      return {
        get value() {
          if (at !== version) {
            value = compute();
            at = version;
          }
          return value;
        },
      };
    },
    /** A value computed from one source, again only when that source's value is a different one. */
    from<S, T>(source: Readable<S>, compute: (value: S) => T): Readable<T> {
      let seen: { input: S; output: T } | null = null;
      return {
        get value() {
          const input = source.value;
          if (!seen || !Object.is(seen.input, input)) seen = { input, output: compute(input) };
          return seen.output;
        },
      };
    },
    /** Runs several changes, notifying once at the end. */
    batch(run: () => void) {
      depth += 1;
      try {
        run();
      } finally {
        depth -= 1;
        if (depth === 0 && pending) notify();
      }
    },
    /** Calls `listener` after every change; returns the unsubscribe function. */
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
