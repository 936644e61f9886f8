import type { AssessedPart } from '../../../domain/assessment/assess';
import type { ActivityPatch } from '../../../domain/assessment/edit';
import { FUNDING, LIMITS, OPTIONAL_DECISIONS } from '../../../domain/assessment/format/constants';
import type { ActivityKind } from '../../../domain';
import { ACTIVITY_KINDS } from '../../../domain/vocabulary';
import { useApp } from './context';
import { Choices } from './Choices';
import { AmountField, RequiredTextField } from './fields';
import { TraitsField } from './TraitsField';

/** Who pays, as offered; `other` only for a file made when the list was shorter (then it is shown, and kept). */
const OFFERED = FUNDING.filter((f) => f !== 'other');

/**
 * What the school says about one activity, always in view (it decides the questions below): name, kind,
 * what it involves, year group, cost, who pays, and whether pupils choose to join (then the one decision
 * that matters for the MR). `update` is the step's, so it can say which questions came or went.
 */
export function ActivityDetails({ part, update }: { part: AssessedPart; update: (patch: ActivityPatch) => void }) {
  const { state, t } = useApp();
  const activity = part.activity!;
  const funding = activity.fundedBy === 'other' ? FUNDING : OFFERED;
  return (
    <section class="skc-panel skc-activity-details" aria-labelledby="sa-act-details">
      <h3 id="sa-act-details">{t('sa.activity.details')}</h3>
      <p class="skc-hint">{t('sa.activity.detailsHint')}</p>
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
      <TraitsField id="sa-act-traits" describedBy="sa-act-traits-hint" value={activity.traits} onChange={(traits) => update({ traits })} />
      <div class="skc-field">
        <label for="sa-act-year">{t('sa.activity.yearGroup')}</label>
        <p class="skc-hint" id="sa-act-year-hint">{t('sa.activity.yearGroupHint')}</p>
        <input id="sa-act-year" class="skc-input" maxLength={LIMITS.shortText} aria-describedby="sa-act-year-hint" value={activity.yearGroup} onInput={(e) => update({ yearGroup: e.currentTarget.value })} />
      </div>
      <div class="skc-field">
        <label for="sa-act-cost">{t('sa.activities.cost')}</label>
        <p class="skc-hint" id="sa-act-cost-hint">{t('sa.activities.costHint')}</p>
        <AmountField id="sa-act-cost" describedBy="sa-act-cost-hint" value={activity.costPerPupil} onCommit={(costPerPupil) => update({ costPerPupil })} />
      </div>
      <fieldset class="skc-field" aria-describedby="sa-act-funded-hint">
        <legend>{t('sa.activities.fundedBy')}</legend>
        <p class="skc-hint" id="sa-act-funded-hint">{t('sa.activity.fundedByHint')}</p>
        <Choices name="sa-act-funded" options={funding.map((f) => ({ value: f, label: t(`sa.funding.${f}`) }))} value={activity.fundedBy} onChange={(fundedBy) => update({ fundedBy })} />
      </fieldset>
      <div class="skc-field skc-field--inline">
        <input id="sa-act-optional" type="checkbox" checked={activity.optional} aria-describedby="sa-act-optional-hint" onChange={(e) => update({ optional: e.currentTarget.checked })} />
        <label for="sa-act-optional">{t('sa.activity.optional')}</label>
        <p class="skc-hint" id="sa-act-optional-hint">{t('sa.activity.optionalHint')}</p>
      </div>
      {activity.optional && (
        <fieldset class={`skc-field skc-decision${part.needsDecision ? ' skc-decision--open' : ''}`} aria-describedby="sa-act-decision-hint">
          <legend>{t('sa.activity.decision')}</legend>
          <p class="skc-hint" id="sa-act-decision-hint">
            {part.needsDecision && <strong class="skc-decision__open"><span aria-hidden="true">◌ </span>{t('sa.activity.decisionOpen')} </strong>}
            {t('sa.activity.decisionHint')}
          </p>
          <Choices
            name="sa-act-decision"
            options={OPTIONAL_DECISIONS.map((d) => ({ value: d, label: t(`sa.activity.decision.${d}`) }))}
            value={activity.optionalDecision}
            onChange={(optionalDecision) => update({ optionalDecision })}
          />
        </fieldset>
      )}
      <div class="skc-field">
        <label for="sa-act-notes">{t('sa.activities.notes')}</label>
        <textarea id="sa-act-notes" class="skc-input skc-textarea" rows={3} maxLength={LIMITS.longText} value={activity.notes} onInput={(e) => update({ notes: e.currentTarget.value })} />
      </div>
      <p>
        <button type="button" class="skc-button skc-button--secondary" onClick={() => state.removeActivity(activity.id)}>
          {t('sa.activities.remove')}<span class="skc-visually-hidden"> {activity.name}</span>
        </button>
      </p>
    </section>
  );
}
