import { createContext, h, type ComponentChildren } from 'preact';
import { useContext, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import type { IslandData, Translate } from '../data';
import type { AssessmentState } from '../state/assessment-state';

export interface AppContext {
  state: AssessmentState;
  t: Translate;
  data: IslandData;
}
const Ctx = createContext<AppContext | null>(null);
export function useApp(): AppContext {
  const ctx = useContext(Ctx);
  if (!ctx) throw new Error('useApp outside <StateProvider>');
  return ctx;
}

/**
 * Provides the island's context and renews it after every state change, so every component that
 * reads the state (through useApp) renders again. Derived values are memoised (store.ts), so a render
 * only recomputes what changed; components that do not use the context are skipped by Preact.
 */
export function StateProvider({ value, children }: { value: AppContext; children: ComponentChildren }) {
  const [version, setVersion] = useState(0);
  useLayoutEffect(() => {
    const unsubscribe = value.state.subscribe(() => setVersion((v) => v + 1));
    // A change between the first render and this subscription (the stored entries checked by a file
    // check that loaded from the cache at once) would otherwise never be shown: render once more.
    setVersion((v) => v + 1);
    return unsubscribe;
  }, [value.state]);
  const ctx = useMemo(() => ({ ...value }), [value, version]);
  return h(Ctx.Provider, { value: ctx }, children);
}
