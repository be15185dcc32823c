import type { GraphQLFormattedError } from 'graphql';
import { codeOf, graphQLErrorsOf } from '../../app/graphql-errors';

/** The patient fields only roles with READ_CONTACT_DETAILS may read. */
export const CONTACT_FIELDS: ReadonlySet<string> = new Set(['phones', 'guardian', 'nationalId', 'district', 'commune', 'village']);

/** True for "your role may not read this contact detail" (path `[…, 'patient', 'phones', …]`). */
function isContactRefusal(error: GraphQLFormattedError): boolean {
  return codeOf(error) === 'FORBIDDEN' && (error.path ?? []).some((part) => typeof part === 'string' && CONTACT_FIELDS.has(part));
}

/**
 * Splits a patient page's errors: contact details refused for the role (shown as "hidden for
 * your role", not as a failure) and everything else.
 */
export function splitContactRefusals(error: unknown): { contactRefused: boolean; otherError: unknown } {
  const errors = graphQLErrorsOf(error);
  if (!error) return { contactRefused: false, otherError: undefined };
  if (errors.length === 0) return { contactRefused: false, otherError: error };
  const refused = errors.filter(isContactRefusal);
  return {
    contactRefused: refused.length > 0,
    otherError: refused.length === errors.length ? undefined : error,
  };
}
