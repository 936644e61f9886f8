import type { ItemStatus, PrincipleStatus } from '../../../domain/assessment/status';
import type { Concern } from '../../../domain/vocabulary';
import type { Translate } from '../data';

/** Every status a mark can show: an activity's, or a principle's (which can also be "not assessed"). */
export type AnyStatus = ItemStatus | PrincipleStatus['status'];

/**
 * The status that an action's concern gives its activity (assess.ts): an action is shown with the same
 * words and mark as the status it causes, so an activity and its actions never seem to disagree.
 */
export const statusOfConcern = (concern: Concern): ItemStatus => (concern === 'exclusion' ? 'excludes' : concern);

// Each status has an outline of its own, its sign cut out of the shape or drawn inside it, so the marks
// stay apart in black and white print and for colour-blind readers, and none looks like an empty tick box.
// One path per mark (holes by the even-odd rule): a report of a thousand activities holds thousands of
// marks, and each element counts. Paths, not characters, so no font changes them and a PDF's text holds
// only the words.
const MARKS: Record<AnyStatus, string> = {
  // A stop sign with a cross cut out.
  excludes: 'M6 1h8l5 5v8l-5 5H6l-5-5V6zM7.67 14.17 10 11.84 12.33 14.17 14.17 12.33 11.84 10 14.17 7.67 12.33 5.83 10 8.16 7.67 5.83 5.83 7.67 8.16 10 5.83 12.33z',
  // A ring with three dots: still to do.
  incomplete: 'M0.6 10a9.4 9.4 0 1 0 18.8 0a9.4 9.4 0 1 0 -18.8 0zM2.6 10a7.4 7.4 0 1 0 14.8 0a7.4 7.4 0 1 0 -14.8 0zM4.5 10a1.5 1.5 0 1 0 3 0a1.5 1.5 0 1 0 -3 0zM8.5 10a1.5 1.5 0 1 0 3 0a1.5 1.5 0 1 0 -3 0zM12.5 10a1.5 1.5 0 1 0 3 0a1.5 1.5 0 1 0 -3 0z',
  // A warning triangle with an exclamation mark cut out.
  'cost-barrier': 'M10 1.2l9.3 17.3H.7zM8.8 6.6h2.4v6h-2.4zM8.7 15.2a1.3 1.3 0 1 0 2.6 0a1.3 1.3 0 1 0 -2.6 0z',
  // A ring with an "i".
  information: 'M0.6 10a9.4 9.4 0 1 0 18.8 0a9.4 9.4 0 1 0 -18.8 0zM2.6 10a7.4 7.4 0 1 0 14.8 0a7.4 7.4 0 1 0 -14.8 0zM8.6 5.9a1.4 1.4 0 1 0 2.8 0a1.4 1.4 0 1 0 -2.8 0zM8.8 8.6h2.4v6.6h-2.4z',
  // A disc with a tick cut out.
  open: 'M0.4 10a9.6 9.6 0 1 0 19.2 0a9.6 9.6 0 1 0 -19.2 0zM4.37 11.04 8.67 15.34 15.68 7.16 13.78 5.53 8.53 11.66 6.14 9.27z',
  // A bar: taken off the list.
  dropped: 'M4 7h12a3 3 0 0 1 0 6H4a3 3 0 0 1 0-6z',
  // An empty diamond: nothing to judge yet.
  'not-assessed': 'M10 .6 19.4 10 10 19.4 .6 10zM10 3 17 10 10 17 3 10z',
};

/** The shape of a status, beside its words (it never stands alone: it is hidden from screen readers). */
function StatusMark({ status }: { status: AnyStatus }) {
  return (
    <svg class="skc-status-mark" viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">
      <path d={MARKS[status]} fill="currentColor" fill-rule="evenodd" />
    </svg>
  );
}

/**
 * A status always in words; the mark's shape and the colour only repeat it. It takes the translator as a
 * prop rather than reading the island's context, so that lists of a thousand statuses are not all
 * rendered again on every keystroke elsewhere (context readers render on every change).
 */
export function StatusText({ status, t }: { status: AnyStatus; t: Translate }) {
  return (
    <span class="skc-status-tag" data-status={status}>
      <StatusMark status={status} />
      {t(`status.${status}`)}
    </span>
  );
}
