import { useEffect, useMemo, useState } from 'preact/hooks';
import { makeTranslator, type IslandData } from '../data';
import { StateProvider, useApp } from './context';
import { createAssessmentState, type AssessmentState } from '../state/assessment-state';
import { hashToRoute, type Route } from '../state/screen';
import { browserStorage } from '../storage/entries';
import { loadFileCheck } from '../storage/load-file-check';
import { download, fileNameFor } from './files';
import { AssessmentList } from './AssessmentList';
import { lazyView } from './lazy';
import { markPageLoaded } from './StepHeading';
import { NoticeBanner } from './NoticeBanner';
import { useRouter } from './router';

// Views load as chunks of their own (lazy.tsx): the page opens on the list with the least script.
const ProfileStep = lazyView(() => import('./steps').then((m) => m.ProfileStep));
const SchoolStep = lazyView(() => import('./steps').then((m) => m.SchoolStep));
const ActivitiesStep = lazyView(() => import('./steps').then((m) => m.ActivitiesStep));
const ActivityStep = lazyView(() => import('./steps').then((m) => m.ActivityStep));
const SummaryStep = lazyView(() => import('./results').then((m) => m.SummaryStep));
const Report = lazyView(() => import('./results').then((m) => m.Report));
// The yearly cycle: each loads only when used (the page's budget at open is for filling in).
const CompareStep = lazyView(() => import('./compare').then((m) => m.CompareStep));
const ParentsStep = lazyView(() => import('./parents').then((m) => m.ParentsStep));
const MergeStep = lazyView(() => import('./merge').then((m) => m.MergeStep));

/** The steps in the order of the steps bar; merging a colleague's file is reached from the summary, not a step. */
const FLOW = ['profile', 'school', 'activities', 'summary', 'report', 'compare', 'parents'] as const;
type FlowName = (typeof FLOW)[number];

function SaveStatus() {
  const { state, t, data } = useApp();
  const s = state.saveState.value;
  if (!s) return null;
  const time = 'at' in s ? s.at.toLocaleTimeString(data.lang === 'nl' ? 'nl-NL' : 'en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit' }) : '';
  // Shown, not announced: a screen reader would otherwise repeat "saved" after every keystroke.
  // Trouble is shown in bold with a mark, and announced once through the notice.
  const trouble = s.kind === 'failed' || s.kind === 'unavailable' || s.kind === 'paused';
  return (
    <p class={`skc-save-status skc-save-status--${s.kind}`}>
      {trouble && <span aria-hidden="true">⚠ </span>}
      {t(`sa.storage.${s.kind}`, { time })}
    </p>
  );
}

/** Keep this assessment on the computer, or only in this tab; per assessment. */
function KeepOnDevice() {
  const { state, t } = useApp();
  const entry = state.currentEntry.value;
  if (!entry || !state.model.storageAvailable.value) return null;
  return (
    <div class="skc-field skc-field--inline">
      <input id="sa-keep" type="checkbox" checked={entry.place === 'device'} aria-describedby="sa-keep-help" onChange={(e) => state.setPlace(e.currentTarget.checked ? 'device' : 'tab')} />
      <label for="sa-keep">{t('sa.storage.keep')}</label>
      <p class="skc-hint" id="sa-keep-help">{t('sa.storage.keepHelp')}</p>
    </div>
  );
}

function DeletedElsewhere() {
  const { state, t } = useApp();
  if (!state.currentEntry.value?.deletedElsewhere) return null;
  return (
    <div class="skc-notice skc-notice--warning" role="group" aria-labelledby="sa-deleted-elsewhere">
      <p id="sa-deleted-elsewhere"><span aria-hidden="true">⚠ </span>{t('sa.tabs.deletedElsewhere')}</p>
      <p class="skc-button-row">
        <button type="button" class="skc-button" onClick={() => state.keepDeleted()}>{t('sa.tabs.keep')}</button>
        <button type="button" class="skc-button skc-button--secondary" onClick={() => state.go({ name: 'list' })}>{t('sa.tabs.close')}</button>
      </p>
    </div>
  );
}

