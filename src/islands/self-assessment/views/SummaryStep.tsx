import { actionPlanCsv } from '../../../domain/assessment/csv';
import { ActionPlanTable } from './ActionPlanTable';
import { useApp } from './context';
import { download, fileNameFor } from './files';
import { StatusText } from './StatusText';
import { StepHeading } from './StepHeading';

export function SummaryStep() {
  const { state, t, data } = useApp();
  const a = state.current.value!;
  const assessed = state.assessed.value!;
  const counts = assessed.counts;
  const review = assessed.review;
  const principleTitle = (key: string) => data.principles.find((p) => p.key === key)?.title ?? key;
  const questionText = (id: string) =>
    [...state.checklist.schoolQuestions, ...state.checklist.activityQuestions].find((q) => q.id === id)?.text[data.lang] ?? id;
  const scopeName = (scope: string) => (scope === 'school' ? t('sa.summary.schoolWideScope') : a.activities.find((x) => x.id === scope)?.name ?? scope);

  const exportCsv = () => {
    const labels = {
      headers: t('sa.csv.headers').split('|'),
      answer: { no: t('answer.no'), partly: t('answer.partly') },
      severity: { critical: t('severity.critical'), improvement: t('severity.improvement') },
      schoolWide: t('sa.summary.schoolWideScope'),
    };
    download(fileNameFor(a.profile.schoolName, a.profile.schoolYear, 'csv'), actionPlanCsv(assessed.plan, data.lang, labels), 'text/csv;charset=utf-8');
  };

  return (
    <section aria-labelledby="sa-step-title">
      <StepHeading>{t('sa.summary.title')}</StepHeading>
      <p>{t('sa.progress', { answered: counts.answered, total: counts.total })}</p>

      <h3>{t('sa.summary.activities')}</h3>
      <ul class="skc-status-list">
        <li>
          {t('sa.summary.schoolWideScope')}: <StatusText status={assessed.school.status} t={t} />
        </li>
        {assessed.activities.map(({ activity, status }) => activity && (
          <li key={activity.id}>
            <button type="button" class="skc-link-button" onClick={() => state.openActivity(activity.id)}>
              {activity.name}
            </button>
            : <StatusText status={status} t={t} />
          </li>
        ))}
      </ul>

      <h3>{t('sa.summary.principles')}</h3>
      <ul class="skc-status-list">
        {assessed.principles.map((p) => (
          <li key={p.principle}>
            {principleTitle(p.principle)}: <StatusText status={p.status} t={t} /> <span class="skc-hint">({t('sa.summary.answeredOf', { answered: p.answered, total: p.total })})</span>
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
                    if (r.scope === 'school') state.goStep('school');
                    else state.openActivity(r.scope);
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
      <ActionPlanTable />
      <p class="skc-button-row">
        <button type="button" class="skc-button skc-button--secondary" onClick={exportCsv}>{t('sa.file.csv')}</button>
      </p>
    </section>
  );
}
