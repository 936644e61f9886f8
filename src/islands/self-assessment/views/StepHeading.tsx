import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';

/**
 * Headings of views the user moves to take focus when they appear, so keyboard and screen reader
 * users land on the new step. Not on page load: that would steal the reader's place.
 */
let pageLoaded = false;
export function markPageLoaded() {
  pageLoaded = true;
}

export function useFocusOnShow<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  // A layout effect, not an effect: it runs as the view is put on the page, before the browser paints
  // or takes input. An effect runs a frame later, and could take focus from a field the person has
  // already started typing in (a step that loaded as a chunk of its own appears, the person clicks
  // into its first field at once, and the rest of the word went to the heading).
  useLayoutEffect(() => {
    if (pageLoaded) ref.current?.focus();
  }, []);
  return ref;
}

export function StepHeading({ children }: { children: ComponentChildren }) {
  const ref = useFocusOnShow<HTMLHeadingElement>();
  return (
    <h2 id="sa-step-title" tabIndex={-1} ref={ref} class="skc-step-title">
      {children}
    </h2>
  );
}
