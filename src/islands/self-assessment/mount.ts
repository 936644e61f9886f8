import { h, render } from 'preact';
import { SelfAssessmentApp } from './App';
import { DATA_ELEMENT_ID, type IslandData } from './data';

// Entry point of the one island: reads the build-time data from the page and renders the app.
const root = document.getElementById('skc-sa-root');
const dataElement = document.getElementById(DATA_ELEMENT_ID);
if (root && dataElement?.textContent) {
  const data = JSON.parse(dataElement.textContent) as IslandData;
  // The static checklist document is for readers without JavaScript; the app replaces it. Hidden in
  // the same frame as the app's first render, so nothing on screen moves twice (layout shift).
  document.getElementById('skc-checklist-document')?.setAttribute('hidden', '');
  root.replaceChildren();
  render(h(SelfAssessmentApp, { data }), root);
}
