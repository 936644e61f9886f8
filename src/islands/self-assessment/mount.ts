import { h, render } from 'preact';
import { SelfAssessmentApp } from './views/App';
import { DATA_ELEMENT_ID, type IslandData } from './data';

// Entry point of the one island: reads the build-time data from the page and renders the app.
const root = document.getElementById('skc-sa-root');
const dataElement = document.getElementById(DATA_ELEMENT_ID);
if (root && dataElement?.textContent) {
  const data = JSON.parse(dataElement.textContent) as IslandData;
  root.replaceChildren();
  render(h(SelfAssessmentApp, { data }), root);
  // The static checklist document is for readers without JavaScript. Hidden only once the app has
  // rendered (render is synchronous; had it thrown, the document would still be there), and in the
  // same frame, so nothing on screen moves twice (layout shift).
  document.getElementById('skc-checklist-document')?.setAttribute('hidden', '');
}
