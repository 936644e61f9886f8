import { LIMITS } from '../../domain/assessment/constants';
import { useApp } from './context';

/** The action plan: derived actions, with owner and deadline the school fills in (editable unless printing). */
export function ActionPlanTable({ editable }: { editable: boolean }) {
  const { state, t, data } = useApp();
  const plan = state.plan.value;
  if (!plan.length) return <p>{t('sa.summary.noActions')}</p>;
  return (
    <table class="skc-table skc-action-table">
      <thead>
        <tr>
          <th scope="col">{t('sa.report.where')}</th>
          <th scope="col">{t('sa.report.action')}</th>
          <th scope="col">{t('sa.summary.owner')}</th>
          <th scope="col">{t('sa.summary.deadline')}</th>
        </tr>
      </thead>
      <tbody>
        {plan.map((action, i) => (
          <tr key={action.key}>
            <th scope="row">
              {action.scopeName ?? t('sa.summary.schoolWideScope')}
              <span class="skc-hint skc-block">{t(`severity.${action.severity}`)}, {t('sa.report.answer').toLowerCase()}: {t(`answer.${action.answer}`)}</span>
            </th>
            <td>
              {action.suggestion[data.lang]}
              <span class="skc-hint skc-block">{t('sa.report.question')}: {action.question[data.lang]}</span>
              {action.note && <span class="skc-hint skc-block skc-pre">{t('sa.report.note')}: {action.note}</span>}
            </td>
            <td>
              {editable ? (
                <input
                  class="skc-input skc-input--cell"
                  maxLength={LIMITS.shortText}
                  aria-label={`${t('sa.summary.owner')}, ${t('sa.report.action').toLowerCase()} ${i + 1}`}
                  value={action.owner}
                  onInput={(e) => state.setActionField(action.scope, action.questionId, { owner: e.currentTarget.value })}
                />
              ) : (
                action.owner
              )}
            </td>
            <td>
              {editable ? (
                <input
                  type="date"
                  class="skc-input skc-input--cell"
                  aria-label={`${t('sa.summary.deadline')}, ${t('sa.report.action').toLowerCase()} ${i + 1}`}
                  value={action.deadline}
                  onInput={(e) => state.setActionField(action.scope, action.questionId, { deadline: e.currentTarget.value })}
                />
              ) : (
                action.deadline
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
