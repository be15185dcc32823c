import type { EntityManager } from '@mikro-orm/postgresql';
import {
  AdmissionReason,
  AdmissionStatus,
  CancellationCategory,
  AnaesthesiaType,
  AsaClass,
  ChecklistPhase,
  ClavienDindoGrade,
  WoundClass,
  checklistItemsOf,
  StaffRole,
  TeamRole,
  AssessmentMethod,
  FollowUpKind,
  RefusedBy,
  ResponseCategory,
  ToxicityTerm,
  ageInYears,
  DischargeDisposition,
  EpisodeStatus,
  GuardianRelation,
  JourneyEventKind,
  ReferralPriority,
  ReferralSourceType,
  ReferralStatus,
  Sex,
  Specialty,
  SurgeryStatus,
  SurgicalUrgency,
  UrgencyBand,
  WardKind,
  addDays,
  formatMrn,
  hospitalDate,
  normalizeCambodianPhone,
  provinceByCode,
  startOfHospitalDay,
  THEATRE_SESSION,
} from '@pj/shared';
import { User } from '../../auth/user.entity.js';
import { type Episode } from '../../episodes/episode.entity.js';
import { closeEpisode, newEpisode } from '../../episodes/episode.service.js';
import { Admission, Discharge } from '../../inpatient/admission.entity.js';
import { DischargeDiagnosisCode, SurgeryProcedureCode } from '../../codes/coded.entity.js';
import { BedStay } from '../../inpatient/bed-stay.entity.js';
import { Bed } from '../../inpatient/ward.entity.js';
import { recordJourneyEvent } from '../../journey/journey-recorder.js';
import { summaries } from '../../journey/journey-summaries.js';
import { Guardian, Patient } from '../../patients/patient.entity.js';
import { Referral, ReferralStatusChange } from '../../referrals/referral.entity.js';
import { applyReferralTransition } from '../../referrals/referral.service.js';
import { StaffMember, THEATRE_KEYS, Theatre } from '../../surgery/staff.entity.js';
import { Complication } from '../../surgery/complication.entity.js';
import { Mission, MissionReferral } from '../../surgery/mission.entity.js';
import { Surgery, SurgeryChecklistPhase, SurgeryTeamMember } from '../../surgery/surgery.entity.js';
import {
  CASE_MANAGERS,
  CLINICIANS,
  DISTRICTS,
  demoTravelHours,
  FAMILY_NAMES,
  FEMALE_GIVEN_NAMES,
  LOCAL_ANAESTHETISTS,
  LOCAL_KHMER,
  LOCAL_NURSES,
  LOCAL_SURGEONS,
  VISITING_ANAESTHETISTS,
  VISITING_INSTITUTIONS,
  MALE_GIVEN_NAMES,
  MISSIONS,
  ALL_INDUCTION_PROTOCOL,
  ONCOLOGY_CASES,
  PROVINCE_WEIGHTS,
  WILMS_PROTOCOL,
  SOURCES,
  SURGICAL_CASES,
  THEATRES,
  type DemoMission,
  type OncologyCase,
  type ProcedureTemplate,
} from './demo-data.js';
import { DemoCare } from './demo-care.js';
import { seedDemoUsers } from './demo-users.js';
import { bookComingMissionFirstDays } from './demo-coming-mission.js';
import { linkDemoUsersToStaff, seedDemoLogbook } from './demo-logbook.js';
import { Random } from './random.js';
import { seedDemoTrainingHistory } from './demo-training-history.js';
import { seedDemoProtocols } from './demo-protocols.js';

export interface SeedOptions {
  /** "Today" for the demo: the year of activity ends here. */
  now: Date;
  seed?: number;
  patients?: number;
  log?: (message: string) => void;
}

export interface SeedSummary {
  patients: number;
  events: number;
}

const DAY = 86_400_000;
/** The oncology stories (oncologyScenario) and how many days before today each plan started. */
const ONCOLOGY_SCENARIOS = 5;
const SCENARIO_START: readonly number[] = [37, 45, 60, 56, 14];
const MINUTE = 60_000;

/**
 * Where a patient is admitted when every bed of their ward is taken: a child on the other
 * children's ward; in a mission week, when the adult ward is full, an adult on the children's
 * surgical ward.
 */
const OVERFLOW_WARD: Record<WardKind, WardKind> = {
  [WardKind.PAEDIATRIC_ONCOLOGY]: WardKind.PAEDIATRIC_SURGICAL,
  [WardKind.PAEDIATRIC_SURGICAL]: WardKind.PAEDIATRIC_ONCOLOGY,
  [WardKind.ADULT_SURGICAL]: WardKind.PAEDIATRIC_SURGICAL,
};

interface BedInfo {
  id: string;
  label: string;
  wardName: string;
}

/**
 * Builds a realistic year of the hospital, deterministically from the seed: patients from
 * all 25 provinces walking the journey as far as "now" allows — referrals in every state,
 * past and coming visiting-team missions, operations, admissions, long oncology courses,
 * discharges and a few deaths. Timeline events go through the same recorder as the API.
 */
export async function seedDemoHospital(em: EntityManager, options: SeedOptions): Promise<SeedSummary> {
  // One transaction: a start that is interrupted half-way leaves no half-built hospital.
  return em.transactional((tx) => buildDemoHospital(tx, options));
}

/**
 * Seeds the demo hospital into an empty database; leaves any data alone. An advisory lock
 * makes two servers starting on one database at once seed it only once.
 */
export async function seedDemoHospitalIfEmpty(
  em: EntityManager,
  options: { log?: (message: string) => void; now?: Date },
): Promise<SeedSummary | null> {
  return em.transactional(async (tx) => {
    await tx.execute(`select pg_advisory_xact_lock(${DEMO_SEED_LOCK})`);
    if ((await tx.count(Patient, {})) > 0) return null;
    const summary = await buildDemoHospital(tx, { now: options.now ?? new Date(), log: options.log });
    if ((await tx.count(User, {})) === 0) {
      await seedDemoUsers(tx);
      await linkDemoUsersToStaff(tx);
    }
    return summary;
  });
}

