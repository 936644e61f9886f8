import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

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
  useEffect(() => {
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
