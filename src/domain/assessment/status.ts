import type { ActionState } from './format/constants';
import type { Concern, Funding } from '../vocabulary';

// The results' vocabulary. Statuses are derived from the answers every time (assess.ts) and never
// stored: a stored status could disagree with the answers after an edit, an import or a new checklist
// version.

/**
 * Most serious first, as legends and counts list them. `excludes`: a pupil is or can be excluded or treated
 * differently (the law). `incomplete`: not every question is answered (or confirmed) yet. `cost-barrier`:
 * a cost can keep families out. `information`: parents or the MR miss information. `open`: open to every
 * pupil. `dropped`: an optional activity the school decided to drop.
 */
export const ITEM_STATUSES = ['excludes', 'incomplete', 'cost-barrier', 'information', 'open', 'dropped'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

export interface PrincipleStatus {
  /** The principle's key. */
  principle: string;
  /** `not-assessed` when no question of this principle applies (yet), e.g. no activity of that kind. */
  status: Exclude<ItemStatus, 'dropped'> | 'not-assessed';
  /** Questions of this principle answered (and confirmed), over the school-wide part and all activities. */
  answered: number;
  /** Questions of this principle asked in all. */
  total: number;
}

export interface SummaryCounts {
  /** Number of activities in each status. */
  activities: Record<ItemStatus, number>;
  /** Questions answered (and confirmed), over the school-wide part and all activities (progress). */
  answered: number;
  /** Questions asked in all. */
  total: number;
  /** Answers taken over (from another activity or last year) still to confirm; counted as not answered. */
  toConfirm: number;
  /** Number of actions in the action plan, by concern. */
  actions: Record<Concern, number>;
  /** Number of actions in the action plan, by how far they got. */
  actionStates: Record<ActionState, number>;
}

/** Costs per pupil as the summary and the report show them, for the MR. */
export interface CostSummary {
  /** The voluntary contribution per pupil per year; null when none is asked. */
  contribution: number | null;
  /** Sum of the cost per pupil of every activity that goes ahead (a pupil who joins all of them). */
  total: number;
  /** Of that, what parents are asked on top of the contribution: separate charges and their own purchases. */
  askedOnTop: number;
  /** Activities that go ahead without a cost filled in (so the totals may be too low). */
  withoutCost: number;
  /** Cost per pupil by who pays; `unknown` for activities where nobody chose yet. */
  byFunding: Record<Funding | 'unknown', number>;
  /**
   * Per year group the school named: what one pupil of that group meets in the year (its own activities plus
   * those for the whole school). Empty when no activity names a year group.
   */
  byYearGroup: { yearGroup: string; total: number; askedOnTop: number; activities: number }[];
}
