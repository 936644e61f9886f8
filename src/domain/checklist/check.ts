import type { Problem } from '../result';
import { ACTIVITY_KINDS, type Checklist } from './schema';

/**
 * Rules across the checklist files: question ids are unique (saved answers refer to them), every
 * question tests a principle that exists, no question claims a revision newer than the checklist,
 * and every kind of activity gets questions (or its activities could never be complete).
 */
export function checkChecklist(checklist: Checklist, principleKeys: readonly string[]): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  const questions = [
    ...checklist.schoolQuestions.map((q) => ({ q, file: 'content/checklist/school-wide.yaml' })),
    ...checklist.activityQuestions.map((q) => ({ q, file: 'content/checklist/activity.yaml' })),
  ];
  for (const { q, file } of questions) {
    if (seen.has(q.id)) problems.push({ file, field: `${q.id}.id`, message: `the id "${q.id}" is used twice; every question needs its own id` });
    seen.add(q.id);
    if (!principleKeys.includes(q.principle)) {
      problems.push({ file, field: `${q.id}.principle`, message: `no principle has key "${q.principle}"; use one of: ${principleKeys.join(', ')}` });
    }
    if (q.revised > checklist.version) {
      problems.push({ file, field: `${q.id}.revised`, message: `is ${q.revised}, but the checklist version is ${checklist.version}; raise the version in content/checklist/checklist.yaml` });
    }
  }
  for (const kind of ACTIVITY_KINDS) {
    if (!checklist.activityQuestions.some((q) => q.kinds.includes(kind))) {
      problems.push({ file: 'content/checklist/activity.yaml', field: '', message: `no question is asked for activities of kind "${kind}"` });
    }
  }
  const templateIds = new Set<string>();
  for (const template of checklist.templates) {
    if (templateIds.has(template.id)) problems.push({ file: 'content/checklist/templates.yaml', field: `${template.id}.id`, message: `the id "${template.id}" is used twice` });
    templateIds.add(template.id);
  }
  return problems;
}
