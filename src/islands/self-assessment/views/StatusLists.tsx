import { Component } from 'preact';
import type { AssessedPart } from '../../../domain/assessment/assess';
import { ITEM_STATUSES, type ItemStatus, type SummaryCounts } from '../../../domain/assessment/status';
import type { Translate } from '../data';
import { StatusText } from './StatusText';

const rank = (status: ItemStatus) => ITEM_STATUSES.indexOf(status);

/** Activities most serious first (an exclusion before a missing letter), the school's order within a status. */
const bySeriousness = (parts: readonly AssessedPart[]) => [...parts].sort((a, b) => rank(a.status) - rank(b.status));

interface PartListProps {
  school: AssessedPart;
  activities: readonly AssessedPart[];
  t: Translate;
  /** Opens the activity (or the school-wide step) the person clicked. */
  onOpen: (scope: string) => void;
}

/**
 * The status of the school-wide part and of every activity, most serious first, with how many of its
 * questions are answered. A class that renders again only when a part changed: assess() keeps a part
 * while its activity is unchanged, so a keystroke in the action plan does not redraw a thousand rows.
 */
export class PartStatusList extends Component<PartListProps> {
  shouldComponentUpdate(next: PartListProps) {
    const before = this.props.activities;
    return next.t !== this.props.t || next.school !== this.props.school || next.activities.length !== before.length || next.activities.some((part, i) => part !== before[i]);
  }

  render({ school, activities, t, onOpen }: PartListProps) {
    const row = (part: AssessedPart, name: string) => (
      <li key={part.scope} class="skc-part-status">
        <button type="button" class="skc-link-button skc-part-status__name" onClick={() => onOpen(part.scope)}>{name}</button>
        <StatusText status={part.status} t={t} />
        <span class="skc-block skc-hint">{t('sa.progress', { answered: part.answered, total: part.total })}</span>
      </li>
    );
    return (
      <ul class="skc-status-list">
        {row(school, t('sa.summary.schoolWideScope'))}
        {bySeriousness(activities).map((part) => row(part, part.activity!.name))}
      </ul>
    );
  }
}

/** How many activities have each status, most serious first, leaving out statuses nobody has. */
export function StatusCounts({ counts, t, labelledBy }: { counts: SummaryCounts['activities']; t: Translate; labelledBy: string }) {
  const present = ITEM_STATUSES.filter((status) => counts[status] > 0);
  if (!present.length) return <p>{t('sa.activities.none')}</p>;
  return (
    <ul class="skc-status-counts" aria-labelledby={labelledBy}>
      {present.map((status) => (
        <li key={status}>
          <strong>{t('sa.summary.activityCount', { count: counts[status] })}</strong>
          <StatusText status={status} t={t} />
        </li>
      ))}
    </ul>
  );
}
