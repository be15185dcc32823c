import { Anchor, Badge, type MantineColor } from '@mantine/core';
import { Permission } from '@pj/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSignedInSession } from '../../../app/session/session-store';
import { formatDateTime, formatLocalDate, formatTime } from '../../../app/i18n/format';
import { useLanguage } from '../../../app/i18n/useLanguage';
import { codeLabel, type PickedCode } from '../../../app/ui/code-label';
import type {
  JourneyEventItemFragment,
  ReferralPriority,
  ReferralStatus,
} from '../../../generated/graphql';

const PRIORITY_COLOR: Record<ReferralPriority, MantineColor> = {
  ROUTINE: 'gray',
  URGENT: 'orange',
  ASAP: 'red',
  STAT: 'red',
};

const REFERRAL_STATUS_COLOR: Record<ReferralStatus, MantineColor> = {
  RECEIVED: 'blue',
  TRIAGED: 'cyan',
  ACCEPTED: 'teal',
  WAITLISTED: 'yellow',
  SCHEDULED: 'violet',
  COMPLETED: 'green',
  DECLINED: 'red',
  CANCELLED: 'gray',
};

/**
 * The procedure as written, then the procedures performed with their list entry and ICD-9-CM
 * code; one performed as free text shows as written, without a code.
 */
function ProcedureWithCodes({ procedure, performed, language }: { procedure: string; performed: readonly { description: string; procedure?: (PickedCode & { classificationCode: string }) | null }[]; language: string }) {
  const coded = performed.filter((p) => p.procedure);
  if (coded.length === 0) return <>{procedure}</>;
  return (
    <>
      {procedure}
      <span data-testid="event-procedure-codes">{` (${coded.map((p) => `${codeLabel(p.procedure!, language)}, ICD-9-CM ${p.procedure!.classificationCode}`).join('; ')})`}</span>
    </>
  );
}

interface Detail {
  label: string;
  value: ReactNode;
  /** Free text that reads better on its own line. */
  block?: boolean;
}

function present(value: string | null | undefined): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

function StatusBadge({ status }: { status: ReferralStatus }) {
  const { t } = useTranslation();
  return (
    <Badge size="sm" radius="sm" variant="light" color={REFERRAL_STATUS_COLOR[status]}>
      {t(`enums.ReferralStatus.${status}`)}
    </Badge>
  );
}

