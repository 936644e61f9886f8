import { useLayoutEffect, useRef } from 'preact/hooks';
import { LIMITS } from '../../../domain/assessment/format/constants';
import type { Profile } from '../../../domain/assessment/format/schema';
import { SCHOOL_TYPES } from '../../../domain/vocabulary';
import { useApp } from './context';
import { StepHeading } from './StepHeading';
import { Choices } from './Choices';
import { AmountField } from './fields';
import { bringIntoView } from './move-on';

/** What has to be chosen before the questions start: they depend on the type of school, and the MR's part is on the report. */
const REQUIRED = ['schoolType', 'mrInvolved'] as const;
const FIELD_ID = { schoolType: 'sa-school-type', mrInvolved: 'sa-mr' } as const;
/** The MR's part, in the order a school would say it (not the format's order). */
const MR = ['yes', 'planned', 'no', 'unknown'] as const;

/**
 * Step 1. It chooses nothing for the school: the type of school and the MR's part start unchosen, and no
 * other step opens until both are chosen. Trying to go on (a step, "Volgende stap", an old address or a
 * reload) lands here with an error summary that links to what is missing, as GOV.UK's pattern does.
 */
export function ProfileStep() {
  const { state, t } = useApp();
  const a = state.current.value!;
  const route = state.route.value;
  const p = a.profile;
  const set = (patch: Partial<Profile>) => void state.updateProfile(patch);
  const missing = REQUIRED.filter((field) => p[field] === null);
  const wanted = route.name === 'assessment' && route.step === 'profile' ? route.wanted : undefined;
  const showErrors = wanted !== undefined && missing.length > 0;
  const summary = useRef<HTMLDivElement>(null);
  // Each attempt to go on is a new route object: the summary takes focus again, so the attempt is answered.
  useLayoutEffect(() => {
    if (showErrors) summary.current?.focus();
  }, [route]);
  const goTo = (field: (typeof REQUIRED)[number]) => (e: Event) => {
    e.preventDefault();
    // Not the link's own jump: the address's fragment is the route (router.ts), and the radio gets focus.
    bringIntoView(document.getElementById(FIELD_ID[field]));
    document.querySelector<HTMLInputElement>(`#${FIELD_ID[field]} input`)?.focus({ preventScroll: true });
  };
  // Next school year's assessment says which one it follows on from; when last year's school year was written
  // in a way no next year could be read from (create.ts followingSchoolYear), its field is left empty and asks.
  const from = a.predecessor;
  const yearToFill = from !== null && p.schoolYear.trim() === '';
  const errorId = (field: (typeof REQUIRED)[number]) => (showErrors && missing.includes(field) ? `${FIELD_ID[field]}-error` : undefined);
  const fieldError = (field: (typeof REQUIRED)[number]) =>
    errorId(field) && (
      <p class="skc-error" id={errorId(field)}>
        <span class="skc-visually-hidden">{t('sa.profile.errorPrefix')} </span>
        {t(`sa.profile.${field}Missing`)}
      </p>
    );
  return (
    <section aria-labelledby="sa-step-title">
      <StepHeading>{t('sa.steps.profile')}</StepHeading>
      {from && <p class="skc-predecessor">{from.schoolYear.trim() ? t('sa.profile.predecessor', { year: from.schoolYear.trim() }) : t('sa.profile.predecessorNoYear')}</p>}
      {showErrors && (
        <div class="skc-error-summary" tabIndex={-1} ref={summary}>
          <div role="alert">
            <h3>{t('sa.profile.errorsTitle')}</h3>
            <p>{t('sa.profile.errorsIntro', { step: t(`sa.steps.${wanted}`) })}</p>
            <ul>
              {missing.map((field) => (
                <li key={field}>
                  <a href={`#${FIELD_ID[field]}`} onClick={goTo(field)}>{t(`sa.profile.${field}Missing`)}</a>
                </li>
              ))}
            </ul>
          </div>
        </div>
      )}
      {missing.length > 0 ? (
        <p id="sa-profile-first">{t('sa.profile.first')}</p>
      ) : (
        wanted && (
          <p>
            <button type="button" class="skc-button" onClick={() => state.goStep(wanted)}>{t('sa.continueTo', { step: t(`sa.steps.${wanted}`) })}</button>
          </p>
        )
      )}
      <div class="skc-field">
        <label for="sa-school-name">{t('sa.profile.schoolName')}</label>
        <input id="sa-school-name" class="skc-input skc-input--wide" autocomplete="organization" maxLength={LIMITS.shortText} value={p.schoolName} onInput={(e) => set({ schoolName: e.currentTarget.value })} />
      </div>
      <fieldset class="skc-field" id={FIELD_ID.schoolType} aria-describedby={errorId('schoolType')}>
        <legend>{t('sa.profile.schoolType')}</legend>
        {fieldError('schoolType')}
        <Choices name="sa-school-type" idPrefix="sa-school-type" options={SCHOOL_TYPES.map((type) => ({ value: type, label: t(`type.${type}`) }))} value={p.schoolType} onChange={(schoolType) => set({ schoolType })} />
      </fieldset>
      <div class="skc-field">
        <label for="sa-school-year">{t('sa.profile.schoolYear')}</label>
        {yearToFill && <p class="skc-field__todo" id="sa-school-year-todo">{t('sa.profile.schoolYearMissing')}</p>}
        <p class="skc-hint" id="sa-school-year-hint">{t('sa.profile.schoolYearHint')}</p>
        <input id="sa-school-year" class="skc-input" maxLength={LIMITS.shortText} aria-describedby={yearToFill ? 'sa-school-year-todo sa-school-year-hint' : 'sa-school-year-hint'} value={p.schoolYear} onInput={(e) => set({ schoolYear: e.currentTarget.value })} />
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
      <fieldset class="skc-field" id={FIELD_ID.mrInvolved} aria-describedby={errorId('mrInvolved')}>
        <legend>{t('sa.profile.mrInvolved')}</legend>
        {fieldError('mrInvolved')}
        <Choices name="sa-mr" idPrefix="sa-mr" options={MR.map((value) => ({ value, label: t(`sa.mr.${value}`) }))} value={p.mrInvolved} onChange={(mrInvolved) => set({ mrInvolved })} />
      </fieldset>
    </section>
  );
}
