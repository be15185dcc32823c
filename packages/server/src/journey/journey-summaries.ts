import type { AdmissionReason, DischargeDisposition, ReferralStatus } from '@pj/shared';

/** The one-line English summaries stored with timeline events, in one place. */

const words = (value: string): string => value.toLowerCase().replace(/_/g, ' ');
const clip = (text: string, max = 80): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const minuteOf = (at: Date): string => at.toISOString().slice(0, 16).replace('T', ' ');

export const summaries = {
  registered: (mrn: string, province: string): string => `Registered as ${mrn} (${province})`,
  referralReceived: (source: string, reason: string): string => `Referral received from ${source}: ${clip(reason)}`,
  referralStatusChanged: (from: ReferralStatus, to: ReferralStatus, reason: string | null): string =>
    `Referral ${words(from)} → ${words(to)}${reason ? `: ${clip(reason)}` : ''}`,
  surgeryScheduled: (procedure: string, theatre: string, start: Date): string =>
    `Surgery booked: ${procedure} (${theatre}) on ${minuteOf(start)} UTC`,
  surgeryPerformed: (procedure: string, theatre: string, minutes: number): string =>
    `Surgery performed: ${procedure} (${theatre}), ${minutes} min`,
  surgeryCancelled: (procedure: string, theatre: string, category: string, reason: string): string =>
    `Surgery cancelled (${words(category)}): ${procedure} (${theatre}): ${clip(reason)}`,
  surgeryRescheduled: (procedure: string, from: { start: Date; theatre: string }, to: { start: Date; theatre: string }): string =>
    `Surgery moved: ${procedure} from ${minuteOf(from.start)} UTC (${from.theatre}) to ${minuteOf(to.start)} UTC (${to.theatre})`,
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
};
