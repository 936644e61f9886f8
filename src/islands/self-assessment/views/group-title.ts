import type { PlanGroup } from '../../../domain/assessment/action-plan';
import type { Translate } from '../data';

/** A group of the plan as people call it: the activity's name, or "Hele school: <topic>". */
export function groupTitle(group: Pick<PlanGroup, 'name' | 'topic'>, t: Translate): string {
  return group.name ?? `${t('sa.summary.schoolWideScope')}: ${t(`topic.${group.topic}`)}`;
}

/** An id for the page made from a group's key (`activity:<id>`, `topic:<topic>`). */
export const groupDomId = (key: string) => key.replace(':', '-');
