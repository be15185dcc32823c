import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Button,
  Group,
  Loader,
  Paper,
  Skeleton,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { IconAlertTriangle, IconArrowLeft, IconLock, IconUserQuestion } from '@tabler/icons-react';
import { Permission } from '@pj/shared';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { NotAvailablePage } from '../../../app/NotAvailablePage';
import { hasCode } from '../../../app/graphql-errors';
import { useSignedInSession } from '../../../app/session/session-store';
import { ErrorState } from '../../../app/ui/ErrorState';
import { PatientAccessLogQuery } from '../../audit/graphql/patient-access-log.query';
import { JourneyMap } from '../../journey/components/JourneyMap';
import { JourneyTimeline } from '../../journey/components/JourneyTimeline';
import { PatientFollowUps } from '../components/PatientFollowUps';
import { patientOffers, type PatientPanel } from '../patient-offers';
import { PatientHeader } from '../components/PatientHeader';
import { AllergyWeightSummary } from '../components/AllergyWeightSummary';
import { splitContactRefusals } from '../contact';
import { PatientPageQuery } from '../graphql/patient-page.query';
import { latinName } from '../names';
import { BookOperationLink } from '../../surgery/components/BookOperationLink';

// The ward and oncology panels (forms, dialogs, the treatment calendar) load after the header
// and timeline, in their own chunks: the record opens fast on a slow provincial connection.
const InpatientPanel = lazy(() => import('../../inpatient/components/InpatientPanel').then((m) => ({ default: m.InpatientPanel })));
// The timeline's live updates, with the WebSocket client: after the page, never in its first download.
const JourneyTimelineLive = lazy(() =>
  import('../../journey/components/JourneyTimelineLive').then((m) => ({ default: m.JourneyTimelineLive })),
);
// Only administrators see who opened the record.
const PatientAccessLog = lazy(() => import('../../audit/components/PatientAccessLog').then((m) => ({ default: m.PatientAccessLog })));
const OncologyPanel = lazy(() => import('../../oncology/components/OncologyPanel').then((m) => ({ default: m.OncologyPanel })));
// Only administrators, on a deceased patient's record, correct a death recorded in error: the
// dialog (a modal, a form) loads on demand, not with the page.
const CorrectDeathAction = lazy(() =>
  import('../components/CorrectDeathAction').then((m) => ({ default: m.CorrectDeathAction })),
);

// The case manager's corrections (edit, merge) and the patient's booked follow-ups.
const PatientCaseActions = lazy(() => import('../../cases/components/PatientCasePanel').then((m) => ({ default: m.PatientCaseActions })));
const FollowUpBooking = lazy(() => import('../../cases/components/PatientCasePanel').then((m) => ({ default: m.PatientFollowUps })));

const JOURNEY_PAGE_SIZE = 50;
const ACCESS_LOG_PAGE_SIZE = 20;

/** A malformed or unknown ID is "not found" to the reader, not a server failure. */
function isNotFoundError(error: unknown): boolean {
  return hasCode(error, 'NOT_FOUND', 'BAD_USER_INPUT');
}

function BackLink() {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to="/patients" size="sm" fw={500} c="clinical.8">
      <IconArrowLeft size={16} stroke={1.8} aria-hidden="true" style={{ verticalAlign: '-3px', marginRight: 4 }} />
      {t('patient.back')}
    </Anchor>
  );
}

function PatientSkeleton() {
  const { t } = useTranslation();
  return (
    <Stack gap="lg" aria-busy="true">
      <VisuallyHidden role="status">{t('patient.loading')}</VisuallyHidden>
      <Paper withBorder radius="md" p="lg" aria-hidden="true">
        <Skeleton height={36} width="35%" radius="sm" />
        <Skeleton height={22} width="25%" radius="sm" mt="sm" />
        <Skeleton height={48} radius="sm" mt="lg" />
      </Paper>
      {Array.from({ length: 4 }, (_, i) => (
        <Skeleton key={i} height={84} radius="md" aria-hidden="true" />
      ))}
    </Stack>
  );
}

function NotFound() {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p="xl">
      <title>{`${t('patient.notFound')} · ${t('app.name')}`}</title>
      <Stack align="flex-start" gap="sm">
        <IconUserQuestion size={36} stroke={1.5} aria-hidden="true" color="var(--mantine-color-gray-6)" />
        <Title order={1} size="h2">
          {t('patient.notFound')}
        </Title>
        <Text c="dimmed">{t('patient.notFoundBody')}</Text>
        <Button component={Link} to="/patients" variant="light">
          {t('errors.backToPatients')}
        </Button>
      </Stack>
    </Paper>
  );
}

export function PatientPage() {
  const { id = '' } = useParams();
  // A fresh instance per patient: no state (or in-flight query) leaks from the previous one.
  return <PatientPageContent key={id} id={id} />;
}

