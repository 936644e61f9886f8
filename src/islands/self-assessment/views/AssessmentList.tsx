import { useState } from 'preact/hooks';
import type { Entry } from '../state/model';
import { useApp } from './context';
import { download } from './files';
import { describeProblem } from './problems';
import { useFocusOnShow } from './StepHeading';

/** Where an assessment is kept and whether its last save worked, in words (and a mark for trouble). */
function EntryStatus({ entry }: { entry: Entry }) {
  const { t } = useApp();
  const kind = entry.deletedElsewhere ? 'paused' : entry.save.kind;
  const trouble = kind === 'failed' || kind === 'unavailable' || kind === 'paused';
  const text = kind === 'saved' || kind === 'pending' ? t('sa.list.keptDevice') : kind === 'tab' ? t('sa.list.keptTab') : t(`sa.list.${kind}`);
  return (
    <span class={`skc-block skc-entry-status skc-entry-status--${kind}`}>
      {trouble && <span aria-hidden="true">⚠ </span>}
      {text}
    </span>
  );
}

function Waiting() {
  const { state, t } = useApp();
  const waiting = state.model.unchecked.value.length;
  if (!waiting) return null;
  if (state.model.fileCheck.value !== 'failed') return <p class="skc-notice" role="status">{t('sa.storage.checking', { count: waiting })}</p>;
  return (
    <div class="skc-notice skc-notice--warning" role="alert">
      <p><span aria-hidden="true">⚠ </span>{t('sa.storage.checkFailed', { count: waiting })}</p>
      <p><button type="button" class="skc-button" onClick={() => void state.retryFileCheck()}>{t('sa.retry')}</button></p>
    </div>
  );
}

/** The question "are you sure?" takes focus when it appears, so keyboard users land on it. */
const focusOnce = (element: HTMLElement | null) => {
  if (element && !element.dataset.focused) {
    element.dataset.focused = 'yes';
    element.focus();
  }
};

export function AssessmentList() {
  const { state, t, data } = useApp();
  const [confirming, setConfirming] = useState<string | null>(null);
  const [importing, setImporting] = useState(false);
  const headingRef = useFocusOnShow<HTMLHeadingElement>();
  const list = state.model.entries.value;
  const problems = state.importProblems.value;
  const unreadable = state.model.unreadable.value;
  const when = new Intl.DateTimeFormat(data.lang === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
  const name = (schoolName: string) => schoolName || t('sa.list.unnamed');

  const onFile = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    setImporting(true);
    let ok = false;
    try {
      ok = await state.importFile(file);
    } finally {
      // Cleared whatever happened, so choosing the same file again is a new choice the browser reports.
      input.value = '';
      setImporting(false);
    }
    if (!ok) setTimeout(() => document.getElementById('sa-import-errors')?.focus(), 0);
  };

  return (
    <section aria-labelledby="sa-list-title">
      <h2 id="sa-list-title" tabIndex={-1} ref={headingRef} class="skc-step-title">{t('sa.list.title')}</h2>

      {problems.length > 0 && (
        <div class="skc-error-summary" id="sa-import-errors" tabIndex={-1} role="alert" aria-labelledby="sa-import-errors-title">
          <h3 id="sa-import-errors-title">{t('sa.import.title')}</h3>
          <ul>
            {problems.map((p, i) => <li key={i}>{describeProblem(p, t)}</li>)}
          </ul>
        </div>
      )}

      {!state.model.storageAvailable.value && <p class="skc-notice skc-notice--warning" role="status"><span aria-hidden="true">⚠ </span>{t('sa.storage.unavailable')}</p>}

      <Waiting />

      {unreadable.length > 0 && (
        <div class="skc-error-summary" role="alert">
          <p>{t('sa.storage.unreadable', { count: unreadable.length })}</p>
          <ul>
            {unreadable.map((entry) => (
              <li key={entry.key}>
                {t(`sa.storage.unreadable.${entry.reason}`)}{' '}
                <button type="button" class="skc-link-button" onClick={() => download(`${entry.key}.json`, entry.raw, 'application/json')}>
                  {t('sa.storage.downloadRaw', { key: entry.key })}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}

      {list.length === 0 ? (
        <p>{t('sa.list.empty')}</p>
      ) : (
        <ul class="skc-assessment-list">
          {list.map((entry) => {
            const a = entry.assessment;
            // The year too: after "Volgend schooljaar" two entries share the school's name, and each button's
            // name must still say which one it acts on.
            const which = `${name(a.profile.schoolName)}${a.profile.schoolYear ? `, ${a.profile.schoolYear}` : ''}`;
            return (
              <li key={a.id} class="skc-assessment-list__item">
                <div>
                  <strong>{name(a.profile.schoolName)}</strong> {a.profile.schoolYear && <span>({a.profile.schoolYear})</span>}
                  <span class="skc-block skc-hint">{t('sa.list.updated', { date: when.format(new Date(a.updatedAt)) })}</span>
                  <EntryStatus entry={entry} />
                </div>
                {confirming === a.id ? (
                  <div class="skc-confirm" role="group" aria-labelledby={`sa-confirm-${a.id}`}>
                    <p id={`sa-confirm-${a.id}`} tabIndex={-1} ref={focusOnce}>{t('sa.list.confirmDelete', { name: name(a.profile.schoolName) })}</p>
                    <div class="skc-button-row">
                      <button type="button" class="skc-button skc-button--warning" onClick={() => { state.remove(a.id); setConfirming(null); }}>{t('sa.list.confirmYes')}</button>
                      <button type="button" class="skc-button skc-button--secondary" onClick={() => setConfirming(null)}>{t('sa.list.confirmNo')}</button>
                    </div>
                  </div>
                ) : (
                  <div class="skc-button-row">
                    <button type="button" class="skc-button" onClick={() => state.open(a.id)}>{t('sa.list.open')}<span class="skc-visually-hidden"> {which}</span></button>
                    <button type="button" class="skc-button skc-button--secondary" onClick={() => state.duplicate(a.id)}>{t('sa.list.duplicate')}<span class="skc-visually-hidden"> {which}</span></button>
                    <button type="button" class="skc-button skc-button--secondary" onClick={() => state.nextYear(a.id)}>{t('sa.list.nextYear')}<span class="skc-visually-hidden"> {t('sa.list.forName', { name: which })}</span></button>
                    <button type="button" class="skc-button skc-button--secondary" onClick={() => setConfirming(a.id)}>{t('sa.list.delete')}<span class="skc-visually-hidden"> {which}</span></button>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}

      <p class="skc-button-row">
        <button type="button" class="skc-button" onClick={() => state.create()}>{t('sa.list.new')}</button>
      </p>
      <div class="skc-field">
        <label for="sa-import">{t('sa.list.import')}</label>
        <p class="skc-hint" id="sa-import-hint">{t('sa.list.importHelp')}</p>
        <input id="sa-import" class="skc-file" type="file" accept=".json,application/json" aria-describedby="sa-import-hint" aria-busy={importing ? 'true' : undefined} onChange={onFile} />
      </div>
    </section>
  );
}
