import type { Lang } from '../content/common';
import type { ActionState } from './format/constants';
import type { Activity, AnswerValue } from './format/schema';
import type { ActionComparison, Comparison, Verdict } from './compare';
import { csvFile } from './csv';
import type { ItemStatus, PrincipleStatus } from './status';

/** The words of the comparison's spreadsheet, in the page's language (the island passes its dictionary's). */
export interface CompareCsvLabels {
  /** Column headers: part, name, question or what, earlier, later, outcome. */
  headers: [string, string, string, string, string, string];
  sections: Record<'activity' | 'principle' | 'answer' | 'cost' | 'action', string>;
  schoolWide: string;
  status: (status: ItemStatus | PrincipleStatus['status'] | null) => string;
  verdict: Record<Verdict, string>;
  answer: (value: AnswerValue | null) => string;
  actionState: (state: ActionState | null, action: ActionComparison) => string;
  markedDone: string;
  /** An amount as a spreadsheet in this language reads it ("27,50" in Dutch); null as the page says "none". */
  amount: (amount: number | null) => string;
  funding: (funding: Activity['fundedBy']) => string;
  costs: Record<'contribution' | 'total' | 'askedOnTop' | 'withoutCost', string>;
  costPerPupil: string;
  paidBy: string;
  principle: (key: string) => string;
}


/** The comparison as CSV: activities, principles, changed answers, costs, then the actions, one row each. */
export function comparisonCsv(comparison: Comparison, lang: Lang, labels: CompareCsvLabels): string {
  const { sections: s } = labels;
  const name = (n: string | null) => n ?? labels.schoolWide;
  const rows: string[][] = [labels.headers];
  for (const part of [comparison.school, ...comparison.activities]) {
    rows.push([s.activity, name(part.name), '', labels.status(part.before), labels.status(part.after), labels.verdict[part.verdict]]);
  }
  for (const p of comparison.principles) {
    rows.push([s.principle, labels.principle(p.principle), '', labels.status(p.before), labels.status(p.after), labels.verdict[p.verdict]]);
  }
  for (const change of comparison.answers) {
    rows.push([s.answer, name(change.name), change.question[lang], labels.answer(change.before), labels.answer(change.after), '']);
  }
  for (const key of ['contribution', 'total', 'askedOnTop'] as const) {
    const { before, after } = comparison.costs[key];
    rows.push([s.cost, labels.costs[key], '', labels.amount(before), labels.amount(after), '']);
  }
  const { withoutCost } = comparison.costs;
  rows.push([s.cost, labels.costs.withoutCost, '', String(withoutCost.before ?? 0), String(withoutCost.after ?? 0), '']);
  for (const part of comparison.activities.filter((x) => x.costChanged)) {
    rows.push([s.cost, name(part.name), labels.costPerPupil, labels.amount(part.costBefore), labels.amount(part.costAfter), '']);
    if (part.fundedByBefore !== part.fundedByAfter) rows.push([s.cost, name(part.name), labels.paidBy, labels.funding(part.fundedByBefore), labels.funding(part.fundedByAfter), '']);
  }
  for (const action of comparison.actions) {
    rows.push([s.action, name(action.name), action.suggestion[lang], labels.actionState(action.before, action), labels.actionState(action.after, action), action.markedDone ? labels.markedDone : '']);
  }
  // The action plan's cell rules (csv.ts): formula-looking cells made text, `;` for Dutch, `,` for English.
  return csvFile(rows, lang);
}
