// Summaries of repeated timings and the units the bench prints them in, shared by its parts.
const sorted = (xs) => [...xs].sort((a, b) => a - b);
export const median = (xs) => {
  const s = sorted(xs);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
/** Nearest-rank percentile. */
const percentile = (xs, p) => sorted(xs)[Math.max(0, Math.ceil((p / 100) * xs.length) - 1)];
export const stats = (xs) => ({ runs: xs.length, median: median(xs), p95: percentile(xs, 95), min: Math.min(...xs), max: Math.max(...xs) });
export const ms = (x) => `${x < 10 ? x.toFixed(1) : Math.round(x)} ms`;
export const spread = (s) => `${ms(s.min)}–${ms(s.max)}`;
export const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;
export const verdict = (ok) => (ok ? 'met' : 'NOT MET');
