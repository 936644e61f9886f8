/**
 * A chunk loaded on demand, once: every call shares the one pending load. Loading can fail (offline since
 * the page opened, or a new release replaced the hashed file); then the promise rejects, the caller says
 * so with "try again", and the next call tries afresh.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () => {
    if (!pending) {
      pending = load();
      pending.catch(() => {
        pending = null;
      });
    }
    return pending;
  };
}
