import { formatAmount } from '../../../domain/assessment/parse';
import type { CostSummary } from '../../../domain/assessment/status';
import { FUNDING, type Lang } from '../../../domain/vocabulary';
import type { Translate } from '../data';

/** An amount as the report and the summary write it: "€ 1.250,00". */
export const euros = (t: Translate, lang: Lang, amount: number) => t('sa.report.euro', { amount: formatAmount(amount, lang) });

/**
 * What the school year costs one pupil (assess().costs), as an MR weighs it: the contribution, all
 * activities together, what parents are asked on top of the contribution, per payer and per year group.
 * Says how many activities have no amount, since the totals are too low until they do. The report puts the
 * table per year group further on (`yearGroups={false}`), to keep its first page short.
 */
export function CostTotals({ costs, t, lang, yearGroups = true }: { costs: CostSummary; t: Translate; lang: Lang; yearGroups?: boolean }) {
  const money = (amount: number) => euros(t, lang, amount);
  const payers = [...FUNDING, 'unknown' as const].filter((funding) => costs.byFunding[funding] > 0);
  return (
    <div class="skc-costs">
      <dl class="skc-costs__totals">
        <div>
          <dt>{t('sa.costs.contribution')}</dt>
          <dd>{costs.contribution === null ? t('sa.costs.noContribution') : money(costs.contribution)}</dd>
        </div>
        <div>
          <dt>{t('sa.costs.total')}</dt>
          <dd>{money(costs.total)}</dd>
        </div>
        <div>
          <dt>{t('sa.costs.askedOnTop')}</dt>
          <dd>{money(costs.askedOnTop)}</dd>
        </div>
      </dl>
      {costs.withoutCost > 0 && (
        <p class="skc-costs__missing">
          <strong>{t('sa.costs.withoutCost', { count: costs.withoutCost })}</strong>
        </p>
      )}
      {payers.length > 0 && (
        <>
          <p class="skc-costs__subtitle" id="sa-costs-payers">{t('sa.costs.byFunding')}</p>
          <ul class="skc-costs__payers" aria-labelledby="sa-costs-payers">
            {payers.map((funding) => (
              <li key={funding}>{t(`sa.funding.${funding}`)}: {money(costs.byFunding[funding])}</li>
            ))}
          </ul>
        </>
      )}
      {yearGroups && <YearGroupCosts costs={costs} t={t} lang={lang} />}
    </div>
  );
}

/** Per year group the school named: what one pupil of that group meets in the year, and what of it is asked on top. */
export function YearGroupCosts({ costs, t, lang }: { costs: CostSummary; t: Translate; lang: Lang }) {
  if (!costs.byYearGroup.length) return null;
  const money = (amount: number) => euros(t, lang, amount);
  return (
    <table class="skc-table skc-stack-table skc-costs__groups">
      <caption>{t('sa.costs.byYearGroup')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('sa.costs.yearGroup')}</th>
          <th scope="col">{t('sa.costs.groupTotal')}</th>
          <th scope="col">{t('sa.costs.groupOnTop')}</th>
          <th scope="col">{t('sa.costs.groupActivities')}</th>
        </tr>
      </thead>
      <tbody>
        {costs.byYearGroup.map((group) => (
          <tr key={group.yearGroup}>
            <th scope="row">{group.yearGroup}</th>
            <td data-label={t('sa.costs.groupTotal')}>{money(group.total)}</td>
            <td data-label={t('sa.costs.groupOnTop')}>{money(group.askedOnTop)}</td>
            <td data-label={t('sa.costs.groupActivities')}>{group.activities}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
