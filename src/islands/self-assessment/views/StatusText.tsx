import type { Translate } from '../data';

/**
 * A status always in words; the icon shape and colour only repeat it. It takes the translator as a
 * prop rather than reading the island's context, so that lists of a thousand statuses are not all
 * rendered again on every keystroke elsewhere (context readers render on every change).
 */
export function StatusText({ status, t }: { status: string; t: Translate }) {
  return (
    <span class="skc-status-tag" data-status={status}>
      <span aria-hidden="true" class="skc-status-tag__icon" />
      {t(`status.${status}`)}
    </span>
  );
}
