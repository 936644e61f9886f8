import { createAssessor } from '../../../domain/assessment/assess';
import { applyEdit } from '../../../domain/assessment/edit';

// The rules that work on an open assessment: every edit and the derived results. They are a third of
// the state's code and needed only once an assessment is open, so they load as a chunk of their own
// (load-engine.ts) while the list is shown, not with the page (the page's script budget, BENCHMARKS.md).
export const engine = { applyEdit, createAssessor };
export type Engine = typeof engine;
