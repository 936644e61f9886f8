import { engine } from '../../src/islands/self-assessment/state/engine';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { afterEach, expect } from 'vitest';
import type { Assessment, Checklist, Lang } from '../../src/domain';
import { decodeAssessment } from '../../src/domain/assessment/format/decode';
import { makeTranslator, type IslandData } from '../../src/islands/self-assessment/data';
import { createAssessmentState, type AssessmentState } from '../../src/islands/self-assessment/state/assessment-state';
import { memoryStorage, type EntryStorage } from '../../src/islands/self-assessment/storage/entries';
import type { LoadFileCheck } from '../../src/islands/self-assessment/storage/load-file-check';
import { ActivitiesStep } from '../../src/islands/self-assessment/views/ActivitiesStep';
import { ActivityStep } from '../../src/islands/self-assessment/views/ActivityStep';
import { AssessmentList } from '../../src/islands/self-assessment/views/AssessmentList';
import { StateProvider, useApp } from '../../src/islands/self-assessment/views/context';
import { NoticeBanner } from '../../src/islands/self-assessment/views/NoticeBanner';
import { ProfileStep } from '../../src/islands/self-assessment/views/ProfileStep';
import { Report } from '../../src/islands/self-assessment/views/Report';
import { CompareStep } from '../../src/islands/self-assessment/views/CompareStep';
import { MergeStep } from '../../src/islands/self-assessment/views/MergeStep';
import { ParentsStep } from '../../src/islands/self-assessment/views/ParentsStep';
import { SchoolStep } from '../../src/islands/self-assessment/views/SchoolStep';
import { SummaryStep } from '../../src/islands/self-assessment/views/SummaryStep';
import { dictionaries } from '../../src/lib/i18n';
import { testChecklist } from '../fixtures/checklist';

// Vitest runs without globals here, so Testing Library cannot register its own cleanup.
afterEach(cleanup);

/** The time every change is stamped with in component tests. */
const NOW = new Date('2025-10-01T12:00:00Z');

/** The principles the test checklist refers to, as the page would pass them in. */
const PRINCIPLES: IslandData['principles'] = [
  { key: 'voluntary', title: 'Vrijwillig is echt vrijwillig', href: '/uitgangspunten/vrijwillig/' },
  { key: 'mr-consent', title: 'De MR stemt in', href: '/uitgangspunten/mr/' },
  { key: 'no-singling-out', title: 'Niemand wordt aangewezen', href: '/uitgangspunten/niemand-aangewezen/' },
  { key: 'transport', title: 'Vervoer', href: '/uitgangspunten/vervoer/' },
  { key: 'everyone-takes-part', title: 'Iedereen doet mee', href: '/uitgangspunten/iedereen-doet-mee/' },
  { key: 'materials', title: 'Lesmateriaal', href: '/uitgangspunten/lesmateriaal/' },
];

/** The data the build embeds in the page, for the given checklist and language. */
export function makeData(checklist: Checklist = testChecklist, lang: Lang = 'nl'): IslandData {
  return { lang, checklist, help: {}, principles: PRINCIPLES, texts: dictionaries[lang] };
}

/** The Dutch interface texts, for writing queries by the labels people see. */
export const nl = dictionaries.nl;

/** The file check as the page has it once its chunk has loaded. */
export const fileCheckLoaded: LoadFileCheck = async () => decodeAssessment;

type MemoryStorage = ReturnType<typeof memoryStorage>;

export interface RenderOptions<S extends EntryStorage = MemoryStorage> {
  checklist?: Checklist;
  storage?: S;
  lang?: Lang;
  loadFileCheck?: LoadFileCheck;
  /** An assessment to have on this computer already; it is loaded and opened before rendering. */
  assessment?: Assessment;
  /** Anything else to do to the state before the first render (add activities, go to a step, ...). */
  prepare?: (state: AssessmentState) => void;
}

/**
 * Renders `ui` inside the island's context, with a fresh state on memory storage, a fixed clock and
 * numbered ids (`id-1`, `id-2`, ...). What storage holds is read first, as the page does; entries this
 * page sealed are there at once, the others once `loaded` has resolved. Returns Testing Library's
 * result plus the state and storage.
 */
