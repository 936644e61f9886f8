import type { Lang } from '../../../domain';
import { ACTION_STATES } from '../../../domain/assessment/format/constants';
import { ITEM_STATUSES, PRINCIPLE_STATUSES } from '../../../domain/monitor/constants';
import { MR_ANSWERS, type Aggregate } from '../../../domain/monitor/aggregate';
import { csvNumber, csvText } from '../../../domain/monitor/csv';
import type { Translate } from '../data';
import type { Labels } from './labels';

/**
 * Every number of the page, every school year, as CSV in long form (year, part, group, measure, value): one
 * row per number, so a spreadsheet can filter and pivot it. The parts are named as the page's headings.
 */
export function monitorCsv(result: Aggregate, lang: Lang, t: Translate, labels: Labels): string {
  const n = (value: number | null) => csvNumber(value, lang);
  const rows: string[][] = [[t('mon.csv.year'), t('mon.csv.part'), t('mon.csv.group'), t('mon.csv.measure'), t('mon.csv.value')]];
  for (const year of result.perYear) {
    const y = year.schoolYear;
    const schools = t('mon.schools.title');
    for (const [type, count] of Object.entries(year.schools)) rows.push([y, schools, labels.type(type), t('mon.count'), n(count)]);
    rows.push([y, schools, t('mon.schools.total'), t('mon.count'), n(year.schoolCount)]);
    const activities = t('mon.activities.title');
    for (const row of year.activities) {
      for (const status of ITEM_STATUSES) rows.push([y, activities, labels.kind(row.kind), labels.status(status), n(row.counts[status])]);
      rows.push([y, activities, labels.kind(row.kind), t('mon.activities.atRisk'), n(row.atRisk)]);
      rows.push([y, activities, labels.kind(row.kind), t('mon.activities.total'), n(row.total)]);
    }
    const principles = t('mon.principles.title');
    for (const row of year.principles) {
      rows.push([y, principles, labels.principle(row.principle), t('mon.principles.short'), n(row.shortfall)]);
      for (const status of PRINCIPLE_STATUSES) rows.push([y, principles, labels.principle(row.principle), labels.status(status), n(row.counts[status])]);
    }
    const questions = t('mon.questions.title');
    for (const row of year.questions.rows) {
      const question = labels.question(row.question);
      rows.push([y, questions, question, t('mon.questions.where'), row.scopes.map(labels.scope).join(', ')]);
      rows.push([y, questions, question, t('mon.questions.asked'), n(row.asked)]);
      rows.push([y, questions, question, t('mon.questions.no'), n(row.no)]);
      rows.push([y, questions, question, t('mon.questions.partly'), n(row.partly)]);
      rows.push([y, questions, question, t('mon.principles.short'), n(row.shortfall)]);
      rows.push([y, questions, question, t('mon.questions.sharePercent'), n(labels.percentNumber(row.share))]);
    }
    const contributions = t('mon.contributions.title');
    for (const row of year.contributions) {
      const type = labels.type(row.type);
      rows.push([y, contributions, type, t('mon.contributions.asking'), n(row.spread.count)]);
      rows.push([y, contributions, type, t('mon.contributions.none'), n(row.none)]);
      rows.push([y, contributions, type, t('mon.median'), n(row.spread.median)]);
      rows.push([y, contributions, type, t('mon.min'), n(row.spread.min)]);
      rows.push([y, contributions, type, t('mon.max'), n(row.spread.max)]);
    }
    const trips = t('mon.trips.title');
    for (const [group, spread] of [[t('mon.trips.all'), year.multiDay.all] as const, ...year.multiDay.byType.map((row) => [labels.type(row.type), row.spread] as const)]) {
      rows.push([y, trips, group, t('mon.trips.count'), n(spread.count)]);
      rows.push([y, trips, group, t('mon.median'), n(spread.median)]);
      rows.push([y, trips, group, t('mon.min'), n(spread.min)]);
      rows.push([y, trips, group, t('mon.max'), n(spread.max)]);
    }
    for (const answer of MR_ANSWERS) rows.push([y, t('mon.mr.title'), labels.mr(answer), t('mon.count'), n(year.mr[answer])]);
    const actions = t('mon.actions.title');
    const a = year.actions;
    rows.push([y, actions, '', t('mon.actions.total'), n(a.total)]);
    for (const concern of ['exclusion', 'cost-barrier', 'information'] as const) rows.push([y, actions, '', t(`mon.actions.${concern}`), n(a.byConcern[concern])]);
    rows.push([y, actions, '', t('mon.actions.withOwner'), n(a.withOwner)]);
    rows.push([y, actions, '', t('mon.actions.withDeadline'), n(a.withDeadline)]);
    rows.push([y, actions, '', t('mon.actions.planned'), n(a.planned)]);
    rows.push([y, actions, '', t('mon.actions.schools'), n(a.schoolsWithActions)]);
    rows.push([y, actions, '', t('mon.actions.complete'), n(year.complete)]);
    const states = t('mon.states.title');
    for (const row of year.actionStates.rows) {
      const group = row.type === 'all' ? t('mon.states.all') : labels.type(row.type);
      rows.push([y, states, group, t('mon.states.schools'), n(row.schools)]);
      rows.push([y, states, group, t('mon.states.total'), n(row.total)]);
      for (const state of ACTION_STATES) rows.push([y, states, group, t(`mon.states.${state}`), n(row.states[state])]);
      rows.push([y, states, group, t('mon.states.doneSharePercent'), n(row.doneShare === null ? null : labels.percentNumber(row.doneShare))]);
    }
    const change = result.changes.find((c) => c.to === y);
    if (change) {
      const title = t('mon.changes.title', { from: change.from, to: change.to });
      for (const row of change.principles) {
        for (const field of ['better', 'worse', 'same'] as const) rows.push([y, title, labels.principle(row.principle), t(`mon.changes.${field}`), n(row[field])]);
      }
      for (const row of change.kinds) {
        for (const field of ['better', 'worse', 'same'] as const) rows.push([y, title, labels.kind(row.kind), t(`mon.changes.${field}`), n(row[field])]);
      }
    }
  }
  return csvText(rows, lang);
}
