// The chunk for merge: loaded by lazy.tsx when the step is first shown.
export { MergeStep } from './MergeStep';
