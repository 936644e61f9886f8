import type { ComponentChildren } from 'preact';
import { useMemo } from 'preact/hooks';
import type { Checklist } from '../../../domain/checklist/schema';
import { comparisonCsv, type CompareCsvLabels } from '../../../domain/assessment/compare-csv';
import { compareAssessments, orderForComparison, VERDICTS, type ActionComparison, type Comparison, type ComparedSide, type Verdict } from '../../../domain/assessment/compare';
import type { Assessment } from '../../../domain/assessment/format/schema';
import type { IslandData, Translate } from '../data';
import { euros } from './CostTotals';
import { download, fileNameFor } from './files';
import { StatusText, type AnyStatus } from './StatusText';

// The comparison as the compare step shows it; the report's page (CompareReportPage.tsx) is a short form.

/** The comparison of the open assessment with another; the earlier of the two is "before". */
export function useComparison(current: Assessment, other: Assessment, checklist: Checklist): Comparison {
  return useMemo(() => {
    const { before, after } = orderForComparison(current, other);
    return compareAssessments(before, after, checklist);
  }, [current, other, checklist]);
}

/** A side as a reader names it: "Het Kompas, 2025-2026". */
export const sideName = (side: ComparedSide, t: Translate) => [side.schoolName || t('sa.list.unnamed'), side.schoolYear].filter(Boolean).join(', ');

/** What the comparison is with: the other's school year, else its name. */
export const otherLabel = (comparison: Comparison, currentId: string, t: Translate) => {
  const other = comparison.before.id === currentId && comparison.after.id !== currentId ? comparison.after : comparison.before;
  return other.schoolYear || other.schoolName || t('sa.compare.otherUnnamed');
};

/** Column header of a side: "Eerder (2025-2026)". */
const columnName = (key: 'sa.compare.earlier' | 'sa.compare.later', side: ComparedSide, t: Translate) => (side.schoolYear ? `${t(key)} (${side.schoolYear})` : t(key));

/** "1 activiteit slechter, 2 beter, …. 3 antwoorden veranderd, 2 acties afgerond." */
export function summaryLine(comparison: Comparison, t: Translate): string {
  const shown = VERDICTS.filter((v) => comparison.counts.activities[v] > 0);
  const activities = shown.length
    ? shown.map((v, i) => t(`sa.compare.${i === 0 ? 'first' : 'rest'}.${v}`, { count: comparison.counts.activities[v] })).join(', ')
    : t('sa.compare.noActivities');
  return `${activities}. ${t('sa.compare.answersChanged', { count: comparison.counts.answers })}, ${t('sa.compare.actionsDone', { count: comparison.counts.markedDone })}.`;
}

const VERDICT_MARKS: Record<Verdict, string> = { worse: '▼', better: '▲', unfinished: '…', new: '+', gone: '−', same: '=' };

/** A verdict in words; the sign before it only repeats them (hidden from screen readers). */
function VerdictText({ verdict, t }: { verdict: Verdict; t: Translate }) {
  return (
    <span class="skc-verdict" data-verdict={verdict}>
      <span class="skc-verdict__mark" aria-hidden="true">{VERDICT_MARKS[verdict]}</span> {t(`sa.compare.verdict.${verdict}`)}
    </span>
  );
}

/** A status in words and shape, or "niet op de lijst" where the part is missing. */
export function SideStatus({ status, t }: { status: AnyStatus | null; t: Translate }) {
  return status === null ? <span class="skc-hint">{t('sa.compare.absent')}</span> : <StatusText status={status} t={t} />;
}

/** The warnings above a comparison: the same assessment twice, another school, another checklist version. */
export function CompareWarnings({ comparison, currentId, t }: { comparison: Comparison; currentId: string; t: Translate }) {
  if (!comparison.warnings.length) return null;
  const other = comparison.before.id === currentId ? comparison.after : comparison.before;
  return (
    <div class="skc-notice skc-notice--warning skc-compare__warnings">
      {comparison.warnings.map((warning) => (
        <p key={warning}>
          <span aria-hidden="true">⚠ </span>
          {t(`sa.compare.warning.${warning}`, { name: other.schoolName || t('sa.list.unnamed'), before: comparison.before.checklistVersion, after: comparison.after.checklistVersion })}
        </p>
      ))}
    </div>
  );
}

