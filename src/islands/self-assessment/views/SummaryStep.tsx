import { ITEM_STATUSES } from '../../../domain/assessment/status';
import { useApp } from './context';
import { CostTotals } from './CostTotals';
import { exportPlanCsv } from './plan-csv';
import { ActionPlan } from './PlanGroups';
import { StatusLegend } from './StatusLegend';
import { PartStatusList, StatusCounts } from './StatusLists';
import { StatusText } from './StatusText';
import { StepHeading } from './StepHeading';
import { ShareMonitor } from './ShareMonitor';

export function SummaryStep() {
  const { state, t, data } = useApp();
  const a = state.current.value!;
  const assessed = state.assessed.value!;
  const counts = assessed.counts;
  const review = assessed.review;
  const toConfirm = counts.toConfirm;
  const principleTitle = (key: string) => data.principles.find((p) => p.key === key)?.title ?? key;
  const questionText = (id: string) =>
    [...state.checklist.schoolQuestions, ...state.checklist.activityQuestions].find((q) => q.id === id)?.text[data.lang] ?? id;
  const scopeName = (scope: string) => (scope === 'school' ? t('sa.summary.schoolWideScope') : a.activities.find((x) => x.id === scope)?.name ?? scope);
  const open = (scope: string) => (scope === 'school' ? state.goStep('school') : state.openActivity(scope));
  // A principle nothing applies to yet says so; the legend then explains that mark too.
  const legend = assessed.principles.some((p) => p.status === 'not-assessed') ? [...ITEM_STATUSES, 'not-assessed' as const] : ITEM_STATUSES;

  return (
    <section aria-labelledby="sa-step-title">
      <StepHeading>{t('sa.summary.title')}</StepHeading>
      <p>
        {t('sa.progress', { answered: counts.answered, total: counts.total })}
        {/* Taken over (next school year, or another activity) and not confirmed: counted as not answered, and said why. */}
        {toConfirm > 0 && <> · {t('sa.activities.toConfirm', { count: toConfirm })}</>}
      </p>

      <h3 id="sa-summary-activities">{t('sa.summary.activities')}</h3>
      <PartStatusList school={assessed.school} activities={assessed.activities} t={t} onOpen={open} />
      <p class="skc-status-counts__title" id="sa-summary-counts">{t('sa.summary.countsTitle')}</p>
      <StatusCounts counts={counts.activities} t={t} labelledBy="sa-summary-counts" />
      <StatusLegend t={t} id="sa-summary-legend" statuses={legend} />

      <h3>{t('sa.costs.title')}</h3>
      <CostTotals costs={assessed.costs} t={t} lang={data.lang} />

      <h3>{t('sa.summary.principles')}</h3>
      <ul class="skc-status-list">
        {assessed.principles.map((p) => (
          <li key={p.principle}>
            <span class="skc-block">{principleTitle(p.principle)}</span>
            <span class="skc-block"><StatusText status={p.status} t={t} /></span>
            <span class="skc-block skc-hint">{t('sa.progress', { answered: p.answered, total: p.total })}</span>
          </li>
        ))}
      </ul>

      {review.length > 0 && (
        <>
          <h3>{t('sa.summary.review')}</h3>
          <ul>
            {review.map((r) => (
              <li key={`${r.scope}:${r.questionId}`}>
                <a
                  href={`#q-${r.scope}-${r.questionId}`}
                  onClick={(e) => {
                    e.preventDefault();
                    open(r.scope);
                    setTimeout(() => document.getElementById(`q-${r.scope}-${r.questionId}`)?.scrollIntoView(), 50);
                  }}
                >
                  {scopeName(r.scope)}: {questionText(r.questionId)} ({t(r.isNew ? 'sa.summary.reviewNew' : 'sa.summary.reviewChanged')})
                </a>
              </li>
            ))}
          </ul>
        </>
      )}

      <h3>{t('sa.summary.actions')}</h3>
      <p>{t('sa.plan.intro')}</p>
      <ActionPlan />
      <p class="skc-button-row">
        <button type="button" class="skc-button skc-button--secondary" onClick={() => exportPlanCsv(a, assessed, t, data)}>{t('sa.file.csv')}</button>
      </p>
      <ShareMonitor />
      {/* Issue 11: a colleague's work merged in, and what came from which file (newest first). */}
      <h3>{t('sa.steps.merge')}</h3>
      {a.merges.length > 0 && (
        <>
          <p id="sa-summary-merges">{t('sa.merge.recordsTitle')}</p>
          <ul aria-labelledby="sa-summary-merges">
            {[...a.merges].reverse().map((m, i) => (
              <li key={i}>
                {t('sa.merge.record', {
                  date: new Date(m.at).toLocaleDateString(data.lang === 'nl' ? 'nl-NL' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric' }),
                  file: m.fileName || m.fromId,
                  school: m.fromSchoolName || '–',
                  taken: m.taken.length,
                  kept: m.kept,
                })}
              </li>
            ))}
          </ul>
        </>
      )}
      <p class="skc-button-row">
        <button type="button" class="skc-button skc-button--secondary" onClick={() => state.goStep('merge')}>{t('sa.steps.merge')}</button>
      </p>
    </section>
  );
}
