// Moving the reader's place within a step: to the next question after an answer given with a pointer,
// to the first open question on coming back, to a field an error summary names.

/** What the next question is looked for in: the step on screen. */
const STEP = 'section[aria-labelledby="sa-step-title"]';
/** A question, or the "done" button at the end of a step's questions (it ends the list). */
const STOP = 'fieldset.skc-question, .skc-questions-done';

/**
 * Focuses an element at once and brings it to the top of the screen a frame later, smoothly unless the reader
 * asked for less motion. Focus at once: a frame later it could take focus from a field the person has clicked
 * into meanwhile. Scrolling a frame later: the answer just given may add a note field above the element,
 * which would push it down again while the scroll is under way.
 */
export function bringIntoView(element: HTMLElement | null | undefined) {
  if (!element) return;
  element.focus({ preventScroll: true });
  const still = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  requestAnimationFrame(() => element.scrollIntoView?.({ block: 'start', behavior: still ? 'auto' : 'smooth' }));
}

/**
 * After the person answered the question `from` with a pointer: on to the next question (its fieldset, so
 * a screen reader reads its legend), or to the button after the last one.
 */
export function moveOnFrom(from: HTMLElement | null) {
  const step = from?.closest(STEP);
  if (!from || !step) return;
  const stops = [...step.querySelectorAll<HTMLElement>(STOP)];
  bringIntoView(stops[stops.indexOf(from) + 1]);
}
