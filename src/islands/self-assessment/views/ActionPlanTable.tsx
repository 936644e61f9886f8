import { Component } from 'preact';
import { useState } from 'preact/hooks';
import type { PlannedAction } from '../../../domain/assessment/action-plan';
import { LIMITS } from '../../../domain/assessment/format/constants';
import { formatDateInput, parseDate } from '../../../domain/assessment/parse';
import type { Lang } from '../../../domain';
import type { Translate } from '../data';
import type { AssessmentState } from '../state/assessment-state';
import { useApp } from './context';
import { ParsedInput } from './ParsedInput';

/**
 * Rows per page of the plan on screen. A plan of thousands of actions (each with two fields) cannot be
 * worked through as one table, and every row on the page costs layout on every keystroke (BENCHMARKS.md);
 * a school's usual plan (a few dozen actions) fits on one page and shows no pager. The report prints
 * every action, grouped per activity (Report.tsx).
 */
const PAGE_SIZE = 100;

interface RowProps {
  action: PlannedAction;
  index: number;
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
      next.index !== this.props.index || next.t !== this.props.t ||
      a.key !== b.key || a.owner !== b.owner || a.deadline !== b.deadline || a.note !== b.note ||
      a.answer !== b.answer || a.scopeName !== b.scopeName || a.suggestion !== b.suggestion
    );
  }

  render({ action, index, state, t, lang }: RowProps) {
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
        <td data-label={t('sa.summary.owner')}>
          <input
            class="skc-input skc-input--cell"
            maxLength={LIMITS.shortText}
            aria-label={label('sa.summary.owner')}
            value={action.owner}
            onInput={(e) => state.setActionField(action.scope, action.questionId, { owner: e.currentTarget.value })}
          />
        </td>
        <td data-label={t('sa.summary.deadline')}>
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
        </td>
      </tr>
    );
  }
}

/** The action plan on screen: derived actions, with owner and deadline the school fills in. */
export function ActionPlanTable() {
  const { state, t, data } = useApp();
  const plan = state.assessed.value?.plan ?? [];
  const [wanted, setPage] = useState(0);
  if (!plan.length) return <p>{t('sa.summary.noActions')}</p>;
  const pages = Math.ceil(plan.length / PAGE_SIZE);
  const page = Math.min(wanted, pages - 1);
  const from = page * PAGE_SIZE;
  const rows = plan.slice(from, from + PAGE_SIZE);
  const number = (n: number) => n.toLocaleString(data.lang === 'nl' ? 'nl-NL' : 'en-GB');
  const range = t('sa.plan.range', { from: number(from + 1), to: number(from + rows.length), total: number(plan.length) });
  return (
    <>
      {pages > 1 && (
        <nav class="skc-plan-pager skc-no-print" aria-label={t('sa.plan.pages')}>
          <p aria-live="polite">{range}</p>
          <p class="skc-button-row">
            <button type="button" class="skc-button skc-button--secondary" disabled={page === 0} onClick={() => setPage(page - 1)}>{t('sa.plan.previous', { count: PAGE_SIZE })}</button>
            <button type="button" class="skc-button skc-button--secondary" disabled={page === pages - 1} onClick={() => setPage(page + 1)}>{t('sa.plan.next', { count: PAGE_SIZE })}</button>
          </p>
        </nav>
      )}
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
          {rows.map((action, i) => (
            <ActionRow key={action.key} action={action} index={from + i} state={state} t={t} lang={data.lang} />
          ))}
        </tbody>
      </table>
    </>
  );
}
