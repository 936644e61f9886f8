import type { Assessment } from '../../../domain/assessment/format/schema';
import type { Entry } from '../state/model';
import { useApp } from './context';
import { lazyView } from './lazy';

// Which assessment the open one is compared with, for the compare step and the report's comparison page.
// Kept for this page view only: a file read to compare with is never stored (state.readFile), and a reload
// falls back to the predecessor, which is the usual choice anyway.

export type CompareChoice = { kind: 'entry'; id: string } | { kind: 'file'; assessment: Assessment; fileName: string };
const choices = new Map<string, CompareChoice>();

export function rememberChoice(assessmentId: string, choice: CompareChoice | null) {
  if (choice) choices.set(assessmentId, choice);
  else choices.delete(assessmentId);
}

export interface Other {
  assessment: Assessment;
  /** The file it was read from; null for one in this browser. */
  fileName: string | null;
}

/** The assessment chosen on the compare step, else the predecessor when this browser holds it, else none. */
export function otherFor(current: Assessment, entries: readonly Entry[]): Other | null {
  const choice = choices.get(current.id);
  if (choice?.kind === 'file') return { assessment: choice.assessment, fileName: choice.fileName };
  const id = choice?.kind === 'entry' ? choice.id : current.predecessor?.id;
  const entry = id === undefined ? undefined : entries.find((e) => e.assessment.id === id);
  if (entry) return { assessment: entry.assessment, fileName: null };
  // A chosen entry deleted since: the predecessor, as on the compare step.
  const predecessor = choice && current.predecessor ? entries.find((e) => e.assessment.id === current.predecessor!.id) : undefined;
  return predecessor ? { assessment: predecessor.assessment, fileName: null } : null;
}

// The page itself loads with the compare step's chunk, only for a report that has something to compare with.
const ComparePage = lazyView(() => import('./compare').then((m) => m.CompareReportPage));

/** The report's page "Vergelijking met <schooljaar>", when there is another assessment to compare with. */
export function ReportCompare() {
  const { state } = useApp();
  const current = state.current.value;
  if (!current) return null;
  const other = otherFor(current, state.model.entries.value);
  if (!other || other.assessment.id === current.id) return null;
  return <ComparePage other={other} />;
}
