import { Permission } from '@pj/shared';
import { Authorized, Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from './context.js';
import { fromGlobalId, keyOf, Node } from './relay.js';

const LOADER_BY_TYPE = {
  Patient: 'patient',
  Episode: 'episode',
  Referral: 'referral',
  Surgery: 'surgery',
  Admission: 'admission',
  Discharge: 'discharge',
  Bed: 'bed',
  Ward: 'ward',
  BedStay: 'bedStay',
  OncologyDiagnosis: 'oncologyDiagnosis',
  Protocol: 'protocol',
  TreatmentPlan: 'treatmentPlan',
  ChemoAdministration: 'chemoAdministration',
  Toxicity: 'toxicity',
  ResponseAssessment: 'responseAssessment',
  FollowUp: 'followUp',
  StaffMember: 'staffMember',
  Theatre: 'theatre',
  Mission: 'mission',
  Complication: 'complication',
} as const;

@Resolver()
export class NodeResolver {
  @Authorized(Permission.READ_PATIENTS)
  @Query(() => Node, { nullable: true, description: 'Any object by its global ID.' })
  async node(@Arg('id', () => ID, { description: 'A global ID, as any `id` field gives it.' }) id: string, @Ctx() ctx: GraphQLContext): Promise<Node | null> {
    const type = fromGlobalId(id)?.type;
    if (!type || !(type in LOADER_BY_TYPE)) return null;
    const loader = ctx.loaders[LOADER_BY_TYPE[type as keyof typeof LOADER_BY_TYPE]];
    return (await loader.load(keyOf(id, type, 'id')));
  }
}
