import type { Assessed } from '../assessment/assess';
import type { Assessment } from '../assessment/format/schema';
import type { Problem, Result } from '../result';
import { CONCERNS } from '../vocabulary';
import { MONITOR_FORMAT, MONITOR_MAX_NAME, MONITOR_SCHEMA_VERSION, normaliseSchoolYear, type QuestionScope } from './constants';
import type { MonitorAnswers, MonitorFile } from './schema';

export interface ExtractOptions {
  /** The moment the file is made; the clock is passed in (the domain reads none). */
  now: Date;
  /** A code the school chose to use instead of its name; blank keeps the name. */
  schoolCode?: string;
  /** Name of the file the assessment came from, for problems. */
  fileName?: string;
}

/**
 * Per question and place (school-wide, or a kind of activity): how often it was asked and how often the
 * answer was "nee" or "deels". Only ids and counts: no question text, note or activity name. Questions are
 * those the one derived model asks, so a dropped activity (asked nothing) adds nothing. An answer taken over
 * and not yet confirmed counts as no answer, as it does for the statuses.
 */
function answerCounts(assessed: Assessed): MonitorAnswers[] {
  const rows = new Map<string, MonitorAnswers>();
  for (const part of [assessed.school, ...assessed.activities]) {
    const scope: QuestionScope = part.activity ? part.activity.kind : 'school';
    for (const { question, answer } of part.questions) {
      const key = `${scope}|${question.id}`;
      let row = rows.get(key);
      if (!row) rows.set(key, (row = { question: question.id, scope, asked: 0, no: 0, partly: 0 }));
      row.asked += 1;
      const value = answer && !answer.recheck ? answer.value : undefined;
      if (value === 'no') row.no += 1;
      if (value === 'partly') row.partly += 1;
    }
  }
  return [...rows.values()];
}

/**
 * The monitor file of one assessment: what a school shares with the municipality. Built from the assessment
 * and its one derived model (`createAssessor(checklist)(assessment)`), so its statuses are the ones the school
 * sees. Leaves out every free text and every person's name: notes, activity names, year groups, action
 * owners and deadlines (only counted), the reasons an action was dropped (only its state is counted),
 * "ingevuld door"; questions appear by id with counts, never with their text. Refused, with a problem naming the field, when the
 * school type, the school year or a name (or code) is missing: the municipality cannot place such a file.
 */
export function monitorExtract(assessment: Assessment, assessed: Assessed, options: ExtractOptions): Result<MonitorFile> {
  const file = options.fileName ?? '';
  const issues: Problem[] = [];
  const { profile } = assessment;
  const name = (options.schoolCode?.trim() || profile.schoolName.trim()).slice(0, MONITOR_MAX_NAME);
  const schoolYear = normaliseSchoolYear(profile.schoolYear);
  if (!profile.schoolType) issues.push({ file, field: 'profile.schoolType', message: 'no school type chosen', code: 'no-school-type' });
  if (!schoolYear) {
    issues.push({ file, field: 'profile.schoolYear', message: `"${profile.schoolYear}" is not a school year such as 2026-2027`, code: 'no-school-year', params: { year: profile.schoolYear } });
  }
  if (!name) issues.push({ file, field: 'profile.schoolName', message: 'no school name or code', code: 'no-school-name' });
  if (issues.length > 0 || !profile.schoolType || !schoolYear) return { ok: false, issues };

  const byConcern = Object.fromEntries(CONCERNS.map((concern) => [concern, assessed.counts.actions[concern]])) as MonitorFile['actions']['byConcern'];
  const withOwner = assessed.plan.filter((action) => action.owner.trim() !== '').length;
  const withDeadline = assessed.plan.filter((action) => action.deadline !== '').length;
  const planned = assessed.plan.filter((action) => action.owner.trim() !== '' && action.deadline !== '').length;
  return {
    ok: true,
    value: {
      format: MONITOR_FORMAT,
      schemaVersion: MONITOR_SCHEMA_VERSION,
      checklistVersion: assessment.checklistVersion,
      createdAt: options.now.toISOString(),
      school: { name, type: profile.schoolType, schoolYear },
      contribution: profile.contribution,
      mrInvolved: profile.mrInvolved,
      questions: { answered: assessed.counts.answered, total: assessed.counts.total },
      activities: assessed.activities.map((part) => {
        const activity = part.activity!;
        return {
          kind: activity.kind,
          traits: [...activity.traits],
          costPerPupil: activity.costPerPupil,
          fundedBy: activity.fundedBy,
          optional: activity.optional,
          optionalDecision: activity.optionalDecision,
          status: part.status,
        };
      }),
      principles: assessed.principles.map(({ principle, status }) => ({ principle, status })),
      answers: answerCounts(assessed),
      actions: { byConcern, groups: assessed.groups.length, withOwner, withDeadline, planned, states: { ...assessed.counts.actionStates } },
    },
  };
}
