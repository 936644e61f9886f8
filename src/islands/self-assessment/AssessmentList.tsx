import { useState } from 'preact/hooks';
import { useApp } from './context';
import { MAX_FILE_BYTES } from '../../domain/assessment/constants';
import { download } from './files';
import { describeProblem } from './problems';
import { loadCodec } from './codec-loader';
import { useFocusOnShow } from './StepHeading';

export function AssessmentList() {
  const { state, t, data } = useApp();
  const [confirming, setConfirming] = useState<string | null>(null);
  const headingRef = useFocusOnShow<HTMLHeadingElement>();
  const list = state.assessments.value;
  const problems = state.importProblems.value;
  const when = new Intl.DateTimeFormat(data.lang === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
  const name = (schoolName: string) => schoolName || t('sa.list.unnamed');

  const onFile = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    // A file over the limit is refused by its size, before the browser reads it into memory.
    let ok: boolean;
    if (file.size > MAX_FILE_BYTES) ok = state.refuseImport(file.name);
    else {
      const [text] = await Promise.all([file.text(), loadCodec()]);
      ok = state.importText(text, file.name);
    }
    input.value = '';
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

      {!state.storageAvailable.value && <p class="skc-notice" role="status">{t('sa.storage.unavailable')}</p>}

      {state.unreadable.value.length > 0 && (
        <div class="skc-error-summary" role="alert">
          <p>{t('sa.storage.unreadable', { count: state.unreadable.value.length })}</p>
          <ul>
            {state.unreadable.value.map((entry) => (
              <li key={entry.key}>
                <button type="button" class="skc-link-button" onClick={() => download(`${entry.key}.txt`, entry.raw, 'text/plain')}>
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
          {list.map((a) => (
            <li key={a.id} class="skc-assessment-list__item">
              <div>
                <strong>{name(a.profile.schoolName)}</strong> {a.profile.schoolYear && <span>({a.profile.schoolYear})</span>}
                <span class="skc-block skc-hint">{t('sa.list.updated', { date: when.format(new Date(a.updatedAt)) })}</span>
              </div>
              {confirming === a.id ? (
                <div class="skc-confirm" role="group" aria-labelledby={`sa-confirm-${a.id}`}>
                  <p id={`sa-confirm-${a.id}`}>{t('sa.list.confirmDelete', { name: name(a.profile.schoolName) })}</p>
                  <div class="skc-button-row">
                    <button type="button" class="skc-button skc-button--warning" onClick={() => { state.remove(a.id); setConfirming(null); }}>{t('sa.list.confirmYes')}</button>
                    <button type="button" class="skc-button skc-button--secondary" onClick={() => setConfirming(null)}>{t('sa.list.confirmNo')}</button>
                  </div>
                </div>
              ) : (
                <div class="skc-button-row">
                  <button type="button" class="skc-button" onClick={() => state.open(a.id)}>{t('sa.list.open')}<span class="skc-visually-hidden"> {name(a.profile.schoolName)}</span></button>
                  <button type="button" class="skc-button skc-button--secondary" onClick={() => state.duplicate(a.id)}>{t('sa.list.duplicate')}<span class="skc-visually-hidden"> {name(a.profile.schoolName)}</span></button>
                  <button type="button" class="skc-button skc-button--secondary" onClick={() => setConfirming(a.id)}>{t('sa.list.delete')}<span class="skc-visually-hidden"> {name(a.profile.schoolName)}</span></button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}

      {state.lastDeleted.value && (
        <p class="skc-notice">
          {t('sa.list.deleted', { name: name(state.lastDeleted.value.profile.schoolName) })}{' '}
          <button type="button" class="skc-button skc-button--secondary" onClick={() => state.undoRemove()}>{t('sa.list.undo')}</button>
        </p>
      )}

      <p class="skc-button-row">
        <button type="button" class="skc-button" onClick={() => state.create()}>{t('sa.list.new')}</button>
      </p>
      <div class="skc-field">
        <label for="sa-import">{t('sa.list.import')}</label>
        <p class="skc-hint" id="sa-import-hint">{t('sa.list.importHelp')}</p>
        <input id="sa-import" class="skc-file" type="file" accept=".json,application/json" aria-describedby="sa-import-hint" onChange={onFile} />
      </div>
    </section>
  );
}
