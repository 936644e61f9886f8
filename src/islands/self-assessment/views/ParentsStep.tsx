import { useMemo } from 'preact/hooks';
import { LIMITS } from '../../../domain/assessment/format/constants';
import type { ForParents } from '../../../domain/assessment/format/schema';
import { checkParentsText, parentsText } from '../../../domain/assessment/parents-text';
import { useApp } from './context';
import { ParentsCopy } from './ParentsCopy';
import { ParentsPreview } from './ParentsPreview';
import { ParentsWarnings } from './ParentsWarnings';
import { StepHeading } from './StepHeading';

/**
 * "Voor ouders": the text the law wants in the schoolgids, made from the assessment, with the school's own
 * words for what the assessment cannot know (whom to ask, paying in parts, what else the contribution pays
 * for). Warnings first, when the answers say the text would promise more than the school does. Printing on
 * this step prints only the text (self-assessment.css, "11-parents"): no notes, no names of staff.
 */
export function ParentsStep() {
  const { state, t, data } = useApp();
  const a = state.current.value!;
  const assessed = state.assessed.value!;
  const lang = data.lang;
  // Made again only when something in it can change: a keystroke elsewhere in the island leaves these objects as they are.
  const blocks = useMemo(() => parentsText(a, { lang, helpline: data.helpline ?? null }), [a.profile, a.activities, a.forParents, lang, data.helpline]);
  const warnings = useMemo(() => checkParentsText(a, assessed), [assessed, a.profile.contribution, a.forParents.paysFor]);
  // Every key is kept at once, like every other text field here: the field shows what was typed, as typed.
  const set = (patch: Partial<ForParents>) => void state.edit({ type: 'for-parents', patch });
  const own = a.forParents;

  return (
    <section aria-labelledby="sa-step-title" class="skc-parents">
      <StepHeading>{t('sa.steps.parents')}</StepHeading>
      <p class="skc-no-print">{t('sa.parents.intro')}</p>
      <ParentsWarnings warnings={warnings} />

      <div class="skc-no-print">
        <h3>{t('sa.parents.ownWords')}</h3>
        <div class="skc-field">
          <label for="sa-parents-contact">{t('sa.parents.contact')}</label>
          <p class="skc-hint" id="sa-parents-contact-hint">{t('sa.parents.contactHint')}</p>
          <input id="sa-parents-contact" class="skc-input skc-input--wide" maxLength={LIMITS.shortText} aria-describedby="sa-parents-contact-hint" value={own.contact} onInput={(e) => set({ contact: e.currentTarget.value })} />
        </div>
        <div class="skc-field">
          <label for="sa-parents-instalments">{t('sa.parents.instalments')}</label>
          <p class="skc-hint" id="sa-parents-instalments-hint">{t('sa.parents.instalmentsHint')}</p>
          <textarea id="sa-parents-instalments" class="skc-input skc-textarea" rows={3} maxLength={LIMITS.longText} aria-describedby="sa-parents-instalments-hint" value={own.instalments} onInput={(e) => set({ instalments: e.currentTarget.value })} />
        </div>
        <div class="skc-field">
          <label for="sa-parents-pays-for">{t('sa.parents.paysFor')}</label>
          <p class="skc-hint" id="sa-parents-pays-for-hint">{t('sa.parents.paysForHint')}</p>
          <textarea id="sa-parents-pays-for" class="skc-input skc-textarea" rows={3} maxLength={LIMITS.longText} aria-describedby="sa-parents-pays-for-hint" value={own.paysFor} onInput={(e) => set({ paysFor: e.currentTarget.value })} />
        </div>
        <ParentsCopy blocks={blocks} />
        <p class="skc-parents__label">{t('sa.parents.preview')}</p>
      </div>
      <ParentsPreview blocks={blocks} titleId="sa-parents-title" />
    </section>
  );
}
