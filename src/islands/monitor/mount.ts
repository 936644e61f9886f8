import { h, render } from 'preact';
import { MONITOR_DATA_ID, type MonitorData } from './data';
import { createMonitorState } from './state/monitor-state';
import { createReader } from './state/reader-client';
import { MonitorApp } from './views/App';

// Entry point of the monitor island: reads the build-time data from the page, builds the state and renders.
const root = document.getElementById('skc-mon-root');
const dataElement = document.getElementById(MONITOR_DATA_ID);
if (root && dataElement?.textContent) {
  const data = JSON.parse(dataElement.textContent) as MonitorData;
  const state = createMonitorState({
    reader: createReader(data.checklist),
    fetchSample: async () => {
      // Same origin: the sample set is a file of this site (public/monitor/sample.json).
      const response = await fetch(data.sampleUrl, { credentials: 'same-origin' });
      if (!response.ok) throw new Error(`${response.status}`);
      return response.text();
    },
  });
  root.replaceChildren();
  render(h(MonitorApp, { data, state }), root);
}
