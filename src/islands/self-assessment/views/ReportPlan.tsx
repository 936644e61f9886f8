import type { PlanGroup } from '../../../domain/assessment/action-plan';
import type { Assessed, AssessedPart } from '../../../domain/assessment/assess';
import type { Activity } from '../../../domain/assessment/format/schema';
import { formatDateLong } from '../../../domain/assessment/parse';
import type { Lang } from '../../../domain/vocabulary';
import type { Translate } from '../data';
import { ActionStateText, stateCounts } from './ActionStateText';
import { euros } from './CostTotals';
import { groupDomId, groupTitle } from './group-title';
import { statusOfConcern, StatusText } from './StatusText';

interface Common {
  t: Translate;
  lang: Lang;
  /** Whether the school's own notes (on answers and activities) are printed. */
  withNotes: boolean;
}

/** "Wie: … · Wanneer klaar: …", with "nog niet gekozen" for what is not filled in. */
export function ownerLine(owner: string, deadline: string, t: Translate, lang: Lang) {
  const notSet = t('sa.plan.notSet');
  return `${t('sa.summary.owner')}: ${owner || notSet} · ${t('sa.summary.deadline')}: ${deadline ? formatDateLong(deadline, lang) : notSet}`;
}

/** What an MR weighs about an activity: its kind, for whom, its cost, who pays, and whether pupils choose it. */
function activityFacts(activity: Activity, t: Translate, lang: Lang) {
  const facts = [
    t(`kind.${activity.kind}`),
    `${t('sa.report.for')}: ${activity.yearGroup.trim() || t('sa.report.wholeSchool')}`,
    `${t('sa.report.cost')}: ${activity.costPerPupil === null ? t('sa.report.costUnknown') : euros(t, lang, activity.costPerPupil)}`,
    `${t('sa.report.paidBy')}: ${t(`sa.funding.${activity.fundedBy ?? 'unknown'}`)}`,
  ];
  if (activity.optional) facts.push(`${t('sa.report.optional')}: ${t(`sa.report.decision.${activity.optionalDecision ?? 'none'}`)}`);
  return facts.join(' · ');
}

/** One group of the plan as printed: who and by when, and each action with what it means and why. */
function GroupSection({ group, activity, t, lang, withNotes }: Common & { group: PlanGroup; activity: Activity | null }) {
  const id = `sa-report-${groupDomId(group.key)}`;
  return (
    <section class="skc-report__group" aria-labelledby={id}>
      <h4 id={id}>{groupTitle(group, t)}</h4>
      <p class="skc-report__group-meta">
        <StatusText status={statusOfConcern(group.concern)} t={t} />
        <span class="skc-block">{ownerLine(group.owner, group.deadline, t, lang)}</span>
        {activity && <span class="skc-block skc-hint">{activityFacts(activity, t, lang)}</span>}
      </p>
      {withNotes && activity?.notes && <p class="skc-pre skc-report__note">{t('sa.activities.notes')}: {activity.notes}</p>}
      <ol class="skc-report__actions">
        {group.actions.map((action) => (
          <li key={action.key} class="skc-report__action">
            {action.suggestion[lang]}
            <span class="skc-block skc-hint">
              <StatusText status={statusOfConcern(action.concern)} t={t} /> · {t('sa.report.answer')} {t(`answer.${action.answer}`)}: {action.question[lang]}
            </span>
            <span class="skc-block">
              {t('sa.plan.state')}: <ActionStateText state={action.state} t={t} />
              {action.state === 'dropped' && <> — {action.stateReason.trim() || t('sa.plan.stateReasonNotGiven')}</>}
            </span>
            {(action.ownOwner || action.ownDeadline) && <span class="skc-block">{ownerLine(action.owner, action.deadline, t, lang)}</span>}
            {withNotes && action.note && <span class="skc-block skc-hint skc-pre">{t('sa.report.note')}: {action.note}</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}


/**
 * The parts not finished yet: how far each is, how many answers taken over (from last school year or
 * another activity) still wait to be confirmed, and for an optional activity the decision still to make.
 */
function Unfinished({ parts, t }: { parts: AssessedPart[]; t: Translate }) {
  if (!parts.length) return null;
  return (
    <section class="skc-report__group" aria-labelledby="sa-report-unfinished">
      <h4 id="sa-report-unfinished">{t('sa.report.unfinished')}</h4>
      <ul class="skc-report__unfinished">
        {parts.map((part) => (
          <li key={part.scope}>
            <strong>{part.activity?.name ?? t('sa.summary.schoolWideScope')}</strong>: {t('sa.progress', { answered: part.answered, total: part.total })}
            {part.toConfirm > 0 && <> · {t('sa.activities.toConfirm', { count: part.toConfirm })}</>}
            {part.needsDecision && <span class="skc-block">{t('sa.report.needsDecision')}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Only what needs action: the plan's groups in order (the law first), then what is not answered yet. */
export function ReportPlan({ assessed, t, lang, withNotes }: Common & { assessed: Assessed }) {
  const unfinished = [assessed.school, ...assessed.activities].filter((part) => part.answered < part.total || part.needsDecision);
  return (
    <section class="skc-report__section skc-report__plan" aria-labelledby="sa-report-plan">
      <h3 id="sa-report-plan">{t('sa.report.actionPlan')}</h3>
      {assessed.groups.length === 0 ? <p>{t('sa.summary.noActions')}</p> : <p>{stateCounts(assessed.counts.actionStates, t)}</p>}
      {assessed.groups.map((group) => (
        <GroupSection key={group.key} group={group} activity={assessed.byScope.get(group.scope)?.activity ?? null} t={t} lang={lang} withNotes={withNotes} />
      ))}
      <Unfinished parts={unfinished} t={t} />
    </section>
  );
}
