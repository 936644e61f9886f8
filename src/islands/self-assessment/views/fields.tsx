import { formatAmountInput, parseAmount } from '../../../domain/assessment/parse';
import { LIMITS } from '../../../domain/assessment/format/constants';
import { useApp } from './context';
import { ParsedInput } from './ParsedInput';

// The island's typed fields (the action plan's date field is in ActionPlanTable.tsx): text the person owns while typing (ParsedInput), read by the domain's
// parsers in the page's language. A text that cannot be read is never stored; the field says why.

interface FieldProps<T> {
  id: string;
  value: T;
  onCommit: (value: T) => void;
  describedBy?: string;
  label?: string;
  class?: string;
}

/** A euro amount: "12,50", "12.50", "1.250", "€ 30" on a Dutch page; empty is "no amount". */
export function AmountField({ id, value, onCommit, describedBy, label, class: className }: FieldProps<number | null>) {
  const { t, data } = useApp();
  return (
    <ParsedInput
      id={id}
      value={value}
      parse={(text) => parseAmount(text, data.lang, LIMITS.amount)}
      format={(amount) => formatAmountInput(amount, data.lang)}
      onCommit={onCommit}
      problemText={(problem) => t(`sa.parse.${problem}`, { maximum: LIMITS.amount })}
      describedBy={describedBy}
      inputMode="decimal"
      aria-label={label}
      class={className ?? 'skc-input--amount'}
    />
  );
}

/** Text that may not be left empty (an activity's name): an empty field keeps the last name. */
export function RequiredTextField({ id, value, onCommit, describedBy, label, class: className }: FieldProps<string>) {
  const { t } = useApp();
  return (
    <ParsedInput
      id={id}
      value={value}
      parse={(text) => (text.trim() ? { ok: true, value: text } : { ok: false, problem: 'name-missing' })}
      format={(text) => text}
      onCommit={onCommit}
      problemText={(problem) => t(`sa.edit.${problem}`)}
      describedBy={describedBy}
      aria-label={label}
      class={className}
      maxLength={LIMITS.shortText}
    />
  );
}