/** Arbitrary key of the advisory lock held while the demo hospital is seeded. */
const DEMO_SEED_LOCK = 7_411_001;

async function buildDemoHospital(em: EntityManager, options: SeedOptions): Promise<SeedSummary> {
  const total = options.patients ?? 520;
  const seed = options.seed ?? 20_261_124;
  const builder = new DemoBuilder(em, new Random(seed), options.now, seed);
  await builder.loadBeds();
  builder.seedStaff();
  await seedDemoProtocols(em, options.now);
  await builder.care.loadProtocols();
  const serials = await em.execute<{ serial: number }[]>(
    `select nextval('patient_mrn_seq')::int as serial from generate_series(1, ${Number(total)})`,
  );
  for (let i = 0; i < total; i++) {
    builder.patient(i, serials[i].serial);
    if (i % 50 === 49 || i === total - 1) {
      await em.flush();
      em.clear();
      options.log?.(`Demo hospital: ${i + 1}/${total} patients`);
    }
  }
  // The years of paper logbooks before the product, on a random stream of their own.
  await seedDemoTrainingHistory(em, new Random(seed + 2), options.now, builder.staffIds);
  await seedDemoLogbook(em, options.now);
  await bookComingMissionFirstDays(em, options.now, builder.staffIds);
  return { patients: total, events: builder.events };
}

class DemoBuilder {
  events = 0;
  private beds = new Map<WardKind, BedInfo[]>();
  /** Each bed's stays so far (ms since epoch; open stays end at Infinity): a bed holds one patient at a time. */
  private bedStays = new Map<string, [number, number][]>();
  readonly care: DemoCare;

  /** A second random stream for the surgical-care details (teams, checklists, complications). */
  private readonly teamRng: Random;

  constructor(
    private readonly em: EntityManager,
    private readonly rng: Random,
    private readonly now: Date,
    seed: number,
  ) {
    this.care = new DemoCare(em, rng, now, (patient, draft) => this.event(patient, draft));
    this.teamRng = new Random(seed + 1);
  }

  async loadBeds(): Promise<void> {
    const beds = await this.em.find(Bed, {}, { populate: ['ward'], orderBy: { label: 'asc' } });
    for (const bed of beds) {
      const list = this.beds.get(bed.ward.kind) ?? [];
      list.push({ id: bed.id, label: bed.label, wardName: bed.ward.name });
      this.beds.set(bed.ward.kind, list);
    }
  }

  patient(index: number, serial: number): void {
    const oncology = index % 12 === 6; // about 8% of patients: the paediatric oncology ward
    const template = oncology ? null : this.rng.pick(SURGICAL_CASES);
    const child = oncology || template?.child === true;
    // The first 25 patients cover every province once; the rest follow where patients come from.
    const provinceCode = index < 25 ? index + 1 : this.rng.weighted(PROVINCE_WEIGHTS);
    const receivedAt = this.instant(this.rng.int(1, 360), this.rng.int(8, 16));
    this.care.beginPatient();
    // The first five oncology children tell the stories the oncology screens are about.
    const scenario = oncology && (index - 6) / 12 < ONCOLOGY_SCENARIOS ? (index - 6) / 12 : null;
    const registeredAt = scenario === null ? new Date(receivedAt.getTime() - 20 * MINUTE) : this.care.at(addDays(this.care.today, -SCENARIO_START[scenario] - 13), 8);
    const patient = this.newPatient(serial, { child, sex: template?.sex, provinceCode, registeredAt, travelTimeHours: demoTravelHours(provinceCode, index) });
    if (scenario !== null) this.oncologyScenario(patient, scenario);
    else if (oncology) this.oncologyJourney(patient, receivedAt);
    else this.surgicalJourney(patient, template!, receivedAt);
    this.care.checkLost(patient);
  }

  // ---- people ----------------------------------------------------------------------------

  private newPatient(
    serial: number,
    options: { child: boolean; sex?: 'FEMALE' | 'MALE'; provinceCode: number; registeredAt: Date; travelTimeHours: number | null },
  ): Patient {
    const sex = options.sex ? Sex[options.sex] : this.rng.chance(0.5) ? Sex.FEMALE : Sex.MALE;
    const [familyName, familyNameKhmer] = this.rng.pick(FAMILY_NAMES);
    const [givenName, givenNameKhmer] = this.rng.pick(sex === Sex.FEMALE ? FEMALE_GIVEN_NAMES : MALE_GIVEN_NAMES);
    const age = options.child ? this.rng.int(1, 14) : this.rng.int(18, 76);
    const registeredDay = hospitalDate(options.registeredAt);
    const birthDate = addDays(registeredDay, -(age * 365 + this.rng.int(0, 364)));
    const guardian = options.child ? this.guardian() : null;
    const patient = this.em.create(Patient, {
      mrn: formatMrn(serial),
      familyName,
      givenName,
      familyNameKhmer,
      givenNameKhmer,
      sex,
      birthDate,
      birthDateEstimated: !options.child && age > 45 && this.rng.chance(0.4),
      phones: options.child ? [] : this.phones(),
      guardian,
      provinceCode: options.provinceCode,
      district: DISTRICTS[options.provinceCode] ? this.rng.pick(DISTRICTS[options.provinceCode]) : null,
      village: this.rng.chance(0.6) ? `Phum ${this.rng.int(1, 12)}` : null,
      travelTimeHours: options.travelTimeHours,
      createdAt: options.registeredAt,
    });
    this.event(patient, {
      kind: JourneyEventKind.PATIENT_REGISTERED,
      occurredAt: options.registeredAt,
      summary: summaries.registered(patient.mrn, provinceByCode(options.provinceCode)!.name),
    });
    return patient;
  }