const money = (t: Translate, lang: IslandData['lang'], amount: number | null) => (amount === null ? t('sa.compare.amountNone') : euros(t, lang, amount));
const answerWord = (t: Translate, value: string | null) => (value === null ? t('sa.compare.noAnswer') : t(`answer.${value}`));
const stateWord = (t: Translate, state: string | null) => (state === null ? t('sa.compare.csv.notPlanned') : t(`sa.actionState.${state}`));
const scopeName = (t: Translate, name: string | null) => name ?? t('sa.summary.schoolWideScope');

function Actions({ comparison, t, lang }: { comparison: Comparison; t: Translate; lang: IslandData['lang'] }) {
  const groups: { key: string; title: string; actions: ActionComparison[]; line: (a: ActionComparison) => string }[] = [
    { key: 'done', title: t('sa.compare.markedDone'), actions: comparison.actions.filter((a) => a.markedDone), line: (a) => t('sa.compare.stateChange', { before: stateWord(t, a.before), after: stateWord(t, a.after) }) },
    // walk-11: a dropped action (with its reason in the plan) is a decision, not work still open.
    { key: 'open', title: t('sa.compare.stillOpen'), actions: comparison.actions.filter((a) => a.origin === 'earlier' && a.after !== null && a.after !== 'done' && a.after !== 'dropped'), line: (a) => t('sa.compare.stateChange', { before: stateWord(t, a.before), after: stateWord(t, a.after) }) },
    { key: 'dropped', title: t('sa.compare.droppedActions'), actions: comparison.actions.filter((a) => a.origin === 'earlier' && a.after === 'dropped'), line: (a) => t('sa.compare.stateChange', { before: stateWord(t, a.before), after: stateWord(t, a.after) }) },
    { key: 'gone', title: t('sa.compare.notNeeded'), actions: comparison.actions.filter((a) => a.noLongerNeeded !== null), line: (a) => t(`sa.compare.notNeeded.${a.noLongerNeeded}`) },
    { key: 'new', title: t('sa.compare.newActions'), actions: comparison.actions.filter((a) => a.origin === 'later' && !a.markedDone), line: (a) => stateWord(t, a.after) },
    { key: 'already', title: t('sa.compare.alreadyDone'), actions: comparison.actions.filter((a) => a.before === 'done' && a.after === 'done'), line: (a) => stateWord(t, a.after) },
  ];
  if (!comparison.actions.length) return <p>{t('sa.compare.noActions')}</p>;
  return (
    <>
      {groups.filter((g) => g.actions.length).map((group) => (
        <section key={group.key} class="skc-compare__actions" aria-labelledby={`sa-compare-actions-${group.key}`}>
          <h5 id={`sa-compare-actions-${group.key}`}>{group.title} ({group.actions.length})</h5>
          <ul class="skc-compare__list">
            {group.actions.map((a) => (
              <li key={a.key}>
                <span class="skc-block"><strong>{scopeName(t, a.name)}</strong>: {a.suggestion[lang]}</span>
                <span class="skc-block skc-hint">{group.line(a)}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

/** One row of a before / after / outcome table: an activity or a principle. */
interface VerdictRow {
  key: string;
  name: string;
  before: ComponentChildren;
  after: ComponentChildren;
  verdict: ComponentChildren;
}

/** Activities or principles side by side; on a phone each row stacks with its column names (data-label). */
function VerdictTable({ labelledBy, head, columns, rows }: { labelledBy: string; head: string; columns: [string, string, string]; rows: VerdictRow[] }) {
  const [earlier, later, outcome] = columns;
  return (
    <table class="skc-table skc-stack-table skc-compare__table" aria-labelledby={labelledBy}>
      <thead>
        <tr>
          <th scope="col">{head}</th>
          <th scope="col">{earlier}</th>
          <th scope="col">{later}</th>
          <th scope="col">{outcome}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.name}</th>
            <td data-label={earlier}>{row.before}</td>
            <td data-label={later}>{row.after}</td>
            <td data-label={outcome}>{row.verdict}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The whole comparison, as the compare step shows it. */
export function CompareDetails({ comparison, t, data }: { comparison: Comparison; t: Translate; data: IslandData }) {
  const lang = data.lang;
  const { before, after } = comparison;
  const principleTitle = (key: string) => data.principles.find((p) => p.key === key)?.title ?? key;
  const earlier = columnName('sa.compare.earlier', before, t);
  const later = columnName('sa.compare.later', after, t);
  const changedCosts = comparison.activities.filter((x) => x.costChanged);
  const funding = (f: string | null) => t(`sa.funding.${f ?? 'unknown'}`);
  const hasUnfinished = [comparison.school, ...comparison.activities].some((x) => x.verdict === 'unfinished') || comparison.principles.some((p) => p.verdict === 'unfinished');

  return (
    <div class="skc-compare">
      <h4 id="sa-compare-activities">{t('sa.compare.activities')}</h4>
      {hasUnfinished && <p class="skc-hint">{t('sa.compare.unfinishedHint')}</p>}
      <VerdictTable
        labelledBy="sa-compare-activities"
        head={t('sa.report.activity')}
        columns={[earlier, later, t('sa.compare.outcome')]}
        rows={[comparison.school, ...comparison.activities].map((part) => ({
          key: `${part.beforeId}:${part.afterId}`,
          name: scopeName(t, part.name),
          before: <SideStatus status={part.before} t={t} />,
          after: (
            <>
              <SideStatus status={part.after} t={t} />
              {part.toConfirm > 0 && <span class="skc-block skc-hint">{t('sa.compare.toConfirm', { count: part.toConfirm })}</span>}
            </>
          ),
          verdict: <VerdictText verdict={part.verdict} t={t} />,
        }))}
      />

      <h4 id="sa-compare-principles">{t('sa.compare.principles')}</h4>
      <VerdictTable
        labelledBy="sa-compare-principles"
        head={t('sa.report.principle')}
        columns={[earlier, later, t('sa.compare.outcome')]}
        rows={comparison.principles.map((p) => ({
          key: p.principle,
          name: principleTitle(p.principle),
          before: <StatusText status={p.before} t={t} />,
          after: <StatusText status={p.after} t={t} />,
          verdict: <VerdictText verdict={p.verdict} t={t} />,
        }))}
      />

      <h4 id="sa-compare-answers">{t('sa.compare.answers')} ({comparison.answers.length})</h4>
      {comparison.answers.length ? (
        <table class="skc-table skc-stack-table skc-compare__table" aria-labelledby="sa-compare-answers">
          <thead>
            <tr>
              <th scope="col">{t('sa.compare.question')}</th>
              <th scope="col">{earlier}</th>
              <th scope="col">{later}</th>
            </tr>
          </thead>
          <tbody>
            {comparison.answers.map((change) => (
              <tr key={`${change.scope}:${change.questionId}`}>
                <th scope="row">
                  <span class="skc-block skc-hint">{scopeName(t, change.name)}</span>
                  {change.question[lang]}
                </th>
                <td data-label={earlier}>{answerWord(t, change.before)}</td>
                <td data-label={later}>{answerWord(t, change.after)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t('sa.compare.noAnswersChanged')}</p>
      )}

      <h4 id="sa-compare-costs">{t('sa.compare.costs')}</h4>
      <table class="skc-table skc-stack-table skc-compare__table" aria-labelledby="sa-compare-costs">
        <thead>
          <tr>
            <th scope="col"><span class="skc-visually-hidden">{t('sa.compare.costs')}</span></th>
            <th scope="col">{earlier}</th>
            <th scope="col">{later}</th>
          </tr>
        </thead>
        <tbody>
          {(['contribution', 'total', 'askedOnTop'] as const).map((key) => (
            <tr key={key}>
              <th scope="row">{t(`sa.costs.${key}`)}</th>
              <td data-label={earlier}>{money(t, lang, comparison.costs[key].before)}</td>
              <td data-label={later}>{money(t, lang, comparison.costs[key].after)}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">{t('sa.compare.withoutCost')}</th>
            <td data-label={earlier}>{comparison.costs.withoutCost.before}</td>
            <td data-label={later}>{comparison.costs.withoutCost.after}</td>
          </tr>
        </tbody>
      </table>
      <h5 id="sa-compare-cost-changes">{t('sa.compare.costChanges')}</h5>
      {changedCosts.length ? (
        <table class="skc-table skc-stack-table skc-compare__table" aria-labelledby="sa-compare-cost-changes">
          <thead>
            <tr>
              <th scope="col">{t('sa.report.activity')}</th>
              <th scope="col">{earlier}</th>
              <th scope="col">{later}</th>
            </tr>
          </thead>
          <tbody>
            {changedCosts.map((part) => (
              <tr key={`${part.beforeId}:${part.afterId}`}>
                <th scope="row">{part.name}</th>
                <td data-label={earlier}>
                  {part.before === null ? t('sa.compare.absent') : <>{money(t, lang, part.costBefore)}<span class="skc-block skc-hint">{funding(part.fundedByBefore)}</span></>}
                </td>
                <td data-label={later}>
                  {part.after === null ? t('sa.compare.absent') : <>{money(t, lang, part.costAfter)}<span class="skc-block skc-hint">{funding(part.fundedByAfter)}</span></>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t('sa.compare.noCostChanges')}</p>
      )}

      <h4 id="sa-compare-actions">{t('sa.compare.actions')}</h4>
      <Actions comparison={comparison} t={t} lang={lang} />
    </div>
  );
}

/** The spreadsheet's words, in the page's language: the same words as the step. */
function csvLabels(t: Translate, data: IslandData): CompareCsvLabels {
  const headers = t('sa.compare.csv.headers').split('|') as CompareCsvLabels['headers'];
  return {
    headers,
    sections: {
      activity: t('sa.compare.csv.activity'),
      principle: t('sa.compare.csv.principle'),
      answer: t('sa.compare.csv.answer'),
      cost: t('sa.compare.csv.cost'),
      action: t('sa.compare.csv.action'),
    },
    schoolWide: t('sa.summary.schoolWideScope'),
    status: (status) => (status === null ? t('sa.compare.absent') : t(`status.${status}`)),
    verdict: Object.fromEntries(VERDICTS.map((v) => [v, t(`sa.compare.verdict.${v}`)])) as Record<Verdict, string>,
    answer: (value) => answerWord(t, value),
    actionState: (state, action) => (state === null && action.noLongerNeeded && action.before !== null ? t(`sa.compare.notNeeded.${action.noLongerNeeded}`) : stateWord(t, state)),
    markedDone: t('sa.compare.markedDone'),
    // A plain number a spreadsheet in this language reads as one: "27,50" in Dutch, "27.50" in English.
    amount: (amount) => (amount === null ? '' : data.lang === 'nl' ? amount.toFixed(2).replace('.', ',') : amount.toFixed(2)),
    funding: (f) => t(`sa.funding.${f ?? 'unknown'}`),
    costs: {
      contribution: t('sa.costs.contribution'),
      total: t('sa.costs.total'),
      askedOnTop: t('sa.costs.askedOnTop'),
      withoutCost: t('sa.compare.withoutCost'),
    },
    costPerPupil: t('sa.compare.costPerPupil'),
    paidBy: t('sa.report.paidBy'),
    principle: (key) => data.principles.find((p) => p.key === key)?.title ?? key,
  };
}

/** Offers the comparison as a CSV file named after the open assessment and the year compared with. */
export function exportComparisonCsv(comparison: Comparison, current: Assessment, otherYear: string, t: Translate, data: IslandData) {
  const text = comparisonCsv(comparison, data.lang, csvLabels(t, data));
  const name = fileNameFor(current.profile.schoolName, `${current.profile.schoolYear} ${t('sa.steps.compare')} ${otherYear}`, 'csv');
  download(name, text, 'text/csv;charset=utf-8');
}
