import { hospitalDateTime, JourneyEventKind, SummaryParamType, type SummaryParam, type SummaryVariant } from '@pj/shared';
import type {
  AdmissionReason,
  AssessmentMethod,
  CancerType,
  ChecklistPhase,
  Day30Status,
  DiagnosisBasis,
  DischargeDisposition,
  FollowUpKind,
  FollowUpOutcome,
  FollowUpStatus,
  ReferralStatus,
  RefusedBy,
  ResponseCategory,
  StageScheme,
} from '@pj/shared';

/**
 * The one-line summaries stored with timeline events, in one place. Each is kept twice: as
 * English text (`summary`, for API clients and notifications; times in Phnom Penh time) and
 * as the sentence it is (`variant`, one of `JOURNEY_SUMMARY_VARIANTS` of its kind in
 * @pj/shared) with the values it speaks of (`params`), from which the web app writes it in
 * the reader's language (`timeline.<KIND>.<variant>`).
 */
export interface EventSummary {
  text: string;
  variant: string;
  params: SummaryParam[];
}

const words = (value: string): string => value.toLowerCase().replace(/_/g, ' ');
const clip = (text: string, max = 80): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const minuteOf = hospitalDateTime;

const text = (name: string, value: string): SummaryParam => ({ name, value, type: SummaryParamType.TEXT });
const num = (name: string, value: number): SummaryParam => ({ name, value: String(value), type: SummaryParamType.NUMBER });
const instant = (name: string, value: Date): SummaryParam => ({ name, value: value.toISOString(), type: SummaryParamType.DATE_TIME });
const day = (name: string, value: string): SummaryParam => ({ name, value, type: SummaryParamType.LOCAL_DATE });
const enumValue = (name: string, enumName: string, value: string): SummaryParam => ({ name, value, type: SummaryParamType.ENUM, enumName });

/** A summary of `kind`: its English text, its sentence and its values. */
function summary<K extends JourneyEventKind>(_kind: K, variant: SummaryVariant<K>, english: string, ...params: SummaryParam[]): EventSummary {
  return { text: english, variant, params };
}

const K = JourneyEventKind;
const PHASE_NAME: Record<ChecklistPhase, string> = { SIGN_IN: 'Sign In', TIME_OUT: 'Time Out', SIGN_OUT: 'Sign Out' };