  private guardian(): Guardian {
    const guardian = new Guardian();
    const mother = this.rng.chance(0.7);
    const [family] = this.rng.pick(FAMILY_NAMES);
    const [given] = this.rng.pick(mother ? FEMALE_GIVEN_NAMES : MALE_GIVEN_NAMES);
    guardian.name = `${family} ${given}`;
    guardian.relation = mother ? GuardianRelation.MOTHER : this.rng.pick([GuardianRelation.FATHER, GuardianRelation.GRANDPARENT, GuardianRelation.AUNT_UNCLE]);
    guardian.phones = this.phones();
    return guardian;
  }

  private phones(): string[] {
    const count = this.rng.weighted([[1, 6], [2, 3], [0, 1]] as const);
    return Array.from({ length: count }, () => {
      const prefix = this.rng.pick(['12', '15', '16', '17', '77', '78', '89', '92', '97', '98', '10', '70', '85', '88', '96']);
      const digits = prefix.startsWith('9') || prefix.startsWith('8') ? 7 : 6;
      return normalizeCambodianPhone(`0${prefix}${String(this.rng.int(0, 10 ** digits - 1)).padStart(digits, '0')}`)!;
    }).filter((p, i, all) => all.indexOf(p) === i);
  }

  // ---- journeys --------------------------------------------------------------------------

