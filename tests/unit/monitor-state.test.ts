import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readFiles, readSample } from '../../src/islands/monitor/reader/read-files';
import type { FileInput, Outcome } from '../../src/islands/monitor/reader/protocol';
import { createMonitorState } from '../../src/islands/monitor/state/monitor-state';
import type { Reader } from '../../src/islands/monitor/state/reader-client';
import { testChecklist } from '../fixtures/checklist';

// The monitor page's state and reader without a browser: files read one batch after another with one
// progress bar, a clear that makes the batches under way count for nothing, and files that are never read
// into memory because of their size.

const sampleText = readFileSync(new URL('../../public/monitor/sample.json', import.meta.url), 'utf8');
const sampleFiles = JSON.parse(sampleText).files as { name: string; file: unknown }[];
const input = (name: string, text: string, size = text.length): FileInput => ({ name, size, text: async () => text });

/** A reader that answers when the test says so, reporting progress as it goes. */
function controlledReader() {
  const waiting: { files: readonly FileInput[]; progress: (done: number, total: number) => void; finish: () => void }[] = [];
  const reader: Reader = {
    readFiles: (files, progress) =>
      new Promise<Outcome[]>((resolve) => {
        waiting.push({ files, progress, finish: () => void readFiles(files, testChecklist, () => {}).then(resolve) });
      }),
    readSample: async (text, progress) => readSample(text, testChecklist, progress),
  };
  return { reader, waiting };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the monitor page’s state', () => {
  it('reads batches one after another with one progress bar over all of them', async () => {
    const { reader, waiting } = controlledReader();
    const state = createMonitorState({ reader, fetchSample: async () => sampleText });
    const first = state.addFiles([input('a.json', JSON.stringify(sampleFiles[0]!.file)), input('b.json', '{')]);
    const second = state.addFiles([input('c.csv', 'a;b\n1;2\n')]);
    expect(state.progress.value).toEqual({ done: 0, total: 3 });
    await tick();
    waiting[0]!.progress(1, 2);
    expect(state.progress.value).toEqual({ done: 1, total: 3 });
    waiting[0]!.finish();
    await first;
    expect(state.outcomes.value.map((o) => [o.fileName, o.ok])).toEqual([['a.json', true], ['b.json', false]]);
    expect(state.progress.value).toEqual({ done: 2, total: 3 });
    await tick();
    waiting[1]!.finish();
    await second;
    expect(state.outcomes.value).toHaveLength(3);
    expect(state.progress.value).toBeNull();
  });

  it('forgets a batch still being read when everything is cleared', async () => {
    const { reader, waiting } = controlledReader();
    const state = createMonitorState({ reader, fetchSample: async () => sampleText });
    const reading = state.addFiles([input('a.json', JSON.stringify(sampleFiles[0]!.file))]);
    await tick();
    state.clear();
    waiting[0]!.finish();
    await reading;
    expect(state.outcomes.value).toEqual([]);
    expect(state.progress.value).toBeNull();
  });

  it('shows the sample set instead of what was there, and says so when it cannot be fetched', async () => {
    const { reader } = controlledReader();
    const state = createMonitorState({ reader, fetchSample: async () => sampleText });
    await state.loadSample();
    expect(state.sample.value).toBe('shown');
    expect(state.outcomes.value).toHaveLength(sampleFiles.length);
    expect(state.outcomes.value.every((o) => o.ok)).toBe(true);

    const offline = createMonitorState({ reader, fetchSample: async () => Promise.reject(new Error('offline')) });
    await offline.loadSample();
    expect(offline.sample.value).toBe('failed');
    expect(offline.outcomes.value).toEqual([]);
  });
});

describe('the reader', () => {
  it('refuses a 50 MB file by its size without reading it, and a file the browser cannot open', async () => {
    const huge: FileInput = { name: 'groot.json', size: 50 * 1024 * 1024, text: () => Promise.reject(new Error('must not be read')) };
    const broken: FileInput = { name: 'weg.json', size: 10, text: () => Promise.reject(new Error('NotReadableError')) };
    const steps: number[] = [];
    const outcomes = await readFiles([huge, broken], testChecklist, (done) => steps.push(done));
    expect(outcomes.map((o) => (o.ok ? 'ok' : o.issues[0]!.code))).toEqual(['too-large', 'read-failed']);
    expect(steps.at(-1)).toBe(2);
  });

  it('refuses a sample set that is not one, as a file that is not ours', () => {
    expect(readSample('{"format":"iets"}', testChecklist, () => {}).map((o) => (o.ok ? 'ok' : o.issues[0]!.code))).toEqual(['not-ours']);
  });
});
