import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Checkbox, Group, List, Modal, MultiSelect, NumberInput, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formProblemOf } from '../../../app/form-errors';
import type { Specialty } from '../../../generated/graphql';
import { BookingOptionsQuery } from '../graphql/booking.query';
import { CreateMissionMutation } from '../graphql/staff-directory.query';
import { missionOverlaps, missionProblems, type MissionForm, type MissionSummary } from '../mission-form';
import { AddStaffDialog, SPECIALTIES } from './AddStaffDialog';
import { MutationErrorAlert } from './common';

/** Create a mission from the mission list: team, dates, specialties, theatres and visiting staff. */
export function CreateMissionDialog({ missions, onClose, onCreated }: { missions: readonly MissionSummary[]; onClose: () => void; onCreated: (id: string) => void }) {
  const { t } = useTranslation();
  const options = useQuery(BookingOptionsQuery);
  const [create] = useMutation(CreateMissionMutation);
  const [form, setForm] = useState<MissionForm>({ name: '', institution: '', startDate: '', endDate: '', dailyCapacityMinutes: 480, specialties: [], theatreIds: [], memberIds: [], notes: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [adding, setAdding] = useState(false);
  const [addedStaff, setAddedStaff] = useState<{ value: string; label: string }[]>([]);
  const set = <K extends keyof MissionForm>(key: K, value: MissionForm[K]) => setForm((prev) => ({ ...prev, [key]: value }));

  const theatres = options.data?.theatres ?? [];
  const staff = [
    ...(options.data?.staffMembersConnection.edges.map((e) => e.node) ?? []).map((s) => ({ value: s.id, label: s.visiting ? t('booking.visitingStaff', { name: s.name }) : s.name })),
    ...addedStaff,
  ].filter((s, i, all) => all.findIndex((o) => o.value === s.value) === i);
  const overlaps = missionOverlaps(form, missions);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found: Record<string, string> = {};
    for (const [field, problem] of Object.entries(missionProblems(form))) found[field] = t(`missionCreate.problems.${problem}`);
    setErrors(found);
    setFailure(null);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      const result = await create({
        variables: {
          input: {
            name: form.name.trim(),
            institution: form.institution.trim(),
            startDate: form.startDate,
            endDate: form.endDate,
            dailyCapacityMinutes: Number(form.dailyCapacityMinutes),
            specialties: form.specialties,
            theatreIds: form.theatreIds,
            memberIds: form.memberIds,
            notes: form.notes.trim() || null,
          },
        },
      });
      if (result.data) onCreated(result.data.createMission.id);
    } catch (error) {
      const problem = formProblemOf(error, (path) => ['name', 'institution', 'startDate', 'endDate', 'dailyCapacityMinutes', 'specialties', 'theatreIds', 'notes'].includes(path));
      setErrors(problem.fields);
      if (problem.form.length > 0 || problem.failed) setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Modal opened={!adding} onClose={onClose} title={<Text fw={700}>{t('missionCreate.title')}</Text>} size="xl">
        <form onSubmit={(e) => void submit(e)} noValidate data-testid="create-mission">
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput label={t('missionCreate.name')} value={form.name} onChange={(e) => set('name', e.currentTarget.value)} error={errors['name']} required data-autofocus data-testid="mission-name" />
              <TextInput label={t('missionCreate.institution')} value={form.institution} onChange={(e) => set('institution', e.currentTarget.value)} error={errors['institution']} required data-testid="mission-institution" />
              <TextInput type="date" label={t('missionCreate.startDate')} value={form.startDate} onChange={(e) => set('startDate', e.currentTarget.value)} error={errors['startDate']} required data-testid="mission-start" />
              <TextInput type="date" label={t('missionCreate.endDate')} value={form.endDate} onChange={(e) => set('endDate', e.currentTarget.value)} error={errors['endDate']} required data-testid="mission-end" />
            </SimpleGrid>
            <NumberInput label={t('missionCreate.capacity')} description={t('missionCreate.capacityHint')} value={form.dailyCapacityMinutes} onChange={(v) => set('dailyCapacityMinutes', v)} min={30} max={1440} step={30} error={errors['dailyCapacityMinutes']} required data-testid="mission-capacity" />
            <Checkbox.Group label={t('missionCreate.specialties')} value={form.specialties} onChange={(v) => set('specialties', v as Specialty[])} error={errors['specialties']} withAsterisk data-testid="mission-specialties">
              <SimpleGrid cols={{ base: 1, sm: 2 }} mt={4}>
                {SPECIALTIES.map((s) => (
                  <Checkbox key={s} value={s} label={t(`enums.Specialty.${s}`)} data-testid={`mission-specialty-${s}`} />
                ))}
              </SimpleGrid>
            </Checkbox.Group>
            <Checkbox.Group label={t('missionCreate.theatres')} value={form.theatreIds} onChange={(v) => set('theatreIds', v)} error={errors['theatreIds']} withAsterisk data-testid="mission-theatres">
              <Group mt={4}>
                {theatres.map((th) => (
                  <Checkbox key={th.id} value={th.id} label={th.name} data-testid="mission-theatre" />
                ))}
              </Group>
            </Checkbox.Group>
            {overlaps.length > 0 ? (
              <Alert color="yellow" variant="light" title={t('missionCreate.overlapTitle')} data-testid="mission-overlap">
                <Text size="sm">{t('missionCreate.overlapHint')}</Text>
                <List size="sm">
                  {overlaps.map((o) => (
                    <List.Item key={`${o.mission.id}-${o.theatre}`}>{t('missionCreate.overlap', { mission: o.mission.name, theatre: o.theatre, start: o.mission.startDate, end: o.mission.endDate })}</List.Item>
                  ))}
                </List>
              </Alert>
            ) : null}
            <Group align="flex-end" wrap="nowrap">
              <MultiSelect label={t('missionCreate.members')} value={form.memberIds} onChange={(v) => set('memberIds', v)} data={staff} searchable style={{ flex: 1 }} data-testid="mission-members" />
              <Button variant="light" onClick={() => setAdding(true)} data-testid="mission-add-staff">
                {t('missionCreate.addStaff')}
              </Button>
            </Group>
            <Textarea label={t('missionCreate.notes')} description={t('common.optional')} value={form.notes} onChange={(e) => set('notes', e.currentTarget.value)} autosize minRows={2} error={errors['notes']} data-testid="mission-notes" />
            {failure ? <MutationErrorAlert error={failure} testId="create-mission-error" /> : null}
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose} disabled={busy}>
                {t('common.close')}
              </Button>
              <Button type="submit" loading={busy} data-testid="create-mission-submit">
                {t('missionCreate.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
      {adding ? (
        <AddStaffDialog
          visiting
          institution={form.institution}
          onClose={() => setAdding(false)}
          onCreated={(created) => {
            setAddedStaff((prev) => [...prev, { value: created.id, label: t('booking.visitingStaff', { name: created.name }) }]);
            setForm((prev) => ({ ...prev, memberIds: [...prev.memberIds, created.id] }));
          }}
        />
      ) : null}
    </>
  );
}
