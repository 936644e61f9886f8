import { useApp } from './context';

/** A status always in words; the icon shape and colour only repeat it. */
export function StatusText({ status }: { status: string }) {
  const { t } = useApp();
  return (
    <span class="skc-status-tag" data-status={status}>
      <span aria-hidden="true" class="skc-status-tag__icon" />
      {t(`status.${status}`)}
    </span>
  );
}
