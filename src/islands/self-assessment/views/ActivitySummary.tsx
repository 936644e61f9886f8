import type { Lang } from '../../../domain';
import type { AssessedPart } from '../../../domain/assessment/assess';
import { formatAmount } from '../../../domain/assessment/parse';
import type { Translate } from '../data';
import { StatusText } from './StatusText';

/**
 * One activity in the list, in words: its name, what it costs a pupil and who pays, who it is for, whether
 * pupils choose to join, its status and how many of its questions are answered. It takes the translator as
 * a prop (like StatusText), so a list of a thousand reads no context.
 */
export function ActivitySummary({ part, t, lang }: { part: AssessedPart; t: Translate; lang: Lang }) {
  const activity = part.activity!;
  const toConfirm = part.toConfirm;
  const decision = activity.optionalDecision ? t(`sa.activity.decision.${activity.optionalDecision}`) : t('sa.activities.decisionOpen');
  const facts: [string, string][] = [
    [t('sa.activities.costTerm'), activity.costPerPupil === null ? t('sa.activities.costNotFilled') : t('sa.report.euro', { amount: formatAmount(activity.costPerPupil, lang) })],
    [t('sa.activities.payerTerm'), activity.fundedBy ? t(`sa.funding.${activity.fundedBy}`) : t('sa.activities.notChosen')],
    [t('sa.activities.forTerm'), activity.yearGroup.trim() || t('sa.activities.wholeSchool')],
  ];
  if (activity.optional) facts.push([t('sa.activities.optionalTerm'), decision]);
  return (
    <div class="skc-activity-list__main">
      <strong>{activity.name}</strong> <span class="skc-hint">({t(`kind.${activity.kind}`)})</span>
      <dl class="skc-facts">
        {facts.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <p class="skc-activity-list__state">
        <StatusText status={part.status} t={t} /> · {t('sa.activities.answered', { answered: part.answered, total: part.total })}
        {toConfirm > 0 && <> · {t('sa.activities.toConfirm', { count: toConfirm })}</>}
      </p>
    </div>
  );
}