function Flow({ route }: { route: Extract<Route, { name: 'assessment' }> }) {
  const { state, t } = useApp();
  const a = state.current.value;
  const assessed = state.assessed.value;
  const engine = state.engineStatus.value;
  // The edit rules and results load as a chunk of their own when an assessment is first shown.
  useEffect(() => {
    if (engine === 'idle') void state.prepare();
  }, [engine]);
  if (!a) return null;
  if (!assessed) {
    if (engine !== 'failed') return <p class="skc-status" role="status">{t('sa.loadingPart')}</p>;
    return (
      <div class="skc-notice skc-notice--warning" role="alert">
        <p><span aria-hidden="true">⚠ </span>{t('sa.chunkFailed')}</p>
        <p><button type="button" class="skc-button" onClick={() => void state.prepare()}>{t('sa.retry')}</button></p>
      </div>
    );
  }
  const at = route.step === 'activity' ? 'activities' : route.step === 'merge' ? 'summary' : route.step;
  const index = FLOW.indexOf(at);
  const counts = assessed.counts;
  // Merging is a detour from the summary with its own way back; a next or previous step there would leave
  // the choices half made without a word.
  const merging = route.step === 'merge';
  const prev: FlowName | undefined = merging ? undefined : FLOW[index - 1];
  const next: FlowName | undefined = merging ? undefined : FLOW[index + 1];
  // Until the school type and the MR's part are chosen, the other steps lead back to step 1, which says why.
  const locked = a.profile.schoolType === null || a.profile.mrInvolved === null ? 'sa-profile-first' : undefined;
  return (
    <div class="skc-flow">
      <div class="skc-flow__bar skc-no-print">
        <button type="button" class="skc-link-button" onClick={() => state.go({ name: 'list' })}>← {t('sa.steps.back')}</button>
        <nav aria-label={t('sa.steps.label')}>
          <ol class="skc-steps">
            {FLOW.map((name, i) => (
              <li key={name}>
                <button type="button" class="skc-steps__button" aria-current={i === index ? 'step' : undefined} aria-describedby={i > 0 ? locked : undefined} onClick={() => state.goStep(name)}>
                  <span class="skc-steps__number" aria-hidden="true">{i + 1}</span> {t(`sa.steps.${name}`)}
                </button>
              </li>
            ))}
          </ol>
        </nav>
        <p class="skc-progress-text" id="sa-progress">
          {t('sa.progress', { answered: counts.answered, total: counts.total })}
          {counts.toConfirm > 0 && <> · {t('sa.activities.toConfirm', { count: counts.toConfirm })}</>}
        </p>
        <progress max={counts.total || 1} value={counts.answered} aria-labelledby="sa-progress" />
        <SaveStatus />
        <KeepOnDevice />
        <DeletedElsewhere />
      </div>

      <div key={route.step === 'activity' ? `activity-${route.activityId}` : route.step}>
        {route.step === 'profile' && <ProfileStep />}
        {route.step === 'school' && <SchoolStep />}
        {route.step === 'activities' && <ActivitiesStep />}
        {route.step === 'activity' && <ActivityStep id={route.activityId} />}
        {route.step === 'summary' && <SummaryStep />}
        {route.step === 'compare' && <CompareStep />}
        {route.step === 'parents' && <ParentsStep />}
        {route.step === 'merge' && <MergeStep />}
        {route.step === 'report' && (
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
        <nav class="skc-pager" aria-label={t('sa.steps.pager')}>
          {prev && <button type="button" class="skc-button skc-button--secondary" onClick={() => state.goStep(prev)}>← {t('sa.previous', { step: t(`sa.steps.${prev}`) })}</button>}
          {next && <button type="button" class="skc-button" aria-describedby={locked} onClick={() => state.goStep(next)}>{t('sa.next', { step: t(`sa.steps.${next}`) })} →</button>}
        </nav>
      </div>
    </div>
  );
}

/** Browser events that concern the whole island: other tabs, leaving the page. */
function useWindowEvents(state: AssessmentState) {
  useEffect(() => {
    // Another tab of this site saved or deleted an assessment.
    const onStorage = (event: StorageEvent) => {
      if (event.storageArea === window.localStorage) void state.takeExternal(event.key, event.newValue);
    };
    // Saves wait a moment only for very large assessments; hidden or closed, save now (and retry a failed save).
    const onHide = () => state.flush();
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      state.flush();
      if (!state.hasUnsavedWork()) return;
      // Kept only in this tab, or not saved: the browser asks before the work is lost.
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('storage', onStorage);
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      window.removeEventListener('storage', onStorage);
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [state]);
}

export function SelfAssessmentApp({ data }: { data: IslandData }) {
  const value = useMemo(
    () => {
      const t = makeTranslator(data.lang, data.texts);
      const copyName = (name: string) => t('sa.list.copyName', { name }).trim();
      return { state: createAssessmentState({ checklist: data.checklist, storage: browserStorage(), loadFileCheck, copyName }), t, data };
    },
    [data],
  );
  // Sealed entries are read before the first render, so the list is there in the first frame; entries
  // that need the file check join it when that has loaded (the list says so meanwhile).
  // The address's step is taken before the first render too, so a reload shows that step at once.
  useState(() => {
    void value.state.load();
    value.state.go(hashToRoute(location.hash));
  });
  useEffect(() => {
    // From now on, a view that appears takes focus (StepHeading); not on page load.
    markPageLoaded();
    // The steps and the results, fetched while the person reads the list.
    const idle = window.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 2000));
    idle(() => {
      ProfileStep.preload();
      SummaryStep.preload();
      void value.state.prepare();
    });
  }, []);
  useWindowEvents(value.state);
  return (
    <StateProvider value={value}>
      <Screen />
    </StateProvider>
  );
}

/** The list of assessments, or the flow of the open one. */
function Screen() {
  const { state } = useApp();
  useRouter(state);
  const route = state.route.value;
  return (
    <>
      <NoticeBanner />
      {route.name === 'list' ? <AssessmentList /> : <Flow route={route} />}
    </>
  );
}
