import { useEffect } from 'preact/hooks';
import type { AssessmentState } from '../state/assessment-state';
import { hashToRoute, routeToHash } from '../state/screen';

/**
 * Keeps the route in the address's fragment (`#<assessment>/<step>`): each step is a history entry, so
 * Back and Forward move between steps and a reload returns to the same assessment and step. A fragment
 * needs nothing from the host and works under any base path.
 */
export function useRouter(state: AssessmentState) {
  useEffect(() => {
    let fromHistory = false;
    const sync = () => {
      const wanted = routeToHash(state.route.value);
      if (wanted === location.hash) return;
      const url = wanted || `${location.pathname}${location.search}`;
      // A route corrected while following history (a step that no longer exists) replaces, never adds.
      if (fromHistory) history.replaceState(null, '', url);
      else history.pushState(null, '', url);
    };
    const follow = () => {
      fromHistory = true;
      state.go(hashToRoute(location.hash));
      sync();
      fromHistory = false;
    };
    follow();
    const unsubscribe = state.subscribe(sync);
    window.addEventListener('popstate', follow);
    return () => {
      unsubscribe();
      window.removeEventListener('popstate', follow);
    };
  }, [state]);
}
