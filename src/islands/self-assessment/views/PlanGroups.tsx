import { Component } from 'preact';
import { useState } from 'preact/hooks';
import type { PlanGroup, PlannedAction } from '../../../domain/assessment/action-plan';
import { ACTION_STATES, LIMITS, type ActionState } from '../../../domain/assessment/format/constants';
import { formatDateInput, formatDateLong, parseDate } from '../../../domain/assessment/parse';
import type { Lang } from '../../../domain';
import type { Translate } from '../data';
import type { AssessmentState } from '../state/assessment-state';
import { ActionStateMark, stateCounts } from './ActionStateText';
import { useApp } from './context';
import { groupDomId, groupTitle } from './group-title';
import { ParsedInput } from './ParsedInput';
import { statusOfConcern, StatusText } from './StatusText';

/**
 * About this many actions per page of the plan on screen, in whole groups. A plan of thousands of
 * actions cannot be worked through as one list, and every field on the page costs layout on every
 * keystroke (BENCHMARKS.md); a school's usual plan (a few dozen actions) fits on one page and shows no
 * pager. The report prints every group.
 */
const PAGE_ACTIONS = 100;

interface FieldsProps {
  /** Unique within the page: the group's or the action's key made into an id. */
  idBase: string;
  /** What the fields' names end with, so each field has a name of its own ("Wie, Werkweek"). */
  nameSuffix: string;
  owner: string;
  deadline: string;
  onOwner: (owner: string) => void;
  onDeadline: (deadline: string) => void;
  t: Translate;
  lang: Lang;
}

/**
 * "Wie" and "Wanneer klaar": the owner as plain text, the deadline as a date read the page's way. The label
 * shows the short word; the field's name adds whose it is ("Wie, Werkweek"), as a list of many groups needs.
 */
function OwnerFields({ idBase, nameSuffix, owner, deadline, onOwner, onDeadline, t, lang }: FieldsProps) {
  const ownerName = `${t('sa.summary.owner')}, ${nameSuffix}`;
  const deadlineName = `${t('sa.summary.deadline')}, ${nameSuffix}`;
  return (
    <div class="skc-plan__fields">
      <div class="skc-field">
        <label for={`${idBase}-owner`}>{t('sa.summary.owner')}</label>
        <input id={`${idBase}-owner`} class="skc-input skc-input--cell" maxLength={LIMITS.shortText} aria-label={ownerName} value={owner} onInput={(e) => onOwner(e.currentTarget.value)} />
      </div>
      <div class="skc-field">
        <label for={`${idBase}-deadline`}>{t('sa.summary.deadline')}</label>
        <ParsedInput
          id={`${idBase}-deadline`}
          class="skc-input--cell"
          aria-label={deadlineName}
          placeholder={t('sa.parse.datePlaceholder')}
          value={deadline}
          parse={(text) => parseDate(text, lang)}
          format={(iso) => formatDateInput(iso, lang)}
          problemText={(problem) => t(`sa.parse.${problem}`)}
          onCommit={onDeadline}
        />
      </div>
    </div>
  );
}

interface StateProps {
  action: PlannedAction;
  idBase: string;
  /** "actie 3": what the fields' names end with. */
  label: string;
  onChange: (patch: { state?: ActionState; stateReason?: string }) => void;
  t: Translate;
}

/**
 * "Stand": how far the action got, with its shape beside the choice, and for "Vervallen" why. The reason is
 * required: next year's school and the MR must be able to read why an action was let go. Its error shows
 * once the field is left empty, or at once when the action was already dropped without one (after a
 * reload or an import), never while the person has only just chosen "Vervallen".
 */
