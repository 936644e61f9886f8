import { Component } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { PlannedAction } from '../../../domain/assessment/action-plan';
import { LIMITS } from '../../../domain/assessment/format/constants';
import { formatDateInput, formatDateLong, parseDate } from '../../../domain/assessment/parse';
import type { Lang } from '../../../domain';
import type { Translate } from '../data';
import type { AssessmentState } from '../state/assessment-state';
import { useApp } from './context';
import { ParsedInput } from './ParsedInput';

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

interface RowProps {
  action: PlannedAction;
  index: number;
  editable: boolean;
  state: AssessmentState;
  t: Translate;
  lang: Lang;
}

/**
 * One action. A class with `shouldComponentUpdate` rather than a context reader: a keystroke in one
 * owner field then renders that row only, not the thousands of others in a large plan.
 */
class ActionRow extends Component<RowProps> {
  shouldComponentUpdate(next: RowProps) {
    const a = this.props.action;
    const b = next.action;
    return (
      next.index !== this.props.index || next.editable !== this.props.editable || next.t !== this.props.t ||
      a.key !== b.key || a.owner !== b.owner || a.deadline !== b.deadline || a.note !== b.note ||
      a.answer !== b.answer || a.scopeName !== b.scopeName || a.suggestion !== b.suggestion
    );
  }

  render({ action, index, editable, state, t, lang }: RowProps) {
    const label = (field: string) => `${t(field)}, ${t('sa.report.action').toLowerCase()} ${index + 1}`;
    return (
      <tr>
        <th scope="row">
          {action.scopeName ?? t('sa.summary.schoolWideScope')}
          <span class="skc-hint skc-block">{t(`severity.${action.severity}`)}, {t('sa.report.answer').toLowerCase()}: {t(`answer.${action.answer}`)}</span>
        </th>
        <td>
          {action.suggestion[lang]}
          <span class="skc-hint skc-block">{t('sa.report.question')}: {action.question[lang]}</span>
          {action.note && <span class="skc-hint skc-block skc-pre">{t('sa.report.note')}: {action.note}</span>}
        </td>
        <td>
          {editable ? (
            <input
              class="skc-input skc-input--cell"
              maxLength={LIMITS.shortText}
              aria-label={label('sa.summary.owner')}
              value={action.owner}
              onInput={(e) => state.setActionField(action.scope, action.questionId, { owner: e.currentTarget.value })}
            />
          ) : (
            action.owner
          )}
        </td>
        <td>
          {editable ? (
            <ParsedInput
              id={`sa-deadline-${action.key.replace(':', '-')}`}
              class="skc-input--cell"
              aria-label={label('sa.summary.deadline')}
              placeholder={t('sa.parse.datePlaceholder')}
              value={action.deadline}
              parse={(text) => parseDate(text, lang)}
              format={(iso) => formatDateInput(iso, lang)}
              problemText={(problem) => t(`sa.parse.${problem}`)}
              onCommit={(deadline) => void state.setActionField(action.scope, action.questionId, { deadline })}
            />
          ) : (
            formatDateLong(action.deadline, lang)
          )}
        </td>
      </tr>
    );
  }
}

/** The action plan: derived actions, with owner and deadline the school fills in (editable unless printing). */
export function ActionPlanTable({ editable }: { editable: boolean }) {
  const { state, t, data } = useApp();
  const plan = state.assessed.value?.plan ?? [];
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
          <ActionRow key={action.key} action={action} index={i} editable={editable} state={state} t={t} lang={data.lang} />
        ))}
      </tbody>
    </table>
  );
}
