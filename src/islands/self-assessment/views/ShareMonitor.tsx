import { useState } from 'preact/hooks';
import { monitorExtract } from '../../../domain/monitor/extract';
import { useApp } from './context';
import { download, fileNameFor } from './files';

/**
 * "Delen met de gemeente": the monitor file of this assessment (issue 12), shown exactly as it will be
 * downloaded before the school sends it. It holds no notes, activity names or people's names
 * (domain/monitor/extract.ts); a code may replace the school's name. Part of the summary's lazy chunk.
 */
export function ShareMonitor() {
  const { state, t } = useApp();
  const [code, setCode] = useState('');
  const [done, setDone] = useState(false);
  const assessment = state.current.value!;
  const assessed = state.assessed.value!;
  // Made again on every render, so what is shown is what a click downloads (the time of making included).
  const extract = monitorExtract(assessment, assessed, { now: new Date(), schoolCode: code });
  const text = extract.ok ? `${JSON.stringify(extract.value, null, 2)}\n` : '';

  return (
    <details class="skc-panel" id="sa-share">
      <summary>{t('sa.share.title')}</summary>
      <p>{t('sa.share.intro')}</p>
      <div class="skc-field">
        <label for="sa-share-code">{t('sa.share.code')}</label>
        <p class="skc-hint" id="sa-share-code-hint">{t('sa.share.codeHint')}</p>
        <input
          id="sa-share-code"
          class="skc-input skc-input--wide"
          type="text"
          maxLength={200}
          aria-describedby="sa-share-code-hint"
          value={code}
          onInput={(event) => {
            setCode(event.currentTarget.value);
            setDone(false);
          }}
        />
      </div>
      {extract.ok ? (
        <>
          <details>
            <summary>{t('sa.share.preview')}</summary>
            <pre class="skc-pre" data-testid="sa-share-preview">{text}</pre>
          </details>
          <p class="skc-button-row">
            <button
              type="button"
              class="skc-button"
              onClick={() => {
                download(fileNameFor(extract.value.school.name, extract.value.school.schoolYear, 'monitor.json'), text, 'application/json');
                setDone(true);
              }}
            >
              {t('sa.share.download')}
            </button>
          </p>
        </>
      ) : (
        <ul class="skc-error">
          {extract.issues.map((issue) => <li key={issue.code}>{t(`sa.share.problem.${issue.code}`)}</li>)}
        </ul>
      )}
      <p role="status">{done ? t('sa.share.done') : ''}</p>
    </details>
  );
}
