import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Group, NativeSelect, NumberInput, Paper, Skeleton, Stack, Text, TextInput, Title } from '@mantine/core';
import { hospitalDate } from '@pj/shared';
import { IconCalendarPlus, IconCalendarX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatLocalDate } from '../../../app/i18n/format';
import { useLanguage } from '../../../app/i18n/useLanguage';
import { ErrorState } from '../../../app/ui/ErrorState';
import { readAgain } from '../../../app/read-again';
import {
  AssignReferralToMissionMutation,
  ReferralMissionQuery,
  UnassignReferralFromMissionMutation,
} from '../graphql/mission-listing';
import { refusalText } from '../refusal';

type Notice = { tone: 'ok' | 'error'; text: string } | null;

/**
 * The referral drawer's mission section: the mission list the referral is on, or, for a
 * waitlisted referral, the missions still to come in its specialty to put it on.
 */
export function MissionListing({ referralId, onChanged }: { referralId: string; onChanged: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { data, loading, error, refetch } = useQuery(ReferralMissionQuery, {
    variables: { id: referralId },
    fetchPolicy: 'cache-and-network',
  });
  const [missionId, setMissionId] = useState('');
  const [procedure, setProcedure] = useState('');
  const [minutes, setMinutes] = useState<number | string>(60);
  const [notice, setNotice] = useState<Notice>(null);
  const [missing, setMissing] = useState(false);
  const [assign, assigning] = useMutation(AssignReferralToMissionMutation);
  const [unassign, unassigning] = useMutation(UnassignReferralFromMissionMutation);

  const node = data?.node;
  const referral = node?.__typename === 'Referral' ? node : null;
  if (!referral) {
    if (loading) return <Skeleton height={60} aria-hidden="true" />;
    if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
    return null;
  }
  const today = hospitalDate(new Date());
  const fitting = (data?.missions.edges.map((e) => e.node) ?? []).filter(
    (m) => m.endDate >= today && m.specialties.includes(referral.specialty),
  );
  const listing = referral.missionListing;
  const changed = async (text: string) => {
    setNotice({ tone: 'ok', text });
    await Promise.all([readAgain(refetch), onChanged()]);
  };

  const put = async () => {
    if (!missionId || !procedure.trim() || !Number(minutes)) {
      setMissing(true);
      return;
    }
    setNotice(null);
    try {
      await assign({
        variables: { input: { referralId, missionId, procedure: procedure.trim(), expectedDurationMinutes: Number(minutes) } },
      });
      const mission = fitting.find((m) => m.id === missionId);
      await changed(t('cases.mission.added', { mission: mission?.name ?? '' }));
    } catch (e) {
      setNotice({ tone: 'error', text: refusalText(t, e) });
    }
  };

  const takeOff = async () => {
    if (!listing) return;
    setNotice(null);
    try {
      await unassign({ variables: { input: { referralId, missionId: listing.mission.id } } });
      await changed(t('cases.mission.removed', { mission: listing.mission.name }));
    } catch (e) {
      setNotice({ tone: 'error', text: refusalText(t, e) });
    }
  };

  return (
    <section aria-labelledby="referral-mission-title" data-testid="referral-mission">
      <Title order={3} size="h5" id="referral-mission-title" mb="xs">
        {t('cases.mission.title')}
      </Title>
      {listing ? (
        <Paper withBorder radius="md" p="sm" data-testid="referral-mission-listing">
          <Group justify="space-between" wrap="wrap" gap="xs">
            <Stack gap={0}>
              <Text fw={600}>{listing.mission.name}</Text>
              <Text size="sm" c="dimmed">
                {formatLocalDate(listing.mission.startDate, language)} – {formatLocalDate(listing.mission.endDate, language)} ·{' '}
                {listing.procedure} · {t('cases.mission.minutes', { count: listing.expectedDurationMinutes })}
              </Text>
            </Stack>
            <Button
              size="xs"
              variant="light"
              color="red"
              leftSection={<IconCalendarX size={14} aria-hidden="true" />}
              loading={unassigning.loading}
              onClick={() => void takeOff()}
              data-testid="referral-mission-remove"
            >
              {t('cases.mission.remove')}
            </Button>
          </Group>
        </Paper>
      ) : referral.status !== 'WAITLISTED' ? (
        <Text size="sm" c="dimmed" data-testid="referral-mission-not-waitlisted">
          {t('cases.mission.onlyWaitlisted')}
        </Text>
      ) : fitting.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="referral-mission-none">
          {t('cases.mission.noneFitting')}
        </Text>
      ) : (
        <Paper
          withBorder
          radius="md"
          p="sm"
          component="form"
          onSubmit={(e) => {
            e.preventDefault();
            void put();
          }}
          data-testid="referral-mission-form"
        >
          <Stack gap="xs">
            <NativeSelect
              label={t('cases.mission.choose')}
              required
              value={missionId}
              onChange={(e) => {
                setMissionId(e.currentTarget.value);
                setMissing(false);
              }}
              data={[
                { value: '', label: t('cases.choose') },
                ...fitting.map((m) => ({
                  value: m.id,
                  label: `${m.name} · ${formatLocalDate(m.startDate, language)} – ${formatLocalDate(m.endDate, language)}`,
                })),
              ]}
              error={missing && !missionId ? t('cases.required') : undefined}
              data-testid="referral-mission-select"
            />
            <Group grow align="flex-start">
              <TextInput
                label={t('cases.mission.procedure')}
                required
                value={procedure}
                maxLength={200}
                onChange={(e) => {
                  setProcedure(e.currentTarget.value);
                  setMissing(false);
                }}
                error={missing && !procedure.trim() ? t('cases.required') : undefined}
                data-testid="referral-mission-procedure"
              />
              <NumberInput
                label={t('cases.mission.duration')}
                required
                min={15}
                max={720}
                step={15}
                value={minutes}
                onChange={setMinutes}
                error={missing && !Number(minutes) ? t('cases.required') : undefined}
                data-testid="referral-mission-duration"
              />
            </Group>
            <Group>
              <Button
                type="submit"
                size="xs"
                leftSection={<IconCalendarPlus size={14} aria-hidden="true" />}
                loading={assigning.loading}
                data-testid="referral-mission-add"
              >
                {t('cases.mission.add')}
              </Button>
            </Group>
          </Stack>
        </Paper>
      )}
      {notice ? (
        <Alert
          mt="xs"
          color={notice.tone === 'ok' ? 'green' : 'red'}
          variant="light"
          role={notice.tone === 'ok' ? 'status' : 'alert'}
          data-testid="referral-mission-notice"
          data-tone={notice.tone}
        >
          {notice.text}
        </Alert>
      ) : null}
    </section>
  );
}
