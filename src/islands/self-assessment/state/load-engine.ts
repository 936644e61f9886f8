import { loadOnce } from '../../shared/load-once';
import type { Engine } from './engine';

// Like the file check (storage/load-file-check.ts): the engine loads when an assessment is first opened
// (or ahead of that when the page is idle). Loading can fail (offline since the page opened, or a new
// release replaced the hashed file): the promise rejects, the page says so with "try again", and the next
// call tries afresh. Nothing typed is lost: the assessments themselves are not in the chunk.
export type LoadEngine = () => Promise<Engine>;

export const loadEngine: LoadEngine = loadOnce(() => import('./engine').then((module) => module.engine));
