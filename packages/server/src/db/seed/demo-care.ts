import type { EntityManager } from '@mikro-orm/postgresql';
import {
  addDays,
  AdministrationStatus,
  AssessmentMethod,
  bodySurfaceArea,
  Day30Status,
  FollowUpKind,
  FollowUpOutcome,
  FollowUpStatus,
  hospitalDate,
  JourneyEventKind,
  JourneyStage,
  LOST_TO_FOLLOW_UP_DAYS,
  lostToFollowUpBecauseOf,
  lostToFollowUpFrom,
  ONCOLOGY_REVIEW_AFTER_COMPLETION_DAYS,
  postOperativeFollowUps,
  type RefusedBy,
  type ResponseCategory,
  ToxicityTerm,
  toxicityTermInfo,
  TreatmentPlanStatus,
} from '@pj/shared';
import { FollowUp } from '../../follow-up/follow-up.entity.js';
import type { Discharge } from '../../inpatient/admission.entity.js';
import { onClinicalDay, type recordJourneyEvent } from '../../journey/journey-recorder.js';
import { summaries } from '../../journey/journey-summaries.js';
import { OncologyDiagnosis } from '../../oncology/oncology-diagnosis.entity.js';
import { ResponseAssessment, Toxicity } from '../../oncology/oncology-outcome.entity.js';
import { Protocol, ProtocolDose } from '../../oncology/protocol.entity.js';
import { ChemoAdministration, TreatmentPlan } from '../../oncology/treatment-plan.entity.js';
import { doseFor } from '../../oncology/treatment-plan.service.js';
import type { Patient } from '../../patients/patient.entity.js';
import type { Surgery } from '../../surgery/surgery.entity.js';
import type { OncologyCase } from './demo-data.js';
import type { Random } from './random.js';

type Draft = Parameters<typeof recordJourneyEvent>[2];

interface ProtocolInfo {
  id: string;
  name: string;
  doses: ProtocolDose[];
}

/** A plan being written, with its doses in memory. */
export interface DemoPlan {
  patient: Patient;
  plan: TreatmentPlan;
  protocolName: string;
  doses: ChemoAdministration[];
}

const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** Toxicities a child may have after chemotherapy, with how often they are seen. */
const COMMON_TOXICITIES: readonly (readonly [ToxicityTerm, number])[] = [
  [ToxicityTerm.NEUTROPHIL_COUNT_DECREASED, 4],
  [ToxicityTerm.ANAEMIA, 3],
  [ToxicityTerm.NAUSEA, 2],
  [ToxicityTerm.VOMITING, 2],
  [ToxicityTerm.CONSTIPATION, 2],
  [ToxicityTerm.MUCOSITIS_ORAL, 1],
  [ToxicityTerm.PERIPHERAL_SENSORY_NEUROPATHY, 1],
  [ToxicityTerm.FEBRILE_NEUTROPENIA, 1],
  [ToxicityTerm.ALOPECIA, 1],
];

/**
 * The oncology records and follow-ups of the demo hospital: diagnoses, plans from the seeded
 * protocols with their doses, toxicities, assessments, refusals, follow-ups and their outcomes,
 * written the way the services write them (with their timeline events), relative to "now".
 */
export class DemoCare {
  private protocols = new Map<string, ProtocolInfo>();
  /** The follow-ups of the patient being built. */
  private followUps: FollowUp[] = [];
  /** Whether the patient being built has a plan still ACTIVE (the abandonment watch applies, not loss to follow-up). */
  private onActivePlan = false;
  readonly today: string;

  constructor(
    private readonly em: EntityManager,
    private readonly rng: Random,
    private readonly now: Date,
    private readonly event: (patient: Patient, draft: Draft) => void,
  ) {
    this.today = hospitalDate(now);
  }

