import { useMutation, useQuery } from '@apollo/client/react';
import { Button, NativeSelect, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { StaffDirectoryQuery } from '../surgery/graphql/staff-directory.query';
import { RefusalAlert } from './account-shared';
import { SetUserStaffMemberMutation } from './graphql/accounts.graphql';

/**
 * The staff record an account is linked to (what makes the logbook and the progress pages the
 * user's own): set or cleared by an administrator. The list holds the staff directory's first 100
 * matching the search (by any name or institution), so that a hospital with more staff still
 * finds anyone; the current record stays on the list regardless.
 */
export function StaffRecordSection({ userId, current }: { userId: string; current: { id: string; name: string } | null }) {
  const { t } = useTranslation();
  const [staffId, setStaffId] = useState(current?.id ?? '');
  const [saved, setSaved] = useState(false);
  const [text, setText] = useState('');
  const [search] = useDebouncedValue(text.trim(), 300);
  const staff = useQuery(StaffDirectoryQuery, { variables: { first: 100, search: search || null } });
  const [link, { loading, error }] = useMutation(SetUserStaffMemberMutation);
  useEffect(() => setStaffId(current?.id ?? ''), [current?.id]);

  const members = staff.data?.staffMembersConnection.edges.map((e) => e.node) ?? [];
  const options = current && !members.some((m) => m.id === current.id) ? [current, ...members] : members;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    try {
      await link({ variables: { userId, staffId: staffId || null } });
      setSaved(true);
    } catch {
      // Shown from `error`.
    }
  };

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="account-staff-record">
      <form noValidate onSubmit={(e) => void onSubmit(e)} data-testid="account-staff-form">
        <Stack gap="md">
          <Title order={2} size="h4" id="account-staff-record">
            {t('accounts.staffRecord.title')}
          </Title>
          {error ? <RefusalAlert error={error} testId="account-staff-error" /> : null}
          {saved && !error ? (
            <Text size="sm" role="status" c="green" data-testid="account-staff-saved">
              {t('accounts.staffRecord.saved')}
            </Text>
          ) : null}
          <TextInput
            label={t('accounts.staffRecord.search')}
            description={t('accounts.staffRecord.searchHint')}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            maxLength={100}
            data-testid="account-staff-search"
          />
          <NativeSelect
            label={t('accounts.staffRecord.label')}
            description={t('accounts.staffRecord.hint')}
            value={staffId}
            onChange={(e) => setStaffId(e.currentTarget.value)}
            data={[{ value: '', label: t('accounts.staffRecord.none') }, ...options.map((m) => ({ value: m.id, label: m.name }))]}
            error={staff.error ? t('accounts.staffRecord.loadFailed') : undefined}
            data-testid="account-staff-member"
          />
          <Button type="submit" loading={loading} leftSection={<IconDeviceFloppy size={18} aria-hidden="true" />} w="fit-content" data-testid="save-account-staff">
            {t('accounts.staffRecord.save')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