  private surgicalJourney(patient: Patient, template: ProcedureTemplate, receivedAt: Date): void {
    const urgent = template.reason.includes('carcinoma') || template.reason.includes('tumour');
    const referral = this.referral(patient, {
      specialty: template.specialty,
      reason: template.reason,
      receivedAt,
      priority: urgent ? ReferralPriority.URGENT : this.rng.chance(0.1) ? ReferralPriority.ASAP : ReferralPriority.ROUTINE,
      band: urgent ? UrgencyBand.DAYS_30 : this.rng.chance(0.6) ? UrgencyBand.DAYS_90 : UrgencyBand.DAYS_365,
    });
    // A few referrals wait far too long for triage: the overdue cases on the worklist.
    let t = this.after(receivedAt, this.rng.chance(0.12) ? this.rng.int(25, 70) : this.rng.int(1, 10));
    if (!this.transition(referral, ReferralStatus.TRIAGED, t, 'Seen in the surgical outpatient clinic')) return;

    const roll = this.rng.next();
    if (roll < 0.06) {
      this.transition(referral, ReferralStatus.DECLINED, this.after(t, 1), this.rng.pick([
        'Not a surgical problem; referred back to the health centre with advice',
        'Anaesthetic risk too high for an elective operation here',
      ]));
      return;
    }
    if (roll < 0.1) {
      this.transition(referral, ReferralStatus.CANCELLED, this.after(t, this.rng.int(2, 20)), 'Family chose treatment closer to home');
      return;
    }
    t = this.after(t, this.rng.int(1, 5));
    if (!this.transition(referral, ReferralStatus.ACCEPTED, t, null)) return;

    const mission = this.missionFor(template.specialty, t);
    t = this.after(t, 1);
    const waitReason = mission ? `Waitlisted for the ${mission.name}` : 'Waitlisted for the local theatre list';
    if (!this.transition(referral, ReferralStatus.WAITLISTED, t, waitReason)) return;

    if (mission) {
      this.em.create(MissionReferral, {
        mission: this.em.getReference(Mission, this.missionIds.get(mission.name)!),
        referral,
        procedure: template.procedure,
        expectedDurationMinutes: template.minutes,
        assignedAt: t,
        assignedBy: this.teamRng.pick(CASE_MANAGERS),
      });
      this.surgicalEvent(patient, { kind: JourneyEventKind.MISSION_ASSIGNED, occurredAt: t, summary: summaries.missionAssigned(mission.name, template.procedure), episode: referral.episode, referral, mission: this.em.getReference(Mission, this.missionIds.get(mission.name)!) });
      // The coming mission's list is drawn up later (demo-coming-mission.ts books its first two days; the planner proposes the rest).
      if (this.missionStart(mission) > this.now) return;
    }
    const surgeryDay = mission
      ? this.missionDay(mission)
      : this.after(t, urgent ? this.rng.int(7, 25) : this.rng.int(20, 120));
    // Booked a week or three before the day (a mission's list is drawn up as it approaches).
    const bookedAt = new Date(Math.max(this.after(t, 1).getTime(), surgeryDay.getTime() - this.rng.int(7, 21) * DAY));
    if (bookedAt > this.now || bookedAt <= t) return;
    // The primary surgeon: the visiting surgeon on a mission (a local one when the visitor's day is full).
    const localFirst = (mission ? this.teamRng : this.rng).int(0, LOCAL_SURGEONS.length - 1);
    const locals = LOCAL_SURGEONS.map((_, i) => LOCAL_SURGEONS[(localFirst + i) % LOCAL_SURGEONS.length]);
    let booked: { theatreName: string; start: Date; end: Date } | null = null;
    let surgeon = '';
    // Local surgeons take over more of each later mission's cases, the visitor assisting.
    const localLeads = mission ? this.teamRng.chance(MISSIONS.indexOf(mission) * 0.35) : true;
    for (const candidate of mission && !localLeads ? [mission.surgeon, ...locals] : locals) {
      booked = this.bookSlot([patient.id, candidate], surgeryDay, template.minutes);
      surgeon = candidate;
      if (booked) break;
    }
    if (!booked) return;
    const { theatreName, start, end } = booked;
    const surgery = this.em.create(Surgery, {
      patient,
      episode: referral.episode,
      referral,
      procedure: template.procedure,
      procedureCode: template.procedureCode,
      specialty: template.specialty,
      theatre: this.em.getReference(Theatre, THEATRE_KEYS[theatreName as keyof typeof THEATRE_KEYS]),
      scheduledStart: start,
      scheduledEnd: end,
      expectedDurationMinutes: template.minutes,
      urgency: urgent ? SurgicalUrgency.EXPEDITED : SurgicalUrgency.ELECTIVE,
      mission: mission ? this.em.getReference(Mission, this.missionIds.get(mission.name)!) : null,
    });
    // The rest of the team, where they are free: the visitor assists a local lead; an anaesthetist and a scrub nurse.
    const others: [string, TeamRole][] = [];
    if (mission && surgeon !== mission.surgeon) others.push([mission.surgeon, TeamRole.ASSISTANT]);
    others.push([mission ? VISITING_ANAESTHETISTS[mission.name] : this.teamRng.pick(LOCAL_ANAESTHETISTS), TeamRole.ANAESTHETIST]);
    others.push([this.teamRng.pick(LOCAL_NURSES), TeamRole.SCRUB_NURSE]);
    const team = others
      .filter(([name]) => this.tryJoin(name, start, end))
      .map(([name, role]) => this.em.create(SurgeryTeamMember, { surgery, staffMember: this.em.getReference(StaffMember, this.staffIds.get(name)!), role, slotStart: start, slotEnd: end, active: true }));
    const primary = this.em.create(SurgeryTeamMember, {
      surgery,
      staffMember: this.em.getReference(StaffMember, this.staffIds.get(surgeon)!),
      role: TeamRole.PRIMARY_SURGEON,
      slotStart: start,
      slotEnd: end,
      active: true,
    });
    applyReferralTransition(this.em, referral, ReferralStatus.SCHEDULED, { at: bookedAt, reason: null, actor: this.caseManager() });
    this.events++;
    this.event(patient, {
      kind: JourneyEventKind.SURGERY_SCHEDULED,
      occurredAt: bookedAt,
      summary: summaries.surgeryScheduled(surgery.procedure, theatreName, start),
      episode: referral.episode,
      referral,
      surgery,
    });

    if (this.rng.chance(0.05)) {
      const cancelledAt = new Date(start.getTime() - this.rng.int(1, 2) * DAY);
      if (cancelledAt > this.now) return;
      const reason = this.rng.pick(['Patient did not attend', 'Patient unwell on the day: upper respiratory infection', 'Theatre time lost to an emergency']);
      const category = reason.startsWith('Theatre') ? CancellationCategory.HOSPITAL : reason.includes('did not attend') ? CancellationCategory.NO_SHOW : CancellationCategory.PATIENT;
      surgery.status = SurgeryStatus.CANCELLED;
      surgery.cancellationCategory = category;
      surgery.cancellationReason = reason;
      primary.active = false;
      for (const member of team) member.active = false;
      this.release([patient.id, theatreName, surgeon], start);
      applyReferralTransition(this.em, referral, ReferralStatus.WAITLISTED, { at: cancelledAt, reason, actor: this.caseManager() });
      this.events++;
      this.event(patient, {
        kind: JourneyEventKind.SURGERY_CANCELLED,
        occurredAt: cancelledAt,
        summary: summaries.surgeryCancelled(surgery.procedure, theatreName, category, reason),
        episode: referral.episode,
        referral,
        surgery,
        note: reason,
      });
      return;
    }

    // Admitted the evening before (or the morning of a short case), operated, then home.
    const admittedAt = new Date(start.getTime() - (template.minutes > 60 ? 14 : 2) * 60 * MINUTE);
    if (admittedAt > this.now) return;
    const ward = patient.guardian ? WardKind.PAEDIATRIC_SURGICAL : WardKind.ADULT_SURGICAL;
    const operatedAt = start;
    const endedAt = new Date(start.getTime() + (template.minutes + this.rng.int(-10, 30)) * MINUTE);
    const dischargeAt = new Date(endedAt.getTime() + this.rng.int(1, template.minutes > 90 ? 6 : 3) * DAY);
    const stay = this.admit(patient, referral.episode, ward, AdmissionReason.PRE_OPERATIVE, admittedAt, dischargeAt);
    if (!stay) return;
    if (operatedAt > this.now || endedAt > this.now) return;
    // A performed operation keeps its slot: its team rows stay active.
    surgery.status = SurgeryStatus.COMPLETED;
    surgery.procedures = [template.procedure];
    this.em.create(SurgeryProcedureCode, { surgery, position: 0, procedureCode: template.procedureCode });
    Object.assign(surgery, {
      inTheatreAt: new Date(operatedAt.getTime() - 20 * MINUTE),
      outOfTheatreAt: new Date(endedAt.getTime() + 10 * MINUTE),
      anaesthesiaType: template.minutes > 60 ? AnaesthesiaType.GENERAL : this.teamRng.pick([AnaesthesiaType.SPINAL, AnaesthesiaType.GENERAL, AnaesthesiaType.LOCAL]),
      asaClass: this.teamRng.pick([AsaClass.ASA_I, AsaClass.ASA_I, AsaClass.ASA_II, AsaClass.ASA_III]),
      woundClass: this.teamRng.chance(0.8) ? WoundClass.CLEAN : WoundClass.CLEAN_CONTAMINATED,
      estimatedBloodLossMl: this.teamRng.int(1, 30) * 10,
    });
    // The WHO checklist, all three phases, on the timeline.
    for (const [phase, at] of [[ChecklistPhase.SIGN_IN, -25], [ChecklistPhase.TIME_OUT, -5]] as const) {
      this.checklist(patient, referral.episode, surgery, phase, new Date(operatedAt.getTime() + at * MINUTE));
    }
    this.checklist(patient, referral.episode, surgery, ChecklistPhase.SIGN_OUT, endedAt);
    surgery.startedAt = operatedAt;
    surgery.endedAt = endedAt;
    surgery.findings = 'As expected; no unexpected findings';
    surgery.operativeNote = `${template.procedure}. Haemostasis secured. Closure in layers.`;
    applyReferralTransition(this.em, referral, ReferralStatus.COMPLETED, { at: endedAt, reason: null, actor: null });
    this.events++;
    this.event(patient, {
      kind: JourneyEventKind.SURGERY_PERFORMED,
      occurredAt: operatedAt,
      summary: summaries.surgeryPerformed(surgery.procedure, theatreName, Math.round((endedAt.getTime() - operatedAt.getTime()) / MINUTE)),
      episode: referral.episode,
      referral,
      surgery,
    });
    // A few complications (Clavien-Dindo I–IIIa), some of them wound infections within 30 days.
    if (this.teamRng.chance(0.05)) {
      const at = new Date(endedAt.getTime() + this.teamRng.int(1, 12) * DAY);
      if (at <= this.now) {
        const ssi = this.teamRng.chance(0.5);
        const complication = this.em.create(Complication, {
          surgery,
          patient,
          grade: ssi ? ClavienDindoGrade.II : this.teamRng.pick([ClavienDindoGrade.I, ClavienDindoGrade.II, ClavienDindoGrade.IIIA]),
          description: ssi ? 'Superficial wound infection; oral antibiotics' : 'Post-operative nausea and urinary retention; managed on the ward',
          occurredAt: at,
          surgicalSiteInfection: ssi,
          recordedAt: at,
          recordedBy: this.teamRng.pick(CLINICIANS),
        });
        this.surgicalEvent(patient, {
          kind: JourneyEventKind.COMPLICATION_RECORDED,
          grade: complication.grade,
          occurredAt: at,
          summary: summaries.complicationRecorded(complication.gradeLabel, template.procedure, complication.description, ssi),
          episode: referral.episode,
          surgery,
          complication,
        });
      }
    }
    // About one in 170 dies after surgery; the 40th discharge always does, so that every demo
    // has a death to show (the chance alone depends on how the random draws fall).
    const died = this.rng.chance(0.006) || ++this.surgicalDischarges === 40;
    const discharge = this.discharge(
      patient,
      stay,
      dischargeAt,
      died ? DischargeDisposition.DIED : DischargeDisposition.HOME,
      died ? `${template.diagnosis}; post-operative sepsis` : template.diagnosis,
      died ? [...template.diagnosisCodes, 'T81.4', 'A41.9'] : template.diagnosisCodes,
    );
    if (discharge && !died) this.care.postOperative(patient, surgery, discharge, operatedAt);
  }

