import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Badge, Button, Group, NativeSelect, Paper, Skeleton, Stack, Text, TextInput, Textarea, Title, VisuallyHidden } from '@mantine/core';
import { Permission, addDays, hospitalDate } from '@pj/shared';
import { IconCalendarPlus, IconEdit, IconGitMerge } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatLocalDate } from '../../../app/i18n/format';
import { useLanguage } from '../../../app/i18n/useLanguage';
import { useSignedInSession } from '../../../app/session/session-store';
import { ErrorState } from '../../../app/ui/ErrorState';
import { readAgain } from '../../../app/read-again';
import type { FollowUpKind } from '../../../generated/graphql';
import { FOLLOW_UP_KINDS } from '../../follow-ups/follow-ups';
import { PatientFollowUpsQuery, ScheduleFollowUpMutation } from '../graphql/follow-ups';
import { refusalOf, refusalText } from '../refusal';
import { FollowUpChange } from './FollowUpChange';

/** "Edit details" and "Merge with…", for the roles that may. */
export function PatientCaseActions({ patientId }: { patientId: string }) {
  const { t } = useTranslation();
  const { permissions } = useSignedInSession();
  const canEdit = permissions.has(Permission.REGISTER_PATIENTS);
  const canMerge = permissions.has(Permission.MERGE_PATIENTS);
  if (!canEdit && !canMerge) return null;
  const base = `/patients/${encodeURIComponent(patientId)}`;
  return (
    <Group gap="xs" data-testid="patient-case-actions">
      {canEdit ? (
        <Button component={Link} to={`${base}/edit`} size="xs" variant="default" leftSection={<IconEdit size={14} aria-hidden="true" />} data-testid="patient-edit">
          {t('cases.edit.open')}
        </Button>
      ) : null}
      {canMerge ? (
        <Button component={Link} to={`${base}/merge`} size="xs" variant="default" leftSection={<IconGitMerge size={14} aria-hidden="true" />} data-testid="patient-merge">
          {t('cases.merge.open')}
        </Button>
      ) : null}
    </Group>
  );
}

function BookFollowUp({ patientId, onBooked }: { patientId: string; onBooked: (text: string) => Promise<unknown> }) {
  const { t } = useTranslation();
  const today = hospitalDate(new Date());
  const [open, setOpen] = useState(false);
  const [kind, setKind] = useState<FollowUpKind | ''>('');
  const [dueDate, setDueDate] = useState(addDays(today, 7));
  const [notes, setNotes] = useState('');
  const [problem, setProblem] = useState<{ text: string; field?: string } | null>(null);
  const [schedule, { loading }] = useMutation(ScheduleFollowUpMutation);

  const submit = async () => {
    if (!kind) {
      setProblem({ text: t('cases.required'), field: 'kind' });
      return;
    }
    setProblem(null);
    try {
      await schedule({ variables: { input: { patientId, kind, dueDate, notes: notes.trim() || null } } });
      setOpen(false);
      setKind('');
      setNotes('');
      await onBooked(t('cases.followUp.booked', { kind: t(`enums.FollowUpKind.${kind}`) }));
    } catch (error) {
      setProblem({ text: refusalText(t, error), field: refusalOf(error)?.field });
    }
  };

  if (!open) {
    return (
      <Button size="xs" variant="light" leftSection={<IconCalendarPlus size={14} aria-hidden="true" />} onClick={() => setOpen(true)} data-testid="follow-up-book-open">
        {t('cases.followUp.book')}
      </Button>
    );
  }
  return (
    <Paper
      withBorder
      radius="sm"
      p="sm"
      component="form"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      data-testid="follow-up-book-form"
    >
      <Stack gap="xs">
        <Group grow align="flex-start">
          <NativeSelect
            label={t('cases.followUp.kind')}
            required
            value={kind}
            onChange={(e) => setKind(e.currentTarget.value as FollowUpKind | '')}
            data={[{ value: '', label: t('cases.choose') }, ...FOLLOW_UP_KINDS.map((k) => ({ value: k, label: t(`enums.FollowUpKind.${k}`) }))]}
            error={problem?.field === 'kind' ? problem.text : undefined}
            data-testid="follow-up-book-kind"
          />
          <TextInput
            type="date"
            label={t('cases.followUp.dueDate')}
            required
            min={today}
            value={dueDate}
            onChange={(e) => setDueDate(e.currentTarget.value)}
            error={problem?.field === 'dueDate' ? problem.text : undefined}
            data-testid="follow-up-book-date"
          />
        </Group>
        <Textarea
          label={t('cases.followUp.notes')}
          description={t('common.optional')}
          autosize
          minRows={1}
          maxLength={2000}
          value={notes}
          onChange={(e) => setNotes(e.currentTarget.value)}
          data-testid="follow-up-book-notes"
        />
        {problem && problem.field !== 'kind' && problem.field !== 'dueDate' ? (
          <Alert color="red" variant="light" role="alert" data-testid="follow-up-book-problem">
            {problem.text}
          </Alert>
        ) : null}
        <Group gap="xs">
          <Button type="submit" size="xs" loading={loading} data-testid="follow-up-book-confirm">
            {t('cases.followUp.confirmBook')}
          </Button>
          <Button size="xs" variant="default" onClick={() => setOpen(false)}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** The patient's booked follow-ups: book one, move or cancel one. */
export function PatientFollowUps({ patientId, deceased }: { patientId: string; deceased: boolean }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const canManage = useSignedInSession().permissions.has(Permission.MANAGE_FOLLOW_UP);
  const [announcement, setAnnouncement] = useState('');
  const { data, loading, error, refetch } = useQuery(PatientFollowUpsQuery, { variables: { id: patientId }, fetchPolicy: 'cache-and-network' });
  const changed = async (text: string) => {
    setAnnouncement(text);
    await readAgain(refetch);
  };
  const followUps = data?.patient?.followUps ?? [];
  const open = followUps.filter((f) => f.status === 'SCHEDULED').sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  if (!canManage && open.length === 0) return null;

  return (
    <Paper component="section" withBorder radius="md" p="md" aria-labelledby="patient-follow-up-booking-title" data-testid="patient-follow-up-booking">
      <Group justify="space-between" mb="xs" wrap="wrap" gap="xs">
        <Title order={2} size="h4" id="patient-follow-up-booking-title">
          {t('cases.followUp.title')}
        </Title>
        {canManage && !deceased ? <BookFollowUp patientId={patientId} onBooked={changed} /> : null}
      </Group>
      <VisuallyHidden role="status" aria-live="polite">
        {announcement}
      </VisuallyHidden>
      {announcement ? (
        <Text size="sm" c="teal.8" aria-hidden="true" data-testid="patient-follow-ups-notice">
          {announcement}
        </Text>
      ) : null}
      {loading && !data ? (
        <Skeleton height={40} aria-hidden="true" />
      ) : error && !data ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : open.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="patient-follow-ups-empty">
          {t('cases.followUp.none')}
        </Text>
      ) : (
        <ul className="plain-list">
          {open.map((f) => (
            <li key={f.id} data-testid="patient-follow-up" data-kind={f.kind} data-due={f.dueDate} style={{ marginBottom: 10 }}>
              <Group gap="xs">
                <Badge variant="light" color="clinical">
                  {t(`enums.FollowUpKind.${f.kind}`)}
                </Badge>
                <Text size="sm">{t('followUps.dueOn', { date: formatLocalDate(f.dueDate, language) })}</Text>
              </Group>
              {canManage && !deceased ? <FollowUpChange followUp={f} onChanged={changed} /> : null}
            </li>
          ))}
        </ul>
      )}
    </Paper>
  );
}
