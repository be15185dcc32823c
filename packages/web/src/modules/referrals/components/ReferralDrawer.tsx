import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Button,
  Drawer,
  Group,
  NativeSelect,
  Paper,
  Skeleton,
  Stack,
  Text,
  Textarea,
  Timeline,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { IconAlertTriangle, IconArrowRight, IconCheck, IconExternalLink } from '@tabler/icons-react';
import { lazy, Suspense, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../app/i18n/format';
import { useLanguage } from '../../../app/i18n/useLanguage';
import { ErrorState } from '../../../app/ui/ErrorState';
import { readAgain } from '../../../app/read-again';
import type {
  ReferralDetailsQuery as ReferralDetailsData,
  ReferralRowFragment,
  ReferralStatus,
  UrgencyBand,
} from '../../../generated/graphql';
import { patientPath } from '../../patients/components/PatientTable';
import { khmerName, latinName } from '../../patients/names';
import { referralProblem } from '../errors';
import { URGENCY_BANDS, needsReason } from '../filters';
import { ReferralDetailsQuery } from '../graphql/referral-details.query';
import { AssignReferralMutation, TransitionReferralMutation } from '../graphql/referral-mutations';
import { DueDate, PriorityBadge, ReferralStatusBadge } from './badges';

// The mission list section loads with its own query, only where a referral is open.
const MissionListing = lazy(() => import('../../cases/components/MissionListing').then((m) => ({ default: m.MissionListing })));

type Details = Extract<NonNullable<ReferralDetailsData['node']>, { __typename: 'Referral' }>;

type Notice = { tone: 'ok' | 'error'; text: string } | null;

/** A worklist row, with the reason when the drawer's own query brought it. */
type ShownReferral = ReferralRowFragment & { reason?: string | null };

export interface CaseManagerOption {
  id: string;
  displayName: string;
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="referral-field">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function AssigneePicker({
  referral,
  caseManagers,
  onChanged,
  setMessage,
}: {
  referral: Details;
  caseManagers: readonly CaseManagerOption[];
  onChanged: () => Promise<unknown>;
  setMessage: (notice: Notice) => void;
}) {
  const { t } = useTranslation();
  const current = referral.assignee?.id ?? '';
  const [value, setValue] = useState(current);
  const [assign, { loading }] = useMutation(AssignReferralMutation);
  const options = [...caseManagers];
  if (referral.assignee && !options.some((u) => u.id === referral.assignee?.id)) options.push(referral.assignee);

  const save = async () => {
    setMessage(null);
    try {
      await assign({
        variables: { input: { referralId: referral.id, assigneeId: value || null, expectedVersion: referral.version } },
      });
      setMessage({ tone: 'ok', text: t('referrals.drawer.assigned') });
      await onChanged();
    } catch (error) {
      setMessage({ tone: 'error', text: t(`referrals.drawer.${referralProblem(error)}`) });
      await onChanged();
    }
  };

  return (
    <Group align="flex-end" gap="xs" wrap="nowrap">
        <NativeSelect
          label={t('referrals.drawer.assignee')}
          value={value}
          onChange={(e) => setValue(e.currentTarget.value)}
          data={[
            { value: '', label: t('referrals.unassigned') },
            ...options.map((u) => ({ value: u.id, label: u.displayName })),
          ]}
          data-testid="drawer-assignee"
          style={{ flex: 1 }}
        />
        <Button onClick={() => void save()} loading={loading} disabled={value === current} data-testid="drawer-assign">
          {t('referrals.drawer.assign')}
        </Button>
    </Group>
  );
}

function TransitionActions({
  referral,
  onChanged,
  setMessage,
}: {
  referral: Details;
  onChanged: () => Promise<unknown>;
  setMessage: (notice: Notice) => void;
}) {
  const { t } = useTranslation();
  const [target, setTarget] = useState<ReferralStatus | null>(null);
  const [reason, setReason] = useState('');
  const [band, setBand] = useState<UrgencyBand | ''>(referral.urgencyBand ?? '');
  const [reasonError, setReasonError] = useState(false);
  const [transition, { loading }] = useMutation(TransitionReferralMutation);

  if (referral.allowedTransitions.length === 0) {
    return (
      <Text size="sm" c="dimmed" data-testid="referral-no-actions">
        {referral.status === 'SCHEDULED' ? t('retrospective.referralBooked') : t('referrals.drawer.noActions')}
      </Text>
    );
  }

  const choose = (to: ReferralStatus) => {
    setTarget(to);
    setReason('');
    setReasonError(false);
    setMessage(null);
  };

  const confirm = async () => {
    if (!target) return;
    if (needsReason(target) && !reason.trim()) {
      setReasonError(true);
      return;
    }
    setMessage(null);
    try {
      await transition({
        variables: {
          input: {
            referralId: referral.id,
            to: target,
            reason: reason.trim() || null,
            urgencyBand: target === 'TRIAGED' && band ? band : null,
            expectedVersion: referral.version,
          },
        },
      });
      setMessage({ tone: 'ok', text: t('referrals.drawer.moved', { status: t(`enums.ReferralStatus.${target}`) }) });
      setTarget(null);
      await onChanged();
    } catch (error) {
      setMessage({ tone: 'error', text: t(`referrals.drawer.${referralProblem(error)}`) });
      setTarget(null);
      await onChanged();
    }
  };

  return (
    <Stack gap="sm">
      <Group gap="xs" role="group" aria-label={t('referrals.drawer.actions')}>
        {referral.allowedTransitions.map((to) => (
          <Button
            key={to}
            variant={target === to ? 'filled' : 'light'}
            color={to === 'DECLINED' || to === 'CANCELLED' ? 'red' : 'clinical'}
            leftSection={<IconArrowRight size={16} aria-hidden="true" />}
            onClick={() => choose(to)}
            aria-pressed={target === to}
            data-testid={`transition-${to}`}
          >
            {t(`enums.ReferralStatus.${to}`)}
          </Button>
        ))}
      </Group>
      {target ? (
        <Paper withBorder radius="md" p="sm" component="form" onSubmit={(e) => {
          e.preventDefault();
          void confirm();
        }} data-testid="transition-form">
          <Stack gap="sm">
            <Text fw={600} size="sm">
              {t('referrals.drawer.moveTo', { status: t(`enums.ReferralStatus.${target}`) })}
            </Text>
            {target === 'TRIAGED' ? (
              <NativeSelect
                label={t('referrals.drawer.urgencyBandChoice')}
                value={band}
                onChange={(e) => setBand(e.currentTarget.value as UrgencyBand | '')}
                data={[
                  { value: '', label: t('common.notRecorded') },
                  ...URGENCY_BANDS.map((b) => ({ value: b, label: t(`enums.UrgencyBand.${b}`) })),
                ]}
                data-testid="transition-urgency-band"
              />
            ) : null}
            <Textarea
              label={t('referrals.drawer.transitionReason')}
              description={needsReason(target) ? undefined : t('common.optional')}
              required={needsReason(target)}
              value={reason}
              onChange={(e) => {
                setReason(e.currentTarget.value);
                setReasonError(false);
              }}
              error={reasonError ? t('referrals.drawer.reasonRequired') : undefined}
              autosize
              minRows={2}
              maxLength={1000}
              data-testid="transition-reason"
              data-autofocus
            />
            <Group gap="xs">
              <Button type="submit" loading={loading} leftSection={<IconCheck size={16} aria-hidden="true" />} data-testid="transition-confirm">
                {t('referrals.drawer.confirm')}
              </Button>
              <Button variant="default" onClick={() => setTarget(null)}>
                {t('common.cancel')}
              </Button>
            </Group>
          </Stack>
        </Paper>
      ) : null}
    </Stack>
  );
}

function History({ referral }: { referral: Details }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  if (referral.statusHistory.length === 0) return <Text size="sm" c="dimmed">{t('referrals.drawer.historyEmpty')}</Text>;
  return (
    <Timeline bulletSize={14} lineWidth={2} data-testid="referral-history">
      {referral.statusHistory.map((change, i) => (
        <Timeline.Item
          key={`${change.changedAt}-${i}`}
          title={
            <span>
              {change.fromStatus ? `${t(`enums.ReferralStatus.${change.fromStatus}`)} → ` : ''}
              {change.fromStatus ? t(`enums.ReferralStatus.${change.toStatus}`) : t('referrals.drawer.historyReceived')}
            </span>
          }
        >
          <Text size="xs" c="dimmed">
            <time dateTime={change.changedAt}>{formatDateTime(change.changedAt, language)}</time>{' '}
            {t('referrals.drawer.historyBy', { name: change.changedBy ?? t('referrals.drawer.historyUnknown') })}
          </Text>
          {change.reason ? <Text size="sm">{change.reason}</Text> : null}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}

function DetailsSection({ referral, today }: { referral: ShownReferral; today: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <section aria-labelledby="referral-details-title">
      <Title order={3} size="h5" id="referral-details-title" mb="xs">
        {t('referrals.drawer.details')}
      </Title>
      <dl className="referral-fields">
        <Field label={t('referrals.drawer.status')}>
          <ReferralStatusBadge status={referral.status} />{' '}
          <Text span size="sm" c="dimmed">
            {t('referrals.drawer.waiting', { count: referral.daysWaiting })}
          </Text>
        </Field>
        <Field label={t('referrals.drawer.received')}>{formatDateTime(referral.receivedAt, language)}</Field>
        <Field label={t('referrals.drawer.source')}>
          {t(`enums.ReferralSourceType.${referral.sourceType}`)}
          {referral.sourceName ? ` — ${referral.sourceName}` : ''}
          {referral.sourceCpaGrade ? ` (${t(`enums.CpaGrade.${referral.sourceCpaGrade}`)})` : ''}
        </Field>
        <Field label={t('referrals.drawer.specialty')}>{t(`enums.Specialty.${referral.specialty}`)}</Field>
        {referral.reason !== undefined ? (
          <Field label={t('referrals.drawer.reason')}>{referral.reason ?? '—'}</Field>
        ) : null}
        <Field label={t('referrals.drawer.priority')}>
          <PriorityBadge priority={referral.priority} />
        </Field>
        <Field label={t('referrals.drawer.urgencyBand')}>
          {referral.urgencyBand ? t(`enums.UrgencyBand.${referral.urgencyBand}`) : t('common.notRecorded')}
        </Field>
        <Field label={t('referrals.drawer.dueDate')}>
          <DueDate dueDate={referral.dueDate} overdue={referral.overdue} today={today} />
        </Field>
        {referral.targetMission ? <Field label={t('referrals.drawer.mission')}>{referral.targetMission}</Field> : null}
      </dl>
    </section>
  );
}

function ReadOnlyAssignee({ referral }: { referral: ShownReferral }) {
  const { t } = useTranslation();
  return (
    <dl className="referral-fields">
      <Field label={t('referrals.drawer.assignee')}>{referral.assignee?.displayName ?? t('referrals.unassigned')}</Field>
    </dl>
  );
}

/**
 * For roles that see work lists but no patient (analysts): the row the worklist already has,
 * without the patient, the reason or the history (`node` and those fields need READ_PATIENTS).
 */
function WorklistOnlyBody({ referral, today }: { referral: ReferralRowFragment | null; today: string }) {
  const { t } = useTranslation();
  if (!referral) {
    return (
      <Alert color="gray" icon={<IconAlertTriangle aria-hidden="true" />} data-testid="referral-not-found">
        {t('referrals.drawer.notFound')}
      </Alert>
    );
  }
  return (
    <Stack gap="lg" data-testid="referral-drawer-body" data-status={referral.status} data-version={referral.version}>
      <Alert color="gray" variant="light" data-testid="referral-no-patient">
        {t('referrals.drawer.noPatientAccess')}
      </Alert>
      <DetailsSection referral={referral} today={today} />
      <section aria-label={t('referrals.drawer.assignee')}>
        <ReadOnlyAssignee referral={referral} />
      </section>
      <Text size="sm" c="dimmed">
        {t('referrals.drawer.readOnly')}
      </Text>
    </Stack>
  );
}

function DrawerBody({
  id,
  canManage,
  canManageMissions = false,
  caseManagers,
  today,
  onChanged,
}: {
  id: string;
  canManage: boolean;
  /** Put a waitlisted referral on a mission's list and take it off (MANAGE_MISSIONS). */
  canManageMissions?: boolean;
  caseManagers: readonly CaseManagerOption[];
  today: string;
  onChanged: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const [message, setMessage] = useState<Notice>(null);
  const { data, loading, error, refetch } = useQuery(ReferralDetailsQuery, {
    variables: { id, withPatients: true },
    // A FORBIDDEN on a nullable field (clinical text) leaves the rest of the referral to show.
    errorPolicy: 'all',
    fetchPolicy: 'cache-and-network',
  });
  const node = data?.node;
  const referral = node?.__typename === 'Referral' ? node : null;

  if (!referral) {
    if (loading) {
      return (
        <Stack gap="sm" aria-busy="true">
          <VisuallyHidden role="status">{t('referrals.drawer.loading')}</VisuallyHidden>
          <Skeleton height={28} width="60%" />
          <Skeleton height={120} />
          <Skeleton height={80} />
        </Stack>
      );
    }
    if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
    return (
      <Alert color="gray" icon={<IconAlertTriangle aria-hidden="true" />} data-testid="referral-not-found">
        {t('referrals.drawer.notFound')}
      </Alert>
    );
  }

  const patient = referral.patient;
  const khmer = patient ? khmerName(patient) : null;
  const changed = async () => {
    await Promise.all([readAgain(refetch), onChanged()]);
  };

  return (
    <Stack gap="lg" data-testid="referral-drawer-body" data-status={referral.status} data-version={referral.version}>
      {patient ? (
        <Paper withBorder radius="md" p="md">
          <Stack gap={4}>
            <Title order={3} size="h4">
              {latinName(patient)}
            </Title>
            {khmer ? (
              <Text lang="km" className="khmer" fw={600}>
                {khmer}
              </Text>
          ) : null}
          <Text size="sm" c="dimmed">
            <span className="mrn">{patient.mrn}</span> · {t('age.years', { count: patient.age })}
          </Text>
          <Anchor component={Link} to={patientPath(patient.id)} size="sm" fw={600} c="clinical.8" data-testid="drawer-patient-link">
            <IconExternalLink size={14} aria-hidden="true" style={{ verticalAlign: '-2px', marginRight: 4 }} />
            {t('referrals.drawer.openPatient')}
          </Anchor>
        </Stack>
      </Paper>
      ) : null}

      <DetailsSection referral={referral} today={today} />

      <section aria-labelledby="referral-assignee-title">
        <VisuallyHidden component="h3" id="referral-assignee-title">
          {t('referrals.drawer.assignee')}
        </VisuallyHidden>
        {canManage ? (
          <AssigneePicker key={`${referral.id}-${referral.version}`} referral={referral} caseManagers={caseManagers} onChanged={changed} setMessage={setMessage} />
        ) : (
          <ReadOnlyAssignee referral={referral} />
        )}
      </section>

      <section aria-labelledby="referral-actions-title">
        <Title order={3} size="h5" id="referral-actions-title" mb="xs">
          {t('referrals.drawer.actions')}
        </Title>
        {canManage ? (
          <TransitionActions key={`${referral.id}-${referral.version}`} referral={referral} onChanged={changed} setMessage={setMessage} />
        ) : (
          <Text size="sm" c="dimmed">
            {t('referrals.drawer.readOnly')}
          </Text>
        )}
      </section>

      {canManageMissions ? (
        <Suspense fallback={null}>
          <MissionListing referralId={referral.id} onChanged={changed} />
        </Suspense>
      ) : null}

      {message ? (
        <Alert
          color={message.tone === 'ok' ? 'green' : 'red'}
          variant="light"
          role={message.tone === 'ok' ? 'status' : 'alert'}
          data-testid="referral-notice"
          data-tone={message.tone}
          withCloseButton
          closeButtonLabel={t('common.close')}
          onClose={() => setMessage(null)}
        >
          {message.text}
        </Alert>
      ) : null}

      <section aria-labelledby="referral-history-title">
        <Title order={3} size="h5" id="referral-history-title" mb="xs">
          {t('referrals.drawer.history')}
        </Title>
        <History referral={referral} />
      </section>
    </Stack>
  );
}

/** The referral named in the address (`?referral=`), in a drawer over the worklist. */
export function ReferralDrawer({
  id,
  onClose,
  canReadPatients = true,
  row = null,
  ...rest
}: {
  id: string | null;
  onClose: () => void;
  /** False for roles that see work lists but no patient: the drawer then shows `row` alone. */
  canReadPatients?: boolean;
  /** The worklist's row for `id`, if it is loaded. */
  row?: ReferralRowFragment | null;
  canManage: boolean;
  canManageMissions?: boolean;
  caseManagers: readonly CaseManagerOption[];
  today: string;
  onChanged: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  return (
    <Drawer
      opened={id !== null}
      onClose={onClose}
      position="right"
      size="lg"
      title={<Text fw={700}>{t('referrals.drawer.title')}</Text>}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <div data-testid="referral-drawer">{id === null ? null : canReadPatients ? (
          <DrawerBody key={id} id={id} {...rest} />
        ) : (
          <WorklistOnlyBody referral={row} today={rest.today} />
        )}</div>
    </Drawer>
  );
}
