import { useState } from 'preact/hooks';
import { FUNDING, LIMITS } from '../../domain/assessment/constants';
import { templatesFor } from '../../domain/assessment/applicable';
import type { ActivityKind } from '../../domain';
import { ACTIVITY_KINDS } from '../../domain/vocabulary';
import { useApp } from './context';
import { StatusText } from './StatusText';
import { StepHeading } from './StepHeading';

export function ActivitiesStep() {
  const { state, t, data } = useApp();
  const a = state.current.value!;
  const lang = data.lang;
  const templates = templatesFor(state.checklist, a.profile.schoolType);
  const [templateId, setTemplateId] = useState(templates[0]?.id ?? '');
  const [name, setName] = useState('');
  const [kind, setKind] = useState<ActivityKind>('one-day');
  const [cost, setCost] = useState('');
  const [fundedBy, setFundedBy] = useState<(typeof FUNDING)[number]>('contribution');
  const [error, setError] = useState('');

  const addTemplate = (e: Event) => {
    e.preventDefault();
    const template = templates.find((x) => x.id === templateId);
    if (template) state.addActivity({ templateId: template.id, name: template.name[lang], kind: template.kind });
  };
  const addCustom = (e: Event) => {
    e.preventDefault();
    if (!name.trim()) {
      setError(t('sa.activities.nameMissing'));
      document.getElementById('sa-new-name')?.focus();
      return;
    }
    const n = Number(cost.replace(',', '.'));
    state.addActivity({ name: name.trim(), kind, costPerPupil: cost.trim() && Number.isFinite(n) && n >= 0 ? n : null, fundedBy });
    setName('');
    setCost('');
    setError('');
  };

  return (
    <section aria-labelledby="sa-step-title">
      <StepHeading>{t('sa.activities.title')}</StepHeading>
      <p>{t('sa.activities.intro')}</p>
      {a.activities.length === 0 ? (
        <p>{t('sa.activities.none')}</p>
      ) : (
        <ul class="skc-activity-list">
          {a.activities.map((activity) => (
            <li key={activity.id} class="skc-activity-list__item">
              <div>
                <strong>{activity.name}</strong> <span class="skc-hint">({t(`kind.${activity.kind}`)})</span>
                <br />
                <StatusText status={state.activityStatuses.value.get(activity.id) ?? 'incomplete'} />
              </div>
              <div class="skc-button-row">
                <button type="button" class="skc-button" onClick={() => state.goTo({ name: 'activity', id: activity.id })}>
                  {t('sa.activities.answer')}<span class="skc-visually-hidden"> {activity.name}</span>
                </button>
                <button type="button" class="skc-button skc-button--secondary" onClick={() => state.removeActivity(activity.id)}>
                  {t('sa.activities.remove')}<span class="skc-visually-hidden"> {activity.name}</span>
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}

      <form class="skc-panel" onSubmit={addTemplate}>
        <h3>{t('sa.activities.fromTemplate')}</h3>
        <div class="skc-field">
          <label for="sa-template">{t('sa.activities.fromTemplate')}</label>
          <select id="sa-template" class="skc-input skc-input--wide" value={templateId} onChange={(e) => setTemplateId(e.currentTarget.value)}>
            {templates.map((x) => (
              <option key={x.id} value={x.id}>{`${x.name[lang]} (${t(`kind.${x.kind}`)})`}</option>
            ))}
          </select>
        </div>
        <button type="submit" class="skc-button">{t('sa.activities.addTemplate')}</button>
      </form>

      <form class="skc-panel" onSubmit={addCustom} noValidate>
        <h3>{t('sa.activities.custom')}</h3>
        <div class="skc-field">
          <label for="sa-new-name">{t('sa.activities.name')}</label>
          {error && <p class="skc-error" id="sa-new-name-error">{error}</p>}
          <input id="sa-new-name" class="skc-input skc-input--wide" maxLength={LIMITS.shortText} value={name} aria-invalid={error ? 'true' : undefined} aria-describedby={error ? 'sa-new-name-error' : undefined} onInput={(e) => setName(e.currentTarget.value)} />
        </div>
        <div class="skc-field">
          <label for="sa-new-kind">{t('sa.activities.kind')}</label>
          <select id="sa-new-kind" class="skc-input skc-input--wide" value={kind} onChange={(e) => setKind(e.currentTarget.value as ActivityKind)}>
            {ACTIVITY_KINDS.map((k) => <option key={k} value={k}>{t(`kind.${k}`)}</option>)}
          </select>
        </div>
        <div class="skc-field">
          <label for="sa-new-cost">{t('sa.activities.cost')}</label>
          <input id="sa-new-cost" class="skc-input" inputMode="decimal" value={cost} onInput={(e) => setCost(e.currentTarget.value)} />
        </div>
        <div class="skc-field">
          <label for="sa-new-funded">{t('sa.activities.fundedBy')}</label>
          <select id="sa-new-funded" class="skc-input skc-input--wide" value={fundedBy} onChange={(e) => setFundedBy(e.currentTarget.value as (typeof FUNDING)[number])}>
            {FUNDING.map((f) => <option key={f} value={f}>{t(`sa.funding.${f}`)}</option>)}
          </select>
        </div>
        <button type="submit" class="skc-button">{t('sa.activities.add')}</button>
      </form>
    </section>
  );
}
