import type { Problem } from '../../../domain';
import type { Change } from '../../../domain/assessment/changes';
import type { createStore, Readable } from '../../shared/store';

// The screen flow, apart from the assessments themselves (model.ts): which assessment and step are
// shown, the notice a person must see, and the problems of the last file opened. The route is kept in
// the address (views/router.ts), so Back, Forward and a reload land where the person was.

const STEPS = ['profile', 'school', 'activities', 'activity', 'summary', 'report', 'compare', 'parents', 'merge'] as const;
type StepName = (typeof STEPS)[number];

export type Route =
  | { name: 'list' }
  | {
      name: 'assessment';
      id: string;
      step: Exclude<StepName, 'activity'>;
      /**
       * On the school details: the step the person asked for, before the school type and the MR's part were
       * chosen (the questions depend on them). Step 1 then says what is missing. Not part of the address.
       */
      wanted?: Exclude<StepName, 'profile' | 'activity'>;
    }
  | { name: 'assessment'; id: string; step: 'activity'; activityId: string };

/** A message shown on screen and announced, with at most one thing to do about it (undo, retry, keep). */
export interface Notice {
  key: string;
  params?: Record<string, string | number>;
  /** `warning` for trouble that needs a choice or may lose work. */
  tone: 'info' | 'warning';
  action?: { key: string; run: () => void };
  /** What another tab changed, listed under the message. */
  changes?: readonly Change[];
  /** Where a removed activity stood in the list: the notice is shown there instead of at the top. */
  at?: number;
  /** Move focus to the notice (after the element the person used has gone, e.g. a removed activity). */
  focus?: boolean;
  /** Counts up, so the same words shown twice still count as a new notice. */
  serial: number;
}

export interface Screen {
  readonly route: Readable<Route>;
  readonly notice: Readable<Notice | null>;
  readonly importProblems: Readable<readonly Problem[]>;
  show(route: Route): void;
  notify(notice: Omit<Notice, 'serial'>): void;
  dismiss(): void;
  setImportProblems(problems: readonly Problem[]): void;
}

export function createScreen(store: ReturnType<typeof createStore>): Screen {
  const route = store.cell<Route>({ name: 'list' });
  const notice = store.cell<Notice | null>(null);
  const importProblems = store.cell<readonly Problem[]>([]);
  let serial = 0;
  return {
    route,
    notice,
    importProblems,
    show(next) {
      route.value = next;
    },
    notify(next) {
      serial += 1;
      notice.value = { ...next, serial };
    },
    dismiss() {
      notice.value = null;
    },
    setImportProblems(problems) {
      importProblems.value = problems;
    },
  };
}

/** The route as the address's fragment: `#<assessment>/<step>[/<activity>]`, or empty for the list. */
export function routeToHash(route: Route): string {
  if (route.name === 'list') return '';
  return `#${route.id}/${route.step}${route.step === 'activity' ? `/${route.activityId}` : ''}`;
}

const ID = /^[A-Za-z0-9_-]{1,64}$/;

/** Reads a fragment back; anything that is not a route of ours is the list. */
export function hashToRoute(hash: string): Route {
  const [id = '', step = '', activityId = ''] = hash.replace(/^#/, '').split('/');
  if (!ID.test(id) || !(STEPS as readonly string[]).includes(step)) return { name: 'list' };
  if (step === 'activity') return ID.test(activityId) ? { name: 'assessment', id, step, activityId } : { name: 'assessment', id, step: 'activities' };
  return { name: 'assessment', id, step: step as Exclude<StepName, 'activity'> };
}
