import { LIMITS } from '../../../domain/assessment/format/constants';
import type { Profile } from '../../../domain/assessment/format/schema';
import { useApp } from './context';
import { StepHeading } from './StepHeading';
import { Choices } from './Choices';
import { AmountField } from './fields';

const TYPES = ['po', 'vo', 'so'] as const;
const MR = ['yes', 'planned', 'no', 'unknown'] as const;

export function ProfileStep() {
  const { state, t } = useApp();
  const a = state.current.value!;
  const p = a.profile;
  const set = (patch: Partial<Profile>) => void state.updateProfile(patch);
  return (
    <section aria-labelledby="sa-step-title">
      <StepHeading>{t('sa.steps.profile')}</StepHeading>
      <div class="skc-field">
        <label for="sa-school-name">{t('sa.profile.schoolName')}</label>
        <input id="sa-school-name" class="skc-input skc-input--wide" autocomplete="organization" maxLength={LIMITS.shortText} value={p.schoolName} onInput={(e) => set({ schoolName: e.currentTarget.value })} />
      </div>
      <fieldset class="skc-field">
        <legend>{t('sa.profile.schoolType')}</legend>
        <Choices name="sa-school-type" options={TYPES.map((type) => ({ value: type, label: t(`type.${type}`) }))} value={p.schoolType} onChange={(schoolType) => set({ schoolType })} />
      </fieldset>
      <div class="skc-field">
        <label for="sa-school-year">{t('sa.profile.schoolYear')}</label>
        <p class="skc-hint" id="sa-school-year-hint">{t('sa.profile.schoolYearHint')}</p>
        <input id="sa-school-year" class="skc-input" maxLength={LIMITS.shortText} aria-describedby="sa-school-year-hint" value={p.schoolYear} onInput={(e) => set({ schoolYear: e.currentTarget.value })} />
      </div>
      <div class="skc-field">
        <label for="sa-contribution">{t('sa.profile.contribution')}</label>
        <p class="skc-hint" id="sa-contribution-hint">{t('sa.profile.contributionHint')}</p>
        <AmountField id="sa-contribution" describedBy="sa-contribution-hint" value={p.contribution} onCommit={(contribution) => set({ contribution })} />
      </div>
      <div class="skc-field">
        <label for="sa-filled-in-by">{t('sa.profile.filledInBy')}</label>
        <p class="skc-hint" id="sa-filled-in-by-hint">{t('sa.profile.filledInByHint')}</p>
        <input id="sa-filled-in-by" class="skc-input skc-input--wide" maxLength={LIMITS.shortText} aria-describedby="sa-filled-in-by-hint" value={p.filledInBy} onInput={(e) => set({ filledInBy: e.currentTarget.value })} />
      </div>
      <fieldset class="skc-field">
        <legend>{t('sa.profile.mrInvolved')}</legend>
        <Choices name="sa-mr" options={MR.map((value) => ({ value, label: t(`sa.mr.${value}`) }))} value={p.mrInvolved} onChange={(mrInvolved) => set({ mrInvolved })} />
      </fieldset>
    </section>
  );
}
