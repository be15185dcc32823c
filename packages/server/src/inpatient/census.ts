import { AdmissionStatus } from '@pj/shared';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, Int, ObjectType } from 'type-graphql';
import { columnsPlan, leanPlanReader, leanState, mergePlans, planOf, type LeanPlan } from '../persistence/lean.js';
import { queryPrepared } from '../persistence/prepared.js';
import { DateTime } from '../graphql/scalars.js';
import type { Patient } from '../patients/patient.entity.js';
import { Admission } from './admission.entity.js';
import { BedStay } from './bed-stay.entity.js';
import { Bed } from './ward.entity.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days from `since` to `at` (0 on the first day). */
export function daysBetween(since: Date, at: Date): number {
  return Math.max(0, Math.floor((at.getTime() - since.getTime()) / DAY_MS));
}

@ObjectType({ description: 'A bed and who occupied it at the census instant.' })
export class CensusBed {
  @Field(() => Bed, { description: 'The bed.' })
  bed!: Bed;

  @Field(() => BedStay, { nullable: true, description: 'The stay occupying the bed at that instant; null when free.' })
  stay!: BedStay | null;

  @Field(() => Admission, { nullable: true, description: 'The admission occupying the bed at that instant.' })
  admission!: Admission | null;

  /** Served as `occupant` (census.resolver.ts), guarded by READ_PATIENTS. */
  patientId!: string | null;

  /** The occupant, when read with the census. */
  occupant?: Patient | null;

  @Field(() => DateTime, { nullable: true, description: 'Since when the occupant has been in this bed.' })
  since!: Date | null;

  @Field(() => Int, { nullable: true, description: 'Whole days the occupant has been in hospital (this admission) at that instant.' })
  daysIn!: number | null;
}

/** What the census reads: of each bed (with its ward), and of the stay in it (with its admission and patient). */
export interface CensusPlans {
  bed: LeanPlan;
  stay: LeanPlan;
}

/** Everything, for callers that do not know what will be read. */
export const CENSUS_PLANS: CensusPlans = { bed: planOf({ ward: {} }), stay: planOf({ admission: { patient: {} } }) };

/** What the census itself reads of a stay: since when, and the admission (days in; whose, by its key). */
const STAY_NEEDS: LeanPlan = columnsPlan(['from'], { admission: columnsPlan(['admittedAt']) });

/**
 * Every bed (by ward, then label) with the stay that occupied it at `at`, its admission and
 * patient: one statement whatever the number of beds, rows read lean (persistence/lean.ts). A bed's
 * stays never overlap (the exclusion constraint `bed_stay_bed_no_overlap`), so at most one stay
 * per bed holds `at` in its period: the stays holding it are found at once from a GiST index
 * over the periods (the exclusion constraints'), however long the beds' histories, instead of
 * one probe per bed (28 ms against 8 for 827 beds with 124,000 stays). An empty stay (left the
 * bed the moment it arrived) has an empty period, which holds no instant, so it is never the
 * occupant, though it may share its start with the next patient's stay.
 */
export async function census(em: EntityManager, at: Date, plans: CensusPlans = CENSUS_PLANS): Promise<CensusBed[]> {
  const beds = leanPlanReader<Bed>(em, 'Bed', 'b', plans.bed);
  const stays = leanPlanReader<BedStay>(em, 'BedStay', 's', mergePlans(plans.stay, STAY_NEEDS));
  const rows = await queryPrepared<{ bed: unknown; stay: unknown }>(
    em,
    // Each bed's relations (its ward) are joined, not read by a subquery per bed.
    `select ${beds.joined.sql} as bed, case when s.id is null then null else ${stays.sql} end as stay
     from bed b ${beds.joined.joins} join ward w on w.id = b.ward_id
     left join bed_stay s on s.bed_id = b.id
       and tstzrange(s.from_at, coalesce(s.to_at, 'infinity'::timestamptz), '[)') @> ?::timestamptz
     order by w.name, b.label, b.id`,
    [at],
  );
  return rows.map((row) => {
    const stay = row.stay ? stays.read(row.stay) : null;
    const admission = stay?.admission ?? null;
    // An instance, not a plain object: type-graphql hands an instance of the declared class to
    // field resolvers as it is, and would otherwise copy each row into one.
    return Object.assign(new CensusBed(), {
      bed: beds.read(row.bed),
      stay,
      admission,
      patientId: admission?.patient.id ?? null,
      // The occupant when it was read with the census; otherwise (undefined) its resolver loads it.
      occupant: admission === null ? null : leanState(admission.patient) ? admission.patient : undefined,
      since: stay?.from ?? null,
      daysIn: admission ? daysBetween(admission.admittedAt, at) : null,
    });
  });
}

/** Patients in a bed now, longest stay first. */
export function inpatients(em: EntityManager): Promise<Admission[]> {
  return em.find(Admission, { status: AdmissionStatus.ADMITTED }, { orderBy: { admittedAt: 'asc', id: 'asc' } });
}
