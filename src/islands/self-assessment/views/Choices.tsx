/** A row of native radio buttons, each a large target; the caller's fieldset and legend name the group. */
export function Choices<T extends string>({ name, options, value, onChange }: {
  name: string;
  options: readonly { value: T; label: string }[];
  value: T | undefined;
  onChange: (value: T) => void;
}) {
  return (
    <div class="skc-choices">
      {options.map((option) => (
        <label class="skc-choice" key={option.value}>
          <input type="radio" name={name} value={option.value} checked={value === option.value} onChange={() => onChange(option.value)} />
          <span>{option.label}</span>
        </label>
      ))}
    </div>
  );
}
