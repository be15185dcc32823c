import type { TFunction } from 'i18next';
import { graphQLErrorsOf } from '../../app/graphql-errors';
import type { FormProblem } from '../../app/form-errors';
import { fieldPath } from '../../app/form-errors';

/**
 * A form's refusal from the server in the user's language: each error's `serverErrors.<reason>`
 * translation with its params, the server's message only when no translation exists.
 */
export function translatedProblem(error: unknown, known: (path: string) => boolean, t: TFunction, exists: (key: string) => boolean): FormProblem {
  const problem: FormProblem = { fields: {}, form: [], conflict: false, failed: false };
  const errors = graphQLErrorsOf(error);
  if (errors.length === 0) {
    problem.failed = true;
    return problem;
  }
  for (const e of errors) {
    const ext = (e.extensions ?? {}) as { code?: string; reason?: string; field?: string; params?: Record<string, unknown> };
    const key = ext.reason ? `serverErrors.${ext.reason}` : '';
    const message = key && exists(key) ? (t as unknown as (k: string, o?: object) => string)(key, ext.params ?? {}) : e.message;
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
