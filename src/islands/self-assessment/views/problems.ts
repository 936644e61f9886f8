import type { Problem } from '../../../domain';
import type { Translate } from '../data';

/**
 * A problem in the reader's language, by its code. Schema codes go from specific to general
 * (`schema-too_big-string` → `schema-too_big` → `schema`), so a new kind of zod issue still reads well.
 * Without a known code, the problem's own (English) message is shown.
 */
export function describeProblem(problem: Problem, t: Translate): string {
  let message = problem.message;
  const parts = problem.code?.split('-') ?? [];
  for (let n = parts.length; n > 0; n -= 1) {
    const key = `sa.problem.${parts.slice(0, n).join('-')}`;
    const text = t(key, problem.params);
    if (text !== key) {
      message = text;
      break;
    }
  }
  return problem.field ? t('sa.problem.field', { field: problem.field, message }) : message;
}
