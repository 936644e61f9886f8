import { useEffect, useRef } from 'preact/hooks';
import type { Change } from '../../../domain/assessment/changes';
import type { Translate } from '../data';
import type { Notice } from '../state/screen';
import { useApp } from './context';

function changeText(change: Change, t: Translate): string {
  return t(`sa.change.${change.kind}`, 'name' in change ? { name: change.name } : {});
}

/**
 * The one place where the island tells a person what just happened: visible, announced, with at most
 * one thing to do about it (undo, keep, try again). The live region is always in the page and holds
 * only the words (a region created together with its text is often not announced, and buttons read
 * out as part of a message are noise). After a removal the button the person used is gone, so the
 * notice takes focus; Undo is then the next Tab.
 */
export function NoticeBanner() {
  const { state } = useApp();
  const route = state.route.value;
  const notice = state.notice.value;
  // A removed activity's notice stands where the activity stood in the list (ActivitiesStep), so focus
  // stays where the person was working.
  const inline = notice?.at !== undefined && route.name === 'assessment' && route.step === 'activities';
  return <NoticeBox notice={inline ? null : notice} />;
}

/** A notice's words, its changes and its buttons; `null` keeps the (empty) live region in place. */
export function NoticeBox({ notice, as: Tag = 'div' }: { notice: Notice | null; as?: 'div' | 'li' }) {
  const { state, t } = useApp();
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    if (notice?.focus) ref.current?.focus();
  }, [notice?.serial]);
  // An assessment without a school name is named by the word for it, never by its internal id.
  const params = notice?.params && 'name' in notice.params && !notice.params.name ? { ...notice.params, name: t('sa.list.unnamed') } : notice?.params;
  return (
    <Tag ref={ref as never} tabIndex={-1} class={notice ? `skc-notice skc-notice--${notice.tone} skc-no-print` : 'skc-no-print'}>
      <div aria-live="polite">
        {notice && (
          <>
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
          </>
        )}
      </div>
      {notice && (
        <p class="skc-button-row">
          {notice.action && <button type="button" class="skc-button" onClick={notice.action.run}>{t(notice.action.key)}</button>}
          <button type="button" class="skc-button skc-button--secondary" onClick={() => state.dismissNotice()}>{t('sa.notice.close')}</button>
        </p>
      )}
    </Tag>
  );
}
