import { activityQuestionsFor } from '../../domain/assessment/applicable';
import { FUNDING, LIMITS } from '../../domain/assessment/constants';
import type { ActivityKind } from '../../domain';
import { ACTIVITY_KINDS } from '../../domain/vocabulary';
import { useApp } from './context';
import { QuestionField } from './QuestionField';
import { StatusText } from './StatusText';
import { StepHeading } from './StepHeading';
import { AmountInput } from './AmountInput';

export function ActivityStep({ id }: { id: string }) {
  const { state, t } = useApp();
  const a = state.current.value!;
  const activity = a.activities.find((x) => x.id === id);
  if (!activity) return null;
  const questions = activityQuestionsFor(state.checklist, a.profile.schoolType, activity.kind);
  const update = state.updateActivity.bind(null, id);
  return (
    <section aria-labelledby="sa-step-title">
      <StepHeading>{activity.name}</StepHeading>
      <p>
        <StatusText status={state.activityStatuses.value.get(id) ?? 'incomplete'} />
      </p>
      <details class="skc-panel" open={!activity.name}>
        <summary>{t('sa.activity.details')}</summary>
        <div class="skc-field">
          <label for="sa-act-name">{t('sa.activities.name')}</label>
          <input id="sa-act-name" class="skc-input skc-input--wide" maxLength={LIMITS.shortText} value={activity.name} onInput={(e) => e.currentTarget.value.trim() && update({ name: e.currentTarget.value })} />
        </div>
        <div class="skc-field">
          <label for="sa-act-kind">{t('sa.activities.kind')}</label>
          <select id="sa-act-kind" class="skc-input skc-input--wide" value={activity.kind} onChange={(e) => update({ kind: e.currentTarget.value as ActivityKind })}>
            {ACTIVITY_KINDS.map((k) => <option key={k} value={k}>{t(`kind.${k}`)}</option>)}
          </select>
        </div>
        <div class="skc-field">
          <label for="sa-act-cost">{t('sa.activities.cost')}</label>
          <AmountInput id="sa-act-cost" value={activity.costPerPupil} onChange={(costPerPupil) => update({ costPerPupil })} />
        </div>
        <div class="skc-field">
          <label for="sa-act-funded">{t('sa.activities.fundedBy')}</label>
          <select id="sa-act-funded" class="skc-input skc-input--wide" value={activity.fundedBy} onChange={(e) => update({ fundedBy: e.currentTarget.value as (typeof FUNDING)[number] })}>
            {FUNDING.map((f) => <option key={f} value={f}>{t(`sa.funding.${f}`)}</option>)}
          </select>
        </div>
        <div class="skc-field">
          <label for="sa-act-notes">{t('sa.activities.notes')}</label>
          <textarea id="sa-act-notes" class="skc-input skc-textarea" rows={3} maxLength={LIMITS.longText} value={activity.notes} onInput={(e) => update({ notes: e.currentTarget.value })} />
        </div>
      </details>
      <h3>{t('sa.activity.questions')}</h3>
      {questions.map((q) => (
        <QuestionField key={q.id} scope={activity.id} question={q} answer={activity.answers[q.id]} />
      ))}
      <p>
        <button type="button" class="skc-button skc-button--secondary" onClick={() => state.goTo({ name: 'activities' })}>
          {t('sa.activity.backToList')}
        </button>
      </p>
    </section>
  );
}
