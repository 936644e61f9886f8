// The chunk for compare: loaded by lazy.tsx when the step is first shown.
export { CompareStep } from './CompareStep';