  async loadProtocols(): Promise<void> {
    const protocols = await this.em.find(Protocol, {});
    for (const protocol of protocols) {
      const doses = await this.em.find(
        ProtocolDose,
        { phase: { protocol } },
        { orderBy: [{ dayOffset: 'asc' }, { phase: { position: 'asc' } }, { drug: 'asc' }] },
      );
      this.protocols.set(protocol.id, { id: protocol.id, name: protocol.name, doses });
    }
  }

  /** Starts on a new patient. */
  beginPatient(): void {
    this.followUps = [];
    this.onActivePlan = false;
  }

  /** An instant on `day` at `hour` in Phnom Penh, never after now. */
  at(day: string, hour: number): Date {
    const instant = new Date(`${day}T${String(hour).padStart(2, '0')}:00:00+07:00`);
    return instant.getTime() > this.now.getTime() ? new Date(this.now) : instant;
  }

  // ---- oncology -------------------------------------------------------------------------

  diagnose(patient: Patient, cancer: OncologyCase, on: string, stage = this.rng.pick(cancer.stages)): void {
    const diagnosis = this.em.create(OncologyDiagnosis, {
      patient,
      cancerType: cancer.cancerType,
      basis: cancer.basis,
      diagnosedOn: on,
      stageScheme: cancer.stageScheme,
      stage,
      notes: null,
      icd10Code: cancer.icd10,
      topographyCode: cancer.topography,
      morphologyCode: cancer.morphology,
      recordedAt: this.at(on, 15),
    });
    this.event(patient, {
      kind: JourneyEventKind.ONCOLOGY_DIAGNOSED,
      ...onClinicalDay(on, this.at(on, 15)),
      summary: summaries.oncologyDiagnosed(cancer.cancerType, stage, cancer.stageScheme, cancer.basis),
      oncologyDiagnosis: diagnosis,
    });
  }

  /** Starts a plan on `start` for a child of this age (height and weight from a growth rule of thumb). */
  startPlan(patient: Patient, protocolId: string, start: string, ageYears: number): DemoPlan {
    const protocol = this.protocols.get(protocolId)!;
    const heightCm = 75 + 6 * ageYears + this.rng.int(-4, 4);
    const weightKg = 8 + 2 * ageYears + this.rng.int(-1, 2);
    const bsa = bodySurfaceArea(heightCm, weightKg);
    const plan = this.em.create(TreatmentPlan, {
      patient,
      protocol: this.em.getReference(Protocol, protocol.id),
      startDate: start,
      heightCm,
      weightKg,
      bodySurfaceArea: bsa,
      createdAt: this.at(start, 11),
    });
    const doses = protocol.doses.map((dose, i) =>
      this.em.create(ChemoAdministration, {
        plan,
        position: i + 1,
        drug: dose.drug,
        route: dose.route,
        unit: dose.unit,
        plannedDate: addDays(start, dose.dayOffset),
        plannedDose: doseFor(dose, bsa, weightKg),
      }),
    );
    this.event(patient, {
      kind: JourneyEventKind.TREATMENT_PLAN_STARTED,
      ...onClinicalDay(start < this.today ? start : this.today, this.at(start, 11)),
      summary: summaries.treatmentStarted(protocol.name, bsa, doses.length),
      treatmentPlan: plan,
    });
    this.onActivePlan = true;
    return { patient, plan, protocolName: protocol.name, doses };
  }

  /** The earliest dose not yet given, or null. */
  nextPlanned(course: DemoPlan): ChemoAdministration | null {
    const planned = course.doses.filter((d) => d.status === AdministrationStatus.PLANNED);
    planned.sort((a, b) => (a.plannedDate < b.plannedDate ? -1 : a.plannedDate > b.plannedDate ? 1 : a.position - b.position));
    return planned[0] ?? null;
  }