export const summaries = {
  registered: (mrn: string, province: string): EventSummary =>
    summary(K.PATIENT_REGISTERED, 'default', `Registered as ${mrn} (${province})`, text('mrn', mrn), text('province', province)),
  patientsMerged: (mrn: string, familyName: string, givenName: string): EventSummary =>
    summary(K.PATIENTS_MERGED, 'default', `Merged with ${mrn} (${familyName} ${givenName}); its records are now here`, text('mrn', mrn), text('name', `${familyName} ${givenName}`)),
  referralReceived: (source: string, reason: string): EventSummary =>
    summary(K.REFERRAL_RECEIVED, 'default', `Referral received from ${source}: ${clip(reason)}`, text('source', source), text('reason', clip(reason))),
  referralStatusChanged: (from: ReferralStatus, to: ReferralStatus, reason: string | null): EventSummary =>
    summary(
      K.REFERRAL_STATUS_CHANGED,
      reason ? 'withReason' : 'default',
      `Referral ${words(from)} → ${words(to)}${reason ? `: ${clip(reason)}` : ''}`,
      enumValue('from', 'ReferralStatus', from),
      enumValue('to', 'ReferralStatus', to),
      ...(reason ? [text('reason', clip(reason))] : []),
    ),
  surgeryScheduled: (procedure: string, theatre: string, start: Date): EventSummary =>
    summary(K.SURGERY_SCHEDULED, 'default', `Surgery booked: ${procedure} (${theatre}) on ${minuteOf(start)}`, text('procedure', procedure), text('theatre', theatre), instant('start', start)),
  surgeryPerformed: (procedure: string, theatre: string, minutes: number): EventSummary =>
    summary(K.SURGERY_PERFORMED, 'default', `Surgery performed: ${procedure} (${theatre}), ${minutes} min`, text('procedure', procedure), text('theatre', theatre), num('minutes', minutes)),
  surgeryCancelled: (procedure: string, theatre: string, category: string, reason: string): EventSummary =>
    summary(
      K.SURGERY_CANCELLED,
      'default',
      `Surgery cancelled (${words(category)}): ${procedure} (${theatre}): ${clip(reason)}`,
      text('procedure', procedure),
      text('theatre', theatre),
      enumValue('category', 'CancellationCategory', category),
      text('reason', clip(reason)),
    ),
  surgeryRescheduled: (procedure: string, from: { start: Date; theatre: string }, to: { start: Date; theatre: string }): EventSummary =>
    summary(
      K.SURGERY_RESCHEDULED,
      'default',
      `Surgery moved: ${procedure} from ${minuteOf(from.start)} (${from.theatre}) to ${minuteOf(to.start)} (${to.theatre})`,
      text('procedure', procedure),
      instant('fromStart', from.start),
      text('fromTheatre', from.theatre),
      instant('toStart', to.start),
      text('toTheatre', to.theatre),
    ),
  checklistPhaseRecorded: (phase: ChecklistPhase, procedure: string): EventSummary =>
    summary(K.CHECKLIST_PHASE_RECORDED, 'default', `WHO checklist ${PHASE_NAME[phase]} done: ${procedure}`, enumValue('phase', 'ChecklistPhase', phase), text('procedure', procedure)),
  complicationRecorded: (grade: string, procedure: string, description: string, ssi: boolean): EventSummary =>
    summary(
      K.COMPLICATION_RECORDED,
      grade === 'V' ? (ssi ? 'diedInfection' : 'died') : ssi ? 'infection' : 'default',
      `${grade === 'V' ? 'Died after surgery' : `Complication (Clavien-Dindo ${grade})`}${ssi ? ', surgical-site infection' : ''} after ${procedure}: ${clip(description)}`,
      text('grade', grade),
      text('procedure', procedure),
      text('description', clip(description)),
    ),
  missionAssigned: (mission: string, procedure: string): EventSummary =>
    summary(K.MISSION_ASSIGNED, 'default', `Put on the ${mission} list for ${procedure}`, text('mission', mission), text('procedure', procedure)),
  missionUnassigned: (mission: string): EventSummary =>
    summary(K.MISSION_UNASSIGNED, 'default', `Taken off the ${mission} list`, text('mission', mission)),
  admitted: (ward: string, bed: string, reason: AdmissionReason): EventSummary =>
    summary(K.ADMITTED, 'default', `Admitted to ${ward}, bed ${bed}, for ${words(reason)}`, text('ward', ward), text('bed', bed), enumValue('reason', 'AdmissionReason', reason)),
  discharged: (disposition: DischargeDisposition, ward: string, diagnosis: string): EventSummary =>
    summary(
      K.DISCHARGED,
      disposition === 'DIED' ? 'died' : 'default',
      disposition === 'DIED'
        ? `Died on ${ward}: ${clip(diagnosis)}`
        : `Discharged (${words(disposition)}) from ${ward}: ${clip(diagnosis)}`,
      enumValue('disposition', 'DischargeDisposition', disposition),
      text('ward', ward),
      text('diagnosis', clip(diagnosis)),
    ),
  transferred: (fromWard: string, fromBed: string, toWard: string, toBed: string): EventSummary =>
    summary(
      K.TRANSFERRED,
      fromWard === toWard ? 'sameWard' : 'default',
      fromWard === toWard ? `Moved on ${toWard} from bed ${fromBed} to bed ${toBed}` : `Moved from ${fromWard}, bed ${fromBed}, to ${toWard}, bed ${toBed}`,
      text('fromWard', fromWard),
      text('fromBed', fromBed),
      text('toWard', toWard),
      text('toBed', toBed),
    ),
  sourceOf: (sourceName: string | null, sourceType: string): string => sourceName ?? words(sourceType),
  oncologyDiagnosed: (cancerType: CancerType, stage: string, scheme: StageScheme, basis: DiagnosisBasis): EventSummary =>
    summary(
      K.ONCOLOGY_DIAGNOSED,
      'default',
      `Cancer diagnosed: ${words(cancerType)}, stage ${stage} (${words(scheme)}), by ${words(basis)}`,
      enumValue('cancerType', 'CancerType', cancerType),
      text('stage', stage),
      enumValue('scheme', 'StageScheme', scheme),
      enumValue('basis', 'DiagnosisBasis', basis),
    ),
  treatmentStarted: (protocol: string, bsa: number, doses: number): EventSummary =>
    summary(
      K.TREATMENT_PLAN_STARTED,
      'default',
      `Treatment started: ${protocol} (BSA ${bsa.toFixed(2)} m², ${doses} doses planned)`,
      text('protocol', protocol),
      num('bsa', Number(bsa.toFixed(2))),
      num('doses', doses),
    ),
  chemoGiven: (drug: string, dose: number, unit: string, route: string, daysLate: number): EventSummary =>
    summary(
      K.CHEMO_ADMINISTERED,
      daysLate > 0 ? 'late' : 'default',
      `${drug} ${dose} ${unit} ${route} given` + (daysLate > 0 ? `, ${daysLate} day${daysLate === 1 ? '' : 's'} late` : ''),
      text('drug', drug),
      num('dose', dose),
      text('unit', unit),
      text('route', route),
      ...(daysLate > 0 ? [num('count', daysLate)] : []),
    ),
  chemoOmitted: (drug: string, dose: number, unit: string, plannedDate: string): EventSummary =>
    summary(K.CHEMO_OMITTED, 'default', `${drug} ${dose} ${unit} due ${plannedDate} not given`, text('drug', drug), num('dose', dose), text('unit', unit), day('due', plannedDate)),
  toxicity: (term: string, grade: number): EventSummary =>
    summary(
      K.TOXICITY_RECORDED,
      grade >= 5 ? 'died' : 'default',
      grade >= 5 ? `Died of a treatment toxicity: ${term} (grade 5)` : `Toxicity: ${term}, grade ${grade}`,
      text('term', term),
      num('grade', grade),
    ),
  responseAssessed: (method: AssessmentMethod, response: ResponseCategory): EventSummary =>
    summary(
      K.RESPONSE_ASSESSED,
      'default',
      `Response assessed (${words(method)}): ${response === 'NOT_EVALUABLE' ? 'not evaluable' : response}`,
      enumValue('method', 'AssessmentMethod', method),
      enumValue('response', 'ResponseCategory', response),
    ),
  treatmentRefused: (by: RefusedBy, protocol: string, omitted: number): EventSummary =>
    summary(
      K.TREATMENT_REFUSED,
      'default',
      `Treatment refused by the ${words(by)}: ${protocol} stopped (${omitted} doses not given)`,
      enumValue('by', 'RefusedBy', by),
      text('protocol', protocol),
      num('count', omitted),
    ),
  treatmentCompleted: (protocol: string, omitted: number): EventSummary =>
    summary(
      K.TREATMENT_COMPLETED,
      omitted ? 'withOmitted' : 'default',
      `Treatment completed: ${protocol}${omitted ? ` (${omitted} planned doses not given)` : ''}`,
      text('protocol', protocol),
      ...(omitted ? [num('count', omitted)] : []),
    ),
  followUpScheduled: (kind: FollowUpKind, dueDate: string, automatic: boolean): EventSummary =>
    summary(
      K.FOLLOW_UP_SCHEDULED,
      automatic ? 'standard' : 'default',
      `Follow-up booked: ${followUpName(kind)} on ${dueDate}${automatic ? ' (standard)' : ''}`,
      enumValue('followUp', 'FollowUpKind', kind),
      day('due', dueDate),
    ),
  followUpMoved: (kind: FollowUpKind, dueDate: string, from: string): EventSummary =>
    summary(
      K.FOLLOW_UP_SCHEDULED,
      'moved',
      `Follow-up moved: ${followUpName(kind)} on ${dueDate} (was ${from})`,
      enumValue('followUp', 'FollowUpKind', kind),
      day('due', dueDate),
      day('from', from),
    ),
  followUpCancelled: (kind: FollowUpKind, dueDate: string, reason: string): EventSummary =>
    summary(
      K.FOLLOW_UP_SCHEDULED,
      'cancelled',
      `Follow-up cancelled: ${followUpName(kind)} due ${dueDate}: ${clip(reason)}`,
      enumValue('followUp', 'FollowUpKind', kind),
      day('due', dueDate),
      text('reason', clip(reason)),
    ),
  followUpRecorded: (kind: FollowUpKind, outcome: FollowUpOutcome, day30Status: Day30Status | null): EventSummary => {
    const name = followUpName(kind);
    const done = outcome === 'ATTENDED' ? (kind === 'DAY_30_CALL' ? 'done' : 'attended') : 'missed';
    const found = day30Status ? `: ${day30Status === 'DIED' ? 'the patient died' : words(day30Status)}` : '';
    return summary(
      K.FOLLOW_UP_RECORDED,
      outcome !== 'ATTENDED' ? 'missed' : day30Status ? 'call' : 'attended',
      `${name.charAt(0).toUpperCase()}${name.slice(1)} ${done}${found}`,
      enumValue('followUp', 'FollowUpKind', kind),
      ...(day30Status ? [enumValue('finding', 'Day30Status', day30Status)] : []),
    );
  },
  lostToFollowUp: (kind: FollowUpKind, dueDate: string, status: FollowUpStatus, days: number): EventSummary =>
    summary(
      K.LOST_TO_FOLLOW_UP,
      status === 'MISSED' ? 'missed' : 'neverAttended',
      `Lost to follow-up: ${followUpName(kind)} due ${dueDate} ${status === 'MISSED' ? 'missed' : 'never attended'}, nothing attended for over ${days} days`,
      enumValue('followUp', 'FollowUpKind', kind),
      day('due', dueDate),
      num('days', days),
    ),
  deathCorrected: (reason: string): EventSummary =>
    summary(K.DEATH_CORRECTED, 'default', `Death recorded in error, corrected: ${clip(reason)}`, text('reason', clip(reason))),
};

function followUpName(kind: FollowUpKind): string {
  return words(kind).replace('day 30', 'day-30');
}
