import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Group, Modal, NativeSelect, Paper, Skeleton, Stack, Text, TextInput, Title } from '@mantine/core';
import { Permission } from '@pj/shared';
import { IconArrowsExchange, IconBed, IconDoorExit, IconPrinter } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formProblemOf, type FormProblem } from '../../../app/form-errors';
import { formatDateTime } from '../../../app/i18n/format';
import { useLanguage } from '../../../app/i18n/useLanguage';
import { useSignedInSession } from '../../../app/session/session-store';
import { ErrorState } from '../../../app/ui/ErrorState';
import type { AdmissionReason, PatientInpatientQuery as PatientInpatientResult } from '../../../generated/graphql';
import { AdmitPatientMutation, TransferPatientMutation } from '../graphql/inpatient-mutations';
import { PatientInpatientQuery } from '../graphql/patient-inpatient.query';
import { BedPicker, type BedChoice } from './BedPicker';
import { DischargeDialog } from './DischargeDialog';
import { FormProblemAlert } from '../../../app/ui/FormProblemAlert';

type Admission = NonNullable<PatientInpatientResult['patient']>['admissions'][number];

const REASONS = ['PRE_OPERATIVE', 'POST_OPERATIVE', 'ONCOLOGY', 'MEDICAL'] as const satisfies readonly AdmissionReason[];

/** Queries that show where a patient is: refreshed after every admission, move or discharge. */
export const INPATIENT_REFETCH = ['PatientInpatient', 'PatientPage', 'WardCensus', 'Wards'];

