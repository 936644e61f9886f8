import { useEffect, useRef } from 'preact/hooks';
import type { Change } from '../../../domain/assessment/changes';
import type { Translate } from '../data';
import { useApp } from './context';

function changeText(change: Change, t: Translate): string {
  return t(`sa.change.${change.kind}`, 'name' in change ? { name: change.name } : {});
}

/**
 * The one place where the island tells a person what just happened: visible, announced (polite live
 * region), with at most one thing to do about it (undo, keep, try again). After a removal the button
 * the person used is gone, so the notice takes focus; Undo is then the next Tab.
 */
export function NoticeBanner() {
  const { state, t } = useApp();
  const notice = state.notice.value;
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (notice?.focus) ref.current?.focus();
  }, [notice?.serial]);
  // An assessment without a school name is named by the word for it, never by its internal id.
  const params = notice?.params && 'name' in notice.params && !notice.params.name ? { ...notice.params, name: t('sa.list.unnamed') } : notice?.params;
  return (
    <div class="skc-notice-region skc-no-print" aria-live="polite">
      {notice && (
        <div ref={ref} tabIndex={-1} class={`skc-notice skc-notice--${notice.tone}`} key={notice.serial}>
          <p class="skc-notice__text">
            {notice.tone === 'warning' && <span aria-hidden="true">⚠ </span>}
            {t(notice.key, params)}
          </p>
          {notice.changes && notice.changes.length > 0 && (
            <ul class="skc-notice__changes">
              {notice.changes.slice(0, 5).map((change, i) => <li key={i}>{changeText(change, t)}</li>)}
              {notice.changes.length > 5 && <li>{t('sa.change.more', { count: notice.changes.length - 5 })}</li>}
            </ul>
          )}
          <p class="skc-button-row">
            {notice.action && (
              <button type="button" class="skc-button" onClick={notice.action.run}>{t(notice.action.key)}</button>
            )}
            <button type="button" class="skc-button skc-button--secondary" onClick={() => state.dismissNotice()}>{t('sa.notice.close')}</button>
          </p>
        </div>
      )}
    </div>
  );
}
