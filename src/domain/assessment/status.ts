import type { Severity } from '../checklist/schema';

// The results' vocabulary. Statuses are derived from the answers every time (assess.ts) and never
// stored: a stored status could disagree with the answers after an edit, an import or a new checklist
// version.

/**
 * `open`: open to every pupil. `attention`: a point of attention. `excludes`: can exclude pupils.
 * `incomplete`: not every question is answered yet.
 */
export type ItemStatus = 'open' | 'attention' | 'excludes' | 'incomplete';
export const ITEM_STATUSES = ['open', 'attention', 'excludes', 'incomplete'] as const satisfies readonly ItemStatus[];

export interface PrincipleStatus {
  /** The principle's key. */
  principle: string;
  /** `not-assessed` when no question of this principle applies (yet), e.g. no activity of that kind. */
  status: ItemStatus | 'not-assessed';
  answered: number;
  total: number;
}

export interface SummaryCounts {
  /** Number of activities in each status. */
  activities: Record<ItemStatus, number>;
  /** Applicable questions answered, over the school-wide part and all activities (progress). */
  answered: number;
  /** Applicable questions in all. */
  total: number;
  /** Number of actions in the action plan, by severity. */
  actions: Record<Severity, number>;
}