function AdmitDialog({ patientId, opened, onClose }: { patientId: string; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState<AdmissionReason | ''>('');
  const [bed, setBed] = useState<BedChoice>({ wardId: '', bedId: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [admit, { loading }] = useMutation(AdmitPatientMutation, { refetchQueries: INPATIENT_REFETCH, awaitRefetchQueries: true });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found: Record<string, string> = {};
    if (!reason) found['reason'] = t('forms.required');
    if (!bed.bedId) found['bedId'] = t('forms.required');
    setErrors(found);
    setProblem(null);
    if (!reason || !bed.bedId) return;
    try {
      await admit({ variables: { input: { patientId, bedId: bed.bedId, reason } } });
      onClose();
    } catch (error) {
      const p = formProblemOf(error, (path) => path === 'bedId' || path === 'reason');
      setErrors(p.fields);
      setProblem(p);
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title={<Text fw={700}>{t('inpatient.admitTitle')}</Text>} size="lg">
      <form noValidate onSubmit={(e) => void submit(e)} data-testid="admit-form">
        <Stack gap="md">
          <FormProblemAlert problem={problem} />
          <NativeSelect
            label={t('inpatient.reason')}
            required
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value as AdmissionReason | '')}
            data={[{ value: '', label: t('inpatient.chooseReason') }, ...REASONS.map((r) => ({ value: r, label: t(`enums.AdmissionReason.${r}`) }))]}
            error={errors['reason']}
            data-testid="admit-reason"
          />
          <BedPicker value={bed} onChange={setBed} bedError={errors['bedId']} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={loading} data-testid="admit-submit">
              {t('inpatient.admit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function TransferDialog({
  patientId,
  admission,
  opened,
  onClose,
}: {
  patientId: string;
  admission: Admission;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [bed, setBed] = useState<BedChoice>({ wardId: admission.bed.ward.id, bedId: '' });
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [transfer, { loading }] = useMutation(TransferPatientMutation, { refetchQueries: INPATIENT_REFETCH, awaitRefetchQueries: true });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found: Record<string, string> = {};
    if (!bed.bedId) found['bedId'] = t('forms.required');
    if (!reason.trim()) found['reason'] = t('forms.required');
    setErrors(found);
    setProblem(null);
    if (Object.keys(found).length > 0) return;
    try {
      await transfer({
        variables: { input: { patientId, bedId: bed.bedId, reason: reason.trim(), expectedVersion: admission.version } },
      });
      onClose();
    } catch (error) {
      const p = formProblemOf(error, (path) => path === 'bedId' || path === 'reason');
      setErrors(p.fields);
      setProblem(p);
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title={<Text fw={700}>{t('inpatient.transferTitle')}</Text>} size="lg">
      <form noValidate onSubmit={(e) => void submit(e)} data-testid="transfer-form">
        <Stack gap="md">
          <FormProblemAlert problem={problem} />
          <BedPicker value={bed} onChange={setBed} bedError={errors['bedId']} excludeBedId={admission.bed.id} />
          <TextInput
            label={t('inpatient.transferReason')}
            required
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={errors['reason']}
            data-testid="transfer-reason"
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={loading} data-testid="transfer-submit">
              {t('inpatient.transfer')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

export function dischargePrintPath(patientId: string, dischargeId: string): string {
  return `/patients/${encodeURIComponent(patientId)}/discharges/${encodeURIComponent(dischargeId)}/print`;
}

/** Where the patient is (ward and bed, days in), past stays, and admit / move / discharge. */
export function InpatientPanel({
  patientId,
  deceased = false,
  offerAdmit = true,
}: {
  patientId: string;
  deceased?: boolean;
  /** Whether "Admit" fits the patient (patients/patient-offers.ts); move and discharge follow the stay. */
  offerAdmit?: boolean;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { permissions } = useSignedInSession();
  // Nothing clinical is recorded after a death.
  const canManage = permissions.has(Permission.MANAGE_ADMISSIONS) && !deceased;
  const [dialog, setDialog] = useState<'admit' | 'transfer' | 'discharge' | null>(null);
  const { data, loading, error, refetch } = useQuery(PatientInpatientQuery, {
    variables: { id: patientId },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });

  const admissions = data?.patient?.admissions ?? [];
  const current = admissions.find((a) => a.status === 'ADMITTED') ?? null;
  const past = admissions.filter((a) => a.status === 'DISCHARGED');
  const wardName = (w: { name: string; nameKhmer: string }) => (language === 'km' ? w.nameKhmer : w.name);

  let body;
  if (data?.patient) {
    body = (
      <Stack gap="sm">
        {current ? (
          <div data-testid="current-admission">
            <Group gap="xs" wrap="wrap">
              <Badge color="clinical" variant="filled" leftSection={<IconBed size={14} aria-hidden="true" />}>
                {t('inpatient.admitted')}
              </Badge>
              <Text fw={600} data-testid="current-bed">
                {t('inpatient.wardBed', { ward: wardName(current.bed.ward), bed: current.bed.label })}
              </Text>
            </Group>
            <Text size="sm" c="dimmed" mt={4}>
              {t('inpatient.since', { at: formatDateTime(current.admittedAt, language) })} ·{' '}
              {t('census.daysIn', { count: current.lengthOfStayDays })} · {t(`enums.AdmissionReason.${current.reason}`)}
            </Text>
          </div>
        ) : (
          <Text c="dimmed" size="sm" data-testid="not-admitted">
            {t('inpatient.notAdmitted')}
          </Text>
        )}
        {canManage ? (
          <Group gap="sm">
            {current ? (
              <>
                <Button
                  variant="light"
                  leftSection={<IconArrowsExchange size={16} aria-hidden="true" />}
                  onClick={() => setDialog('transfer')}
                  data-testid="transfer-open"
                >
                  {t('inpatient.transfer')}
                </Button>
                <Button
                  variant="light"
                  color="orange"
                  leftSection={<IconDoorExit size={16} aria-hidden="true" />}
                  onClick={() => setDialog('discharge')}
                  data-testid="discharge-open"
                >
                  {t('inpatient.discharge')}
                </Button>
              </>
            ) : offerAdmit ? (
              <Button leftSection={<IconBed size={16} aria-hidden="true" />} onClick={() => setDialog('admit')} data-testid="admit-open">
                {t('inpatient.admit')}
              </Button>
            ) : null}
          </Group>
        ) : null}
        {past.length > 0 ? (
          <Stack gap={4} mt="xs">
            <Text size="sm" fw={600}>
              {t('inpatient.pastStays')}
            </Text>
            <ul className="plain-list">
              {past.map((a) => (
                <li key={a.id} data-testid="past-admission">
                  <Text size="sm" span>
                    {formatDateTime(a.admittedAt, language)} → {a.dischargedAt ? formatDateTime(a.dischargedAt, language) : ''} ·{' '}
                    {t('census.daysIn', { count: a.lengthOfStayDays })}
                    {a.discharge ? ` · ${t(`enums.DischargeDisposition.${a.discharge.disposition}`)}` : ''}
                  </Text>{' '}
                  {a.discharge ? (
                    <Anchor
                      component={Link}
                      to={dischargePrintPath(patientId, a.discharge.id)}
                      size="sm"
                      data-testid="discharge-summary-link"
                    >
                      <IconPrinter size={14} aria-hidden="true" style={{ verticalAlign: '-2px', marginRight: 2 }} />
                      {t('inpatient.summaryLink')}
                    </Anchor>
                  ) : null}
                </li>
              ))}
            </ul>
          </Stack>
        ) : null}
      </Stack>
    );
  } else if (error) {
    body = <ErrorState error={error} onRetry={() => void refetch()} />;
  } else if (loading) {
    body = <Skeleton height={48} radius="sm" aria-hidden="true" />;
  } else {
    body = null;
  }

  return (
    <Paper component="section" withBorder radius="md" p="lg" aria-labelledby="inpatient-title" data-testid="inpatient-panel">
      <Title order={2} size="h3" id="inpatient-title" mb="sm">
        {t('inpatient.title')}
      </Title>
      {body}
      {dialog === 'admit' ? <AdmitDialog patientId={patientId} opened onClose={() => setDialog(null)} /> : null}
      {dialog === 'transfer' && current ? (
        <TransferDialog patientId={patientId} admission={current} opened onClose={() => setDialog(null)} />
      ) : null}
      {dialog === 'discharge' && current ? (
        <DischargeDialog patientId={patientId} admission={current} opened onClose={() => setDialog(null)} />
      ) : null}
    </Paper>
  );
}
