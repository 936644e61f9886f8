import type { JSX, TargetedEvent } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

// A text field for a value that has to be read from what the user types (an amount, a date).
//
// Why it is built like this: the amount field used to be `type=number` and wrote the parsed number back
// into the field on every keystroke, so typing "12.50" ended up as 5012. Here the text belongs to the
// user while the field has focus: it is never rewritten under the caret. Every text that reads as a
// value is stored at once (nothing is lost when the tab is closed mid-sentence); a text that does not
// read is never stored, and the last good value stays. The problem is only shown once the user leaves
// the field, so nobody is told off for "1," halfway through typing "1,50".

export interface ParsedInputProps<T> {
  id: string;
  /** The stored value. */
  value: T;
  parse: (text: string) => { ok: true; value: T } | { ok: false; problem: string };
  format: (value: T) => string;
  /** Called on every input whose text parses, with the parsed value. */
  onCommit: (value: T) => void;
  /** The message shown above the field for a problem `parse` reported. */
  problemText: (problem: string) => string;
  describedBy?: string;
  inputMode?: 'decimal' | 'text';
  class?: string;
  'aria-label'?: string;
  autoComplete?: string;
  placeholder?: string;
  maxLength?: number;
}

export function ParsedInput<T>(props: ParsedInputProps<T>): JSX.Element {
  const { id, value, parse, format, onCommit, problemText } = props;
  const [draft, setDraft] = useState(() => format(value));
  // The problem with the current draft, if any; shown only from the moment the field is left.
  const [problem, setProblem] = useState<string | null>(null);
  const [showProblem, setShowProblem] = useState(false);
  // Refs, not state: they are read in the effect below and in handlers, and must be current there even
  // before a re-render (a commit re-renders the parent while the field still has focus).
  const focused = useRef(false);
  // Whether the user has typed since the field got focus; if not, leaving it shows the stored value.
  const edited = useRef(false);

  // A value changed from elsewhere (another tab, undo, an import) is shown, but only when the field is
  // not being typed in: replacing the draft under the caret is exactly the bug this component fixes.
  useEffect(() => {
    if (focused.current) return;
    setDraft(format(value));
    setProblem(null);
    setShowProblem(false);
    // `format` is left out on purpose: callers pass a new arrow function on every render, and only a
    // change of the stored value should replace what the field shows.
  }, [value]);

  const onInput = (event: TargetedEvent<HTMLInputElement>) => {
    const text = event.currentTarget.value;
    edited.current = true;
    setDraft(text);
    const result = parse(text);
    if (result.ok) {
      setProblem(null);
      setShowProblem(false);
      onCommit(result.value);
    } else {
      // Remembered, not shown: "1," or "-" is often just a text on its way to being an amount. If the
      // problem is already showing (the user came back to fix it), it follows what is typed now.
      setProblem(result.problem);
    }
  };

  const onFocus = () => {
    focused.current = true;
    edited.current = false;
  };

  const onBlur = () => {
    focused.current = false;
    const result = parse(draft);
    if (result.ok) {
      // Normalise what was typed ("12.5" → "12,50"). Without typing, show the stored value, which may
      // have changed from elsewhere while the field had focus.
      setDraft(format(edited.current ? result.value : value));
      setProblem(null);
      setShowProblem(false);
    } else {
      // Keep the text so the user can correct it; the stored value stays the last good one.
      setProblem(result.problem);
      setShowProblem(true);
    }
    edited.current = false;
  };

  const problemId = `${id}-problem`;
  const shown = showProblem && problem !== null;
  const describedBy = [shown ? problemId : undefined, props.describedBy].filter(Boolean).join(' ') || undefined;

  return (
    <>
      {/* Above the field, as in the GOV.UK design system: read before the field by screen readers. */}
      {shown && (
        <p class="skc-error" id={problemId}>
          {problemText(problem)}
        </p>
      )}
      <input
        id={id}
        type="text"
        class={props.class ? `skc-input ${props.class}` : 'skc-input'}
        value={draft}
        inputMode={props.inputMode}
        autocomplete={props.autoComplete}
        placeholder={props.placeholder}
        maxLength={props.maxLength}
        aria-label={props['aria-label']}
        aria-describedby={describedBy}
        aria-invalid={shown ? 'true' : undefined}
        onInput={onInput}
        onFocus={onFocus}
        onBlur={onBlur}
      />
    </>
  );
}
