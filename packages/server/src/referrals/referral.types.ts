import { ReferralStatus } from '@pj/shared';
import { Field, Int, ObjectType } from 'type-graphql';
import { Connection } from '../graphql/connection.js';
import { PageInfo } from '../graphql/relay.js';
import { Referral, ReferralStatusChange } from './referral.entity.js';

@ObjectType({ description: 'How many referrals have a status, for the worklist tabs.' })
export class ReferralStatusCount {
  @Field(() => ReferralStatus, { description: 'A status.' })
  status!: ReferralStatus;

  @Field(() => Int, { description: 'How many matching referrals have it.' })
  count!: number;
}

@ObjectType({ description: 'An edge in the referral worklist.' })
export class ReferralEdge {
  @Field({ description: 'Opaque cursor of this edge; pass it as `after` for the next page.' })
  cursor!: string;

  @Field(() => Referral, { description: 'The referral at this place in the list.' })
  node!: Referral;
}

@ObjectType({ description: 'A page of the referral worklist.' })
export class ReferralConnection {
  @Field(() => [ReferralEdge], { description: 'The referrals of this page, in order, each with its cursor.' })
  edges!: ReferralEdge[];

  @Field(() => PageInfo, { description: 'Whether there is more after this page, and the cursors to ask for it.' })
  pageInfo!: PageInfo;

  count!: () => Promise<number>;

  statusCountsOf!: () => Promise<ReferralStatusCount[]>;

  @Field(() => Int, { description: 'How many referrals match in all.' })
  totalCount(): Promise<number> {
    return this.count();
  }

  @Field(() => [ReferralStatusCount], { description: 'Matching referrals per status, ignoring the status filter (for tabs).' })
  statusCounts(): Promise<ReferralStatusCount[]> {
    return this.statusCountsOf();
  }
}


/** A page of one patient's referrals (Patient.referralsConnection). */
export const PatientReferralConnection = Connection('PatientReferral', Referral);

/** A page of one referral's status changes (Referral.statusHistoryConnection). */
export const ReferralStatusChangeConnection = Connection('ReferralStatusChange', ReferralStatusChange);
