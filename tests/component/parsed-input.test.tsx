// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { formatAmountInput, formatDateInput, parseAmount, parseDate } from '../../src/domain/assessment/parse';
import { ParsedInput } from '../../src/islands/self-assessment/views/ParsedInput';

// Vitest runs without globals here, so Testing Library cannot register its own cleanup.
afterEach(cleanup);

const PROBLEMS: Record<string, string> = {
  negative: 'Een bedrag kan niet negatief zijn.',
  'not-a-number': 'Vul een bedrag in, bijvoorbeeld 12,50.',
  'not-a-date': 'Vul een datum in, bijvoorbeeld 1-3-2027.',
};
const problemText = (problem: string) => PROBLEMS[problem] ?? `Probleem: ${problem}`;

/**
 * An amount field on the Dutch page as a step would use it: the stored value lives in the parent, every
 * commit is logged, and `setStored` changes the stored value from outside (another tab, undo).
 */
function renderAmount(initial: number | null = null, describedBy?: string) {
  const commits: (number | null)[] = [];
  let setStored: (value: number | null) => void = () => {};
  let stored = initial;
  function Harness() {
    const [value, setValue] = useState<number | null>(initial);
    stored = value;
    setStored = setValue;
    return (
      <>
        <label for="amount">Bedrag per leerling</label>
        <ParsedInput
          id="amount"
          value={value}
          parse={(text) => parseAmount(text, 'nl')}
          format={(v) => formatAmountInput(v, 'nl')}
          onCommit={(v) => {
            commits.push(v);
            setValue(v);
          }}
          problemText={problemText}
          describedBy={describedBy}
          inputMode="decimal"
          class="skc-input--short"
        />
        <button type="button">Volgende</button>
      </>
    );
  }
  render(<Harness />);
  const input = screen.getByLabelText('Bedrag per leerling') as HTMLInputElement;
  return {
    input,
    commits,
    stored: () => stored,
    setFromOutside: (value: number | null) => act(() => setStored(value)),
  };
}

/** Types `text` key by key at the end of what the field holds, one input event per character. */
function typeKeys(input: HTMLInputElement, text: string) {
  for (const char of text) fireEvent.input(input, { target: { value: input.value + char } });
}

function focus(input: HTMLInputElement) {
  act(() => input.focus());
}

function leave(input: HTMLInputElement) {
  act(() => input.blur());
}

describe('a field for an amount', () => {
  it('is a text field, so the browser never reinterprets what is typed', () => {
    const { input } = renderAmount();
    expect(input.type).toBe('text');
    expect(input.getAttribute('inputmode')).toBe('decimal');
    expect(input.className).toBe('skc-input skc-input--short');
  });

  it('shows the stored amount in the page’s own notation', () => {
    const { input } = renderAmount(12.5);
    expect(input.value).toBe('12,50');
  });

  it('stores 12.50 typed key by key as twelve and a half euros, without touching the text while typing', () => {
    const { input, commits, stored } = renderAmount();
    focus(input);
    typeKeys(input, '12.50');
    expect(commits).toEqual([1, 12, 12, 12.5, 12.5]);
    expect(stored()).toBe(12.5);
    expect(input.value).toBe('12.50');
  });

  it('shows a typed amount in Dutch notation once the user leaves the field', () => {
    const { input } = renderAmount();
    focus(input);
    typeKeys(input, '12.50');
    leave(input);
    expect(input.value).toBe('12,50');
  });

  it('keeps 1.250 as twelve hundred and fifty euros, not 2501', () => {
    const { input, stored } = renderAmount();
    focus(input);
    typeKeys(input, '1.250');
    expect(input.value).toBe('1.250');
    leave(input);
    expect(stored()).toBe(1250);
    expect(input.value).toBe('1250');
  });

  it('stores nothing when the field is emptied', () => {
    const { input, stored } = renderAmount(30);
    focus(input);
    fireEvent.input(input, { target: { value: '' } });
    expect(stored()).toBeNull();
    leave(input);
    expect(input.value).toBe('');
  });
});