  private oncologyJourney(patient: Patient, receivedAt: Date): void {
    const cancer = this.rng.pick(ONCOLOGY_CASES);
    const referral = this.referral(patient, {
      specialty: Specialty.PAEDIATRIC_ONCOLOGY,
      reason: cancer.reason,
      receivedAt,
      priority: ReferralPriority.URGENT,
      band: UrgencyBand.DAYS_30,
      sourceType: ReferralSourceType.OTHER_HOSPITAL,
    });
    let t = this.after(receivedAt, 1);
    if (!this.transition(referral, ReferralStatus.TRIAGED, t, 'Seen by the paediatric oncology team')) return;
    t = this.after(t, 1);
    if (!this.transition(referral, ReferralStatus.ACCEPTED, t, `Working diagnosis: ${cancer.diagnosis}`)) return;
    this.care.diagnose(patient, cancer, hospitalDate(t));

    const plannedCycles = this.rng.int(12, 52);
    const abandonsAfter = this.rng.chance(0.1) ? this.rng.int(3, 10) : Infinity;
    const dies = this.rng.chance(0.05);
    let admitAt = this.after(t, 1);
    for (let cycle = 1; cycle <= plannedCycles && cycle <= abandonsAfter; cycle++) {
      if (admitAt > this.now) return;
      // Induction keeps a child in for weeks; later cycles for days.
      const stayDays = cycle === 1 ? this.rng.int(14, 45) : this.rng.int(3, Math.max(3, cancer.cycleDays - 2));
      const dischargeAt = new Date(admitAt.getTime() + stayDays * DAY);
      const stay = this.admit(patient, referral.episode, WardKind.PAEDIATRIC_ONCOLOGY, AdmissionReason.ONCOLOGY, admitAt, dischargeAt);
      if (stay && cycle === 1 && cancer.protocolId) {
        this.care.routineCourse(patient, cancer, hospitalDate(admitAt), ageInYears(patient.birthDate, hospitalDate(admitAt)));
      }
      if (!stay || dischargeAt > this.now) return;
      const last = cycle === plannedCycles;
      const died = dies && last;
      this.discharge(
        patient,
        stay,
        dischargeAt,
        died ? DischargeDisposition.DIED : DischargeDisposition.HOME,
        died ? `${cancer.diagnosis}, progressive disease` : `${cancer.diagnosis}: cycle ${cycle} given`,
        died ? [cancer.icd10] : [cancer.icd10, 'Z51.1'],
        !last,
      );
      // Chemotherapy is sometimes delayed a week (low counts, family could not travel).
      admitAt = this.after(admitAt, Math.max(cancer.cycleDays, stayDays + 1) + (this.rng.chance(0.15) ? 7 : 0));
    }
  }

