import type { ParentsWarning } from '../../../domain/assessment/parents-text';
import { routeToHash } from '../state/screen';
import { useApp } from './context';
import { bringIntoView } from './move-on';

/**
 * What to look at before the text goes out, with a way to each place to fix it. The live region is always on
 * the page (one created together with its words is often not read out), so a warning that appears or goes
 * while the school types below is announced once, politely; opening the step does not announce them.
 */
export function ParentsWarnings({ warnings }: { warnings: readonly ParentsWarning[] }) {
  const { state, t } = useApp();
  const id = state.current.value!.id;
  const go = (step: 'profile' | 'summary') => (e: Event) => {
    e.preventDefault();
    state.goStep(step);
  };
  const stepLink = (step: 'profile' | 'summary') => (
    <a href={routeToHash({ name: 'assessment', id, step })} onClick={go(step)}>{t('sa.parents.goTo', { step: t(`sa.steps.${step}`) })}</a>
  );
  return (
    <div aria-live="polite" class="skc-no-print">
      {warnings.length > 0 && (
        <div class="skc-notice skc-notice--warning skc-parents__warnings">
          <h3><span aria-hidden="true">⚠ </span>{t('sa.parents.warningsTitle')}</h3>
          <ul>
            {warnings.map((warning) => (
              <li key={warning.code}>
                {warning.code === 'excludes' && (
                  <>
                    <p>{t('sa.parents.warning.excludes')}</p>
                    <ul>
                      {warning.activities.map((activity) => (
                        <li key={activity.id}>
                          <a
                            href={routeToHash({ name: 'assessment', id, step: 'activity', activityId: activity.id })}
                            onClick={(e) => {
                              e.preventDefault();
                              state.openActivity(activity.id);
                            }}
                          >
                            {activity.name}
                          </a>
                        </li>
                      ))}
                    </ul>
                  </>
                )}
                {warning.code === 'no-contribution' && <p>{t('sa.parents.warning.no-contribution')} {stepLink('profile')}</p>}
                {warning.code === 'pays-for-missing' && (
                  <p>
                    {/* Not the link's own jump: the address's fragment is the route (router.ts). */}
                    <a href="#sa-parents-pays-for" onClick={(e) => { e.preventDefault(); bringIntoView(document.getElementById('sa-parents-pays-for')); }}>
                      {t('sa.parents.warning.pays-for-missing')}
                    </a>
                  </p>
                )}
                {warning.code === 'unanswered' && <p>{t('sa.parents.warning.unanswered', { answered: warning.answered, total: warning.total })} {stepLink('summary')}</p>}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