/** The kind-specific facts of one timeline entry, from the record it links to. */
function useDetails(event: JourneyEventItemFragment): Detail[] {
  const { permissions } = useSignedInSession();
  const { t } = useTranslation();
  const { language } = useLanguage();
  const when = (iso: string) => <time dateTime={iso}>{formatDateTime(iso, language)}</time>;

  switch (event.__typename) {
    case 'PatientRegisteredEvent':
    case 'TransferredEvent':
    case 'OncologyDiagnosedEvent':
    case 'TreatmentPlanStartedEvent':
    case 'ChemoAdministeredEvent':
    case 'ChemoOmittedEvent':
    case 'ToxicityRecordedEvent':
    case 'ResponseAssessedEvent':
    case 'TreatmentRefusedEvent':
    case 'TreatmentCompletedEvent':
    case 'FollowUpScheduledEvent':
    case 'FollowUpRecordedEvent':
    case 'LostToFollowUpEvent':
    case 'SurgeryRescheduledEvent':
    case 'ChecklistPhaseRecordedEvent':
    case 'ComplicationRecordedEvent':
    case 'MissionAssignedEvent':
    case 'MissionUnassignedEvent':
    case 'DeathCorrectedEvent':
      return [];
    case 'PatientsMergedEvent':
      return [{ label: t('journey.details.mergedMrn'), value: <span className="mrn">{event.mergedMrn}</span> }];
    case 'ReferralReceivedEvent': {
      const r = event.referral;
      const out: Detail[] = [
        {
          label: t('journey.details.source'),
          value: present(r.sourceName)
            ? `${r.sourceName} (${t(`enums.ReferralSourceType.${r.sourceType}`)})`
            : t(`enums.ReferralSourceType.${r.sourceType}`),
        },
        { label: t('journey.details.specialty'), value: t(`enums.Specialty.${r.specialty}`) },
        {
          label: t('journey.details.priority'),
          value: (
            <Badge size="sm" radius="sm" variant="light" color={PRIORITY_COLOR[r.priority]}>
              {t(`enums.ReferralPriority.${r.priority}`)}
            </Badge>
          ),
        },
      ];
      if (r.urgencyBand) {
        out.push({
          label: t('journey.details.urgencyBand'),
          value: t(`enums.UrgencyBand.${r.urgencyBand}`),
        });
      }
      if (r.dueDate) {
        out.push({
          label: t('journey.details.dueDate'),
          value: <time dateTime={r.dueDate}>{formatLocalDate(r.dueDate, language)}</time>,
        });
      }
      if (present(r.reason)) {
        out.push({ label: t('journey.details.reason'), value: r.reason, block: true });
      }
      return out;
    }
    case 'ReferralStatusChangedEvent': {
      const out: Detail[] = [
        {
          label: t('journey.details.status'),
          value: (
            <span style={{ display: 'inline-flex', gap: 6, alignItems: 'center' }}>
              <StatusBadge status={event.fromStatus} />
              <span aria-hidden="true">→</span>
              <StatusBadge status={event.toStatus} />
            </span>
          ),
        },
      ];
      if (present(event.note)) {
        out.push({ label: t('journey.details.note'), value: event.note, block: true });
      }
      return out;
    }
    case 'SurgeryScheduledEvent': {
      const s = event.surgery;
      const out: Detail[] = [
        { label: t('journey.details.procedure'), value: s.procedure, block: true },
        { label: t('journey.details.scheduledStart'), value: when(s.scheduledStart) },
        { label: t('journey.details.theatre'), value: s.theatre.name },
        {
          label: t('journey.details.duration'),
          value: t('journey.details.durationMinutes', { count: s.expectedDurationMinutes }),
        },
        { label: t('journey.details.urgency'), value: t(`enums.SurgicalUrgency.${s.urgency}`) },
      ];
      if (s.primarySurgeon) {
        out.push({ label: t('journey.details.surgeon'), value: s.primarySurgeon.name });
      }
      out.push({
        label: t('journey.details.currentStatus'),
        value: (
          <Badge
            size="sm"
            radius="sm"
            variant="light"
            color={s.status === 'CANCELLED' ? 'red' : s.status === 'COMPLETED' ? 'green' : 'violet'}
          >
            {t(`enums.SurgeryStatus.${s.status}`)}
          </Badge>
        ),
      });
      if (s.status === 'SCHEDULED' && (permissions.has(Permission.RECORD_CHECKLIST) || permissions.has(Permission.RECORD_SURGERY))) {
        out.push({
          label: t('journey.details.theatreForms'),
          value: (
            <>
              {permissions.has(Permission.RECORD_CHECKLIST) ? (
                <Anchor component={Link} to={`/surgeries/${encodeURIComponent(s.id)}/checklist`} size="sm" data-testid="event-open-checklist">
                  {t('theatre.checklist')}
                </Anchor>
              ) : null}
              {permissions.has(Permission.RECORD_CHECKLIST) && permissions.has(Permission.RECORD_SURGERY) ? ' · ' : null}
              {permissions.has(Permission.RECORD_SURGERY) ? (
                <Anchor component={Link} to={`/surgeries/${encodeURIComponent(s.id)}/record`} size="sm">
                  {t('theatre.record')}
                </Anchor>
              ) : null}
            </>
          ),
        });
      }
      return out;
    }
    case 'SurgeryCancelledEvent': {
      const s = event.surgery;
      const reason = present(event.note) ? event.note : s.cancellationReason;
      const out: Detail[] = [
        { label: t('journey.details.procedure'), value: s.procedure, block: true },
        { label: t('journey.details.scheduledStart'), value: when(s.scheduledStart) },
        { label: t('journey.details.theatre'), value: s.theatre.name },
      ];
      if (present(reason)) {
        out.push({ label: t('journey.details.cancellationReason'), value: reason, block: true });
      }
      return out;
    }
    case 'SurgeryPerformedEvent': {
      const s = event.surgery;
      const out: Detail[] = [
        { label: t('journey.details.procedure'), value: <ProcedureWithCodes procedure={s.procedure} performed={s.performedProcedures} language={language} />, block: true },
        { label: t('journey.details.theatre'), value: s.theatre.name },
      ];
      if (s.startedAt) {
        out.push({
          label: t('journey.details.operated'),
          value: (
            <>
              {when(s.startedAt)}
              {s.endedAt ? (
                <>
                  {' – '}
                  <time dateTime={s.endedAt}>{formatTime(s.endedAt, language)}</time>
                </>
              ) : null}
            </>
          ),
        });
      }
      if (s.primarySurgeon) {
        out.push({ label: t('journey.details.surgeon'), value: s.primarySurgeon.name });
      }
      if (present(s.findings)) {
        out.push({ label: t('journey.details.findings'), value: s.findings, block: true });
      }
      return out;
    }
    case 'AdmittedEvent': {
      const a = event.admission;
      const ward = a.bed.ward;
      return [
        {
          label: t('journey.details.ward'),
          value:
            language === 'km' ? <span lang="km">{ward.nameKhmer}</span> : <span>{ward.name}</span>,
        },
        { label: t('journey.details.bed'), value: a.bed.label },
        {
          label: t('journey.details.admissionReason'),
          value: t(`enums.AdmissionReason.${a.reason}`),
        },
        {
          label: t('journey.details.currentStatus'),
          value: t(`enums.AdmissionStatus.${a.status}`),
        },
      ];
    }
    case 'DischargedEvent': {
      const x = event.discharge;
      const out: Detail[] = [
        {
          label: t('journey.details.disposition'),
          value: (
            <Badge
              size="sm"
              radius="sm"
              variant={x.disposition === 'DIED' ? 'filled' : 'light'}
              color={x.disposition === 'DIED' ? 'dark' : x.disposition === 'HOME' ? 'green' : 'gray'}
            >
              {t(`enums.DischargeDisposition.${x.disposition}`)}
            </Badge>
          ),
        },
        {
          label: t('journey.details.diagnosis'),
          value: (
            <>
              {x.diagnosis}
              {x.diagnosisCodes.length > 0 ? <span className="event-codes" data-testid="event-diagnosis-codes">{` (${x.diagnosisCodes.map((c) => codeLabel(c, language)).join('; ')})`}</span> : null}
            </>
          ),
          block: true,
        },
      ];
      if (present(x.condition)) {
        out.push({ label: t('journey.details.condition'), value: x.condition });
      }
      if (present(x.followUpPlan)) {
        out.push({ label: t('journey.details.followUp'), value: x.followUpPlan });
      }
      return out;
    }
    default:
      // A type this build does not know (from a newer server): its summary says what happened.
      return [];
  }
}

export function EventDetails({ event }: { event: JourneyEventItemFragment }) {
  const details = useDetails(event);
  if (details.length === 0) return null;
  return (
    <dl className="details">
      {details.map((detail) => (
        <div key={detail.label} className={detail.block ? 'details__block' : undefined}>
          <dt>{detail.label}</dt>
          <dd>{detail.value}</dd>
        </div>
      ))}
    </dl>
  );
}
