import { isRefusalReason } from '@pj/shared';
import { graphQLErrorsOf } from '../../app/graphql-errors';
import type { FormProblem } from '../../app/form-errors';
import { fieldPath } from '../../app/form-errors';
import { refusalText } from '../../app/refusals';

/**
 * A form's refusal from the server in the user's language: each error's reason as `refusalText`
 * says it, the server's message only for a reason the server is not known to give.
 */
export function translatedProblem(error: unknown, known: (path: string) => boolean): FormProblem {
  const problem: FormProblem = { fields: {}, form: [], conflict: false, failed: false };
  const errors = graphQLErrorsOf(error);
  if (errors.length === 0) {
    problem.failed = true;
    return problem;
  }
  for (const e of errors) {
    const ext = (e.extensions ?? {}) as { code?: string; reason?: string; field?: string; params?: Record<string, unknown> };
    const message = isRefusalReason(ext.reason) ? refusalText(e) : e.message;
    if (ext.code === 'BAD_USER_INPUT' || (ext.code === 'CONFLICT' && ext.field)) {
      const path = typeof ext.field === 'string' ? fieldPath(ext.field) : '';
      if (path && known(path) && !problem.fields[path]) problem.fields[path] = message;
      else problem.form.push(message);
    } else if (ext.code === 'CONFLICT') {
      problem.form.push(message);
    } else {
      problem.failed = true;
    }
  }
  return problem;
}