function PatientPageContent({ id }: { id: string }) {
  const { t } = useTranslation();
  const { permissions } = useSignedInSession();
  const withContact = permissions.has(Permission.READ_CONTACT_DETAILS);
  const withAccessLog = permissions.has(Permission.READ_AUDIT_LOG);
  const canCorrectDeath = permissions.has(Permission.CORRECT_RECORDED_DEATH);
  const [loadMoreFailed, setLoadMoreFailed] = useState(false);
  const [accessLogMore, setAccessLogMore] = useState<'idle' | 'loading' | 'failed'>('idle');

  const { data, loading, error: rawError, refetch, fetchMore, networkStatus } = useQuery(PatientPageQuery, {
    variables: { id, first: JOURNEY_PAGE_SIZE, withContact, withAccessLog, accessLogFirst: ACCESS_LOG_PAGE_SIZE, withLiveCursor: true },
    // Show what is cached at once, but always check the server: the journey moves on.
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
    notifyOnNetworkStatusChange: true,
    // Keep the rest of the record when a field is refused (contact details for a role that
    // may not see them): the page says "hidden for your role" instead of failing.
    errorPolicy: 'all',
  });

  const { contactRefused, otherError: error } = splitContactRefusals(rawError);
  const patient = data?.patient;
  const loadingMore = networkStatus === NetworkStatus.fetchMore && accessLogMore !== 'loading';

  const loadMore = async () => {
    const after = patient?.journey.pageInfo.endCursor;
    if (!after) return;
    setLoadMoreFailed(false);
    try {
      // Only the next events: the header and the access log are already on the page.
      await fetchMore({ variables: { after, withContact: false, withAccessLog: false, withLiveCursor: false } });
    } catch {
      setLoadMoreFailed(true);
    }
  };

  const loadMoreAccessLog = async () => {
    const after = patient?.accessLog?.pageInfo.endCursor;
    if (!after) return;
    setAccessLogMore('loading');
    try {
      await fetchMore({ query: PatientAccessLogQuery, variables: { id, first: ACCESS_LOG_PAGE_SIZE, after } });
      setAccessLogMore('idle');
    } catch {
      setAccessLogMore('failed');
    }
  };

  // The role may not open records (changed since sign-in): explain rather than fail.
  if (!patient && hasCode(error, 'FORBIDDEN')) return <NotAvailablePage />;

  let body;
  if (patient) {
    const deceased = patient.stage === 'DECEASED';
    // What the page offers follows the patient's stage and condition (patient-offers.ts).
    const offers = patientOffers({
      stage: patient.stage,
      oncologyDiagnoses: patient.oncologyDiagnoses.length,
      treatmentPlans: patient.treatmentPlans.map((p) => p.status),
      referralSpecialties: patient.referralsConnection.edges.map((e) => e.node.specialty),
      followUps: patient.journeyMilestones.filter((m) => m.step === 'FOLLOW_UP').length,
    });
    const panel = (name: PatientPanel) => {
      switch (name) {
        case 'followUps':
          return <PatientFollowUps key={name} milestones={patient.journeyMilestones} />;
        case 'inpatient':
          return <InpatientPanel key={name} patientId={patient.id} deceased={deceased} offerAdmit={offers.admit} />;
        case 'oncology':
          return <OncologyPanel key={name} patientId={patient.id} deceased={deceased} />;
      }
    };
    body = (
      <>
        <title>{`${latinName(patient)} · ${patient.mrn} · ${t('app.name')}`}</title>
        {error && !loadMoreFailed ? (
          // Cached data is shown, but the refresh failed: say so rather than look current.
          <Alert color="yellow" variant="light" role="alert" icon={<IconAlertTriangle aria-hidden="true" />}>
            <Group justify="space-between" gap="sm">
              <Text size="sm">{t('errors.stale')}</Text>
              <Button size="xs" variant="default" onClick={() => void refetch()}>
                {t('common.retry')}
              </Button>
            </Group>
          </Alert>
        ) : null}
        <PatientHeader patient={patient} contactHidden={!withContact || contactRefused} />
        <AllergyWeightSummary patient={patient} deceased={deceased} />
        <Suspense fallback={null}>
          <PatientCaseActions patientId={patient.id} />
        </Suspense>
        <BookOperationLink patientId={patient.id} stage={patient.stage} />
        {deceased ? (
          // After a death the record is closed: clinical actions are hidden on every panel.
          <Alert color="gray" variant="light" icon={<IconLock aria-hidden="true" />} data-testid="deceased-notice">
            <Group justify="space-between" gap="sm">
              <Text size="sm">{t('deathCorrection.deceasedNotice')}</Text>
              {canCorrectDeath ? (
                <Suspense fallback={null}>
                  <CorrectDeathAction patientId={patient.id} version={patient.version} />
                </Suspense>
              ) : null}
            </Group>
          </Alert>
        ) : null}
        <JourneyMap patient={patient} />
        <Suspense fallback={<Loader size="sm" role="status" aria-label={t('common.loading')} data-testid="care-panels-loading" />}>
          {offers.panels.map(panel)}
          <FollowUpBooking patientId={patient.id} deceased={deceased} />
        </Suspense>
        <JourneyTimeline
          journey={patient.journey}
          onLoadMore={() => void loadMore()}
          loadingMore={loadingMore}
          loadMoreFailed={loadMoreFailed}
          live={
            patient.journey.liveCursor ? (
              <Suspense fallback={null}>
                <JourneyTimelineLive patientId={patient.id} liveCursor={patient.journey.liveCursor} onMerged={() => void refetch()} />
              </Suspense>
            ) : null
          }
        />
        {patient.accessLog ? (
          <Suspense fallback={<Loader size="sm" role="status" aria-label={t('common.loading')} />}>
            <PatientAccessLog
              patientId={patient.id}
              accessLog={patient.accessLog}
              onLoadMore={() => void loadMoreAccessLog()}
              loadingMore={accessLogMore === 'loading'}
              loadMoreFailed={accessLogMore === 'failed'}
            />
          </Suspense>
        ) : null}
      </>
    );
  } else if (error) {
    body = isNotFoundError(error) ? (
      <NotFound />
    ) : (
      <ErrorState error={error} onRetry={() => void refetch()} />
    );
  } else if (loading || !data) {
    body = <PatientSkeleton />;
  } else {
    body = <NotFound />;
  }

  return (
    <Stack gap="lg">
      <BackLink />
      {body}
    </Stack>
  );
}
