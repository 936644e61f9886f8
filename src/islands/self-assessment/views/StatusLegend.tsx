import { ITEM_STATUSES } from '../../../domain/assessment/status';
import type { Translate } from '../data';
import { StatusText, type AnyStatus } from './StatusText';

/**
 * What each status means, most serious first, beside every list of statuses (the summary, the report,
 * the activities). `id` keeps the legends on one page apart for the name of their group.
 */
export function StatusLegend({ t, id, statuses = ITEM_STATUSES }: { t: Translate; id: string; statuses?: readonly AnyStatus[] }) {
  return (
    <div class="skc-legend" role="group" aria-labelledby={id}>
      <p class="skc-legend__title" id={id}>{t('sa.legend.title')}</p>
      <dl class="skc-legend__list">
        {statuses.map((status) => (
          <div class="skc-legend__item" key={status}>
            <dt><StatusText status={status} t={t} /></dt>
            <dd>{t(`sa.legend.${status}`)}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
