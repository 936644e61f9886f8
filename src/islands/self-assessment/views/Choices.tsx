import { useRef } from 'preact/hooks';

/** How a choice was made: with a mouse, pen or finger, or with the keyboard (arrow keys, space). */
export interface Picked {
  pointer: boolean;
}

/**
 * A row of native radio buttons, each a large target; the caller's fieldset and legend name the group.
 * `onChange` says whether a pointer made the choice: only then may the page move on by itself, as arrow
 * keys move within the group and must keep doing so. `onAgain` is for choosing the chosen option once more
 * (which fires no change), e.g. to confirm an answer taken over from elsewhere.
 */
export function Choices<T extends string>({ name, options, value, onChange, onAgain, idPrefix }: {
  name: string;
  options: readonly { value: T; label: string }[];
  value: T | null | undefined;
  onChange: (value: T, picked: Picked) => void;
  onAgain?: (value: T, picked: Picked) => void;
  /** Gives each radio the id `<idPrefix>-<value>`, so an error summary can link to the first one. */
  idPrefix?: string;
}) {
  // Set by a pointer press and cleared by any key: a click that follows a press came from the pointer.
  const pointer = useRef(false);
  const picked = (): Picked => {
    const result = { pointer: pointer.current };
    pointer.current = false;
    return result;
  };
  return (
    <div class="skc-choices" onPointerDown={() => (pointer.current = true)} onKeyDown={() => (pointer.current = false)}>
      {options.map((option) => (
        <label class="skc-choice" key={option.value}>
          <input
            type="radio"
            name={name}
            id={idPrefix ? `${idPrefix}-${option.value}` : undefined}
            value={option.value}
            checked={value === option.value}
            onChange={() => onChange(option.value, picked())}
            onClick={onAgain && value === option.value ? () => onAgain(option.value, picked()) : undefined}
          />
          <span>{option.label}</span>
        </label>
      ))}
    </div>
  );
}
