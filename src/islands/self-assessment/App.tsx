import { useEffect, useMemo, useState } from 'preact/hooks';
import { makeTranslator, type IslandData } from './data';
import { StateProvider, useApp } from './context';
import { createAssessmentState, type Step } from './state';
import { browserStorage } from './storage';
import { decode, loadCodec } from './codec-loader';
import { download, fileNameFor } from './files';
import { AssessmentList } from './AssessmentList';
import { ProfileStep } from './ProfileStep';
import { SchoolStep } from './SchoolStep';
import { ActivitiesStep } from './ActivitiesStep';
import { ActivityStep } from './ActivityStep';
import { SummaryStep } from './SummaryStep';
import { Report } from './Report';
import { markPageLoaded } from './StepHeading';

const FLOW = ['profile', 'school', 'activities', 'summary', 'report'] as const;
type FlowName = (typeof FLOW)[number];
const flowOf = (step: Step): FlowName => (step.name === 'activity' ? 'activities' : step.name === 'list' ? 'profile' : step.name);

function SaveStatus() {
  const { state, t } = useApp();
  const s = state.saveState.value;
  const time = s.kind === 'saved' ? s.at.toLocaleTimeString(document.documentElement.lang, { hour: '2-digit', minute: '2-digit', second: '2-digit' }) : '';
  const text = s.kind === 'saved' ? t('sa.storage.saved', { time }) : s.kind === 'memory' ? t('sa.storage.memory') : s.kind === 'failed' ? t('sa.storage.failed') : '';
  // Shown, not announced: a screen reader would otherwise repeat "saved" after every keystroke.
  // Trouble (not kept, saving failed) is announced once through the live region (state.persist).
  return <p class={`skc-save-status skc-save-status--${s.kind}`}>{text}</p>;
}

function Flow() {
  const { state, t } = useApp();
  const step = state.step.value;
  const a = state.current.value;
  if (!a) return null;
  const index = FLOW.indexOf(flowOf(step));
  const counts = state.counts.value!;
  const go = (name: FlowName) => state.goTo({ name } as Step);
  const prev = FLOW[index - 1];
  const next = FLOW[index + 1];
  return (
    <div class="skc-flow">
      <div class="skc-flow__bar skc-no-print">
        <button type="button" class="skc-link-button" onClick={() => state.goTo({ name: 'list' })}>← {t('sa.steps.back')}</button>
        <nav aria-label={t('sa.steps.label')}>
          <ol class="skc-steps">
            {FLOW.map((name, i) => (
              <li key={name}>
                <button type="button" class="skc-steps__button" aria-current={i === index ? 'step' : undefined} onClick={() => go(name)}>
                  <span class="skc-steps__number" aria-hidden="true">{i + 1}</span> {t(`sa.steps.${name}`)}
                </button>
              </li>
            ))}
          </ol>
        </nav>
        <p class="skc-progress-text" id="sa-progress">{t('sa.progress', { answered: counts.answered, total: counts.total })}</p>
        <progress max={counts.total || 1} value={counts.answered} aria-labelledby="sa-progress" />
        <SaveStatus />
        <div class="skc-field skc-field--inline">
          <input id="sa-keep" type="checkbox" checked={state.keepOnDevice.value} aria-describedby="sa-keep-help" onChange={(e) => state.setKeepOnDevice(e.currentTarget.checked)} />
          <label for="sa-keep">{t('sa.storage.keep')}</label>
          <p class="skc-hint" id="sa-keep-help">{t('sa.storage.keepHelp')}</p>
        </div>
      </div>

      <div key={step.name === 'activity' ? `activity-${step.id}` : step.name}>
        {step.name === 'profile' && <ProfileStep />}
        {step.name === 'school' && <SchoolStep />}
        {step.name === 'activities' && <ActivitiesStep />}
        {step.name === 'activity' && <ActivityStep id={step.id} />}
        {step.name === 'summary' && <SummaryStep />}
        {step.name === 'report' && (
          <>
            <p class="skc-button-row skc-no-print">
              <button type="button" class="skc-button" onClick={() => window.print()}>{t('sa.report.print')}</button>
            </p>
            <Report />
          </>
        )}
      </div>

      <div class="skc-flow__footer skc-no-print">
        <p class="skc-button-row">
          <button type="button" class="skc-button skc-button--secondary" onClick={() => download(fileNameFor(a.profile.schoolName, a.profile.schoolYear, 'json'), state.exportText(), 'application/json')}>
            {t('sa.file.export')}
          </button>
        </p>
        <nav class="skc-pager" aria-label={t('sa.steps.label')}>
          {prev && <button type="button" class="skc-button skc-button--secondary" onClick={() => go(prev)}>← {t('sa.previous', { step: t(`sa.steps.${prev}`) })}</button>}
          {next && <button type="button" class="skc-button" onClick={() => go(next)}>{t('sa.next', { step: t(`sa.steps.${next}`) })} →</button>}
        </nav>
      </div>
    </div>
  );
}

function LiveRegion() {
  const { state, t } = useApp();
  const n = state.notice.value;
  // An assessment without a school name is announced by the word for it, never by its internal id.
  const params = n?.params && 'name' in n.params && !n.params.name ? { ...n.params, name: t('sa.list.unnamed') } : n?.params;
  return <div class="skc-visually-hidden" aria-live="polite">{n ? t(n.key, params) : ''}</div>;
}

export function SelfAssessmentApp({ data }: { data: IslandData }) {
  const value = useMemo(
    () => ({ state: createAssessmentState({ checklist: data.checklist, storage: browserStorage(), decode }), t: makeTranslator(data.lang, data.texts), data }),
    [data],
  );
  // Stored entries are read once. Only when one is not sealed by this page (seal.ts) does the file check
  // have to load first; the app waits for it rather than show a list that then changes.
  const [loaded, setLoaded] = useState(() => value.state.load());
  useEffect(() => {
    // After the first real render: from now on, a view that appears takes focus (StepHeading).
    if (loaded) markPageLoaded();
    else void loadCodec().then(() => setLoaded(value.state.load()));
  }, [loaded]);
  useEffect(() => {
    // Another tab of this site saved or deleted an assessment.
    const onStorage = (event: StorageEvent) => {
      const take = () => value.state.onExternalChange(event.key, event.newValue);
      if (!take()) void loadCodec().then(take);
    };
    window.addEventListener('storage', onStorage);
    // Every change is saved as it happens; when the page is hidden or closed, retry a failed save once more.
    const onHide = () => value.state.flush();
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('storage', onStorage);
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
    };
  }, []);
  if (!loaded) return null;
  return (
    <StateProvider value={value}>
      <LiveRegion />
      <Screen />
    </StateProvider>
  );
}

/** The list of assessments, or the flow of the open one. */
function Screen() {
  const { state } = useApp();
  return state.step.value.name === 'list' ? <AssessmentList /> : <Flow />;
}
