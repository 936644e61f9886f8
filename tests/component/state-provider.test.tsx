// @vitest-environment happy-dom
import { engine } from '../../src/islands/self-assessment/state/engine';
import { h, render } from 'preact';
import { describe, expect, it } from 'vitest';
import { makeTranslator } from '../../src/islands/self-assessment/data';
import { createAssessmentState } from '../../src/islands/self-assessment/state/assessment-state';
import { memoryStorage } from '../../src/islands/self-assessment/storage/entries';
import { StateProvider, useApp } from '../../src/islands/self-assessment/views/context';
import { fileCheckLoaded, makeData } from './support';

function EntryCount() {
  const { state } = useApp();
  return h('p', null, `${state.model.entries.value.length} entries`);
}

describe('the view and the state', () => {
  it('shows a change made after the first render and before the view subscribed (a file check loaded from the cache at once)', async () => {
    const data = makeData();
    const state = createAssessmentState({ engine, checklist: data.checklist, storage: memoryStorage(), loadFileCheck: fileCheckLoaded });
    const root = document.createElement('div');
    document.body.append(root);
    // Preact's own render, not Testing Library's: effects are not flushed in between, as in the browser.
    render(h(StateProvider, { value: { state, t: makeTranslator('nl', data.texts), data }, children: h(EntryCount, null) }), root);
    state.create();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(root.textContent).toBe('1 entries');
    render(null, root);
    root.remove();
  });
});
