import type { ActivityTrait } from '../../../domain/vocabulary';
import { ACTIVITY_TRAITS } from '../../../domain/vocabulary';
import { useApp } from './context';

/**
 * "Wat hoort erbij?": what makes the activity cost money or keep pupils out (a night away, travel, an
 * entry fee, ...), as native checkboxes. What is ticked decides which questions fit (assess() does it).
 */
export function TraitsField({ id, value, onChange, describedBy }: {
  id: string;
  value: readonly ActivityTrait[];
  onChange: (traits: ActivityTrait[]) => void;
  describedBy?: string;
}) {
  const { t } = useApp();
  const toggle = (trait: ActivityTrait, on: boolean) =>
    // In the vocabulary's order, whatever order they were ticked in: files stay the same for the same choice.
    onChange(ACTIVITY_TRAITS.filter((x) => (x === trait ? on : value.includes(x))));
  return (
    <fieldset class="skc-field" id={id} aria-describedby={describedBy}>
      <legend>{t('sa.activity.traits')}</legend>
      {describedBy && <p class="skc-hint" id={describedBy}>{t('sa.activity.traitsHint')}</p>}
      <div class="skc-checks">
        {ACTIVITY_TRAITS.map((trait) => (
          <label class="skc-check" key={trait}>
            <input type="checkbox" name={`${id}-${trait}`} checked={value.includes(trait)} onChange={(e) => toggle(trait, e.currentTarget.checked)} />
            <span>{t(`sa.trait.${trait}`)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
