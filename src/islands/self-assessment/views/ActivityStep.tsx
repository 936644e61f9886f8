import { FUNDING, LIMITS } from '../../../domain/assessment/format/constants';
import type { ActivityKind } from '../../../domain';
import { ACTIVITY_KINDS } from '../../../domain/vocabulary';
import { useApp } from './context';
import { QuestionField } from './QuestionField';
import { StatusText } from './StatusText';
import { StepHeading } from './StepHeading';
import { AmountField, RequiredTextField } from './fields';

export function ActivityStep({ id }: { id: string }) {
  const { state, t } = useApp();
  const part = state.assessed.value?.byScope.get(id);
  // Removed meanwhile (in another tab): the state moves to the list of activities and says so.
  if (!part?.activity) return null;
  const activity = part.activity;
  const update = (patch: Parameters<typeof state.updateActivity>[1]) => void state.updateActivity(id, patch);
  return (
    <section aria-labelledby="sa-step-title">
      <StepHeading>{activity.name}</StepHeading>
      <p>
        <StatusText status={part.status} t={t} />
      </p>
      <details class="skc-panel">
        <summary>{t('sa.activity.details')}</summary>
        <div class="skc-field">
          <label for="sa-act-name">{t('sa.activities.name')}</label>
          <RequiredTextField id="sa-act-name" class="skc-input--wide" value={activity.name} onCommit={(name) => update({ name })} />
        </div>
        <div class="skc-field">
          <label for="sa-act-kind">{t('sa.activities.kind')}</label>
          <select id="sa-act-kind" class="skc-input skc-input--wide" value={activity.kind} onChange={(e) => update({ kind: e.currentTarget.value as ActivityKind })}>
            {ACTIVITY_KINDS.map((k) => <option key={k} value={k}>{t(`kind.${k}`)}</option>)}
          </select>
        </div>
        <div class="skc-field">
          <label for="sa-act-cost">{t('sa.activities.cost')}</label>
          <AmountField id="sa-act-cost" value={activity.costPerPupil} onCommit={(costPerPupil) => update({ costPerPupil })} />
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
        <p>
          <button type="button" class="skc-button skc-button--secondary" onClick={() => state.removeActivity(id)}>
            {t('sa.activities.remove')}<span class="skc-visually-hidden"> {activity.name}</span>
          </button>
        </p>
      </details>
      <h3>{t('sa.activity.questions')}</h3>
      {part.questions.map((q) => (
        <QuestionField key={q.question.id} scope={activity.id} item={q} />
      ))}
      <p>
        <button type="button" class="skc-button skc-button--secondary" onClick={() => state.goStep('activities')}>
          {t('sa.activity.backToList')}
        </button>
      </p>
    </section>
  );
}