  /** Gives a dose on `on`; late, it moves every later planned dose of the plan (as the service does). */
  give(course: DemoPlan, dose: ChemoAdministration, on: string, delayReason: string | null = null): void {
    const delay = daysBetween(dose.plannedDate, on);
    if (delay > 0) {
      for (const next of course.doses) {
        if (next !== dose && next.status === AdministrationStatus.PLANNED && next.plannedDate >= dose.plannedDate) {
          next.plannedDate = addDays(next.plannedDate, delay);
        }
      }
    }
    dose.status = delay > 0 ? AdministrationStatus.DELAYED : AdministrationStatus.GIVEN;
    dose.actualDate = on;
    dose.actualDose = dose.plannedDose;
    dose.delayReason = delay > 0 ? delayReason : null;
    this.event(course.patient, {
      kind: JourneyEventKind.CHEMO_ADMINISTERED,
      ...onClinicalDay(on, this.at(on, 10)),
      summary: summaries.chemoGiven(dose.drug, dose.plannedDose, dose.unit, dose.route, delay),
      treatmentPlan: course.plan,
      chemoAdministration: dose,
    });
  }

  /** Gives every dose planned before `until` on its day (or late, with `delays` reasons by dose). */
  giveUntil(course: DemoPlan, until: string, delays: ReadonlyMap<number, readonly [number, string]> = new Map()): void {
    for (let next = this.nextPlanned(course); next && next.plannedDate < until; next = this.nextPlanned(course)) {
      const delay = delays.get(next.position);
      this.give(course, next, delay ? addDays(next.plannedDate, delay[0]) : next.plannedDate, delay?.[1] ?? null);
    }
  }

  toxicity(course: DemoPlan, term: ToxicityTerm, grade: number, onset: string, dose: ChemoAdministration | null = null, note: string | null = null): void {
    const toxicity = this.em.create(Toxicity, {
      patient: course.patient,
      plan: course.plan,
      administration: dose,
      term,
      otherTerm: null,
      grade,
      onsetOn: onset,
      note,
      recordedAt: this.at(onset, 16),
    });
    this.event(course.patient, {
      kind: JourneyEventKind.TOXICITY_RECORDED,
      grade,
      ...onClinicalDay(onset, this.at(onset, 16)),
      summary: summaries.toxicity(toxicityTermInfo(term).ctcaeTerm, grade),
      note,
      toxicity,
      treatmentPlan: course.plan,
      chemoAdministration: dose,
    });
  }

  assess(course: DemoPlan, on: string, method: AssessmentMethod, response: ResponseCategory, note: string | null = null): void {
    const assessment = this.em.create(ResponseAssessment, {
      patient: course.patient,
      plan: course.plan,
      assessedOn: on,
      method,
      response,
      note,
      recordedAt: this.at(on, 14),
    });
    this.event(course.patient, {
      kind: JourneyEventKind.RESPONSE_ASSESSED,
      ...onClinicalDay(on, this.at(on, 14)),
      summary: summaries.responseAssessed(method, response),
      note,
      responseAssessment: assessment,
      treatmentPlan: course.plan,
    });
  }

  private omitRest(course: DemoPlan, reason: string): number {
    const rest = course.doses.filter((d) => d.status === AdministrationStatus.PLANNED);
    for (const dose of rest) {
      dose.status = AdministrationStatus.OMITTED;
      dose.omissionReason = reason;
    }
    return rest.length;
  }

  refuse(course: DemoPlan, on: string, by: RefusedBy, reason: string): void {
    course.plan.status = TreatmentPlanStatus.REFUSED;
    course.plan.refusedBy = by;
    course.plan.endedOn = on;
    course.plan.endNote = reason;
    const omitted = this.omitRest(course, 'Not given: treatment refused');
    this.onActivePlan = false;
    this.event(course.patient, {
      kind: JourneyEventKind.TREATMENT_REFUSED,
      ...onClinicalDay(on, this.at(on, 11)),
      summary: summaries.treatmentRefused(by, course.protocolName, omitted),
      note: reason,
      treatmentPlan: course.plan,
    });
  }

