import { codeOf, graphQLErrorsOf } from './graphql-errors';
import { refusalText } from './refusals';

/** A server refusal of a form, sorted out for display next to the fields. */
export interface FormProblem {
  /** Messages by field path (`diagnosis`, `medications.0.name`), for inputs the form has, in
   *  the user's language (from the refusal's reason and params, never the server's English). */
  fields: Record<string, string>;
  /** Messages without a field of the form (or no field at all), shown above the form. */
  form: string[];
  /** The record changed since it was loaded (a stale version) or the move is not allowed now. */
  conflict: boolean;
  /** No GraphQL answer or an unexpected failure: nothing of it belongs to a field. */
  failed: boolean;
}

/** `medications[0].name` → `medications.0.name`; `input.diagnosis` → `diagnosis`. */
export function fieldPath(field: string): string {
  return field
    .replace(/^input\./, '')
    .replace(/\[(\d+)\]/g, '.$1')
    .replace(/^\./, '');
}

/**
 * Sorts a mutation's error into field messages, form messages and a conflict flag. `known`
 * tells whether the form shows a field with that path; messages for other fields go to `form`.
 */
export function formProblemOf(error: unknown, known: (path: string) => boolean): FormProblem {
  const problem: FormProblem = { fields: {}, form: [], conflict: false, failed: false };
  const errors = graphQLErrorsOf(error);
  if (errors.length === 0) {
    problem.failed = true;
    return problem;
  }
  for (const e of errors) {
    const code = codeOf(e);
    if (code === 'BAD_USER_INPUT') {
      const field = e.extensions?.['field'];
      const path = typeof field === 'string' ? fieldPath(field) : '';
      if (path && known(path) && !problem.fields[path]) problem.fields[path] = refusalText(e);
      else problem.form.push(refusalText(e));
    } else if (code === 'CONFLICT') {
      problem.conflict = true;
      problem.form.push(refusalText(e));
    } else {
      problem.failed = true;
    }
  }
  return problem;
}
