import { h, type ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useApp } from './context';

/**
 * A view that loads as a chunk of its own the first time it is shown (the summary and the report are
 * half of the island's code and nobody needs them on opening the page). While it loads, a line says so;
 * if it cannot load (offline since the page opened, or a new release replaced the file), a message says
 * what happened with "try again", and nothing typed is lost: the state is not in the chunk.
 */
export function lazyView<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const start = () => {
    pending ??= load().then(
      (view) => (loaded = view),
      (error: unknown) => {
        pending = null;
        throw error;
      },
    );
    return pending;
  };
  function LazyView(props: P) {
    const { t } = useApp();
    const [status, setStatus] = useState<'loading' | 'failed' | 'ready'>(loaded ? 'ready' : 'loading');
    const attempt = () => {
      setStatus('loading');
      start().then(() => setStatus('ready'), () => setStatus('failed'));
    };
    useEffect(() => {
      // The chunk may have arrived between the first render and this effect (a preload started earlier):
      // then only the status is behind, and waiting for another load would leave "loading" on screen.
      if (loaded) setStatus('ready');
      else attempt();
    }, []);
    if (loaded) return h(loaded, props);
    if (status === 'failed') {
      return (
        <div class="skc-notice skc-notice--warning" role="alert">
          <p><span aria-hidden="true">⚠ </span>{t('sa.chunkFailed')}</p>
          <p><button type="button" class="skc-button" onClick={attempt}>{t('sa.retry')}</button></p>
        </div>
      );
    }
    return <p class="skc-status" role="status">{t('sa.loadingPart')}</p>;
  }
  /** Starts loading ahead of need (when the page is idle); a failure here is retried when shown. */
  LazyView.preload = () => void start().catch(() => undefined);
  return LazyView;
}
