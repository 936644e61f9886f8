import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import type { Problem } from '../../../domain';
import type { MonitorData, Translate } from '../data';
import { makeTranslator } from '../data';
import type { Outcome } from '../reader/protocol';
import type { MonitorState } from '../state/monitor-state';
import { LazyResults } from './LazyResults';

// The monitor page's island: choose or drop files, see them read (with a progress bar), see which were not
// read and why; the overviews themselves load as a chunk of their own once there is something to show.

/** A refusal in the page's language: its own text when there is one, else which field is wrong. */
function reasonText(t: Translate, texts: MonitorData['texts'], problem: Problem): string {
  const key = `mon.reason.${problem.code ?? ''}`;
  if (problem.code && key in texts) return t(key, problem.params ?? {});
  return problem.field ? t('mon.reason.field', { field: problem.field }) : t('mon.reason.other');
}

/** Renders the island again after every change of its state. */
function useRenderOnChange(state: MonitorState) {
  const [, setVersion] = useState(0);
  useLayoutEffect(() => state.subscribe(() => setVersion((v) => v + 1)), [state]);
}

function DropZone({ t, onFiles, busy }: { t: Translate; onFiles: (files: File[]) => void; busy: boolean }) {
  const [over, setOver] = useState(false);
  // A file dropped anywhere on the page is read, not opened by the browser in place of the page.
  useEffect(() => {
    const drag = (event: DragEvent) => {
      if (!event.dataTransfer?.types.includes('Files')) return;
      event.preventDefault();
      setOver(event.type === 'dragover');
    };
    const drop = (event: DragEvent) => {
      if (!event.dataTransfer?.files.length) return;
      event.preventDefault();
      setOver(false);
      onFiles([...event.dataTransfer.files]);
    };
    const leave = () => setOver(false);
    window.addEventListener('dragover', drag);
    window.addEventListener('drop', drop);
    window.addEventListener('dragleave', leave);
    return () => {
      window.removeEventListener('dragover', drag);
      window.removeEventListener('drop', drop);
      window.removeEventListener('dragleave', leave);
    };
  }, [onFiles]);
  return (
    <div class={`skc-mon-drop${over ? ' skc-mon-drop--over' : ''}`} aria-busy={busy}>
      <label for="skc-mon-files" class="skc-mon-drop__label">
        {t('mon.files.label')}
      </label>
      <p class="skc-hint" id="skc-mon-files-hint">
        {over ? t('mon.files.dropHere') : t('mon.files.hint')}
      </p>
      <input
        id="skc-mon-files"
        class="skc-file"
        type="file"
        multiple
        accept=".json,application/json"
        aria-describedby="skc-mon-files-hint"
        onChange={(event) => {
          const input = event.currentTarget;
          const files = [...(input.files ?? [])];
          // Emptied, so choosing the same files again reads them again.
          input.value = '';
          onFiles(files);
        }}
      />
    </div>
  );
}

function Refused({ refused, t, texts }: { refused: Extract<Outcome, { ok: false }>[]; t: Translate; texts: MonitorData['texts'] }) {
  if (refused.length === 0) return null;
  return (
    <section class="skc-mon-refused skc-no-print" aria-labelledby="mon-refused">
      <h2 id="mon-refused">{t('mon.refused.title', { count: refused.length })}</h2>
      <p>{t('mon.refused.intro')}</p>
      <ul>
        {refused.map((outcome, i) => (
          <li key={i}>
            <strong class="skc-mon-file">{outcome.fileName}</strong>: {[...new Set(outcome.issues.map((issue) => reasonText(t, texts, issue)))].join(' ')}
          </li>
        ))}
      </ul>
    </section>
  );
}

