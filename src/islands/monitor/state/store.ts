// The monitor island's reactivity: a few cells, and one notification per change (or per batch of changes)
// after which the view renders again from the top. Small on purpose, like the self-assessment's.

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
  const notify = () => {
    pending = false;
    for (const listener of [...listeners]) listener();
  };
  return {
    cell<T>(initial: T): Cell<T> {
      let value = initial;
      return {
        get value() {
          return value;
        },
        set value(next: T) {
          if (Object.is(next, value)) return;
          value = next;
          if (depth > 0) pending = true;
          else notify();
        },
      };
    },
    /** Several changes, one notification. */
    batch(run: () => void) {
      depth += 1;
      try {
        run();
      } finally {
        depth -= 1;
        if (depth === 0 && pending) notify();
      }
    },
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
