import type { FileInput, Outcome } from '../reader/protocol';
import type { Progress, Reader } from './reader-client';
import { createStore, type Readable } from '../../shared/store';

// The monitor island's one state factory. The files read so far (counted or refused), the progress of the
// reading, and whether the sample set is shown. Views read these and call the actions; the numbers
// themselves are worked out from `outcomes` by the results view (domain/monitor/aggregate.ts).

interface ReadingProgress {
  done: number;
  total: number;
}

type SampleStatus = 'none' | 'loading' | 'shown' | 'failed';

export interface MonitorState {
  /** Every file read, in the order read: counted ones and refused ones, each with its reasons. */
  readonly outcomes: Readable<readonly Outcome[]>;
  /** Null when nothing is being read. */
  readonly progress: Readable<ReadingProgress | null>;
  readonly sample: Readable<SampleStatus>;
  /** The reader could not load at all (neither as a worker nor on the page). */
  readonly readerFailed: Readable<boolean>;
  subscribe(listener: () => void): () => void;
  /** Reads more files; they join those read before (after the sample set, if it was shown, is taken away). */
  addFiles(files: readonly FileInput[]): Promise<void>;
  /** Replaces whatever is shown by the sample set. */
  loadSample(): Promise<void>;
  clear(): void;
}

export interface MonitorDeps {
  reader: Reader;
  /** The sample set's text, fetched from this site. */
  fetchSample: () => Promise<string>;
}

export function createMonitorState(deps: MonitorDeps): MonitorState {
  const store = createStore();
  const outcomes = store.cell<readonly Outcome[]>([]);
  const progress = store.cell<ReadingProgress | null>(null);
  const sample = store.cell<SampleStatus>('none');
  const readerFailed = store.cell(false);
  // Reading happens one batch after another; a clear makes the batches under way count for nothing.
  let generation = 0;
  let queue: Promise<void> = Promise.resolve();
  let queued = 0;
  let finished = 0;

  const clear = () => {
    generation += 1;
    queued = 0;
    finished = 0;
    store.batch(() => {
      outcomes.value = [];
      progress.value = null;
      sample.value = 'none';
      readerFailed.value = false;
    });
  };

  /** Runs one batch after those queued before it, with a progress bar over all of them. */
  const enqueue = (count: number, read: (progress: Progress) => Promise<Outcome[]>) => {
    const mine = generation;
    queued += count;
    progress.value = { done: finished, total: queued };
    const step = queue.then(async () => {
      if (mine !== generation) return;
      const before = finished;
      try {
        // The sample set counts as one request but reports its files one by one: the bar shows files.
        const result = await read((done, total) => {
          if (mine === generation) progress.value = { done: before + done, total: queued - count + total };
        });
        if (mine !== generation) return;
        finished = before + count;
        store.batch(() => {
          outcomes.value = [...outcomes.value, ...result];
          progress.value = finished >= queued ? null : { done: finished, total: queued };
        });
      } catch {
        if (mine !== generation) return;
        finished = before + count;
        store.batch(() => {
          readerFailed.value = true;
          progress.value = finished >= queued ? null : { done: finished, total: queued };
        });
      }
      if (finished >= queued) {
        queued = 0;
        finished = 0;
      }
    });
    queue = step;
    return step;
  };

  return {
    outcomes,
    progress,
    sample,
    readerFailed,
    subscribe: store.subscribe,
    addFiles(files) {
      if (files.length === 0) return Promise.resolve();
      if (sample.value === 'shown' || sample.value === 'failed') clear();
      return enqueue(files.length, (report) => deps.reader.readFiles(files, report));
    },
    async loadSample() {
      clear();
      sample.value = 'loading';
      const mine = generation;
      let text: string;
      try {
        text = await deps.fetchSample();
      } catch {
        if (mine === generation) sample.value = 'failed';
        return;
      }
      if (mine !== generation) return;
      await enqueue(1, (report) => deps.reader.readSample(text, report));
      if (mine === generation) sample.value = 'shown';
    },
    clear,
  };
}
