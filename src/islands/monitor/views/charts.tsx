import type { ComponentChildren } from 'preact';

// Charts as inline SVG, drawn from the same numbers as the table beside each one. The table is what a
// screen reader reads and what the CSV holds, so the drawing is hidden from assistive technology; the
// legend names every colour in words, and each bar's number is written at its end.

export interface Segment {
  value: number;
  /** A key into the tones below: a status, or a neutral tone. */
  tone: string;
}

/** Fills that keep 3:1 against white and differ in lightness too, so they can be told apart in grey print. */
const TONES: Record<string, string> = {
  excludes: '#a4000f',
  incomplete: '#8a99a8',
  'cost-barrier': '#c25e00',
  information: '#00558a',
  open: '#1f7a3a',
  dropped: '#d0d6dc',
  'not-assessed': '#d0d6dc',
  better: '#1f7a3a',
  worse: '#a4000f',
  same: '#8a99a8',
  neutral: '#00558a',
  no: '#a4000f',
  partly: '#c25e00',
  'not-started': '#8a99a8',
  'in-progress': '#00558a',
  done: '#1f7a3a',
};

// Each row: its label on a line of its own, the bar below it. Narrow enough (400 units) that the text
// stays readable on a 320 px screen, where the chart is drawn at about three quarters of its size.
const ROW = 40;
const WIDTH = 400;
const NUMBER = 44;

export function Legend({ items }: { items: { tone: string; label: string }[] }) {
  return (
    <ul class="skc-mon-legend">
      {items.map((item) => (
        <li key={item.tone}>
          <svg aria-hidden="true" width="14" height="14" viewBox="0 0 14 14" focusable="false">
            <rect width="14" height="14" fill={TONES[item.tone] ?? TONES.neutral} stroke="#1a1a1a" stroke-width="1" />
          </svg>
          {item.label}
        </li>
      ))}
    </ul>
  );
}

/** Labels longer than a line are cut with an ellipsis; the table beside the chart has them in full. */
const fit = (text: string, max = 52) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * Horizontal bars, one per row, each made of coloured segments, with the row's total at its end (written
 * with `format`, e.g. as a percentage). `max` fixes the full length, e.g. 100 for percentages.
 */
export function BarChart({ rows, format = String, max: fixedMax }: { rows: { label: string; segments: Segment[] }[]; format?: (total: number) => string; max?: number }) {
  const max = fixedMax ?? Math.max(1, ...rows.map((row) => row.segments.reduce((sum, s) => sum + s.value, 0)));
  const scale = (WIDTH - NUMBER) / max;
  return (
    <svg class="skc-mon-chart" viewBox={`0 0 ${WIDTH} ${rows.length * ROW}`} aria-hidden="true" focusable="false" preserveAspectRatio="xMinYMin meet">
      {rows.map((row, i) => {
        let x = 0;
        const total = row.segments.reduce((sum, s) => sum + s.value, 0);
        const y = i * ROW;
        return (
          <g key={row.label}>
            <text x="0" y={y + 13} class="skc-mon-chart__label">{fit(row.label)}</text>
            {row.segments.map((segment, j) => {
              const width = segment.value * scale;
              const rect = <rect key={j} x={x} y={y + 18} width={width} height="16" fill={TONES[segment.tone] ?? TONES.neutral} stroke="#fff" stroke-width="1" />;
              x += width;
              return rect;
            })}
            <text x={x + 5} y={y + 31} class="skc-mon-chart__value">{format(total)}</text>
          </g>
        );
      })}
    </svg>
  );
}

/** Per row a line from the lowest to the highest amount, with a mark at the median, named in the label. */
export function RangeChart({ rows, format }: { rows: { label: string; min: number | null; median: number | null; max: number | null }[]; format: (value: number) => string }) {
  const top = Math.max(1, ...rows.map((row) => row.max ?? 0));
  const scale = (WIDTH - 16) / top;
  return (
    <svg class="skc-mon-chart" viewBox={`0 0 ${WIDTH} ${rows.length * ROW}`} aria-hidden="true" focusable="false" preserveAspectRatio="xMinYMin meet">
      {rows.map((row, i) => {
        const y = i * ROW + 27;
        const at = (value: number) => 8 + value * scale;
        return (
          <g key={row.label}>
            <text x="0" y={i * ROW + 13} class="skc-mon-chart__label">{fit(row.median === null ? row.label : `${row.label}: ${format(row.median)}`)}</text>
            {row.min !== null && row.max !== null && row.median !== null && (
              <>
                <line x1={at(row.min)} x2={at(row.max)} y1={y} y2={y} stroke="#4a4f55" stroke-width="3" />
                <line x1={at(row.min)} x2={at(row.min)} y1={y - 7} y2={y + 7} stroke="#4a4f55" stroke-width="2" />
                <line x1={at(row.max)} x2={at(row.max)} y1={y - 7} y2={y + 7} stroke="#4a4f55" stroke-width="2" />
                <circle cx={at(row.median)} cy={y} r="7" fill={TONES.neutral} stroke="#fff" stroke-width="2" />
              </>
            )}
          </g>
        );
      })}
    </svg>
  );
}

/** A chart and its table side by side on a wide screen (a table of many columns always below its chart), one above the other on a narrow one and in print. */
export function Figure({ id, title, intro, chart, wide = false, children }: { id: string; title: string; intro?: ComponentChildren; chart: ComponentChildren; wide?: boolean; children: ComponentChildren }) {
  return (
    <section class="skc-mon-section" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {intro}
      <div class={`skc-mon-figure${wide ? ' skc-mon-figure--wide' : ''}`}>
        <div class="skc-mon-figure__chart">{chart}</div>
        <div class="skc-mon-figure__table">{children}</div>
      </div>
    </section>
  );
}
