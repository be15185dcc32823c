import { hospitalDateTime } from '@pj/shared';
import type {
  AdmissionReason,
  AssessmentMethod,
  CancerType,
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

/** The one-line English summaries stored with timeline events, in one place. Times in them are Phnom Penh time. */

const words = (value: string): string => value.toLowerCase().replace(/_/g, ' ');
const clip = (text: string, max = 80): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const minuteOf = hospitalDateTime;

export const summaries = {
  registered: (mrn: string, province: string): string => `Registered as ${mrn} (${province})`,
  patientsMerged: (mrn: string, familyName: string, givenName: string): string =>
    `Merged with ${mrn} (${familyName} ${givenName}); its records are now here`,
  referralReceived: (source: string, reason: string): string => `Referral received from ${source}: ${clip(reason)}`,
  referralStatusChanged: (from: ReferralStatus, to: ReferralStatus, reason: string | null): string =>
    `Referral ${words(from)} → ${words(to)}${reason ? `: ${clip(reason)}` : ''}`,
  surgeryScheduled: (procedure: string, theatre: string, start: Date): string =>
    `Surgery booked: ${procedure} (${theatre}) on ${minuteOf(start)}`,
  surgeryPerformed: (procedure: string, theatre: string, minutes: number): string =>
    `Surgery performed: ${procedure} (${theatre}), ${minutes} min`,
  surgeryCancelled: (procedure: string, theatre: string, category: string, reason: string): string =>
    `Surgery cancelled (${words(category)}): ${procedure} (${theatre}): ${clip(reason)}`,
  surgeryRescheduled: (procedure: string, from: { start: Date; theatre: string }, to: { start: Date; theatre: string }): string =>
    `Surgery moved: ${procedure} from ${minuteOf(from.start)} (${from.theatre}) to ${minuteOf(to.start)} (${to.theatre})`,
  checklistPhaseRecorded: (phase: string, procedure: string): string => `WHO checklist ${phase} done: ${procedure}`,
  complicationRecorded: (grade: string, procedure: string, description: string, ssi: boolean): string =>
    `${grade === 'V' ? 'Died after surgery' : `Complication (Clavien-Dindo ${grade})`}${ssi ? ', surgical-site infection' : ''} after ${procedure}: ${clip(description)}`,
  missionAssigned: (mission: string, procedure: string): string => `Put on the ${mission} list for ${procedure}`,
  missionUnassigned: (mission: string): string => `Taken off the ${mission} list`,
  admitted: (ward: string, bed: string, reason: AdmissionReason): string =>
    `Admitted to ${ward}, bed ${bed}, for ${words(reason)}`,
  discharged: (disposition: DischargeDisposition, ward: string, diagnosis: string): string =>
    disposition === 'DIED'
      ? `Died on ${ward}: ${clip(diagnosis)}`
      : `Discharged (${words(disposition)}) from ${ward}: ${clip(diagnosis)}`,
  transferred: (fromWard: string, fromBed: string, toWard: string, toBed: string): string =>
    fromWard === toWard ? `Moved on ${toWard} from bed ${fromBed} to bed ${toBed}` : `Moved from ${fromWard}, bed ${fromBed}, to ${toWard}, bed ${toBed}`,
  sourceOf: (sourceName: string | null, sourceType: string): string => sourceName ?? words(sourceType),
  oncologyDiagnosed: (cancerType: CancerType, stage: string, scheme: StageScheme, basis: DiagnosisBasis): string =>
    `Cancer diagnosed: ${words(cancerType)}, stage ${stage} (${words(scheme)}), by ${words(basis)}`,
  treatmentStarted: (protocol: string, bsa: number, doses: number): string =>
    `Treatment started: ${protocol} (BSA ${bsa.toFixed(2)} m², ${doses} doses planned)`,
  chemoGiven: (drug: string, dose: number, unit: string, route: string, daysLate: number): string =>
    `${drug} ${dose} ${unit} ${route} given` + (daysLate > 0 ? `, ${daysLate} day${daysLate === 1 ? '' : 's'} late` : ''),
  chemoOmitted: (drug: string, dose: number, unit: string, plannedDate: string): string => `${drug} ${dose} ${unit} due ${plannedDate} not given`,
  toxicity: (term: string, grade: number): string =>
    grade >= 5 ? `Died of a treatment toxicity: ${term} (grade 5)` : `Toxicity: ${term}, grade ${grade}`,
  responseAssessed: (method: AssessmentMethod, response: ResponseCategory): string =>
    `Response assessed (${words(method)}): ${response === 'NOT_EVALUABLE' ? 'not evaluable' : response}`,
  treatmentRefused: (by: RefusedBy, protocol: string, omitted: number): string =>
    `Treatment refused by the ${words(by)}: ${protocol} stopped (${omitted} doses not given)`,
  treatmentCompleted: (protocol: string, omitted: number): string =>
    `Treatment completed: ${protocol}${omitted ? ` (${omitted} planned doses not given)` : ''}`,
  followUpScheduled: (kind: FollowUpKind, dueDate: string, automatic: boolean): string =>
    `Follow-up booked: ${followUpName(kind)} on ${dueDate}${automatic ? ' (standard)' : ''}`,
  followUpRecorded: (kind: FollowUpKind, outcome: FollowUpOutcome, day30Status: Day30Status | null): string => {
    const name = followUpName(kind);
    const done = outcome === 'ATTENDED' ? (kind === 'DAY_30_CALL' ? 'done' : 'attended') : 'missed';
    const found = day30Status ? `: ${day30Status === 'DIED' ? 'the patient died' : words(day30Status)}` : '';
    return `${name[0].toUpperCase()}${name.slice(1)} ${done}${found}`;
  },
  lostToFollowUp: (kind: FollowUpKind, dueDate: string, status: FollowUpStatus, days: number): string =>
    `Lost to follow-up: ${followUpName(kind)} due ${dueDate} ${status === 'MISSED' ? 'missed' : 'never attended'}, nothing attended for over ${days} days`,
  deathCorrected: (reason: string): string => `Death recorded in error, corrected: ${clip(reason)}`,
};

function followUpName(kind: FollowUpKind): string {
  return words(kind).replace('day 30', 'day-30');
}
