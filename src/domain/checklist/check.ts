import type { Problem } from '../result';
import { ACTIVITY_KINDS, type Checklist } from './schema';

/** Where the checklist's files are: the messages name the content folder in use, not always content/. */
export interface ChecklistFiles {
  meta: string;
  schoolQuestions: string;
  activityQuestions: string;
  templates: string;
}
const DEFAULT_FILES: ChecklistFiles = {
  meta: 'content/checklist/checklist.yaml',
  schoolQuestions: 'content/checklist/school-wide.yaml',
  activityQuestions: 'content/checklist/activity.yaml',
  templates: 'content/checklist/templates.yaml',
};

/**
 * Rules across the checklist files: question ids are unique (saved answers refer to them), every
 * question tests a principle that exists, no question claims a revision newer than the checklist,
 * and every kind of activity gets questions (or its activities could never be complete).
 * Each problem's `params.id` is the question or template id, so a message can name it.
 */
export function checkChecklist(checklist: Checklist, principleKeys: readonly string[], files: ChecklistFiles = DEFAULT_FILES): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  const questions = [
    ...checklist.schoolQuestions.map((q) => ({ q, file: files.schoolQuestions })),
    ...checklist.activityQuestions.map((q) => ({ q, file: files.activityQuestions })),
  ];
  for (const { q, file } of questions) {
    if (seen.has(q.id)) problems.push({ file, field: `${q.id}.id`, message: `the id "${q.id}" is used twice; every question needs its own id`, code: 'duplicate-id', params: { id: q.id } });
    seen.add(q.id);
    if (!principleKeys.includes(q.principle)) {
      problems.push({
        file,
        field: `${q.id}.principle`,
        message: `no principle has key "${q.principle}"; use one of: ${principleKeys.join(', ')}`,
        code: 'unknown-principle',
        params: { id: q.id, key: q.principle, known: principleKeys.join(', ') },
      });
    }
    if (q.revised > checklist.version) {
      problems.push({
        file,
        field: `${q.id}.revised`,
        message: `is ${q.revised}, but the checklist version is ${checklist.version}; raise the version in ${files.meta}`,
        code: 'revised-too-new',
        params: { id: q.id, revised: q.revised, version: checklist.version, meta: files.meta },
      });
    }
  }
  for (const kind of ACTIVITY_KINDS) {
    if (!checklist.activityQuestions.some((q) => q.kinds.includes(kind))) {
      problems.push({ file: files.activityQuestions, field: '', message: `no question is asked for activities of kind "${kind}"`, code: 'kind-without-questions', params: { kind } });
    }
  }
  const templateIds = new Set<string>();
  for (const template of checklist.templates) {
    if (templateIds.has(template.id)) {
      problems.push({ file: files.templates, field: `${template.id}.id`, message: `the id "${template.id}" is used twice`, code: 'duplicate-id', params: { id: template.id } });
    }
    templateIds.add(template.id);
  }
  return problems;
}
