import type { Checklist } from '../../../domain';
import type { FileInput, Outcome, Reply, Request } from '../reader/protocol';

// How the page gets files read: by the reader in a Web Worker (the page stays responsive with 5,000 files),
// or, when no worker can start (an old browser, a blocked script), by the same reader loaded on the page.
// Either way the reader and zod load only when the first file is read, never when the page opens.

export type Progress = (done: number, total: number) => void;

export interface Reader {
  readFiles(files: readonly FileInput[], progress: Progress): Promise<Outcome[]>;
  readSample(text: string, progress: Progress): Promise<Outcome[]>;
}

type Job = { request: Request; progress: Progress; resolve: (outcomes: Outcome[]) => void; reject: (error: unknown) => void };

export function createReader(checklist: Checklist): Reader {
  let worker: Worker | null | 'broken' = null;
  let nextId = 1;
  const jobs = new Map<number, Job>();

  /** The same work on the page, for when the worker cannot start or stops. */
  const onPage = async (job: Job) => {
    try {
      const reader = await import('../reader/read-files');
      const { request, progress } = job;
      job.resolve(request.type === 'files' ? await reader.readFiles(request.files, request.checklist, progress) : reader.readSample(request.text, request.checklist, progress));
    } catch (error) {
      job.reject(error);
    }
  };

  const start = (): Worker | null => {
    if (worker === 'broken') return null;
    if (worker) return worker;
    try {
      // Written out in full so the bundler finds it and builds the worker as a file of its own on this site.
      const started = new Worker(new URL('../reader/worker.ts', import.meta.url), { type: 'module' });
      started.onmessage = (event: MessageEvent<Reply>) => {
        const job = jobs.get(event.data.id);
        if (!job) return;
        if (event.data.type === 'progress') job.progress(event.data.done, event.data.total);
        else {
          jobs.delete(event.data.id);
          job.resolve(event.data.outcomes);
        }
      };
      // A worker that fails to load or stops: its unfinished jobs are done on the page instead.
      started.onerror = (event) => {
        event.preventDefault();
        worker = 'broken';
        started.terminate();
        const waiting = [...jobs.values()];
        jobs.clear();
        for (const job of waiting) void onPage(job);
      };
      worker = started;
      return started;
    } catch {
      worker = 'broken';
      return null;
    }
  };

  const run = (request: Request, progress: Progress) =>
    new Promise<Outcome[]>((resolve, reject) => {
      const job = { request, progress, resolve, reject };
      const target = typeof Worker === 'function' ? start() : null;
      if (!target) {
        void onPage(job);
        return;
      }
      jobs.set(request.id, job);
      target.postMessage(request);
    });

  return {
    readFiles: (files, progress) => run({ type: 'files', id: nextId++, checklist, files: [...files] }, progress),
    readSample: (text, progress) => run({ type: 'sample', id: nextId++, checklist, text }, progress),
  };
}
