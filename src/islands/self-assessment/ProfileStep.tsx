import { LIMITS, type Profile } from '../../domain';
import { useApp } from './context';
import { StepHeading } from './StepHeading';

const TYPES = ['po', 'vo', 'so'] as const;
const MR = ['yes', 'planned', 'no', 'unknown'] as const;

export function ProfileStep() {
  const { state, t } = useApp();
  const a = state.current.value!;
  const p = a.profile;
  const set = (patch: Partial<Profile>) => state.updateProfile(patch);
  return (
    <section aria-labelledby="sa-step-title">
      <StepHeading>{t('sa.steps.profile')}</StepHeading>
      <div class="skc-field">
        <label for="sa-school-name">{t('sa.profile.schoolName')}</label>
        <input id="sa-school-name" class="skc-input skc-input--wide" autocomplete="organization" maxLength={LIMITS.shortText} value={p.schoolName} onInput={(e) => set({ schoolName: e.currentTarget.value })} />
      </div>
      <fieldset class="skc-field">
        <legend>{t('sa.profile.schoolType')}</legend>
        <div class="skc-choices">
          {TYPES.map((type) => (
            <label class="skc-choice" key={type}>
              <input type="radio" name="sa-school-type" value={type} checked={p.schoolType === type} onChange={() => set({ schoolType: type })} />
              <span>{t(`type.${type}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div class="skc-field">
        <label for="sa-school-year">{t('sa.profile.schoolYear')}</label>
        <p class="skc-hint" id="sa-school-year-hint">{t('sa.profile.schoolYearHint')}</p>
        <input id="sa-school-year" class="skc-input" maxLength={LIMITS.shortText} aria-describedby="sa-school-year-hint" value={p.schoolYear} onInput={(e) => set({ schoolYear: e.currentTarget.value })} />
      </div>
      <div class="skc-field">
        <label for="sa-contribution">{t('sa.profile.contribution')}</label>
        <p class="skc-hint" id="sa-contribution-hint">{t('sa.profile.contributionHint')}</p>
        <input
          id="sa-contribution"
          class="skc-input"
          type="number"
          min="0"
          max={LIMITS.amount}
          step="0.01"
          inputMode="decimal"
          aria-describedby="sa-contribution-hint"
          value={p.contribution ?? ''}
          onInput={(e) => {
            const n = e.currentTarget.valueAsNumber;
            set({ contribution: Number.isFinite(n) && n >= 0 ? n : null });
          }}
        />
      </div>
      <div class="skc-field">
        <label for="sa-filled-in-by">{t('sa.profile.filledInBy')}</label>
        <p class="skc-hint" id="sa-filled-in-by-hint">{t('sa.profile.filledInByHint')}</p>
        <input id="sa-filled-in-by" class="skc-input skc-input--wide" maxLength={LIMITS.shortText} aria-describedby="sa-filled-in-by-hint" value={p.filledInBy} onInput={(e) => set({ filledInBy: e.currentTarget.value })} />
      </div>
      <fieldset class="skc-field">
        <legend>{t('sa.profile.mrInvolved')}</legend>
        <div class="skc-choices">
          {MR.map((value) => (
            <label class="skc-choice" key={value}>
              <input type="radio" name="sa-mr" value={value} checked={p.mrInvolved === value} onChange={() => set({ mrInvolved: value })} />
              <span>{t(`sa.mr.${value}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
    </section>
  );
}
