import type { EntityManager } from '@mikro-orm/postgresql';
import { abandonmentLevel, ABANDONMENT_WARNING_DAYS, addDays, AdministrationStatus, OncologyAlertLevel, TreatmentPlanStatus } from '@pj/shared';
import { Field, Int, ObjectType } from 'type-graphql';
import { LocalDate } from '../graphql/scalars.js';
import { Patient } from '../patients/patient.entity.js';
import { ChemoAdministration, TreatmentPlan } from './treatment-plan.entity.js';

@ObjectType({ description: 'A child on an active plan whose earliest overdue planned dose is 21 days late or more (SIOP PODC abandonment watch).' })
export class OncologyAlert {
  @Field(() => Patient, { description: 'The child.' })
  patient!: Patient;

  @Field(() => TreatmentPlan, { description: 'The active plan with the overdue dose.' })
  treatmentPlan!: TreatmentPlan;

  @Field(() => OncologyAlertLevel, { description: 'WARNING from 21 days, ABANDONMENT from 28.' })
  level!: OncologyAlertLevel;

  @Field(() => ChemoAdministration, { description: 'The earliest planned dose not given.' })
  overdueAdministration!: ChemoAdministration;

  @Field(() => LocalDate, { description: 'The day that dose was due.' })
  overdueSince!: string;

  @Field(() => Int, { description: 'Days since it was due, as of the day asked about.' })
  daysMissed!: number;
}

const daysBetween = (from: string, to: string): number => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** Children on an active plan absent from scheduled treatment for 21 days or more on `asOf`, longest first. */
export async function oncologyAlerts(em: EntityManager, asOf: string): Promise<OncologyAlert[]> {
  const overdue = await em.find(
    ChemoAdministration,
    {
      status: AdministrationStatus.PLANNED,
      plannedDate: { $lte: addDays(asOf, -ABANDONMENT_WARNING_DAYS) },
      plan: { status: TreatmentPlanStatus.ACTIVE },
    },
    { populate: ['plan', 'plan.patient'], orderBy: [{ plannedDate: 'asc' }, { position: 'asc' }] },
  );
  const alerts = new Map<string, OncologyAlert>();
  for (const administration of overdue) {
    if (alerts.has(administration.plan.id)) continue;
    const daysMissed = daysBetween(administration.plannedDate, asOf);
    const level = abandonmentLevel(daysMissed);
    if (!level) continue;
    alerts.set(administration.plan.id, {
      patient: administration.plan.patient,
      treatmentPlan: administration.plan,
      level,
      overdueAdministration: administration,
      overdueSince: administration.plannedDate,
      daysMissed,
    });
  }
  return [...alerts.values()].sort((a, b) => b.daysMissed - a.daysMissed);
}
