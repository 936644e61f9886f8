import type { ActionState } from '../../../domain/assessment/format/constants';
import type { Translate } from '../data';

// How far an action got, each with a shape of its own inside one ring, so the four stay apart in black and
// white print and for colour-blind readers: empty (not started), half full (in progress), a tick (done),
// struck through (dropped). Always inside a ring, unlike the statuses' marks (StatusText.tsx), so a reader
// does not take an action's progress for an activity's status. One path per mark, holes by the even-odd rule.
const RING = 'M0.6 10a9.4 9.4 0 1 0 18.8 0a9.4 9.4 0 1 0 -18.8 0zM2.6 10a7.4 7.4 0 1 0 14.8 0a7.4 7.4 0 1 0 -14.8 0z';
const MARKS: Record<ActionState, string> = {
  'not-started': RING,
  'in-progress': `${RING}M10 4.6a5.4 5.4 0 0 1 0 10.8z`,
  done: `${RING}M5.2 10.4 8.7 13.9 14.9 7.2 13.4 5.8 8.6 11 6.6 9z`,
  dropped: `${RING}M13.5 5.1 14.9 6.5 6.5 14.9 5.1 13.5z`,
};

/** The shape of a state; never alone: the words beside it (or the select it stands by) say it. */
export function ActionStateMark({ state }: { state: ActionState }) {
  return (
    <svg class="skc-status-mark" viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">
      <path d={MARKS[state]} fill="currentColor" fill-rule="evenodd" />
    </svg>
  );
}

/**
 * An action's state in words, with its shape beside them. Takes the translator as a prop, like StatusText,
 * so a plan of many actions reads no context.
 */
export function ActionStateText({ state, t }: { state: ActionState; t: Translate }) {
  return (
    <span class="skc-action-state" data-state={state}>
      <ActionStateMark state={state} />
      {t(`sa.actionState.${state}`)}
    </span>
  );
}

/** "3 acties klaar, 1 bezig, 2 niet begonnen, 0 vervallen": how far the plan got, in one line. */
export function stateCounts(counts: Record<ActionState, number>, t: Translate) {
  return t('sa.plan.stateCounts', { count: counts.done, inProgress: counts['in-progress'], notStarted: counts['not-started'], dropped: counts.dropped });
}