function StateFields({ action, idBase, label, onChange, t }: StateProps) {
  const [droppedAtFirst] = useState(() => action.state === 'dropped');
  const [left, setLeft] = useState(false);
  const dropped = action.state === 'dropped';
  const showError = dropped && action.stateReason.trim() === '' && (left || droppedAtFirst);
  const errorId = `${idBase}-reason-error`;
  return (
    <div class="skc-plan__state-fields">
      <div class="skc-field">
        <label for={`${idBase}-state`}>{t('sa.plan.state')}</label>
        <span class="skc-plan__state" data-state={action.state}>
          <ActionStateMark state={action.state} />
          <select
            id={`${idBase}-state`}
            class="skc-input skc-input--cell"
            aria-label={`${t('sa.plan.state')}, ${label}`}
            value={action.state}
            onChange={(e) => onChange({ state: e.currentTarget.value as ActionState })}
          >
            {ACTION_STATES.map((state) => <option key={state} value={state}>{t(`sa.actionState.${state}`)}</option>)}
          </select>
        </span>
      </div>
      {dropped && (
        <div class="skc-field">
          <label for={`${idBase}-reason`}>{t('sa.plan.stateReason')}</label>
          {showError && (
            <p class="skc-error" id={errorId}>
              <span class="skc-visually-hidden">{t('sa.profile.errorPrefix')} </span>
              {t('sa.plan.stateReasonMissing')}
            </p>
          )}
          <input
            id={`${idBase}-reason`}
            class="skc-input skc-input--cell"
            required
            maxLength={LIMITS.shortText}
            aria-label={t('sa.plan.stateReasonName', { action: label })}
            aria-invalid={showError ? 'true' : undefined}
            aria-describedby={showError ? errorId : undefined}
            value={action.stateReason}
            onInput={(e) => onChange({ stateReason: e.currentTarget.value })}
            onBlur={() => setLeft(true)}
          />
        </div>
      )}
    </div>
  );
}

interface ActionProps {
  action: PlannedAction;
  /** Its number in the whole plan, from 1: fields are named by it ("Wie, actie 3"). */
  number: number;
  state: AssessmentState;
  t: Translate;
  lang: Lang;
}

/**
 * One action: what to do and why, who and by when (its group's), how far it got, and its own owner or date
 * if it differs.
 */
function ActionItem({ action, number, state, t, lang }: ActionProps) {
  // Open at first only when the action already has an owner or date of its own; after that the person
  // decides, so emptying the field they are typing in never closes it under them. Its fields are made
  // only while it is open: a page of a hundred actions would otherwise hold two hundred hidden fields.
  const [openAtFirst] = useState(() => action.ownOwner !== '' || action.ownDeadline !== '');
  const [open, setOpen] = useState(openAtFirst);
  const notSet = t('sa.plan.notSet');
  const label = `${t('sa.report.action').toLowerCase()} ${number}`;
  const idBase = `sa-action-${action.key.replace(':', '-')}`;
  return (
    <li class="skc-plan__action">
      <p class="skc-plan__suggestion">{action.suggestion[lang]}</p>
      <p class="skc-plan__why">
        <StatusText status={statusOfConcern(action.concern)} t={t} />
        <span class="skc-block skc-hint">
          {t('sa.report.question')}: {action.question[lang]} · {t('sa.report.answer')}: {t(`answer.${action.answer}`)}
        </span>
        {action.note && <span class="skc-block skc-hint skc-pre">{t('sa.report.note')}: {action.note}</span>}
      </p>
      <p class="skc-plan__who">
        {t('sa.summary.owner')}: {action.owner || notSet} · {t('sa.summary.deadline')}: {action.deadline ? formatDateLong(action.deadline, lang) : notSet}
      </p>
      <StateFields
        action={action}
        idBase={idBase}
        label={label}
        onChange={(patch) => void state.setActionField(action.scope, action.questionId, patch)}
        t={t}
      />
      <details class="skc-plan__own" open={openAtFirst} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>
          {t('sa.plan.override')}
          <span class="skc-visually-hidden">, {label}</span>
        </summary>
        {open && <OwnerFields
          idBase={idBase}
          nameSuffix={label}
          owner={action.ownOwner}
          deadline={action.ownDeadline}
          onOwner={(owner) => void state.setActionField(action.scope, action.questionId, { owner })}
          onDeadline={(deadline) => void state.setActionField(action.scope, action.questionId, { deadline })}
          t={t}
          lang={lang}
        />}
      </details>
    </li>
  );
}

interface GroupProps {
  group: PlanGroup;
  /** The number of its first action in the whole plan, from 1. */
  first: number;
  state: AssessmentState;
  t: Translate;
  lang: Lang;
}

const sameAction = (a: PlannedAction, b: PlannedAction) =>
  a.key === b.key && a.owner === b.owner && a.deadline === b.deadline && a.ownOwner === b.ownOwner && a.ownDeadline === b.ownDeadline &&
  a.note === b.note && a.answer === b.answer && a.suggestion === b.suggestion && a.state === b.state && a.stateReason === b.stateReason;

