import { createContext, h, type ComponentChildren } from 'preact';
import { useContext, useEffect, useMemo, useState } from 'preact/hooks';
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
  useEffect(() => value.state.subscribe(() => setVersion((v) => v + 1)), [value.state]);
  const ctx = useMemo(() => ({ ...value }), [value, version]);
  return h(Ctx.Provider, { value: ctx }, children);
}
