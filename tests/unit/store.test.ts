import { describe, expect, it, vi } from 'vitest';
import { createStore } from '../../src/islands/shared/store';

describe("the island's store", () => {
  it('notifies after each change, and once for a batch', () => {
    const store = createStore();
    const a = store.cell(1);
    const b = store.cell('x');
    const listener = vi.fn();
    const stop = store.subscribe(listener);
    a.value = 2;
    expect(listener).toHaveBeenCalledTimes(1);
    a.value = 2; // the same value is no change
    expect(listener).toHaveBeenCalledTimes(1);
    store.batch(() => {
      a.value = 3;
      b.value = 'y';
      store.batch(() => (a.value = 4));
      expect(listener).toHaveBeenCalledTimes(1);
    });
    expect(listener).toHaveBeenCalledTimes(2);
    stop();
    a.value = 5;
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('recomputes derived values only after a change', () => {
    const store = createStore();
    const a = store.cell(2);
    const compute = vi.fn(() => a.value * 10);
    const d = store.derived(compute);
    expect([d.value, d.value]).toEqual([20, 20]);
    expect(compute).toHaveBeenCalledTimes(1);
    a.value = 3;
    expect(d.value).toBe(30);
    expect(compute).toHaveBeenCalledTimes(2);
  });

  it('recomputes a value from one source only when that source gives another value', () => {
    const store = createStore();
    const list = store.cell([1, 2]);
    const other = store.cell(0);
    const sum = vi.fn((values: number[]) => values.reduce((x, y) => x + y, 0));
    const total = store.from(list, sum);
    expect(total.value).toBe(3);
    other.value = 1;
    expect(total.value).toBe(3);
    expect(sum).toHaveBeenCalledTimes(1);
    list.value = [1, 2, 3];
    expect(total.value).toBe(6);
    expect(sum).toHaveBeenCalledTimes(2);
  });

  it('notifies even when a batch throws, and lets the error through', () => {
    const store = createStore();
    const a = store.cell(0);
    const listener = vi.fn();
    store.subscribe(listener);
    expect(() => store.batch(() => { a.value = 1; throw new Error('boom'); })).toThrow('boom');
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