  /**
   * The oncology stories relative to today: 0 a child 23 days past a missed dose (abandonment
   * WARNING), 1 a child 28 days past one after a delayed dose (ABANDONMENT), 2 a refusal with a
   * palliative review due today, 3 a completed plan with its oncology review due today, 4 a child
   * in induction now with today's doses due.
   */
  private oncologyScenario(patient: Patient, scenario: number): void {
    const all = scenario === 2 || scenario === 4;
    const cancer: OncologyCase = ONCOLOGY_CASES.find((c) => c.protocolId === (all ? ALL_INDUCTION_PROTOCOL : WILMS_PROTOCOL))!;
    const start = addDays(this.care.today, -SCENARIO_START[scenario]);
    const day = (offset: number): string => addDays(start, offset);
    const referral = this.referral(patient, {
      specialty: Specialty.PAEDIATRIC_ONCOLOGY,
      reason: cancer.reason,
      receivedAt: this.care.at(day(-12), 9),
      priority: ReferralPriority.URGENT,
      band: UrgencyBand.DAYS_30,
      sourceType: ReferralSourceType.OTHER_HOSPITAL,
    });
    this.transition(referral, ReferralStatus.TRIAGED, this.care.at(day(-11), 10), 'Seen by the paediatric oncology team');
    this.transition(referral, ReferralStatus.ACCEPTED, this.care.at(day(-10), 10), `Working diagnosis: ${cancer.diagnosis}`);
    this.care.diagnose(patient, cancer, day(-10), all ? 'CNS1' : 'II');
    const stayDays = [4, 5, 10, 24, 30][scenario];
    const stay = this.admit(patient, referral.episode, WardKind.PAEDIATRIC_ONCOLOGY, AdmissionReason.ONCOLOGY, this.care.at(start, 9), this.care.at(day(stayDays), 15));
    const course = this.care.startPlan(patient, cancer.protocolId!, start, ageInYears(patient.birthDate, start));
    const dischargeHome = (offset: number, diagnosis: string, disposition = DischargeDisposition.HOME) =>
      stay ? this.discharge(patient, stay, this.care.at(day(offset), 15), disposition, diagnosis, [cancer.icd10, 'Z51.1'], true) : null;
    switch (scenario) {
      case 0: // Given days 0 and 7, then never came back: 23 days past the day-14 doses.
        this.care.giveUntil(course, day(14));
        dischargeHome(4, `${cancer.diagnosis}: week 1 given; weekly vincristine as an outpatient`);
        break;
      case 1: {
        // Day-7 vincristine 3 days late moves the rest 3 days; the day-17 doses were never given: 28 days.
        const week2 = course.doses.find((d) => d.plannedDate === day(7))!;
        this.care.giveUntil(course, day(14), new Map([[week2.position, [3, 'Family could not afford the bus fare from the province'] as const]]));
        dischargeHome(5, `${cancer.diagnosis}: week 1 given`);
        break;
      }
      case 2: {
        this.care.giveUntil(course, day(10));
        this.care.toxicity(course, ToxicityTerm.VOMITING, 2, day(3), null, 'With dexamethasone; ondansetron given');
        this.care.refuse(course, day(10), RefusedBy.PARENTS, 'The parents chose to take her home to the province for traditional treatment');
        const discharge = dischargeHome(10, `${cancer.diagnosis}: induction stopped at the family's request`, DischargeDisposition.LEFT_AGAINST_ADVICE);
        this.care.book(patient, {
          kind: FollowUpKind.CLINIC,
          dueDate: this.care.today,
          discharge,
          treatmentPlan: course.plan,
          notes: 'Palliative care review; the social worker will phone the family the day before',
          at: this.care.at(day(10), 16),
        });
        break;
      }
      case 3: {
        const week3 = course.doses.find((d) => d.plannedDate === day(14) && d.drug === 'Vincristine')!;
        const week2 = course.doses.find((d) => d.plannedDate === day(7))!;
        this.care.giveUntil(course, day(28), new Map([[week3.position, [2, 'Neutrophils 0.6: waited for recovery'] as const]]));
        this.care.toxicity(course, ToxicityTerm.NEUTROPHIL_COUNT_DECREASED, 3, day(13), week2, 'ANC 0.6 on the day-14 count');
        this.care.toxicity(course, ToxicityTerm.PERIPHERAL_SENSORY_NEUROPATHY, 1, day(20), null, 'Tingling fingers; vincristine continued');
        dischargeHome(24, `${cancer.diagnosis}: pre-operative chemotherapy given`);
        this.care.assess(course, day(27), AssessmentMethod.IMAGING, ResponseCategory.PR, 'Ultrasound: tumour 45% smaller');
        this.care.complete(course, day(28), 'Pre-operative chemotherapy complete; nephrectomy to be booked');
        break;
      }
      case 4:
        this.care.giveUntil(course, this.care.today);
        this.care.assess(course, day(8), AssessmentMethod.BONE_MARROW, ResponseCategory.PR, 'Day-8 marrow: blasts down to 8%');
        this.care.toxicity(course, ToxicityTerm.FEBRILE_NEUTROPENIA, 3, day(10), null, 'Fever 38.8 °C, ANC 0.2: ceftriaxone');
        break;
    }
  }

  // ---- steps -----------------------------------------------------------------------------

  private referral(
    patient: Patient,
    options: { specialty: Specialty; reason: string; receivedAt: Date; priority: ReferralPriority; band: UrgencyBand; sourceType?: ReferralSourceType },
  ): Referral {
    const sourceType = options.sourceType ?? this.rng.weighted([
      [ReferralSourceType.REFERRAL_HOSPITAL, 5],
      [ReferralSourceType.HEALTH_CENTRE, 3],
      [ReferralSourceType.OUTREACH_SCREENING, 2],
      [ReferralSourceType.NGO, 1],
      [ReferralSourceType.SELF, 1],
    ] as const);
    const sourceName = SOURCES[sourceType].length ? this.rng.pick(SOURCES[sourceType]) : null;
    const episode = newEpisode(this.em, patient, { title: options.reason, specialty: options.specialty, at: options.receivedAt });
    const referral = this.em.create(Referral, {
      patient,
      episode,
      sourceType,
      sourceName,
      specialty: options.specialty,
      reason: options.reason,
      priority: options.priority,
      urgencyBand: options.band,
      dueDate: addDays(hospitalDate(options.receivedAt), { DAYS_30: 30, DAYS_90: 90, DAYS_365: 365 }[options.band]),
      receivedAt: options.receivedAt,
    });
    this.em.create(ReferralStatusChange, { referral, fromStatus: null, toStatus: ReferralStatus.RECEIVED, changedAt: options.receivedAt, changedBy: this.caseManager() });
    this.event(patient, {
      kind: JourneyEventKind.REFERRAL_RECEIVED,
      occurredAt: options.receivedAt,
      summary: summaries.referralReceived(summaries.sourceOf(sourceName, sourceType), options.reason),
      episode,
      referral,
      toStatus: ReferralStatus.RECEIVED,
    });
    return referral;
  }