function OtherVersions({ counted, t, page }: { counted: Extract<Outcome, { ok: true }>[]; t: Translate; page: number }) {
  const other = counted.filter((outcome) => outcome.notes.some((note) => note.code === 'checklist-other'));
  if (other.length === 0) return null;
  return (
    <details class="skc-mon-details skc-no-print">
      <summary>{t('mon.otherVersion.title', { count: other.length })}</summary>
      <p>{t('mon.otherVersion.intro', { page })}</p>
      <ul>
        {other.map((outcome, i) => (
          <li key={i}>{t('mon.otherVersion.item', { file: outcome.fileName, version: outcome.file.checklistVersion })}</li>
        ))}
      </ul>
    </details>
  );
}

export function MonitorApp({ data, state }: { data: MonitorData; state: MonitorState }) {
  useRenderOnChange(state);
  const t = useMemo(() => makeTranslator(data.lang, data.texts), [data]);
  const outcomes = state.outcomes.value;
  const progress = state.progress.value;
  const sample = state.sample.value;
  const [cleared, setCleared] = useState(false);
  const { counted, refused } = useMemo(() => {
    const ok: Extract<Outcome, { ok: true }>[] = [];
    const no: Extract<Outcome, { ok: false }>[] = [];
    for (const outcome of outcomes) {
      if (outcome.ok) ok.push(outcome);
      else no.push(outcome);
    }
    return { counted: ok, refused: no };
  }, [outcomes]);
  const addFiles = useMemo(() => (files: File[]) => {
    setCleared(false);
    void state.addFiles(files);
  }, [state]);

  // Said once when reading starts and once when it ends, not at every step of the bar.
  const status = progress
    ? t('mon.readingStart', { count: progress.total })
    : sample === 'failed'
      ? t('mon.sample.failed')
      : state.readerFailed.value
        ? t('mon.reader.failed')
        : outcomes.length > 0
          ? // "0 bestanden gelezen." says nothing when every file was refused: then only the refusals are named.
            [counted.length ? t('mon.read', { count: counted.length }) : '', refused.length ? t('mon.readRefused', { count: refused.length }) : ''].join(' ').trim()
          : cleared
            ? t('mon.cleared')
            : '';

  return (
    <>
      <section class="skc-mon-files skc-no-print" aria-labelledby="mon-files">
        <h2 id="mon-files">{t('mon.files.title')}</h2>
        <DropZone t={t} onFiles={addFiles} busy={progress !== null} />
        <div class="skc-button-row">
          <button
            type="button"
            class="skc-button skc-button--secondary"
            aria-describedby="skc-mon-sample-hint"
            onClick={() => {
              setCleared(false);
              void state.loadSample();
            }}
          >
            {t('mon.sample.load')}
          </button>
          {(outcomes.length > 0 || progress) && (
            <button
              type="button"
              class="skc-button skc-button--secondary"
              onClick={() => {
                state.clear();
                setCleared(true);
              }}
            >
              {t('mon.clear')}
            </button>
          )}
        </div>
        <p class="skc-hint" id="skc-mon-sample-hint">{t('mon.sample.hint')}</p>
      </section>

      <div class="skc-mon-status skc-no-print">
        <p role="status" class={sample === 'failed' || state.readerFailed.value ? 'skc-error' : 'skc-status'}>{status}</p>
        {progress && (
          <>
            <p class="skc-mon-progress-text">{t('mon.reading', { done: progress.done, count: progress.total })}</p>
            <progress max={progress.total} value={progress.done} aria-label={t('mon.progress')} />
          </>
        )}
        {outcomes.length === 0 && !progress && sample !== 'loading' && <p>{t('mon.none')}</p>}
        {sample === 'shown' && <p class="skc-mon-sample-note">{t('mon.sample.shown')}</p>}
      </div>

      <Refused refused={refused} t={t} texts={data.texts} />
      <OtherVersions counted={counted} t={t} page={data.checklist.version} />
      {counted.length > 0 && <LazyResults data={data} t={t} counted={counted} sampleShown={sample === 'shown'} />}
    </>
  );
}
