import type { Problem } from '../../domain';
import type { Translate } from './data';

/** A problem in the reader's language: known problems by their code, schema issues with their field. */
export function describeProblem(problem: Problem, t: Translate): string {
  const key = problem.code ? `sa.problem.${problem.code}` : '';
  const message = key && t(key, problem.params) !== key ? t(key, problem.params) : problem.message;
  return problem.field ? t('sa.problem.field', { field: problem.field, message }) : message;
}
