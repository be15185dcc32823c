import type { EntityManager } from '@mikro-orm/postgresql';
import { Specialty } from '@pj/shared';
import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context.js';
import { ProcedureGroup } from './procedure-group.entity.js';

/** The procedure groups, by specialty then name; of `specialty` when given. */
export function procedureGroups(em: EntityManager, specialty: Specialty | null): Promise<ProcedureGroup[]> {
  return em.find(ProcedureGroup, specialty ? { specialty } : {}, { orderBy: { specialty: 'asc', title: 'asc' } });
}

@Resolver(() => ProcedureGroup)
export class ProcedureGroupResolver {
  @Authorized()
  @Query(() => [ProcedureGroup], { description: 'The procedure groups surgeons are trained and entrusted in, each with the hospital\'s rule before independent practice; of `specialty` when given.' })
  procedureGroups(
    @Ctx() ctx: GraphQLContext,
    @Arg('specialty', () => Specialty, { nullable: true, description: 'Only this specialty\'s groups.' }) specialty: Specialty | null,
  ): Promise<ProcedureGroup[]> {
    return procedureGroups(ctx.em, specialty);
  }
}
