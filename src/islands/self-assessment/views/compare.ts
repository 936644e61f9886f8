// The chunk for comparing: loaded by lazy.tsx when the step Vergelijken is first shown, or when the report
// has an assessment to compare with (ReportCompare.tsx).
export { CompareStep } from './CompareStep';
export { CompareReportPage } from './CompareReportPage';