  /** Moves the referral if `at` is not after "now"; says whether it did. */
  private transition(referral: Referral, to: ReferralStatus, at: Date, reason: string | null): boolean {
    if (at > this.now) return false;
    applyReferralTransition(this.em, referral, to, { at, reason, actor: this.caseManager() });
    this.events++;
    return true;
  }

  private admit(
    patient: Patient,
    episode: Episode,
    ward: WardKind,
    reason: AdmissionReason,
    at: Date,
    dischargeAt: Date,
  ): { admission: Admission; bedStay: BedStay; wardName: string } | null {
    const stillIn = dischargeAt > this.now;
    const from = at.getTime();
    const until = stillIn ? Infinity : dischargeAt.getTime();
    const free = (b: BedInfo) => (this.bedStays.get(b.id) ?? []).every(([f, t]) => t <= from || f >= until);
    // A past stay goes to a random bed, or the next one free for the whole stay (the database
    // refuses overlapping stays); the random draw is made either way so the rest of the demo
    // stays as it was. When the ward is full, the overflow ward takes the patient.
    const beds = this.beds.get(ward)!;
    const start = stillIn ? 0 : beds.indexOf(this.rng.pick(beds));
    const bed = beds.map((_, i) => beds[(start + i) % beds.length]).find(free) ?? this.beds.get(OVERFLOW_WARD[ward])!.find(free);
    if (!bed) return null; // every bed taken then: this admission did not happen
    this.bedStays.set(bed.id, [...(this.bedStays.get(bed.id) ?? []), [from, until]]);
    const admission = this.em.create(Admission, { patient, episode, bed: this.em.getReference(Bed, bed.id), reason, admittedAt: at });
    const bedStay = this.em.create(BedStay, { admission, bed: this.em.getReference(Bed, bed.id), from: at });
    this.event(patient, {
      kind: JourneyEventKind.ADMITTED,
      occurredAt: at,
      summary: summaries.admitted(bed.wardName, bed.label, reason),
      episode,
      admission,
    });
    return { admission, bedStay, wardName: bed.wardName };
  }

  private discharge(
    patient: Patient,
    stay: { admission: Admission; bedStay: BedStay; wardName: string },
    at: Date,
    disposition: DischargeDisposition,
    diagnosis: string,
    diagnosisCodes: readonly string[],
    keepEpisodeOpen = false,
  ): Discharge | null {
    if (at > this.now) return null;
    const { admission, wardName } = stay;
    admission.status = AdmissionStatus.DISCHARGED;
    admission.dischargedAt = at;
    stay.bedStay.to = at;
    const discharge = this.em.create(Discharge, {
      admission,
      patient,
      dischargedAt: at,
      disposition,
      diagnosis,
      condition: disposition === DischargeDisposition.DIED ? null : 'Well, eating and walking',
      instructions: disposition === DischargeDisposition.DIED ? null : 'Keep the wound clean and dry. Come back at once for fever, bleeding or vomiting.',
      followUpPlan: disposition === DischargeDisposition.DIED ? null : 'Review in clinic in 10–14 days; phone call at day 30',
      clinician: this.rng.pick(CLINICIANS),
    });
    diagnosisCodes.forEach((code, position) => this.em.create(DischargeDiagnosisCode, { discharge, position, code }));
    if (!keepEpisodeOpen) closeEpisode(admission.episode, EpisodeStatus.FINISHED, at);
    this.event(patient, {
      kind: JourneyEventKind.DISCHARGED,
      disposition,
      occurredAt: at,
      summary: summaries.discharged(disposition, wardName, diagnosis),
      episode: admission.episode,
      admission,
      discharge,
    });
    return discharge;
  }

  /** Surgical-care events draw from their own random stream, so adding them leaves the rest of the demo as it was. */
  private surgicalEvent(patient: Patient, draft: Parameters<typeof recordJourneyEvent>[2]): void {
    recordJourneyEvent(this.em, patient, draft, this.teamRng.pick(CLINICIANS));
    this.events++;
  }

  private event(patient: Patient, draft: Parameters<typeof recordJourneyEvent>[2]): void {
    recordJourneyEvent(this.em, patient, draft, draft.kind === JourneyEventKind.PATIENT_REGISTERED ? this.caseManager() : this.rng.pick(CLINICIANS));
    this.events++;
  }

  // ---- time ------------------------------------------------------------------------------

  /** `daysAgo` days before "now", at `hour` o'clock in Phnom Penh. */
  private instant(daysAgo: number, hour: number): Date {
    const day = addDays(hospitalDate(this.now), -daysAgo);
    return new Date(`${day}T${String(hour).padStart(2, '0')}:${String(this.rng.int(0, 59)).padStart(2, '0')}:00+07:00`);
  }

  private after(from: Date, days: number): Date {
    return new Date(from.getTime() + days * DAY + this.rng.int(0, 120) * MINUTE);
  }

  private missionFor(specialty: Specialty, from: Date): DemoMission | null {
    const candidates = MISSIONS.filter((m) => m.specialties.includes(specialty) && this.missionStart(m).getTime() > from.getTime() + 7 * DAY);
    return candidates.length && this.rng.chance(0.7) ? candidates[0] : null;
  }

  private missionStart(mission: DemoMission): Date {
    return new Date(`${addDays(hospitalDate(this.now), mission.startOffsetDays)}T08:00:00+07:00`);
  }