  /** Completes the plan on `on` and books the oncology review 28 days later. */
  complete(course: DemoPlan, on: string, note: string | null): FollowUp {
    course.plan.status = TreatmentPlanStatus.COMPLETED;
    course.plan.endedOn = on;
    course.plan.endNote = note;
    const omitted = this.omitRest(course, 'Not given: plan completed');
    this.onActivePlan = false;
    const at = this.at(on, 12);
    this.event(course.patient, {
      kind: JourneyEventKind.TREATMENT_COMPLETED,
      ...onClinicalDay(on, at),
      summary: summaries.treatmentCompleted(course.protocolName, omitted),
      note,
      treatmentPlan: course.plan,
    });
    return this.book(course.patient, {
      kind: FollowUpKind.ONCOLOGY_REVIEW,
      dueDate: addDays(on, ONCOLOGY_REVIEW_AFTER_COMPLETION_DAYS),
      treatmentPlan: course.plan,
      automatic: true,
      at,
    });
  }

  /**
   * A routine course for a child on a seeded protocol: every dose due before today given (now
   * and then a week late for low counts), sometimes a toxicity; once the last dose is a week
   * past, a response assessment and completion with its oncology review (attended, now and
   * then missed, when due before today).
   */
  routineCourse(patient: Patient, cancer: OncologyCase, start: string, ageYears: number): void {
    const course = this.startPlan(patient, cancer.protocolId!, start, ageYears);
    for (let next = this.nextPlanned(course); next && next.plannedDate < this.today; next = this.nextPlanned(course)) {
      const late = next.route === 'IV' && this.rng.chance(0.08) && addDays(next.plannedDate, 7) < this.today;
      this.give(course, next, late ? addDays(next.plannedDate, 7) : next.plannedDate, late ? 'Neutrophils too low (ANC < 0.75): waited a week' : null);
    }
    const given = course.doses.filter((d) => d.actualDate !== null);
    if (given.length && this.rng.chance(0.35)) {
      const dose = this.rng.pick(given);
      const onset = addDays(dose.actualDate!, this.rng.int(2, 6));
      if (onset < this.today) {
        const term = this.rng.weighted(COMMON_TOXICITIES);
        const info = toxicityTermInfo(term);
        this.toxicity(course, term, this.rng.int(info.minGrade, Math.min(info.maxGrade, 3)), onset, dose);
      }
    }
    if (this.nextPlanned(course)) return;
    const last = given.map((d) => d.actualDate!).sort().at(-1)!;
    const end = addDays(last, 7);
    if (end >= this.today) return;
    const wilms = course.doses.some((d) => d.drug === 'Dactinomycin');
    this.assess(
      course,
      end,
      wilms ? AssessmentMethod.IMAGING : AssessmentMethod.BONE_MARROW,
      wilms ? this.rng.pick(['PR', 'PR', 'SD', 'VGPR'] as const as readonly ResponseCategory[]) : this.rng.pick(['CR', 'CR', 'CR', 'PR'] as const as readonly ResponseCategory[]),
      wilms ? 'Ultrasound: tumour smaller, ready for nephrectomy' : 'End-of-induction marrow',
    );
    const review = this.complete(course, end, wilms ? 'Pre-operative chemotherapy complete; nephrectomy next' : 'Induction complete');
    if (review.dueDate < this.today) {
      this.recordOutcome(review, this.rng.chance(0.9) ? FollowUpOutcome.ATTENDED : FollowUpOutcome.MISSED, review.dueDate, null);
    }
  }

  // ---- follow-up ------------------------------------------------------------------------

  book(
    patient: Patient,
    booking: { kind: FollowUpKind; dueDate: string; at: Date; automatic?: boolean; discharge?: Discharge | null; surgery?: Surgery | null; treatmentPlan?: TreatmentPlan | null; notes?: string | null },
  ): FollowUp {
    const followUp = this.em.create(FollowUp, {
      patient,
      kind: booking.kind,
      dueDate: booking.dueDate,
      discharge: booking.discharge ?? null,
      surgery: booking.surgery ?? null,
      treatmentPlan: booking.treatmentPlan ?? null,
      automatic: booking.automatic ?? false,
      notes: booking.notes ?? null,
      scheduledAt: booking.at,
    });
    this.followUps.push(followUp);
    this.event(patient, {
      kind: JourneyEventKind.FOLLOW_UP_SCHEDULED,
      occurredAt: booking.at,
      summary: summaries.followUpScheduled(booking.kind, booking.dueDate, booking.automatic ?? false),
      followUp,
      treatmentPlan: booking.treatmentPlan ?? null,
    });
    return followUp;
  }

