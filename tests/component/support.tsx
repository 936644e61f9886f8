import { cleanup, render } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { afterEach } from 'vitest';
import type { Assessment, Checklist, Lang } from '../../src/domain';
import { StateProvider } from '../../src/islands/self-assessment/context';
import { makeTranslator, type IslandData } from '../../src/islands/self-assessment/data';
import { decodeAssessment } from '../../src/domain/assessment/codec';
import { createAssessmentState, type AssessmentState } from '../../src/islands/self-assessment/state';
import { memoryStorage, type AssessmentStorage } from '../../src/islands/self-assessment/storage';
import { dictionaries } from '../../src/lib/i18n';
import { testChecklist } from '../fixtures/checklist';

// Vitest runs without globals here, so Testing Library cannot register its own cleanup.
afterEach(cleanup);

/** The time every change is stamped with in component tests. */
export const NOW = new Date('2025-10-01T12:00:00Z');

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

export interface RenderOptions {
  checklist?: Checklist;
  storage?: AssessmentStorage;
  lang?: Lang;
  /** An assessment to have on this computer already; it is loaded and opened before rendering. */
  assessment?: Assessment;
  /** Anything else to do to the state before the first render (add activities, go to a step, ...). */
  prepare?: (state: AssessmentState) => void;
}

/**
 * Renders `ui` inside the island's context, with a fresh state on memory storage, a fixed clock and
 * numbered ids (`id-1`, `id-2`, ...). Returns Testing Library's result plus the state and storage.
 */
export function renderWithState(ui: ComponentChildren, options: RenderOptions = {}) {
  const checklist = options.checklist ?? testChecklist;
  const lang = options.lang ?? 'nl';
  const storage = options.storage ?? memoryStorage();
  let counter = 0;
  const state = createAssessmentState({ decode: decodeAssessment, checklist, storage, now: () => NOW, newId: () => `id-${++counter}` });
  if (options.assessment) {
    storage.save(options.assessment);
    state.load();
    state.open(options.assessment.id);
  }
  options.prepare?.(state);

  const data = makeData(checklist, lang);
  const t = makeTranslator(lang, data.texts);
  // The page always says its language; times and dates are formatted with it.
  document.documentElement.lang = lang;
  const result = render(<StateProvider value={{ state, t, data }}>{ui}</StateProvider>);
  return { ...result, state, storage, t, data };
}
