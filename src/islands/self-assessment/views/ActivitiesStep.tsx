import { useState } from 'preact/hooks';
import { LIMITS } from '../../../domain/assessment/format/constants';
import { templatesFor } from '../../../domain/assessment/applicable';
import { parseAmount } from '../../../domain/assessment/parse';
import type { ActivityKind } from '../../../domain';
import { ACTIVITY_KINDS, DEFAULT_TRAITS } from '../../../domain/vocabulary';
import { ActivitySummary } from './ActivitySummary';
import { useApp } from './context';
import { StepHeading } from './StepHeading';
import { NoticeBox } from './NoticeBanner';

type FieldErrors = Partial<Record<'name' | 'cost', string>>;

export function ActivitiesStep() {
  const { state, t, data } = useApp();
  const a = state.current.value!;
  const assessed = state.assessed.value!;
  const lang = data.lang;
  const templates = templatesFor(state.checklist, a.profile.schoolType);
  const [templateId, setTemplateId] = useState(templates[0]?.id ?? '');
  const [name, setName] = useState('');
  const [kind, setKind] = useState<ActivityKind>('one-day');
  const [cost, setCost] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const notice = state.notice.value;
  // A notice about one activity (removed, restored) stands where that activity is in the list.
  const inline = notice?.at !== undefined ? notice : null;

  const addTemplate = (e: Event) => {
    e.preventDefault();
    const template = templates.find((x) => x.id === templateId);
    // What the template usually involves and who usually pays: the school changes them in the activity's details.
    if (template) {
      state.addActivity({ templateId: template.id, name: template.name[lang], kind: template.kind, traits: [...template.traits], fundedBy: template.fundedBy, optional: template.optional });
    }
  };
  const addCustom = (e: Event) => {
    e.preventDefault();
    const amount = parseAmount(cost, lang, LIMITS.amount);
    const found: FieldErrors = {};
    if (!name.trim()) found.name = t('sa.activities.nameMissing');
    if (!amount.ok) found.cost = t(`sa.parse.${amount.problem}`, { maximum: LIMITS.amount });
    setErrors(found);
    if (found.name || found.cost || !amount.ok) {
      document.getElementById(found.name ? 'sa-new-name' : 'sa-new-cost')?.focus();
      return;
    }
    // Its kind's usual traits; who pays is left for the school to choose (no payer is assumed).
    const result = state.addActivity({ name, kind, costPerPupil: amount.value, traits: [...DEFAULT_TRAITS[kind]], fundedBy: null });
    if (!result.ok) {
      setErrors({ name: t(`sa.edit.${result.issues[0]?.code ?? 'name-missing'}`, result.issues[0]?.params) });
      return;
    }
    setName('');
    setCost('');
  };
  const describedBy = (field: keyof FieldErrors, hint?: string) => [errors[field] ? `sa-new-${field}-error` : '', hint ?? ''].filter(Boolean).join(' ') || undefined;

  return (
    <section aria-labelledby="sa-step-title">
      <StepHeading>{t('sa.activities.title')}</StepHeading>
      <p>{t('sa.activities.intro')}</p>
      {a.activities.length === 0 && !inline ? (
        <p>{t('sa.activities.none')}</p>
      ) : (
        <ul class="skc-activity-list">
          {assessed.activities.map((part, i) => {
            const activity = part.activity;
            return activity && [
            inline?.at === i && <NoticeBox key={`notice-${inline.serial}`} as="li" notice={inline} />,
            <li key={activity.id} class="skc-activity-list__item">
              <ActivitySummary part={part} t={t} lang={lang} />
              <div class="skc-button-row">
                <button type="button" class="skc-button" onClick={() => state.openActivity(activity.id)}>
                  {t('sa.activities.answer')}<span class="skc-visually-hidden"> {activity.name}</span>
                </button>
                <button type="button" class="skc-button skc-button--secondary" onClick={() => state.removeActivity(activity.id)}>
                  {t('sa.activities.remove')}<span class="skc-visually-hidden"> {activity.name}</span>
                </button>
              </div>
            </li>,
            ];
          })}
          {inline && inline.at !== undefined && inline.at >= assessed.activities.length && <NoticeBox key={`notice-${inline.serial}`} as="li" notice={inline} />}
        </ul>
      )}

      {templates.length > 0 && (
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
      )}

      <form class="skc-panel" onSubmit={addCustom} noValidate>
        <h3>{t('sa.activities.custom')}</h3>
        <div class="skc-field">
          <label for="sa-new-name">{t('sa.activities.name')}</label>
          {errors.name && <p class="skc-error" id="sa-new-name-error">{errors.name}</p>}
          <input id="sa-new-name" class="skc-input skc-input--wide" maxLength={LIMITS.shortText} value={name} aria-invalid={errors.name ? 'true' : undefined} aria-describedby={describedBy('name')} onInput={(e) => setName(e.currentTarget.value)} />
        </div>
        <div class="skc-field">
          <label for="sa-new-kind">{t('sa.activities.kind')}</label>
          <select id="sa-new-kind" class="skc-input skc-input--wide" value={kind} onChange={(e) => setKind(e.currentTarget.value as ActivityKind)}>
            {ACTIVITY_KINDS.map((k) => <option key={k} value={k}>{t(`kind.${k}`)}</option>)}
          </select>
        </div>
        <div class="skc-field">
          <label for="sa-new-cost">{t('sa.activities.cost')}</label>
          <p class="skc-hint" id="sa-new-cost-hint">{t('sa.activities.costHint')}</p>
          {errors.cost && <p class="skc-error" id="sa-new-cost-error">{errors.cost}</p>}
          <input id="sa-new-cost" class="skc-input skc-input--amount" inputMode="decimal" value={cost} aria-invalid={errors.cost ? 'true' : undefined} aria-describedby={describedBy('cost', 'sa-new-cost-hint')} onInput={(e) => setCost(e.currentTarget.value)} />
        </div>
        <p class="skc-hint">{t('sa.activities.customHint')}</p>
        <button type="submit" class="skc-button">{t('sa.activities.add')}</button>
      </form>
    </section>
  );
}
