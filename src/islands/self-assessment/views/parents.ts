// The chunk for parents: loaded by lazy.tsx when the step is first shown.
export { ParentsStep } from './ParentsStep';
