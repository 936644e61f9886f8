import { loadOnce } from '../../shared/load-once';
import type { decodeAssessment } from '../../../domain/assessment/format/decode';

// The full check of a file (zod and the assessment schema) is a third of the island's code, and most
// visits never need it: a new assessment, or entries this page sealed itself (seal.ts), open without it.
// It loads as a chunk of its own when a file is opened or a stored entry is not sealed. Loading can fail
// (offline since the page opened, or a new release replaced the hashed file): the promise then rejects,
// the caller shows why with "try again", and the next call tries afresh.

type Decode = typeof decodeAssessment;
export type LoadFileCheck = () => Promise<Decode>;

export const loadFileCheck: LoadFileCheck = loadOnce(() => import('./file-check').then((module) => module.decodeAssessment));
