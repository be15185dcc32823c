import type { AdverseEvent, Procedure } from '@medplum/fhirtypes';
import { ClavienDindoGrade, OperationSide, SurgeryStatus, type TeamRole } from '@pj/shared';
import type { HospitalProcedure } from '../codes/codes.types.js';
import { Complication } from '../surgery/complication.entity.js';
import { Surgery } from '../surgery/surgery.entity.js';
import { FATAL_OUTCOME, procedureCode } from './codes.js';
import { gated } from './field-rules.js';
import { instant, ref, type MappingContext } from './reference.js';
import { words } from './text.js';

const STATUS: Record<SurgeryStatus, Procedure['status']> = {
  [SurgeryStatus.SCHEDULED]: 'preparation',
  [SurgeryStatus.COMPLETED]: 'completed',
  [SurgeryStatus.CANCELLED]: 'not-done',
};

/** A member of an operation's team: their part and their name. */
export interface TeamMember {
  role: TeamRole;
  name: string;
}

/** An operation's procedure-list entries, read by the caller: the booked one, and the performed ones by position in `procedures`. */
export interface OperationCodes {
  planned: HospitalProcedure | null;
  performed: ReadonlyMap<number, HospitalProcedure>;
}

/**
 * An operation as a Procedure: booked (`preparation`), performed (`completed`, with its times
 * and its team as performers, each with their part) or cancelled (`not-done`, with the category
 * as the reason); `basedOn` its referral; coded from the procedure list (`procedureCode`).
 */
export function procedureResource(surgery: Surgery, team: readonly TeamMember[], codes: OperationCodes, { access, patient }: MappingContext): Procedure {
  const status = surgery.status as SurgeryStatus;
  const note = gated(access, Surgery, 'operativeNote', surgery.operativeNote);
  const findings = gated(access, Surgery, 'findings', surgery.findings);
  const start = surgery.startedAt ?? surgery.inTheatreAt;
  const end = surgery.endedAt ?? surgery.outOfTheatreAt;
  return {
    resourceType: 'Procedure',
    id: surgery.id,
    ...(surgery.referral ? { basedOn: [ref('ServiceRequest', surgery.referral.id)] } : {}),
    status: STATUS[status],
    ...(status === SurgeryStatus.CANCELLED && surgery.cancellationCategory ? { statusReason: { text: words(surgery.cancellationCategory) } } : {}),
    category: { text: words(surgery.specialty) },
    code: procedureCode(surgery, codes.planned, codes.performed),
    subject: patient,
    ...(status === SurgeryStatus.COMPLETED && start ? { performedPeriod: { start: instant(start), ...(end ? { end: instant(end) } : {}) } } : {}),
    ...(status === SurgeryStatus.COMPLETED && team.length ? { performer: team.map((m) => ({ function: { text: words(m.role) }, actor: { display: m.name } })) } : {}),
    ...(surgery.side && surgery.side !== OperationSide.NOT_APPLICABLE ? { bodySite: [{ text: words(surgery.side) }] } : {}),
    ...(findings ? { outcome: { text: findings } } : {}),
    ...(note ? { note: [{ text: note }] } : {}),
  };
}

/**
 * A complication as an AdverseEvent of the operation (`suspectEntity`), its Clavien-Dindo grade
 * as the seriousness; grade V (the patient's death) has outcome `fatal`.
 */
export function complicationResource(complication: Complication, { access, patient }: MappingContext): AdverseEvent {
  const description = gated(access, Complication, 'description', complication.description);
  const grade = `Clavien-Dindo grade ${complication.gradeLabel}`;
  return {
    resourceType: 'AdverseEvent',
    id: complication.id,
    actuality: 'actual',
    event: { text: description ?? (complication.surgicalSiteInfection ? 'Surgical site infection' : 'Post-operative complication') },
    subject: patient,
    date: instant(complication.occurredAt),
    recordedDate: instant(complication.recordedAt),
    seriousness: { text: complication.surgicalSiteInfection ? `${grade}; surgical site infection` : grade },
    ...(complication.grade === ClavienDindoGrade.V ? { outcome: FATAL_OUTCOME } : {}),
    ...(complication.recordedBy ? { recorder: { display: complication.recordedBy } } : {}),
    suspectEntity: [{ instance: ref('Procedure', complication.surgery.id) }],
  };
}
