import { useMutation } from '@apollo/client/react';
import { ActionIcon, Button, Group, NativeSelect, Paper, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { hospitalDate } from '@pj/shared';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatLocalDate } from '../../../app/i18n/format';
import { useLanguage } from '../../../app/i18n/useLanguage';
import { FormDialog, useFormDialog } from '../../../app/ui/FormDialog';
import type { DevelopmentKind, TrainingProgressQuery } from '../../../generated/graphql';
import { AddDevelopmentActivityMutation, RemoveDevelopmentActivityMutation } from '../graphql/entrustment.query';
import { DEVELOPMENT_KINDS } from '../progress';

type Activity = NonNullable<NonNullable<TrainingProgressQuery['staffMember']>['development']>[number];

/** Development beyond the theatre: the list, and (for the person or a staff manager) adding and removing. */
export function DevelopmentSection({ staffId, activities, editable, onChanged }: { staffId: string; activities: readonly Activity[]; editable: boolean; onChanged: () => void }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [adding, setAdding] = useState(false);
  const [remove, removing] = useMutation(RemoveDevelopmentActivityMutation);
  const dates = (a: Activity) => (a.endsOn && a.endsOn !== a.startsOn ? `${formatLocalDate(a.startsOn, language)} – ${formatLocalDate(a.endsOn, language)}` : formatLocalDate(a.startsOn, language));
  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4">
            {t('entrustment.development')}
          </Title>
          {editable ? (
            <Button onClick={() => setAdding(true)} data-testid="development-add">
              {t('entrustment.addActivity')}
            </Button>
          ) : null}
        </Group>
        {activities.length === 0 ? (
          <Text c="dimmed">{t('entrustment.noActivities')}</Text>
        ) : (
          <Table data-testid="development-list">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('entrustment.kind')}</Table.Th>
                <Table.Th>{t('entrustment.activityTitle')}</Table.Th>
                <Table.Th>{t('entrustment.dates')}</Table.Th>
                <Table.Th>{t('entrustment.evidence')}</Table.Th>
                {editable ? <Table.Th aria-label={t('entrustment.remove')} /> : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {activities.map((a) => (
                <Table.Tr key={a.id} data-testid="development-row">
                  <Table.Td>{t(`enums.DevelopmentKind.${a.kind}`)}</Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {a.title}
                    </Text>
                    {a.place ? (
                      <Text size="xs" c="dimmed">
                        {a.place}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td>{dates(a)}</Table.Td>
                  <Table.Td>{a.evidence ?? '—'}</Table.Td>
                  {editable ? (
                    <Table.Td>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={t('entrustment.removeActivity', { title: a.title })}
                        loading={removing.loading}
                        onClick={() => void remove({ variables: { id: a.id } }).then(onChanged)}
                        data-testid="development-remove"
                      >
                        <IconTrash size={16} aria-hidden="true" />
                      </ActionIcon>
                    </Table.Td>
                  ) : null}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
      {adding ? <AddActivityDialog staffId={staffId} onClose={() => setAdding(false)} onAdded={onChanged} /> : null}
    </Paper>
  );
}

const FIELDS = ['title', 'place', 'startsOn', 'endsOn', 'evidence'];

function AddActivityDialog({ staffId, onClose, onAdded }: { staffId: string; onClose: () => void; onAdded: () => void }) {
  const { t } = useTranslation();
  const [add, { loading }] = useMutation(AddDevelopmentActivityMutation);
  const { errors, problem, submit } = useFormDialog(onClose);
  const [kind, setKind] = useState<DevelopmentKind>('COURSE');
  const [title, setTitle] = useState('');
  const [place, setPlace] = useState('');
  const [startsOn, setStartsOn] = useState(hospitalDate(new Date()));
  const [endsOn, setEndsOn] = useState('');
  const [evidence, setEvidence] = useState('');
  const send = () => {
    const found: Record<string, string> = {};
    if (!title.trim()) found['title'] = t('entrustment.problems.TITLE');
    if (!startsOn) found['startsOn'] = t('entrustment.problems.STARTS_ON');
    if (endsOn && startsOn && endsOn < startsOn) found['endsOn'] = t('entrustment.problems.ENDS_BEFORE');
    return submit(
      found,
      async () => {
        await add({
          variables: {
            input: { staffId, kind, title: title.trim(), place: place.trim() || null, startsOn, endsOn: endsOn || null, evidence: evidence.trim() || null },
          },
        });
        onAdded();
      },
      (path) => FIELDS.includes(path),
    );
  };
  return (
    <FormDialog title={t('entrustment.addActivity')} problem={problem} onSubmit={send} onClose={onClose} submitLabel={t('entrustment.addSubmit')} submitting={loading} testId="development">
      <NativeSelect
        label={t('entrustment.kind')}
        value={kind}
        onChange={(e) => setKind(e.currentTarget.value as DevelopmentKind)}
        data={DEVELOPMENT_KINDS.map((k) => ({ value: k, label: t(`enums.DevelopmentKind.${k}`) }))}
        data-testid="development-kind"
      />
      <TextInput label={t('entrustment.activityTitle')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} error={errors['title']} required data-autofocus data-testid="development-title" />
      <TextInput label={t('entrustment.place')} description={t('common.optional')} value={place} onChange={(e) => setPlace(e.currentTarget.value)} error={errors['place']} data-testid="development-place" />
      <Group grow align="flex-start">
        <TextInput type="date" label={t('entrustment.startsOn')} value={startsOn} onChange={(e) => setStartsOn(e.currentTarget.value)} error={errors['startsOn']} required data-testid="development-starts" />
        <TextInput type="date" label={t('entrustment.endsOn')} description={t('common.optional')} value={endsOn} onChange={(e) => setEndsOn(e.currentTarget.value)} error={errors['endsOn']} data-testid="development-ends" />
      </Group>
      <Textarea label={t('entrustment.evidence')} description={t('entrustment.evidenceHint')} value={evidence} onChange={(e) => setEvidence(e.currentTarget.value)} error={errors['evidence']} autosize minRows={2} data-testid="development-evidence" />
    </FormDialog>
  );
}
