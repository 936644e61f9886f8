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
 * one thing to do about it (undo, keep, try again). The live region holds only the words (buttons read
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
  return <NoticeBox notice={inline ? null : notice} live />;
}

/** Closing a notice removes the button that had focus: focus goes to the heading of what is shown. */
function dismiss(close: () => void) {
  close();
  (document.getElementById('sa-step-title') ?? document.getElementById('sa-list-title'))?.focus();
}

/**
 * A notice's words, its changes and its buttons. The top one (`live`) keeps its live region in the page
 * even when empty (a region created together with its text is often not announced); a notice shown in
 * the list takes focus instead, which makes a screen reader read it.
 */
export function NoticeBox({ notice, live = false, as: Tag = 'div' }: { notice: Notice | null; live?: boolean; as?: 'div' | 'li' }) {
  const { state, t } = useApp();
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    if (notice?.focus) ref.current?.focus();
  }, [notice?.serial]);
  // An assessment without a school name is named by the word for it, never by its internal id.
  const words = (n: Notice) => t(n.key, n.params && 'name' in n.params && !n.params.name ? { ...n.params, name: t('sa.list.unnamed') } : n.params);
  return (
    <Tag ref={ref as never} tabIndex={-1} class={notice ? `skc-notice skc-notice--${notice.tone} skc-no-print` : 'skc-no-print'}>
      <div class="skc-notice__words" aria-live={live ? 'polite' : undefined}>
        {notice && (
          <>
            <p class="skc-notice__text">
              {notice.tone === 'warning' && <span aria-hidden="true">⚠ </span>}
              {words(notice)}
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
        <>
          <p class="skc-button-row">
            {notice.action && <button type="button" class="skc-button" onClick={notice.action.run}>{t(notice.action.key)}</button>}
            <button type="button" class="skc-button skc-button--secondary" onClick={() => dismiss(state.dismissNotice)}>{t('sa.notice.close')}</button>
          </p>
        </>
      )}
    </Tag>
  );
}
