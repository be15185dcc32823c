import { AdmissionStatus } from '@pj/shared';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, Int, ObjectType } from 'type-graphql';
import { DateTime } from '../graphql/scalars.js';
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
  @Field(() => Bed)
  bed!: Bed;

  @Field(() => BedStay, { nullable: true, description: 'The stay occupying the bed at that instant; null when free.' })
  stay!: BedStay | null;

  @Field(() => Admission, { nullable: true, description: 'The admission occupying the bed at that instant.' })
  admission!: Admission | null;

  /** Served as `occupant` (census.resolver.ts), guarded by READ_PATIENTS. */
  patientId!: string | null;

  @Field(() => DateTime, { nullable: true, description: 'Since when the occupant has been in this bed.' })
  since!: Date | null;

  @Field(() => Int, { nullable: true, description: 'Whole days the occupant has been in hospital (this admission) at that instant.' })
  daysIn!: number | null;
}

/**
 * Every bed (by ward, then label) with the stay that occupied it at `at`: two statements
 * whatever the number of beds (beds with their wards; the stays containing `at` with their
 * admissions).
 */
export async function census(em: EntityManager, at: Date): Promise<CensusBed[]> {
  const beds = await em.find(Bed, {}, { populate: ['ward'], orderBy: { ward: { name: 'asc' }, label: 'asc' } });
  const stays = await em.find(
    BedStay,
    { from: { $lte: at }, $or: [{ to: null }, { to: { $gt: at } }] },
    { populate: ['admission'], orderBy: { from: 'desc' } },
  );
  const byBed = new Map<string, BedStay>();
  for (const stay of stays) if (!byBed.has(stay.bed.id)) byBed.set(stay.bed.id, stay);
  return beds.map((bed) => {
    const stay = byBed.get(bed.id) ?? null;
    const admission = stay?.admission ?? null;
    return {
      bed,
      stay,
      admission,
      patientId: admission?.patient.id ?? null,
      since: stay?.from ?? null,
      daysIn: admission ? daysBetween(admission.admittedAt, at) : null,
    };
  });
}

/** Patients in a bed now, longest stay first. */
export function inpatients(em: EntityManager): Promise<Admission[]> {
  return em.find(Admission, { status: AdmissionStatus.ADMITTED }, { orderBy: { admittedAt: 'asc', id: 'asc' } });
}
