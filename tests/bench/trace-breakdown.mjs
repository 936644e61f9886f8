// Where a page's main thread spends its CPU time, from a Chromium trace: the thread time of each trace
// event less that of the events inside it, grouped into the stages of rendering. Thread time, not wall
// time, so other work on a busy machine does not inflate it.

export const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8'];
export const STAGES = ['script and the rest', 'style', 'layout', 'pre-paint', 'paint and compositing', 'garbage collection'];

const stageOf = (name) => {
  if (name === 'UpdateLayoutTree' || name === 'RecalculateStyles' || name === 'ParseAuthorStyleSheet') return 'style';
  if (name === 'Layout') return 'layout';
  if (name === 'PrePaint') return 'pre-paint';
  if (['Paint', 'Layerize', 'Commit', 'HitTest', 'ScrollLayer', 'UpdateLayer', 'CompositeLayers'].includes(name)) return 'paint and compositing';
  if (name.startsWith('V8.GC') || name === 'MinorGC' || name === 'MajorGC' || name === 'BlinkGC.AtomicPhase') return 'garbage collection';
  return 'script and the rest';
};

/**
 * CPU milliseconds per stage on the renderer's main thread, divided by `runs`. Takes the main thread
 * of the renderer that ran script, since a trace also holds the browser's and other renderers' threads.
 */
export function cpuByStage(traceBuffer, runs = 1) {
  const events = JSON.parse(traceBuffer.toString('utf8')).traceEvents;
  const ran = new Set(events.filter((e) => e.name === 'FunctionCall' || e.name === 'v8.callFunction').map((e) => `${e.pid}:${e.tid}`));
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && ran.has(`${e.pid}:${e.tid}`));
  if (!main) throw new Error('the trace has no renderer main thread that ran script');
  const spans = [];
  const open = [];
  for (const e of events.filter((x) => x.pid === main.pid && x.tid === main.tid).sort((a, b) => a.ts - b.ts)) {
    if (e.ph === 'X' && e.tdur !== undefined) spans.push({ name: e.name, ts: e.ts, end: e.ts + e.dur, cpu: e.tdur });
    else if (e.ph === 'B') open.push(e);
    else if (e.ph === 'E') {
      const begin = open.pop();
      if (begin?.tts !== undefined && e.tts !== undefined) spans.push({ name: begin.name, ts: begin.ts, end: e.ts, cpu: e.tts - begin.tts });
    }
  }
  // Outer spans first where two start together, so each span's parent is on the stack before it.
  spans.sort((a, b) => a.ts - b.ts || b.end - a.end);
  const stages = Object.fromEntries(STAGES.map((stage) => [stage, 0]));
  const stack = [];
  for (const span of spans) {
    while (stack.length && stack.at(-1).end <= span.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) stages[stageOf(parent.name)] -= span.cpu;
    stages[stageOf(span.name)] += span.cpu;
    stack.push(span);
  }
  const ms = Object.fromEntries(STAGES.map((stage) => [stage, Math.max(0, stages[stage]) / 1000 / runs]));
  return { total: STAGES.reduce((n, stage) => n + ms[stage], 0), ...ms };
}