/**
 * One group: its owner and deadline, which its actions take, and the actions. A class with
 * `shouldComponentUpdate` rather than a context reader: every change makes new group objects (assess()),
 * and a keystroke in one group's field must render that group only, not the hundred others on the page.
 */
class GroupCard extends Component<GroupProps> {
  shouldComponentUpdate(next: GroupProps) {
    const a = this.props.group;
    const b = next.group;
    return (
      next.first !== this.props.first || next.t !== this.props.t || a.key !== b.key || a.name !== b.name || a.concern !== b.concern ||
      a.owner !== b.owner || a.deadline !== b.deadline || a.actions.length !== b.actions.length || a.actions.some((x, i) => !sameAction(x, b.actions[i]!))
    );
  }

  render({ group, first, state, t, lang }: GroupProps) {
    const title = groupTitle(group, t);
    const id = groupDomId(group.key);
    return (
      <section class="skc-plan__group" aria-labelledby={`sa-plan-${id}`}>
        <h4 id={`sa-plan-${id}`} class="skc-plan__title">{title}</h4>
        <p class="skc-plan__status">
          <StatusText status={statusOfConcern(group.concern)} t={t} />
          <span class="skc-block skc-hint">{t('sa.plan.actions', { count: group.actions.length })}</span>
        </p>
        <OwnerFields
          idBase={`sa-group-${id}`}
          nameSuffix={title}
          owner={group.owner}
          deadline={group.deadline}
          onOwner={(owner) => void state.edit({ type: 'action-group', group: group.key, patch: { owner } })}
          onDeadline={(deadline) => void state.edit({ type: 'action-group', group: group.key, patch: { deadline } })}
          t={t}
          lang={lang}
        />
        <ol class="skc-plan__actions" start={first}>
          {group.actions.map((action, i) => (
            <ActionItem key={action.key} action={action} number={first + i} state={state} t={t} lang={lang} />
          ))}
        </ol>
      </section>
    );
  }
}

/** Whole groups per page, about PAGE_ACTIONS actions each: [first group, last group + 1, first action]. */
function pagesOf(groups: readonly PlanGroup[]): [number, number, number][] {
  const pages: [number, number, number][] = [];
  let start = 0;
  let actions = 0;
  let before = 0;
  groups.forEach((group, i) => {
    actions += group.actions.length;
    if (actions >= PAGE_ACTIONS || i === groups.length - 1) {
      pages.push([start, i + 1, before]);
      before += actions;
      start = i + 1;
      actions = 0;
    }
  });
  return pages;
}

/**
 * The action plan on screen: the groups of assess() in their order (the law first), each with one owner
 * and deadline that its actions take unless one is given its own.
 */
export function ActionPlan() {
  const { state, t, data } = useApp();
  const assessed = state.assessed.value;
  const groups = assessed?.groups ?? [];
  const [wanted, setPage] = useState(0);
  if (!groups.length) return <p>{t('sa.summary.noActions')}</p>;
  const pages = pagesOf(groups);
  const page = Math.min(wanted, pages.length - 1);
  const [from, to, before] = pages[page]!;
  const shown = groups.slice(from, to);
  const count = shown.reduce((n, group) => n + group.actions.length, 0);
  const number = (n: number) => n.toLocaleString(data.lang === 'nl' ? 'nl-NL' : 'en-GB');
  const range = t('sa.plan.range', { from: number(before + 1), to: number(before + count), total: number(assessed!.plan.length) });
  let first = before + 1;
  return (
    <div class="skc-plan">
      <p class="skc-plan__counts">{stateCounts(assessed!.counts.actionStates, t)}</p>
      {pages.length > 1 && (
        <nav class="skc-plan-pager" aria-label={t('sa.plan.pages')}>
          <p aria-live="polite">{range}</p>
          <p class="skc-button-row">
            <button type="button" class="skc-button skc-button--secondary" disabled={page === 0} onClick={() => setPage(page - 1)}>{t('sa.plan.previous')}</button>
            <button type="button" class="skc-button skc-button--secondary" disabled={page === pages.length - 1} onClick={() => setPage(page + 1)}>{t('sa.plan.next')}</button>
          </p>
        </nav>
      )}
      {shown.map((group) => {
        const card = <GroupCard key={group.key} group={group} first={first} state={state} t={t} lang={data.lang} />;
        first += group.actions.length;
        return card;
      })}
    </div>
  );
}
