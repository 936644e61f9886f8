import type { Checklist, Problem } from '../../../domain';
import type { MonitorFile } from '../../../domain/monitor/schema';

// What the page and the reader (a Web Worker, or the same code on the page when a worker cannot start)
// say to each other. Types only: this file vanishes from the bundle.

/** One file as read: counted, or refused with its problems. */
export type Outcome =
  | { fileName: string; ok: true; file: MonitorFile; source: 'monitor' | 'assessment'; notes: Problem[] }
  | { fileName: string; ok: false; issues: Problem[] };

/** A file as the browser hands it over (a File), or as a test makes one. */
export interface FileInput {
  name: string;
  size: number;
  text(): Promise<string>;
}

export type Request =
  | { type: 'files'; id: number; checklist: Checklist; files: FileInput[] }
  | { type: 'sample'; id: number; checklist: Checklist; text: string };

export type Reply =
  | { type: 'progress'; id: number; done: number; total: number }
  | { type: 'done'; id: number; outcomes: Outcome[] };
