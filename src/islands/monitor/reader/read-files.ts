// zod's settings must come before the schemas are defined, so this module imports them first.
import './zod-config';
import type { Checklist, Problem } from '../../../domain';
import { createAssessor } from '../../../domain/assessment/assess';
import { MONITOR_MAX_FILE_BYTES } from '../../../domain/monitor/constants';
import { readSchoolData, readSchoolFile } from '../../../domain/monitor/read';
import { SAMPLE_FORMAT } from '../../../domain/monitor/sample';
import type { FileInput, Outcome } from './protocol';

// The reader: the one part of the monitor page that loads zod (the file schemas). It runs in a Web Worker
// (worker.ts), so that 5,000 files are read while the page stays responsive, or on the page itself when a
// worker cannot start (reader-client.ts loads it with import()).

/** Progress is reported at most this often, so reporting does not cost more than reading. */
const PROGRESS_EVERY_MS = 50;

type Progress = (done: number, total: number) => void;

const refused = (fileName: string, code: string, message: string): Outcome => ({ fileName, ok: false, issues: [{ file: fileName, field: '', message, code }] });

/** Reads the files one by one, never throwing: a file that cannot even be opened is refused like any other. */
export async function readFiles(files: readonly FileInput[], checklist: Checklist, progress: Progress): Promise<Outcome[]> {
  const assess = createAssessor(checklist);
  const outcomes: Outcome[] = [];
  let reported = 0;
  for (const [i, input] of files.entries()) {
    // A 50 MB file is refused by its size, before its text is read into memory.
    if (input.size > MONITOR_MAX_FILE_BYTES) {
      outcomes.push(refused(input.name, 'too-large', 'file is larger than 10 MB'));
    } else {
      let text: string | null = null;
      try {
        text = await input.text();
      } catch (error) {
        outcomes.push(refused(input.name, 'read-failed', error instanceof Error ? error.message : String(error)));
      }
      if (text !== null) {
        const result = readSchoolFile(text, { fileName: input.name, checklist, assess });
        outcomes.push(result.ok ? { fileName: input.name, ok: true, ...result.value } : { fileName: input.name, ok: false, issues: result.issues });
      }
    }
    const now = Date.now();
    if (now - reported >= PROGRESS_EVERY_MS || i === files.length - 1) {
      reported = now;
      progress(i + 1, files.length);
    }
  }
  return outcomes;
}

/** The sample set: one JSON file holding many schools' files, each read as if it had been chosen on its own. */
export function readSample(text: string, checklist: Checklist, progress: Progress): Outcome[] {
  let data: unknown = null;
  try {
    data = JSON.parse(text);
  } catch {
    // Refused below, as any other file that is not ours.
  }
  const files = (data as { format?: unknown; files?: unknown } | null)?.format === SAMPLE_FORMAT ? (data as { files: unknown }).files : null;
  if (!Array.isArray(files)) return [refused('sample.json', 'not-ours', 'not a sample set')];
  const assess = createAssessor(checklist);
  const outcomes = files.map((entry: { name?: unknown; file?: unknown }, i): Outcome => {
    const fileName = typeof entry?.name === 'string' ? entry.name : `sample-${i + 1}.json`;
    const result = readSchoolData(entry?.file, { fileName, checklist, assess });
    return result.ok ? { fileName, ok: true, ...result.value } : { fileName, ok: false, issues: result.issues as Problem[] };
  });
  progress(outcomes.length, outcomes.length);
  return outcomes;
}
