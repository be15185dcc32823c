import type { FilterQuery } from '@mikro-orm/core';
import { Permission } from '@pj/shared';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context.js';
import { Keyset } from '../graphql/keyset.js';
import { keyOf, toConnection, toGlobalId, type Page, PageArgs, pageRequest } from '../graphql/relay.js';
import { Patient } from '../patients/patient.entity.js';
import { AuditEntry } from './audit-entry.entity.js';
import { AuditLogFilter } from './audit.input.js';
import { AuditEntryConnection } from './audit.types.js';
import { countOf, listOf } from '../persistence/replica-lists.js';

/** Entries about any of these patients: their own, or a list read that showed one of them. */
function aboutPatients(ids: string[]): FilterQuery<AuditEntry> {
  return { $or: [{ patientId: ids.length > 1 ? { $in: ids } : ids[0] }, { patientIds: { $overlap: ids } }] };
}

/** Newest first: by id, which grows with each entry. */
const AUDIT_KEYSET = new Keyset<AuditEntry>([{ sql: 'a.id', type: 'serial', of: (entry) => entry.id }], 'desc');

async function listAudit(ctx: GraphQLContext, where: FilterQuery<AuditEntry>, paging: PageArgs): Promise<Page<AuditEntry>> {
  const request = pageRequest(paging);
  const qb = ctx.em.createQueryBuilder(AuditEntry, 'a').select('*').where(where);
  const window = AUDIT_KEYSET.window(request);
  qb.andWhere(window.sql, window.params);
  qb.orderBy(AUDIT_KEYSET.qbOrderBy(request)).limit(window.limit);
  return AUDIT_KEYSET.page(await listOf(ctx.em, AuditEntry, qb), request, () => countOf(ctx.em, AuditEntry, where));
}

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Authorized(Permission.READ_AUDIT_LOG)
  @Query(() => AuditEntryConnection, { description: 'The audit trail, newest first (administrators).' })
  async auditLog(
    @Ctx() ctx: GraphQLContext,
    @Arg('filter', () => AuditLogFilter, { nullable: true, description: 'Which entries; conditions combine with AND. Omit it for all.' }) filter?: AuditLogFilter | null,
    @Args(() => PageArgs) paging: PageArgs = {},
  ) {
    const where: FilterQuery<AuditEntry>[] = [];
    if (filter?.patientId) where.push(aboutPatients([keyOf(filter.patientId, 'Patient', 'filter.patientId')]));
    if (filter?.username) where.push({ username: filter.username.trim().toLowerCase() });
    if (filter?.action) {
      where.push(filter.action.endsWith(':') ? { action: { $like: `${filter.action.replace(/[\\%_]/g, '\\$&')}%` } } : { action: filter.action });
    }
    if (filter?.from) where.push({ at: { $gte: filter.from } });
    if (filter?.to) where.push({ at: { $lt: filter.to } });
    return toConnection(await listAudit(ctx, { $and: where }, paging));
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The patient concerned, if any.' })
  patientId(@Root() entry: AuditEntry): string | null {
    return entry.patientId ? toGlobalId('Patient', entry.patientId) : null;
  }

  @Authorized(Permission.READ_PATIENTS)
  @FieldResolver(() => Patient, {
    nullable: true,
    description:
      'The patient concerned, if any (the record as it is now: its name and MRN), loaded for a whole page at once; null for an entry about no patient, and null (with a FORBIDDEN error on this field alone) for roles that may not open patient records.',
  })
  async patient(@Root() entry: AuditEntry, @Ctx() ctx: GraphQLContext): Promise<Patient | null> {
    return entry.patientId ? ((await ctx.loaders.patient.load(entry.patientId)) ?? null) : null;
  }

  @FieldResolver(() => [ID], { description: 'The patients a list read showed (census, worklists, follow-up and theatre lists, search); empty for other entries.' })
  patientIds(@Root() entry: AuditEntry): string[] {
    return (entry.patientIds ?? []).map((id) => toGlobalId('Patient', id));
  }
}

@Resolver(() => Patient)
export class PatientAccessLogResolver {
  @Authorized(Permission.READ_AUDIT_LOG)
  @FieldResolver(() => AuditEntryConnection, {
    nullable: true,
    description: 'Who opened this record, saw it in a list, or changed it, newest first; null (with a FORBIDDEN error on this field alone) for roles that may not read the audit trail.',
  })
  async accessLog(
    @Root() patient: Patient,
    @Ctx() ctx: GraphQLContext,
    @Args(() => PageArgs) paging: PageArgs = {},
  ) {
    // Entries keep the patient id they were written with: a merged-away record's entries are
    // this patient's too.
    const merged = await ctx.em.find(Patient, { mergedInto: patient.id }, { fields: ['id'] });
    const ids = [patient.id, ...merged.map((p) => p.id)];
    return toConnection(await listAudit(ctx, aboutPatients(ids), paging));
  }
}
