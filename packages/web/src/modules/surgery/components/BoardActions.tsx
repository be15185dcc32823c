import { useMutation } from '@apollo/client/react';
import { Alert, Button, Checkbox, Group, Modal, NativeSelect, NumberInput, Stack, Switch, Text, TextInput, Textarea } from '@mantine/core';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formProblemOf } from '../../../app/form-errors';
import type { CancellationCategory, ClavienDindoGrade } from '../../../generated/graphql';
import { GRADES, complicationProblems, recordsDeath, rescheduleFormOf, rescheduleInput, reschedulesIntoPast, type RescheduleForm } from '../actions';
import { CancelSurgeryMutation, RecordComplicationMutation, RescheduleSurgeryMutation } from '../graphql/theatre.query';
import { fromLocalInput, toLocalInput } from '../record';
import { MutationErrorAlert, timeOf } from './common';

const CATEGORIES: CancellationCategory[] = ['PATIENT', 'HOSPITAL', 'NO_SHOW'];

export interface BoardCase {
  id: string;
  version: number;
  procedure: string;
  scheduledStart: string;
  expectedDurationMinutes: number;
  theatre: { id: string };
}

/** A dialog form: local checks first, then the server's messages next to the fields or above the buttons. */
function ActionDialog({
  title,
  submitLabel,
  submitColor,
  onClose,
  check,
  send,
  fields,
  children,
  testId,
}: {
  title: string;
  submitLabel: string;
  submitColor?: string;
  onClose: () => void;
  check: () => Record<string, string>;
  send: () => Promise<unknown>;
  fields: readonly string[];
  children: (errors: Record<string, string>, busy: boolean) => ReactNode;
  testId: string;
}) {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found = check();
    setErrors(found);
    setFailure(null);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      await send();
      onClose();
    } catch (error) {
      const problem = formProblemOf(error, (path) => fields.includes(path));
      setErrors(problem.fields);
      if (problem.form.length > 0 || problem.failed) setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title={<Text fw={700}>{title}</Text>} size="lg">
      <form onSubmit={(e) => void submit(e)} noValidate data-testid={testId}>
        <Stack gap="md">
          {children(errors, busy)}
          {failure ? <MutationErrorAlert error={failure} testId={`${testId}-error`} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={busy}>
              {t('common.close')}
            </Button>
            <Button type="submit" color={submitColor} loading={busy} data-testid={`${testId}-submit`}>
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

export function RescheduleDialog({ surgery, theatres, onClose, onDone }: { surgery: BoardCase; theatres: readonly { id: string; name: string }[]; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const [reschedule] = useMutation(RescheduleSurgeryMutation);
  const [form, setForm] = useState<RescheduleForm>(() => rescheduleFormOf(surgery));
  const set = <K extends keyof RescheduleForm>(key: K, value: RescheduleForm[K]) => setForm((prev) => ({ ...prev, [key]: value }));
  return (
    <ActionDialog
      title={t('surgeryActions.rescheduleTitle', { procedure: surgery.procedure, time: timeOf(surgery.scheduledStart) })}
      submitLabel={t('surgeryActions.rescheduleSubmit')}
      onClose={onClose}
      testId="reschedule"
      fields={['scheduledStart', 'expectedDurationMinutes', 'theatreId', 'reason', 'retrospective', 'retrospectiveReason']}
      check={(): Record<string, string> => {
        const result = rescheduleInput(surgery, form);
        if (result.ok) return {};
        if (result.problem === 'IN_PAST') return { retrospective: t('retrospective.problems.IN_PAST') };
        if (result.problem === 'RETROSPECTIVE_REASON') return { retrospectiveReason: t('retrospective.problems.RETROSPECTIVE_REASON') };
        const field = result.problem === 'START' ? 'scheduledStart' : result.problem === 'DURATION' ? 'expectedDurationMinutes' : 'scheduledStart';
        return { [field]: t(`surgeryActions.problems.${result.problem}`) };
      }}
      send={async () => {
        const result = rescheduleInput(surgery, form);
        if (!result.ok) return;
        await reschedule({ variables: { input: result.input } });
        onDone();
      }}
    >
      {(errors) => (
        <>
          <TextInput type="datetime-local" label={t('surgeryActions.start')} value={form.start} onChange={(e) => set('start', e.currentTarget.value)} error={errors['scheduledStart']} required data-autofocus data-testid="reschedule-start" />
          <NumberInput label={t('surgeryActions.duration')} value={form.duration} onChange={(v) => set('duration', v)} min={1} max={1440} step={15} error={errors['expectedDurationMinutes']} required data-testid="reschedule-duration" />
          <NativeSelect label={t('surgeryActions.theatre')} value={form.theatreId} onChange={(e) => set('theatreId', e.currentTarget.value)} data={theatres.map((th) => ({ value: th.id, label: th.name }))} error={errors['theatreId']} data-testid="reschedule-theatre" />
          <TextInput label={t('surgeryActions.rescheduleReason')} description={t('common.optional')} value={form.reason} onChange={(e) => set('reason', e.currentTarget.value)} error={errors['reason']} data-testid="reschedule-reason" />
          {reschedulesIntoPast(surgery, form, new Date()) ? (
            <RetrospectiveFields
              on={form.retrospective}
              reason={form.retrospectiveReason}
              onToggle={(on) => set('retrospective', on)}
              onReason={(reason) => set('retrospectiveReason', reason)}
              errors={errors}
              testId="reschedule"
            />
          ) : null}
        </>
      )}
    </ActionDialog>
  );
}

/** The "retrospective entry" switch and its required reason, shown when a booking's time has passed. */
export function RetrospectiveFields({
  on,
  reason,
  onToggle,
  onReason,
  errors,
  testId,
}: {
  on: boolean;
  reason: string;
  onToggle: (on: boolean) => void;
  onReason: (reason: string) => void;
  errors: Record<string, string | undefined>;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <Alert color="orange" variant="light" data-testid={`${testId}-past`}>
      <Stack gap="sm">
        <Switch
          label={t('retrospective.switch')}
          description={t('retrospective.description')}
          checked={on}
          onChange={(e) => onToggle(e.currentTarget.checked)}
          error={errors['retrospective']}
          data-testid={`${testId}-retrospective`}
        />
        {on ? (
          <Textarea
            label={t('retrospective.reason')}
            value={reason}
            onChange={(e) => onReason(e.currentTarget.value)}
            autosize
            minRows={2}
            required
            error={errors['retrospectiveReason']}
            data-testid={`${testId}-retrospective-reason`}
          />
        ) : null}
      </Stack>
    </Alert>
  );
}

export function CancelDialog({ surgery, onClose, onDone }: { surgery: BoardCase; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const [cancel] = useMutation(CancelSurgeryMutation);
  const [category, setCategory] = useState<CancellationCategory>('PATIENT');
  const [reason, setReason] = useState('');
  const [confirming, setConfirming] = useState(false);
  return (
    <ActionDialog
      title={t('surgeryActions.cancelTitle', { procedure: surgery.procedure, time: timeOf(surgery.scheduledStart) })}
      submitLabel={confirming ? t('surgeryActions.cancelConfirm') : t('surgeryActions.cancelSubmit')}
      submitColor="red"
      onClose={onClose}
      testId="cancel-surgery"
      fields={['category', 'reason']}
      check={(): Record<string, string> => {
        if (!reason.trim()) return { reason: t('surgeryActions.problems.REASON') };
        if (!confirming) {
          setConfirming(true);
          return { confirm: 'pending' };
        }
        return {};
      }}
      send={async () => {
        await cancel({ variables: { input: { surgeryId: surgery.id, expectedVersion: surgery.version, category, reason: reason.trim() } } });
        onDone();
      }}
    >
      {(errors) => (
        <>
          <NativeSelect label={t('surgeryActions.category')} value={category} onChange={(e) => { setCategory(e.currentTarget.value as CancellationCategory); setConfirming(false); }} data={CATEGORIES.map((c) => ({ value: c, label: t(`enums.CancellationCategory.${c}`) }))} error={errors['category']} data-autofocus data-testid="cancel-category" />
          <Textarea label={t('surgeryActions.cancelReason')} value={reason} onChange={(e) => { setReason(e.currentTarget.value); setConfirming(false); }} autosize minRows={2} error={errors['reason']} required data-testid="cancel-reason" />
          {confirming ? (
            <Alert color="red" variant="light" role="alert" data-testid="cancel-confirm">
              {t('surgeryActions.cancelWarning')}
            </Alert>
          ) : null}
        </>
      )}
    </ActionDialog>
  );
}

export function ComplicationDialog({ surgery, onClose, onDone }: { surgery: BoardCase; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const [record] = useMutation(RecordComplicationMutation);
  const [grade, setGrade] = useState<ClavienDindoGrade>('I');
  const [disability, setDisability] = useState(false);
  const [ssi, setSsi] = useState(false);
  const [description, setDescription] = useState('');
  const [occurredAt, setOccurredAt] = useState(() => toLocalInput(new Date().toISOString()));
  const [deathConfirmed, setDeathConfirmed] = useState(false);
  const death = recordsDeath(grade);
  return (
    <ActionDialog
      title={t('surgeryActions.complicationTitle', { procedure: surgery.procedure })}
      submitLabel={death ? t('surgeryActions.complicationSubmitDeath') : t('surgeryActions.complicationSubmit')}
      submitColor={death ? 'red' : undefined}
      onClose={onClose}
      testId="complication"
      fields={['grade', 'disabilityAtDischarge', 'surgicalSiteInfection', 'description', 'occurredAt']}
      check={() => {
        const found: Record<string, string> = {};
        const problems = complicationProblems({ grade, disabilityAtDischarge: disability, surgicalSiteInfection: ssi, description, occurredAt }, new Date());
        for (const [field, problem] of Object.entries(problems)) found[field] = t(`surgeryActions.problems.${problem}`);
        if (death && !deathConfirmed) found['deathConfirmed'] = t('surgeryActions.problems.CONFIRM_DEATH');
        return found;
      }}
      send={async () => {
        const at = fromLocalInput(occurredAt);
        if (!at) return;
        await record({
          variables: {
            input: { surgeryId: surgery.id, grade, disabilityAtDischarge: !death && disability, surgicalSiteInfection: ssi, description: description.trim(), occurredAt: at },
          },
        });
        onDone();
      }}
    >
      {(errors) => (
        <>
          <NativeSelect
            label={t('surgeryActions.grade')}
            value={grade}
            onChange={(e) => {
              setGrade(e.currentTarget.value as ClavienDindoGrade);
              setDeathConfirmed(false);
            }}
            data={GRADES.map((g) => ({ value: g, label: t(`enums.ClavienDindoGrade.${g}`) }))}
            error={errors['grade']}
            data-autofocus
            data-testid="complication-grade"
          />
          <Checkbox label={t('surgeryActions.disability')} checked={disability && !death} disabled={death} onChange={(e) => setDisability(e.currentTarget.checked)} error={errors['disabilityAtDischarge']} data-testid="complication-disability" />
          <Checkbox label={t('surgeryActions.ssi')} checked={ssi} onChange={(e) => setSsi(e.currentTarget.checked)} error={errors['surgicalSiteInfection']} data-testid="complication-ssi" />
          <TextInput type="datetime-local" step={1} label={t('surgeryActions.occurredAt')} value={occurredAt} onChange={(e) => setOccurredAt(e.currentTarget.value)} error={errors['occurredAt']} required data-testid="complication-occurred-at" />
          <Textarea label={t('surgeryActions.description')} value={description} onChange={(e) => setDescription(e.currentTarget.value)} autosize minRows={2} error={errors['description']} required data-testid="complication-description" />
          {death ? (
            <Alert color="red" variant="light" role="alert" title={t('surgeryActions.deathTitle')} data-testid="complication-death">
              <Checkbox label={t('surgeryActions.deathConfirm')} checked={deathConfirmed} onChange={(e) => setDeathConfirmed(e.currentTarget.checked)} error={errors['deathConfirmed']} data-testid="complication-death-confirm" />
            </Alert>
          ) : null}
        </>
      )}
    </ActionDialog>
  );
}
