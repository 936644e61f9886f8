import type { Assessed } from '../../../domain/assessment/assess';
import { actionPlanCsv, type CsvLabels } from '../../../domain/assessment/csv';
import type { Assessment } from '../../../domain/assessment/format/schema';
import type { IslandData, Translate } from '../data';
import { download, fileNameFor } from './files';
import { groupTitle } from './group-title';
import { statusOfConcern } from './StatusText';

/**
 * The words of the action plan's spreadsheet, in the page's language: the group as the plan names it,
 * what an answer means in the same words as the statuses, and the principle's title (never its key).
 */
function csvLabels(assessed: Assessed, t: Translate, data: IslandData): CsvLabels {
  const groups = new Map(assessed.groups.map((group) => [group.key, groupTitle(group, t)]));
  const titles = new Map(data.principles.map((p) => [p.key, p.title]));
  return {
    headers: t('sa.csv.headers').split('|'),
    answer: { no: t('answer.no'), partly: t('answer.partly') },
    concern: {
      exclusion: t(`status.${statusOfConcern('exclusion')}`),
      'cost-barrier': t(`status.${statusOfConcern('cost-barrier')}`),
      information: t(`status.${statusOfConcern('information')}`),
    },
    state: {
      'not-started': t('sa.actionState.not-started'),
      'in-progress': t('sa.actionState.in-progress'),
      done: t('sa.actionState.done'),
      dropped: t('sa.actionState.dropped'),
    },
    group: (action) => groups.get(action.group) ?? action.scopeName ?? '',
    principle: (key) => titles.get(key) ?? key,
  };
}

/** Offers the action plan as a CSV file that a spreadsheet in the page's language opens in columns. */
export function exportPlanCsv(assessment: Assessment, assessed: Assessed, t: Translate, data: IslandData) {
  const text = actionPlanCsv(assessed.plan, data.lang, csvLabels(assessed, t, data));
  download(fileNameFor(assessment.profile.schoolName, assessment.profile.schoolYear, 'csv'), text, 'text/csv;charset=utf-8');
}
