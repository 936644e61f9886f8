// The self-assessment's results under the names the rule tests use, all read from the one derived model
// (src/domain/assessment/assess.ts), so those tests test what the island shows.
import type { Checklist } from '../../src/domain/checklist/schema';
import { createAssessor, statusOfAnswers } from '../../src/domain/assessment/assess';
import type { Activity, Assessment } from '../../src/domain/assessment/format/schema';

export { statusOfAnswers };

const assess = (checklist: Checklist, assessment: Assessment) => createAssessor(checklist)(assessment);

export const actionPlan = (checklist: Checklist, assessment: Assessment) => assess(checklist, assessment).plan;
export const principleStatuses = (checklist: Checklist, assessment: Assessment) => assess(checklist, assessment).principles;
export const summaryCounts = (checklist: Checklist, assessment: Assessment) => assess(checklist, assessment).counts;
export const schoolWideStatus = (checklist: Checklist, assessment: Assessment) => assess(checklist, assessment).school.status;
export const activityStatus = (checklist: Checklist, assessment: Assessment, activity: Activity) =>
  assess(checklist, assessment).byScope.get(activity.id)!.status;
