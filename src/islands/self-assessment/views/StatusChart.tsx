import { ITEM_STATUSES } from '../../../domain/assessment/status';
import { useApp } from './context';

/** A small bar chart of activities per outcome, as inline SVG (no chart library). Counts are also printed as text. */
export function StatusChart() {
  const { state, t } = useApp();
  const counts = state.assessed.value?.counts.activities;
  const rows = ITEM_STATUSES.map((status) => ({ status, count: counts?.[status] ?? 0 }));
  const max = Math.max(1, ...rows.map((r) => r.count));
  const rowHeight = 28;
  const labelWidth = 210;
  const barWidth = 260;
  return (
    <figure class="skc-chart">
      <svg role="img" aria-labelledby="sa-chart-title" viewBox={`0 0 ${labelWidth + barWidth + 40} ${rows.length * rowHeight}`} width="100%" class="skc-chart__svg">
        <title id="sa-chart-title">{t('sa.report.chartTitle')}</title>
        {rows.map((row, i) => (
          <g key={row.status} transform={`translate(0 ${i * rowHeight})`}>
            <text x="0" y="19" font-size="14" fill="currentColor">{t(`status.${row.status}`)}</text>
            <rect x={labelWidth} y="5" height="18" width={(row.count / max) * barWidth} class={`skc-chart__bar skc-chart__bar--${row.status}`} />
            <text x={labelWidth + (row.count / max) * barWidth + 6} y="19" font-size="14" fill="currentColor">{row.count}</text>
          </g>
        ))}
      </svg>
      <figcaption>{t('sa.report.chartTitle')}</figcaption>
    </figure>
  );
}