  recordOutcome(followUp: FollowUp, outcome: FollowUpOutcome, on: string, day30Status: Day30Status | null, notes: string | null = null): void {
    followUp.status = outcome === FollowUpOutcome.ATTENDED ? FollowUpStatus.ATTENDED : FollowUpStatus.MISSED;
    followUp.outcomeOn = on;
    followUp.day30Status = day30Status;
    followUp.recordedAt = this.at(on, 11);
    if (notes) followUp.notes = notes;
    if (day30Status === Day30Status.DIED) {
      for (const other of this.followUps) {
        if (other.status === FollowUpStatus.SCHEDULED) {
          other.status = FollowUpStatus.CANCELLED;
          other.recordedAt = this.at(on, 11);
          other.notes = 'Cancelled: the patient died';
        }
      }
    }
    this.event(followUp.patient, {
      kind: JourneyEventKind.FOLLOW_UP_RECORDED,
      outcome,
      day30Status,
      ...onClinicalDay(on, this.at(on, 11)),
      summary: summaries.followUpRecorded(followUp.kind, outcome, day30Status),
      note: notes,
      followUp,
      treatmentPlan: followUp.treatmentPlan,
    });
  }

  /**
   * After an operation: the standard follow-ups the discharge books, and what happened to
   * those due before today — mostly attended, some missed, a few never recorded (overdue).
   */
  postOperative(patient: Patient, surgery: Surgery, discharge: Discharge, operatedAt: Date): void {
    const planned = postOperativeFollowUps(hospitalDate(operatedAt), hospitalDate(discharge.dischargedAt));
    const booked = planned.map((p) => this.book(patient, { ...p, discharge, surgery, automatic: true, at: discharge.dischargedAt }));
    for (const followUp of booked) {
      if (followUp.dueDate >= this.today || followUp.status !== FollowUpStatus.SCHEDULED) continue;
      const roll = this.rng.next();
      if (roll < 0.08) continue; // never recorded: overdue on the list
      if (roll < 0.2) {
        this.recordOutcome(followUp, FollowUpOutcome.MISSED, followUp.dueDate, null, followUp.kind === FollowUpKind.DAY_30_CALL ? 'No answer on either number' : 'Did not come');
        continue;
      }
      const status = followUp.kind !== FollowUpKind.DAY_30_CALL
        ? null
        : this.rng.weighted([[Day30Status.ALIVE, 94], [Day30Status.READMITTED, 5], [Day30Status.DIED, 1]] as const);
      const notes = followUp.kind === FollowUpKind.WOUND_CHECK ? 'Wound clean and dry; healing well' : status === Day30Status.READMITTED ? 'Admitted at the referral hospital for a wound infection; now home' : null;
      this.recordOutcome(followUp, FollowUpOutcome.ATTENDED, followUp.dueDate, status, notes);
    }
  }

  /** Marks the patient lost to follow-up when the rule says so today (as the sweep would). */
  checkLost(patient: Patient): void {
    if (patient.stage !== JourneyStage.FOLLOW_UP || this.onActivePlan) return;
    const cause = lostToFollowUpBecauseOf(this.followUps, this.today);
    if (!cause) return;
    this.event(patient, {
      kind: JourneyEventKind.LOST_TO_FOLLOW_UP,
      ...onClinicalDay(lostToFollowUpFrom(cause.dueDate), this.at(lostToFollowUpFrom(cause.dueDate), 0)),
      summary: summaries.lostToFollowUp(cause.kind, cause.dueDate, cause.status, LOST_TO_FOLLOW_UP_DAYS),
      followUp: cause,
    });
  }
}