  private missionDay(mission: DemoMission): Date {
    return new Date(this.missionStart(mission).getTime() + this.rng.int(0, mission.days - 1) * DAY);
  }

  /** Surgical patients discharged so far (one of them dies: see `surgicalJourney`). */
  private surgicalDischarges = 0;

  /** Booked theatre slots per theatre (and per patient), so the demo never double-books. */
  private slots = new Map<string, { start: number; end: number }[]>();

  /**
   * A free slot on the day for a theatre and everyone in `keys` (patient, surgeon): theatres in
   * random order, starts on the hour from 08:00, ending by 17:00 (THEATRE_SESSION: the demo books
   * planned operations only, inside the session of their day in Phnom Penh).
   */
  private bookSlot(keys: string[], day: Date, minutes: number): { theatreName: string; start: Date; end: Date } | null {
    const first = this.rng.int(0, THEATRES.length - 1);
    const theatres = THEATRES.map((_, i) => THEATRES[(first + i) % THEATRES.length]);
    const firstHour = this.rng.int(0, 6);
    const sessionStart = startOfHospitalDay(hospitalDate(day)).getTime() + THEATRE_SESSION.startMinute * MINUTE;
    const sessionEnd = startOfHospitalDay(hospitalDate(day)).getTime() + THEATRE_SESSION.endMinute * MINUTE;
    for (const theatreName of theatres) {
      for (let h = 0; h < 10; h++) {
        const start = sessionStart + ((firstHour + h) % 10) * 60 * MINUTE;
        const end = start + minutes * MINUTE;
        if (end > sessionEnd) continue;
        const free = (key: string) => !(this.slots.get(key) ?? []).some((s) => s.start < end && s.end > start);
        if ([theatreName, ...keys].every(free)) {
          for (const key of [theatreName, ...keys]) this.slots.set(key, [...(this.slots.get(key) ?? []), { start, end }]);
          return { theatreName, start: new Date(start), end: new Date(end) };
        }
      }
    }
    return null;
  }

  private release(keys: string[], start: Date): void {
    for (const key of keys) this.slots.set(key, (this.slots.get(key) ?? []).filter((s) => s.start !== start.getTime()));
  }

  /** Staff member IDs by name. */
  staffIds = new Map<string, string>();

  /** Mission record IDs by demo mission name. */
  missionIds = new Map<string, string>();

  /** The demo's staff (local, with Khmer names, and the visiting teams) and the missions as records. */
  seedStaff(): void {
    const staff = (name: string, role: StaffRole, visiting: boolean, extra: { nameKhmer?: string; institution?: string; specialty?: Specialty } = {}) =>
      this.staffIds.set(name, this.em.create(StaffMember, { name, role, visiting, nameKhmer: extra.nameKhmer ?? null, institution: extra.institution ?? null, specialty: extra.specialty ?? null }).id);
    LOCAL_SURGEONS.forEach((name, i) => staff(name, StaffRole.SURGEON, false, { nameKhmer: LOCAL_KHMER[name], specialty: [Specialty.GENERAL_SURGERY, Specialty.BREAST_SURGERY, Specialty.PAEDIATRIC_SURGERY][i] }));
    for (const name of [...LOCAL_ANAESTHETISTS, ...LOCAL_NURSES]) {
      staff(name, LOCAL_ANAESTHETISTS.includes(name) ? StaffRole.ANAESTHETIST : StaffRole.NURSE, false, { nameKhmer: LOCAL_KHMER[name] });
    }
    const theatres = THEATRES.map((name) => this.em.getReference(Theatre, THEATRE_KEYS[name as keyof typeof THEATRE_KEYS]));
    for (const mission of MISSIONS) {
      const institution = VISITING_INSTITUTIONS[mission.name];
      staff(mission.surgeon, StaffRole.SURGEON, true, { institution, specialty: mission.specialties[0] });
      const anaesthetist = VISITING_ANAESTHETISTS[mission.name];
      staff(anaesthetist, StaffRole.ANAESTHETIST, true, { institution });
      const startDate = hospitalDate(this.missionStart(mission));
      const record = this.em.create(Mission, {
        name: mission.name,
        institution,
        specialties: [...mission.specialties],
        startDate,
        endDate: addDays(startDate, mission.days - 1),
        dailyCapacityMinutes: 480,
        notes: 'Day 1: every patient on the list is seen by the visiting surgeon.',
      });
      record.theatres.set(theatres);
      record.members.set([mission.surgeon, anaesthetist].map((name) => this.em.getReference(StaffMember, this.staffIds.get(name)!)));
      this.missionIds.set(mission.name, record.id);
    }
  }

  /** Reserves a staff member's time if free; false when they are busy then. */
  private tryJoin(name: string, start: Date, end: Date): boolean {
    const free = !(this.slots.get(name) ?? []).some((s) => s.start < end.getTime() && s.end > start.getTime());
    if (free) this.slots.set(name, [...(this.slots.get(name) ?? []), { start: start.getTime(), end: end.getTime() }]);
    return free;
  }

  private checklist(patient: Patient, episode: Episode, surgery: Surgery, phase: ChecklistPhase, at: Date): void {
    const answers = checklistItemsOf(phase).map((item) => ({ item: item.key, answer: item.allowed[0] }));
    const record = this.em.create(SurgeryChecklistPhase, { surgery, phase, answers, recordedBy: this.teamRng.pick(LOCAL_NURSES), recordedAt: at });
    this.surgicalEvent(patient, {
      kind: JourneyEventKind.CHECKLIST_PHASE_RECORDED,
      occurredAt: at,
      summary: summaries.checklistPhaseRecorded(phase, surgery.procedure),
      episode,
      surgery,
      checklistPhase: record,
    });
  }

  private caseManager(): string {
    return this.rng.pick(CASE_MANAGERS);
  }
}
