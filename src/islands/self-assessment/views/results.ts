// The chunk with the summary and the report (and what only they use: the action plan, the cost totals,
// the CSV). Loaded by lazy.tsx when one of them is first shown, or ahead of time when the page is idle.
export { SummaryStep } from './SummaryStep';
export { Report } from './Report';
