import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { IslandData, Translate } from './data';
import type { AssessmentState } from './state';

export interface AppContext {
  state: AssessmentState;
  t: Translate;
  data: IslandData;
}
export const Ctx = createContext<AppContext | null>(null);
export function useApp(): AppContext {
  const ctx = useContext(Ctx);
  if (!ctx) throw new Error('useApp outside <Ctx.Provider>');
  return ctx;
}