export function renderWithState<S extends EntryStorage = MemoryStorage>(ui: ComponentChildren, options: RenderOptions<S> = {}) {
  const checklist = options.checklist ?? testChecklist;
  const lang = options.lang ?? 'nl';
  const storage = options.storage ?? (memoryStorage() as EntryStorage as S);
  if (options.assessment) storage.write(options.assessment, 'device');
  let counter = 0;
  const state = createAssessmentState({ engine,
    checklist,
    storage,
    loadFileCheck: options.loadFileCheck ?? fileCheckLoaded,
    now: () => NOW,
    newId: () => `id-${++counter}`,
  });
  const loaded = state.load();
  if (options.assessment) state.open(options.assessment.id);
  options.prepare?.(state);

  const data = makeData(checklist, lang);
  const t = makeTranslator(lang, data.texts);
  // The page always says its language; times and dates are formatted with it.
  document.documentElement.lang = lang;
  const result = render(<StateProvider value={{ state, t, data }}>{ui}</StateProvider>);
  return { ...result, state, storage, t, data, loaded };
}

/** Puts the caret in a field, as a click or Tab would. */
export function focus(field: HTMLElement) {
  act(() => field.focus());
}

/** Leaves a field, as Tab or a click elsewhere would. */
export function leave(field: HTMLElement) {
  act(() => field.blur());
}

/** Types `text` key by key at the end of what the field holds: one input event per character. */
export function typeKeys(field: HTMLInputElement | HTMLTextAreaElement, text: string) {
  for (const char of text) fireEvent.input(field, { target: { value: field.value + char } });
}

/** Empties a field the way select-all and Delete do: one input event. */
export function clear(field: HTMLInputElement | HTMLTextAreaElement) {
  fireEvent.input(field, { target: { value: '' } });
}

/** Focuses a field, empties it, types `text` key by key and leaves it: what a person does to change a value. */
export function retype(field: HTMLInputElement | HTMLTextAreaElement, text: string) {
  focus(field);
  clear(field);
  typeKeys(field, text);
  leave(field);
}

/** A question's text as the Dutch page shows it, from the checklist under test. */
export function questionText(id: string, checklist: Checklist = testChecklist): string {
  const question = [...checklist.schoolQuestions, ...checklist.activityQuestions].find((q) => q.id === id);
  if (!question) throw new Error(`no question ${id} in the checklist under test`);
  return question.text.nl;
}

/**
 * The screen as the app composes it for the route (the notice above, then the list or the open step),
 * without the app's lazy chunks, step bar and window events: for tests of what a view does to the route.
 */
export function Screens() {
  const { state } = useApp();
  const route = state.route.value;
  if (route.name === 'list') {
    return (
      <>
        <NoticeBanner />
        <AssessmentList />
      </>
    );
  }
  const views = {
    profile: () => <ProfileStep />,
    school: () => <SchoolStep />,
    activities: () => <ActivitiesStep />,
    summary: () => <SummaryStep />,
    report: () => <Report />,
    compare: () => <CompareStep />,
    parents: () => <ParentsStep />,
    merge: () => <MergeStep />,
  };
  return (
    <>
      <NoticeBanner />
      {/* Keyed by step, as the app does, so a step's fields start afresh when it is shown again. */}
      <div key={route.step === 'activity' ? `activity-${route.activityId}` : route.step}>
        {route.step === 'activity' ? <ActivityStep id={route.activityId} /> : views[route.step]()}
      </div>
    </>
  );
}

/** The accessible names of the question groups shown, in order (a `details` element is a group too). */
export function questionGroups(container: HTMLElement = document.body): string[] {
  return [...container.querySelectorAll('fieldset.skc-question > legend')].map((legend) => legend.textContent ?? '');
}

/** The message a notice shows has focus: the notice holding `text` is the focused element (not the page). */
export function expectFocusOnMessage(text: string) {
  const message = screen.getByText(text);
  const notice = message.closest('[tabindex="-1"]');
  expect(notice).not.toBeNull();
  expect(document.activeElement).toBe(notice);
  return notice as HTMLElement;
}