describe('an amount the field cannot read', () => {
  it('is never stored, and the last good amount stays', () => {
    const { input, commits, stored } = renderAmount(30);
    focus(input);
    fireEvent.input(input, { target: { value: '' } });
    typeKeys(input, '-5');
    expect(commits).toEqual([null]);
    expect(commits.some((c) => c !== null && c < 0)).toBe(false);
    expect(stored()).toBeNull();
  });

  it('is not called a problem while the user is still typing', () => {
    const { input } = renderAmount();
    focus(input);
    typeKeys(input, '-5');
    expect(screen.queryByText(PROBLEMS.negative!)).toBeNull();
    expect(input.getAttribute('aria-invalid')).toBeNull();
  });

  it('shows its problem above the field once the user leaves it, and keeps the text to correct', () => {
    const { input, stored } = renderAmount(30);
    focus(input);
    fireEvent.input(input, { target: { value: '-5' } });
    leave(input);
    const message = screen.getByText(PROBLEMS.negative!);
    expect(message.tagName).toBe('P');
    expect(message.className).toBe('skc-error');
    expect(message.id).toBe('amount-problem');
    // Before the field in the page, so it is read before the field.
    expect(message.compareDocumentPosition(input) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(input.value).toBe('-5');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe('amount-problem');
    expect(stored()).toBe(30);
  });

  it('names the problem together with the field’s own hint', () => {
    const { input } = renderAmount(null, 'amount-hint');
    expect(input.getAttribute('aria-describedby')).toBe('amount-hint');
    focus(input);
    typeKeys(input, 'abc');
    leave(input);
    expect(input.getAttribute('aria-describedby')?.split(' ').sort()).toEqual(['amount-hint', 'amount-problem']);
    expect(screen.getByText(PROBLEMS['not-a-number']!)).toBeTruthy();
  });

  it('stops being a problem as soon as the text reads as an amount again', () => {
    const { input, stored } = renderAmount();
    focus(input);
    typeKeys(input, '-5');
    leave(input);
    focus(input);
    fireEvent.input(input, { target: { value: '5' } });
    expect(screen.queryByText(PROBLEMS.negative!)).toBeNull();
    expect(input.getAttribute('aria-invalid')).toBeNull();
    expect(input.getAttribute('aria-describedby')).toBeNull();
    expect(stored()).toBe(5);
  });

  it('follows what is typed while the problem is showing', () => {
    const { input } = renderAmount();
    focus(input);
    typeKeys(input, '-5');
    leave(input);
    focus(input);
    typeKeys(input, 'x');
    expect(screen.queryByText(PROBLEMS.negative!)).toBeNull();
    expect(screen.getByText(PROBLEMS['not-a-number']!)).toBeTruthy();
  });

  it('keeps text the user left unreadable when the field is visited again without typing', () => {
    const { input } = renderAmount(30);
    focus(input);
    typeKeys(input, 'x');
    leave(input);
    focus(input);
    leave(input);
    expect(input.value).toBe('30x');
    expect(screen.getByText(PROBLEMS['not-a-number']!)).toBeTruthy();
  });
});

describe('an amount changed from elsewhere', () => {
  it('does not replace what the user is typing', () => {
    const { input, setFromOutside } = renderAmount();
    focus(input);
    typeKeys(input, '12.5');
    setFromOutside(99);
    expect(input.value).toBe('12.5');
  });

  it('is shown when the user is not in the field', () => {
    const { input, setFromOutside } = renderAmount(30);
    setFromOutside(7.05);
    expect(input.value).toBe('7,05');
    setFromOutside(null);
    expect(input.value).toBe('');
  });

  it('is shown after typing once the user has left the field', () => {
    const { input, setFromOutside } = renderAmount();
    focus(input);
    typeKeys(input, '12.5');
    leave(input);
    setFromOutside(99);
    expect(input.value).toBe('99');
  });

  it('is shown when the user leaves a field they only visited', () => {
    const { input, setFromOutside } = renderAmount(30);
    focus(input);
    setFromOutside(45);
    expect(input.value).toBe('30');
    leave(input);
    expect(input.value).toBe('45');
  });

  it('replaces an unreadable text left in the field, and its problem', () => {
    const { input, setFromOutside } = renderAmount(30);
    focus(input);
    fireEvent.input(input, { target: { value: 'abc' } });
    leave(input);
    expect(screen.getByText(PROBLEMS['not-a-number']!)).toBeTruthy();
    setFromOutside(40);
    expect(input.value).toBe('40');
    expect(screen.queryByText(PROBLEMS['not-a-number']!)).toBeNull();
    expect(input.getAttribute('aria-invalid')).toBeNull();
  });
});

describe('a field for a date', () => {
  function DateHarness({ onCommit }: { onCommit: (iso: string) => void }) {
    const [value, setValue] = useState('');
    return (
      <ParsedInput
        id="deadline"
        value={value}
        parse={(text) => parseDate(text, 'nl')}
        format={(iso) => formatDateInput(iso, 'nl')}
        onCommit={(iso) => {
          onCommit(iso);
          setValue(iso);
        }}
        problemText={problemText}
        aria-label="Uiterlijk"
        autoComplete="off"
        placeholder="dd-mm-jjjj"
      />
    );
  }

  it('stores a date written in words and shows it the short way afterwards', () => {
    const commits: string[] = [];
    render(<DateHarness onCommit={(iso) => commits.push(iso)} />);
    const input = screen.getByRole('textbox', { name: 'Uiterlijk' }) as HTMLInputElement;
    expect(input.getAttribute('placeholder')).toBe('dd-mm-jjjj');
    expect(input.getAttribute('autocomplete')).toBe('off');
    focus(input);
    typeKeys(input, '1 maart 2027');
    expect(commits.at(-1)).toBe('2027-03-01');
    expect(input.value).toBe('1 maart 2027');
    leave(input);
    expect(input.value).toBe('1-3-2027');
  });

  it('does not store a half-typed date, and explains an unreadable one', () => {
    const commits: string[] = [];
    render(<DateHarness onCommit={(iso) => commits.push(iso)} />);
    const input = screen.getByRole('textbox', { name: 'Uiterlijk' }) as HTMLInputElement;
    focus(input);
    typeKeys(input, '1 ma');
    expect(commits).toEqual([]);
    leave(input);
    expect(screen.getByText(PROBLEMS['not-a-date']!).id).toBe('deadline-problem');
  });
});
