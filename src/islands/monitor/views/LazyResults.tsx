import { useEffect, useState } from 'preact/hooks';
import type { MonitorData, Translate } from '../data';
import type { Outcome } from '../reader/protocol';

// The overviews (aggregation, charts, report, CSV) are a chunk of their own, loaded once the first file
// counts: a visit that only reads about the monitor never downloads them.

export interface ResultsProps {
  data: MonitorData;
  t: Translate;
  counted: Extract<Outcome, { ok: true }>[];
  sampleShown: boolean;
}

type View = typeof import('./results').Results;

export function LazyResults(props: ResultsProps) {
  const [view, setView] = useState<View | 'failed' | null>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    import('./results').then(
      ({ Results }) => live && setView(() => Results),
      () => live && setView('failed'),
    );
    return () => {
      live = false;
    };
  }, [attempt]);
  if (view === null) return <p class="skc-status">{props.t('mon.results.loading')}</p>;
  if (view === 'failed') {
    return (
      <div class="skc-notice skc-notice--warning" role="alert">
        <p>{props.t('mon.results.failed')}</p>
        <button type="button" class="skc-button" onClick={() => { setView(null); setAttempt((n) => n + 1); }}>
          {props.t('mon.results.retry')}
        </button>
      </div>
    );
  }
  const Results = view;
  return <Results {...props} />;
}
