import { useApp } from './context';
import { CompareWarnings, otherLabel, SideStatus, sideName, summaryLine, useComparison } from './CompareView';
import type { Other } from './ReportCompare';

/**
 * The report's page "Vergelijking met <schooljaar>": short, for the MR. The counts, the activities that got
 * worse or better with their statuses then and now, the actions completed since and those still open. The
 * compare step has the rest (every answer, the costs per activity) and the CSV.
 */
export function CompareReportPage({ other }: { other: Other }) {
  const { state, t, data } = useApp();
  const current = state.current.value!;
  const comparison = useComparison(current, other.assessment, state.checklist);
  const lang = data.lang;
  const parts = [comparison.school, ...comparison.activities];
  const name = (n: string | null) => n ?? t('sa.summary.schoolWideScope');
  const done = comparison.actions.filter((a) => a.markedDone);
  // walk-11: dropped actions are a decision, not open work (as on the step); they are in the plan with their reason.
  const open = comparison.actions.filter((a) => a.origin === 'earlier' && a.after !== null && a.after !== 'done' && a.after !== 'dropped');
  const lists = [
    { key: 'worse', title: t('sa.compare.report.worse'), parts: parts.filter((p) => p.verdict === 'worse') },
    { key: 'better', title: t('sa.compare.report.better'), parts: parts.filter((p) => p.verdict === 'better') },
  ];
  return (
    <section class="skc-report__section skc-report__compare" aria-labelledby="sa-report-compare">
      <h3 id="sa-report-compare">{t('sa.compare.title', { year: otherLabel(comparison, current.id, t) })}</h3>
      <p>{t('sa.compare.sides', { before: sideName(comparison.before, t), after: sideName(comparison.after, t) })}</p>
      <CompareWarnings comparison={comparison} currentId={current.id} t={t} />
      <p><strong>{summaryLine(comparison, t)}</strong></p>
      {/* The summary line gives every count; only lists with something in them take room on the page. */}
      {lists.filter((list) => list.parts.length).map((list) => (
        <div key={list.key}>
          <h4>{list.title} ({list.parts.length})</h4>
          <ul class="skc-report__risks">
            {list.parts.map((part) => (
              <li key={`${part.beforeId}:${part.afterId}`}>
                <strong>{name(part.name)}</strong>
                <span class="skc-block">{t('sa.compare.earlier')}: <SideStatus status={part.before} t={t} /> · {t('sa.compare.later')}: <SideStatus status={part.after} t={t} /></span>
              </li>
            ))}
          </ul>
        </div>
      ))}
      <h4>{t('sa.compare.report.done')} ({done.length})</h4>
      {done.length ? (
        <ul>{done.map((a) => <li key={a.key}><strong>{name(a.name)}</strong>: {a.suggestion[lang]}</li>)}</ul>
      ) : (
        <p>{t('sa.compare.none')}</p>
      )}
      {open.length > 0 && (
        <>
          <h4>{t('sa.compare.report.open')} ({open.length})</h4>
          <ul>{open.map((a) => <li key={a.key}><strong>{name(a.name)}</strong>: {a.suggestion[lang]} ({t(`sa.actionState.${a.after}`)})</li>)}</ul>
        </>
      )}
    </section>
  );
}
