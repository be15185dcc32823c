import { Anchor, Badge, Table, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../app/i18n/format';
import { useLanguage } from '../../../app/i18n/useLanguage';
import type { AuditEntryRowFragment } from '../../../generated/graphql';
import { patientPath } from '../../patients/components/PatientTable';
import { khmerName, latinName, type NamedPatient } from '../../patients/names';

/** The patient an entry is about, as the audit log names it. */
export type AuditPatient = NamedPatient;

/** The patient column of one entry: the name (both scripts) and MRN as a link, or no name for a role that may not open records. */
function PatientCell({ patientId, patient, canOpenRecords }: { patientId: string; patient: AuditPatient | null | undefined; canOpenRecords: boolean }) {
  const { t } = useTranslation();
  if (!canOpenRecords) {
    return (
      <Text span size="sm" c="dimmed" data-testid="audit-patient-hidden">
        {t('audit.patientHidden')}
      </Text>
    );
  }
  if (!patient) {
    return (
      <Anchor component={Link} to={patientPath(patientId)} size="sm" fw={600} c="clinical.8" data-testid="audit-patient-link">
        {t('audit.openPatient')}
      </Anchor>
    );
  }
  const khmer = khmerName(patient);
  return (
    <Anchor component={Link} to={patientPath(patient.id)} size="sm" c="clinical.8" data-testid="audit-patient-link" className="audit-table__patient">
      <span className="audit-table__patient-name" data-testid="audit-patient-name">{latinName(patient)}</span>
      {khmer ? (
        <>
          {' '}
          <span lang="km" className="khmer" data-testid="audit-patient-khmer">{khmer}</span>
        </>
      ) : null}{' '}
      <span className="mrn" data-testid="audit-patient-mrn">{patient.mrn}</span>
    </Anchor>
  );
}

/** Work lists whose reads are audited with the patients they showed (`read:<list>`). */
const LIST_READS = {
  'read:census': 'audit.listReads.lists.census',
  'read:inpatients': 'audit.listReads.lists.inpatients',
  'read:referrals': 'audit.listReads.lists.referrals',
  'read:followUps': 'audit.listReads.lists.followUps',
  'read:theatreSchedule': 'audit.listReads.lists.theatreSchedule',
  'read:theatreBoard': 'audit.listReads.lists.theatreBoard',
  'read:oncologyAlerts': 'audit.listReads.lists.oncologyAlerts',
} as const;

const isListRead = (action: string): action is keyof typeof LIST_READS => Object.hasOwn(LIST_READS, action);

/** What an action code means, in words ("read:patient" → "Opened the record"). */
export function actionLabel(action: string, t: TFunction): string {
  switch (action) {
    case 'read:patient':
      return t('audit.actions.readPatient');
    case 'read:journey':
      return t('audit.actions.readJourney');
    case 'search:patients':
      return t('audit.actions.searchPatients');
    case 'login':
    case 'mutation:login':
      return t('audit.actions.login');
    case 'logout':
    case 'mutation:logout':
      return t('audit.actions.logout');
    default:
      if (action.startsWith('mutation:')) return t('audit.actions.mutation', { name: action.slice('mutation:'.length) });
      if (isListRead(action)) return t('audit.listReads.viewed', { list: t(LIST_READS[action]) });
      return action;
  }
}

type OutcomeTone = 'ok' | 'refused' | 'failed';

export function outcomeTone(outcome: string): OutcomeTone {
  if (outcome === 'OK') return 'ok';
  if (outcome === 'FORBIDDEN' || outcome === 'UNAUTHENTICATED') return 'refused';
  return 'failed';
}

const TONE_COLOR: Record<OutcomeTone, string> = { ok: 'green', refused: 'orange', failed: 'red' };

function outcomeLabel(entry: Pick<AuditEntryRowFragment, 'action' | 'outcome'>, t: TFunction): string {
  switch (entry.outcome) {
    case 'OK':
      return t('audit.outcomes.OK');
    case 'FORBIDDEN':
      return t('audit.outcomes.FORBIDDEN');
    case 'UNAUTHENTICATED':
      return entry.action === 'mutation:login' ? t('audit.outcomes.LOGIN_FAILED') : t('audit.outcomes.UNAUTHENTICATED');
    case 'NOT_FOUND':
      return t('audit.outcomes.NOT_FOUND');
    case 'BAD_USER_INPUT':
      return t('audit.outcomes.BAD_USER_INPUT');
    case 'CONFLICT':
      return t('audit.outcomes.CONFLICT');
    default:
      return t('audit.outcomes.ERROR');
  }
}

export function OutcomeBadge({ entry }: { entry: Pick<AuditEntryRowFragment, 'action' | 'outcome'> }) {
  const { t } = useTranslation();
  const tone = outcomeTone(entry.outcome);
  return (
    <Badge
      color={TONE_COLOR[tone]}
      variant={tone === 'ok' ? 'light' : 'filled'}
      radius="sm"
      title={entry.outcome}
      data-outcome={entry.outcome}
      className="audit-outcome"
    >
      {outcomeLabel(entry, t)}
    </Badge>
  );
}

/**
 * Audit entries as a table, newest first. `showPatient` adds a column linking to the patient
 * concerned (the whole audit log); a patient's own access log leaves it out.
 */
export function AuditTable({
  entries,
  showPatient,
  caption,
  patients,
  canOpenRecords = true,
}: {
  entries: readonly AuditEntryRowFragment[];
  showPatient: boolean;
  caption: string;
  /** The patient of each entry, by entry id (the audit log loads them with the page). */
  patients?: ReadonlyMap<string, AuditPatient | null>;
  /** Whether the reader may open patient records (READ_PATIENTS); without it, no name is shown. */
  canOpenRecords?: boolean;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();

  return (
    <Table.ScrollContainer minWidth={showPatient ? 900 : 640} type="native">
      <Table
        className="audit-table"
        verticalSpacing="xs"
        horizontalSpacing="md"
        withTableBorder
        striped
        bg="white"
        aria-label={caption}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('audit.columns.time')}</Table.Th>
            <Table.Th scope="col">{t('audit.columns.user')}</Table.Th>
            <Table.Th scope="col">{t('audit.columns.action')}</Table.Th>
            <Table.Th scope="col">{t('audit.columns.outcome')}</Table.Th>
            {showPatient ? <Table.Th scope="col">{t('audit.columns.patient')}</Table.Th> : null}
            <Table.Th scope="col">{t('audit.columns.detail')}</Table.Th>
            <Table.Th scope="col">{t('audit.columns.ip')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => (
            <Table.Tr
              key={entry.id}
              data-testid="audit-entry"
              data-action={entry.action}
              data-username={entry.username ?? ''}
              data-outcome={entry.outcome}
            >
              <Table.Td className="audit-table__time">
                <time dateTime={entry.at}>{formatDateTime(entry.at, language)}</time>
              </Table.Td>
              <Table.Td>
                {entry.username ? (
                  <span className="audit-table__user">{entry.username}</span>
                ) : (
                  <Text span c="dimmed" size="sm">
                    {t('audit.anonymous')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <span className="audit-table__action">{actionLabel(entry.action, t)}</span>
                <code className="audit-table__code">{entry.action}</code>
                {entry.patientIds.length > 0 ? (
                  <Text span size="sm" c="dimmed" className="audit-table__shown" data-shown={entry.patientIds.length}>
                    {t('audit.listReads.patients', { count: entry.patientIds.length })}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>
                <OutcomeBadge entry={entry} />
              </Table.Td>
              {showPatient ? (
                <Table.Td>
                  {entry.patientId ? (
                    <PatientCell patientId={entry.patientId} patient={patients?.get(entry.id)} canOpenRecords={canOpenRecords} />
                  ) : (
                    <Text span c="dimmed" aria-label={t('common.none')}>
                      —
                    </Text>
                  )}
                </Table.Td>
              ) : null}
              <Table.Td className="audit-table__detail">
                {entry.detail ? (
                  entry.detail
                ) : (
                  <Text span c="dimmed" aria-label={t('common.none')}>
                    —
                  </Text>
                )}
              </Table.Td>
              <Table.Td className="mrn" title={entry.userAgent ?? undefined}>
                {entry.ip ?? (
                  <Text span c="dimmed" aria-label={t('common.none')}>
                    —
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
