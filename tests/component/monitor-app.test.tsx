// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { createAssessor } from '../../src/domain/assessment/assess';
import { encodeAssessment } from '../../src/domain/assessment/format/encode';
import { monitorExtract } from '../../src/domain/monitor/extract';
import { checklistWithoutTexts, type MonitorData } from '../../src/islands/monitor/data';
import { readFiles, readSample } from '../../src/islands/monitor/reader/read-files';
import { createMonitorState } from '../../src/islands/monitor/state/monitor-state';
import type { Reader } from '../../src/islands/monitor/state/reader-client';
import { MonitorApp } from '../../src/islands/monitor/views/App';
import { dictionaries } from '../../src/lib/i18n';
import { monitorNl } from '../../src/lib/i18n/monitor/nl';
import { answer, answers, makeActivity, makeAssessment, testChecklist } from '../fixtures/checklist';

// The monitor island as a policy officer uses it, found by role and label: files chosen or dropped, the
// ones that are not school files listed with their reason, a full export counted without its notes, the
// questions where schools fall short named, and everything cleared again.

afterEach(cleanup);

// happy-dom gives modules an http: address, so the file is found from the project's folder (vitest's root).
const sampleText = readFileSync(join(process.cwd(), 'public/monitor/sample.json'), 'utf8');
const checklist = checklistWithoutTexts(testChecklist);

function renderApp() {
  const shared = Object.entries(dictionaries.nl).filter(([key]) => /^(status|kind|type)\./.test(key));
  const data: MonitorData = { lang: 'nl', checklist, principles: [], texts: { ...Object.fromEntries(shared), ...monitorNl }, sampleUrl: '/monitor/sample.json', municipality: 'Voorbeeldstad' };
  // The reader on the page itself, as when no worker can start.
  const reader: Reader = { readFiles: (files, progress) => readFiles(files, checklist, progress), readSample: async (text, progress) => readSample(text, checklist, progress) };
  const state = createMonitorState({ reader, fetchSample: async () => sampleText });
  render(<MonitorApp data={data} state={state} />);
  return state;
}

/** A school's full export with a note, a named person and activity names: everything the page must not show. */
function fullExport(): string {
  return encodeAssessment(
    makeAssessment({
      profile: { schoolName: 'De Exportschool', schoolType: 'vo', schoolYear: '2026-2027', contribution: 30, filledInBy: 'Jan Geheim', mrInvolved: 'yes' },
      schoolAnswers: { 'inform-parents': answer('no', 2, 'Notitie die geheim blijft') },
      activities: [makeActivity({ id: 'trip', name: 'Werkweek Geheimstad', kind: 'one-day', answers: answers({ 'everyone-joins': 'partly' }) })],
    }),
  );
}

const status = () => screen.getAllByRole('status')[0]!;

describe('the monitor page', () => {
  it('reads the chosen files, lists those it refused with their reason, and counts a full export without showing its notes', async () => {
    const state = renderApp();
    const field = screen.getByLabelText(monitorNl['mon.files.label']);
    const assessment = makeAssessment({ profile: { ...makeAssessment().profile, schoolName: 'De Wulp', schoolYear: '2026-2027' } });
    const extracted = monitorExtract(assessment, createAssessor(testChecklist)(assessment), { now: new Date('2026-11-01T10:00:00Z') });
    if (!extracted.ok) throw new Error('no extract');
    const files = [
      new File(['{"format": "schoolkostencheck-monitor",'], 'kapot.json', { type: 'application/json' }),
      new File(['school;type\nDe Wulp;po\n'], 'lijst.csv', { type: 'text/csv' }),
      new File([JSON.stringify(extracted.value)], 'wulp.json', { type: 'application/json' }),
      new File([fullExport()], 'export.json', { type: 'application/json' }),
    ];
    fireEvent.change(field, { target: { files } });
    await waitFor(() => expect(status().textContent).toBe('2 bestanden gelezen. 2 bestanden niet gelezen.'));
    const refused = screen.getByRole('region', { name: monitorNl['mon.refused.title'].other.replace('{count}', '2') });
    expect(within(refused).getAllByRole('listitem').map((item) => item.textContent)).toEqual([`kapot.json: ${monitorNl['mon.reason.not-json']}`, `lijst.csv: ${monitorNl['mon.reason.csv']}`]);

    // The overviews load, naming the questions the export's school fell short on by the checklist's text.
    const questions = await screen.findByRole('region', { name: monitorNl['mon.questions.title'] });
    expect(within(questions).getByRole('rowheader', { name: 'Vraag inform-parents?' })).toBeTruthy();
    expect(within(questions).getByRole('rowheader', { name: 'Vraag everyone-joins?' })).toBeTruthy();
    for (const secret of ['Notitie die geheim blijft', 'Jan Geheim', 'Werkweek Geheimstad']) expect(document.body.textContent).not.toContain(secret);

    fireEvent.click(screen.getByRole('button', { name: monitorNl['mon.clear'] }));
    expect(status().textContent).toBe(monitorNl['mon.cleared']);
    expect(screen.queryByRole('region', { name: monitorNl['mon.questions.title'] })).toBeNull();
    expect(state.outcomes.value).toEqual([]);
  });

  it('reads a file dropped anywhere on the page', async () => {
    renderApp();
    const drop = new Event('drop', { bubbles: true, cancelable: true });
    Object.defineProperty(drop, 'dataTransfer', { value: { types: ['Files'], files: [new File(['a;b\n1;2\n'], 'tabel.csv')] } });
    act(() => void window.dispatchEvent(drop));
    await waitFor(() => expect(status().textContent).toBe('1 bestand niet gelezen.'));
    // Not opened by the browser in place of the page.
    expect(drop.defaultPrevented).toBe(true);
    expect(screen.getByRole('region', { name: monitorNl['mon.refused.title'].one })).toBeTruthy();
  });

  it('shows the sample data with its questions and actions done when asked', async () => {
    renderApp();
    fireEvent.click(screen.getByRole('button', { name: monitorNl['mon.sample.load'] }));
    await screen.findByRole('region', { name: monitorNl['mon.states.title'] });
    expect(screen.getByText(monitorNl['mon.sample.shown'])).toBeTruthy();
    const questions = screen.getByRole('region', { name: monitorNl['mon.questions.title'] });
    expect(within(questions).getAllByRole('rowheader').length).toBeGreaterThan(0);
  });
});
