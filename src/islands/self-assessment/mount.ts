import { h, render } from 'preact';
import { SelfAssessmentApp } from './App';
import { loadCodec } from './codec-loader';
import { DATA_ELEMENT_ID, type IslandData } from './data';
import { browserStorage } from './storage';
import { unseal } from '../../domain/assessment/seal';

// Entry point of the one island: reads the build-time data from the page and renders the app.
const root = document.getElementById('skc-sa-root');
const dataElement = document.getElementById(DATA_ELEMENT_ID);
if (root && dataElement?.textContent) {
  const data = JSON.parse(dataElement.textContent) as IslandData;
  const start = () => {
    // The static checklist document is for readers without JavaScript; the app replaces it. Hidden in
    // the same frame as the app's first render, so nothing on screen moves twice (layout shift).
    document.getElementById('skc-checklist-document')?.setAttribute('hidden', '');
    root.replaceChildren();
    render(h(SelfAssessmentApp, { data }), root);
  };
  // Stored entries that are not sealed by this version need the full check: load it before the first
  // render, so the list does not appear empty and then fill.
  const read = browserStorage().readAll();
  if (read.ok && read.entries.some((entry) => !unseal(entry.raw, data.checklist.version))) void loadCodec().then(start, start);
  else start();
}
