import type { Lang } from '../../../domain';
import type { Difference, MergeGroup, MergeValue } from '../../../domain/assessment/merge';
import type { PlanGroup } from '../../../domain/assessment/action-plan';
import type { Assessment } from '../../../domain/assessment/format/schema';
import { formatAmount, formatDateLong } from '../../../domain/assessment/parse';
import type { Translate } from '../data';
import { groupTitle } from './group-title';

// How a difference reads on the merge step: what it is about ("Antwoord: <question>") and each side's value
// in words, as the steps themselves show it (ja/nee, "Uit het schoolbudget", "12,50").

const ACTIVITY_FIELD_LABEL = {
  name: 'sa.activities.name',
  kind: 'sa.activities.kind',
  traits: 'sa.activity.traits',
  yearGroup: 'sa.activity.yearGroup',
  costPerPupil: 'sa.activities.cost',
  fundedBy: 'sa.activities.fundedBy',
  optional: 'sa.activity.optional',
  optionalDecision: 'sa.activity.decision',
  notes: 'sa.activities.notes',
} as const;
const ACTION_FIELD_LABEL = { owner: 'sa.summary.owner', deadline: 'sa.summary.deadline', state: 'sa.plan.state', stateReason: 'sa.plan.stateReason' } as const;

export interface Words {
  t: Translate;
  lang: Lang;
  questionText: (id: string) => string;
  /** An activity's name by id, here or in the colleague's file. */
  activityName: (id: string) => string;
}

export function wordsFor(t: Translate, lang: Lang, questions: readonly { id: string; text: Record<Lang, string> }[], mine: Assessment, theirs: Assessment): Words {
  const texts = new Map(questions.map((q) => [q.id, q.text[lang]]));
  const names = new Map([...theirs.activities, ...mine.activities].map((a) => [a.id, a.name]));
  return { t, lang, questionText: (id) => texts.get(id) || id, activityName: (id) => names.get(id) ?? id };
}

export function groupLabel(group: MergeGroup, w: Words): string {
  if (group.startsWith('activity:')) return w.t('sa.merge.group.activity', { name: w.activityName(group.slice('activity:'.length)) });
  return w.t(`sa.merge.group.${group}`);
}

const scopeName = (scope: string, w: Words) => (scope === 'school' ? w.t('sa.summary.schoolWideScope') : w.activityName(scope));

/** What the difference is about, as the legend of its pair of choices. */
export function whatLabel(d: Difference, w: Words): string {
  const { t } = w;
  switch (d.kind) {
    case 'profile':
      return t(`sa.profile.${d.field}`);
    case 'for-parents':
      return t(`sa.parents.${d.field}`);
    case 'answer':
      return t('sa.merge.field.answer', { question: w.questionText(d.questionId) });
    case 'note':
      return t('sa.merge.field.note', { question: w.questionText(d.questionId) });
    case 'activity':
      return t('sa.merge.field.activity');
    case 'activity-field':
      return t(ACTIVITY_FIELD_LABEL[d.field]);
    case 'action': {
      const [scope = '', questionId = ''] = d.actionKey.split(':');
      return t('sa.merge.field.action', { action: `${scopeName(scope, w)}: ${w.questionText(questionId)}`, field: t(ACTION_FIELD_LABEL[d.field]) });
    }
    case 'group': {
      const [type, id = ''] = d.groupKey.split(':');
      const title = groupTitle(type === 'activity' ? { name: w.activityName(id), topic: null } : { name: null, topic: id as PlanGroup['topic'] }, t);
      return t('sa.merge.field.action', { action: title, field: t(ACTION_FIELD_LABEL[d.field]) });
    }
  }
}

const text = (value: MergeValue, w: Words) => (typeof value === 'string' && value.trim() !== '' ? value : w.t('sa.merge.empty'));

/** One side's value in words. */
export function valueLabel(d: Difference, value: MergeValue, w: Words): string {
  const { t } = w;
  const chosen = (prefix: string, empty: string) => (value === null || value === '' ? t(empty) : t(`${prefix}${String(value)}`));
  switch (d.kind) {
    case 'answer':
      return chosen('answer.', 'sa.merge.noAnswer');
    case 'activity':
      return t(value === null ? 'sa.merge.absent' : 'sa.merge.present');
    case 'profile':
      if (d.field === 'schoolType') return chosen('type.', 'sa.merge.empty');
      if (d.field === 'mrInvolved') return chosen('sa.mr.', 'sa.merge.empty');
      if (d.field === 'contribution') return typeof value === 'number' ? `€ ${formatAmount(value, w.lang)}` : t('sa.merge.empty');
      return text(value, w);
    case 'activity-field':
      switch (d.field) {
        case 'kind':
          return chosen('kind.', 'sa.merge.empty');
        case 'traits':
          return Array.isArray(value) && value.length ? value.map((x) => t(`sa.trait.${x}`)).join(', ') : t('sa.merge.empty');
        case 'costPerPupil':
          return typeof value === 'number' ? `€ ${formatAmount(value, w.lang)}` : t('sa.merge.empty');
        case 'fundedBy':
          return chosen('sa.funding.', 'sa.funding.unknown');
        case 'optional':
          return t(value ? 'sa.merge.yes' : 'sa.merge.no');
        case 'optionalDecision':
          return chosen('sa.activity.decision.', 'sa.activity.decisionOpen');
        default:
          return text(value, w);
      }
    case 'action':
    case 'group':
      if (d.field === 'state') return t(`sa.actionState.${String(value)}`);
      if (d.field === 'deadline') return typeof value === 'string' && value ? formatDateLong(value, w.lang) : t('sa.merge.empty');
      return text(value, w);
    default:
      return text(value, w);
  }
}
