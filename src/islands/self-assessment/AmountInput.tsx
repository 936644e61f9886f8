import { LIMITS } from '../../domain/assessment/constants';

/** A euro amount; an empty or impossible value is stored as "none" (null), never as a wrong number. */
export function AmountInput({ id, value, onChange, describedBy }: {
  id: string;
  value: number | null;
  onChange: (value: number | null) => void;
  describedBy?: string;
}) {
  return (
    <input
      id={id}
      class="skc-input"
      type="number"
      min="0"
      max={LIMITS.amount}
      step="0.01"
      inputMode="decimal"
      aria-describedby={describedBy}
      value={value ?? ''}
      onInput={(e) => {
        const n = e.currentTarget.valueAsNumber;
        onChange(Number.isFinite(n) && n >= 0 ? n : null);
      }}
    />
  );
}
