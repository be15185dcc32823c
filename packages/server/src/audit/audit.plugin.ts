import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLContext } from '../graphql/context.js';
import type { AuditWriter } from './audit-writer.js';

/**
 * Writes the audit trail with who, when and from where: the entries the audited fields
 * collected while the request ran (audit.fields.ts) — reads, list reads, refusals — through
 * the process's audit writer, which puts the entries of requests finishing together into one
 * insert (audit-writer.ts). The response leaves only once this request's entries are
 * committed. A committed mutation's own entry is not among them: it was written in the
 * mutation's transaction (common/transaction.ts).
 */
export function auditPlugin(writer: AuditWriter): ApolloServerPlugin<GraphQLContext> {
  return {
    requestDidStart() {
      return Promise.resolve({
        willSendResponse: ({ contextValue }) => writeRequestAudit(contextValue, writer),
      });
    },
  };
}

/**
 * Writes the entries a request collected, as who signed it in, from where, now; resolves once
 * they are committed. A failure to write is logged, never the request's: its answer still leaves.
 * Also what the FHIR API (fhir/fhir.router.ts) runs before it answers.
 */
export async function writeRequestAudit(context: GraphQLContext, writer: AuditWriter): Promise<void> {
  try {
    await context.audit.flush(writer, {
      // A request refused because its session is locked is still that user's.
      user: context.user ?? context.lockedUser,
      ip: context.http?.ip ?? null,
      userAgent: context.http?.userAgent ?? null,
      at: context.clock(),
    });
  } catch (error) {
    console.error('Could not write the audit trail', error);
  }
}
