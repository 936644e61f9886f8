import { LIMITS } from '../../domain/assessment/constants';
import { useEffect, useState } from 'preact/hooks';
import { useApp } from './context';

/**
 * How many of `total` rows to render now. A plan of hundreds of actions (each with two fields) takes a
 * quarter of a second to lay out, so on screen the first rows come at once and the rest follow in steps
 * after each paint; for print (`all`) every row is rendered at once.
 */
function useRowsInSteps(total: number, all: boolean, first = 40, step = 120): number {
  const [count, setCount] = useState(first);
  useEffect(() => {
    if (all || count >= total) return;
    const timer = setTimeout(() => setCount((c) => c + step), 0);
    return () => clearTimeout(timer);
  }, [all, count, total]);
  return all ? total : Math.min(count, total);
}

/** The action plan: derived actions, with owner and deadline the school fills in (editable unless printing). */
export function ActionPlanTable({ editable }: { editable: boolean }) {
  const { state, t, data } = useApp();
  const plan = state.plan.value;
  const shown = useRowsInSteps(plan.length, !editable);
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
        {plan.slice(0, shown).map((action, i) => (
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
