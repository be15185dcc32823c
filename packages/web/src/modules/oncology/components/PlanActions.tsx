import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, Modal, NativeSelect, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { hospitalDate } from '@pj/shared';
import { IconActivityHeartbeat, IconCircleCheck, IconFirstAidKit, IconHandStop } from '@tabler/icons-react';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formProblemOf, type FormProblem } from '../../../app/form-errors';
import type { AssessmentMethod, RefusedBy, ResponseCategory, ToxicityTerm } from '../../../generated/graphql';
import { FormProblemAlert } from '../../../app/ui/FormProblemAlert';
import {
  CompleteTreatmentPlanMutation,
  RecordResponseAssessmentMutation,
  RecordToxicityMutation,
  RecordTreatmentRefusalMutation,
} from '../graphql/oncology-mutations';
import { ToxicityTermsQuery } from '../graphql/oncology.query';
import { ONCOLOGY_REFETCH } from './TreatmentCalendar';

const RESPONSES = ['CR', 'VGPR', 'PR', 'SD', 'PD', 'NOT_EVALUABLE'] as const satisfies readonly ResponseCategory[];
const METHODS = ['IMAGING', 'CLINICAL', 'PATHOLOGY', 'BONE_MARROW', 'TUMOUR_MARKER'] as const satisfies readonly AssessmentMethod[];
const REFUSERS = ['PARENTS', 'GUARDIAN', 'FAMILY', 'PATIENT'] as const satisfies readonly RefusedBy[];

type Action = 'toxicity' | 'response' | 'complete' | 'refuse';

/** A small form in a dialog: client checks first, then server messages next to the fields. */
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
  children: (errors: Record<string, string>) => ReactNode;
  testId: string;
}) {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found = check();
    setErrors(found);
    setProblem(null);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      await send();
      onClose();
    } catch (error) {
      const p = formProblemOf(error, (path) => fields.includes(path));
      setErrors(p.fields);
      setProblem(p);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title={<Text fw={700}>{title}</Text>}>
      <form noValidate onSubmit={(e) => void submit(e)} data-testid={testId}>
        <Stack gap="md">
          <FormProblemAlert problem={problem} />
          {children(errors)}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
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

function ToxicityDialog({ planId, onClose }: { planId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const terms = useQuery(ToxicityTermsQuery);
  const [term, setTerm] = useState<ToxicityTerm | ''>('');
  const [otherTerm, setOtherTerm] = useState('');
  const [grade, setGrade] = useState('');
  const [onsetOn, setOnsetOn] = useState(hospitalDate(new Date()));
  const [note, setNote] = useState('');
  const [record] = useMutation(RecordToxicityMutation, { refetchQueries: ONCOLOGY_REFETCH, awaitRefetchQueries: true });
  const info = terms.data?.toxicityTerms.find((x) => x.term === term);
  const grades = info ? Array.from({ length: info.maxGrade - info.minGrade + 1 }, (_, i) => info.minGrade + i) : [1, 2, 3, 4, 5];

  return (
    <ActionDialog
      title={t('oncology.toxicity.title')}
      submitLabel={t('oncology.toxicity.submit')}
      submitColor={grade === '5' ? 'red' : undefined}
      onClose={onClose}
      testId="toxicity-form"
      fields={['term', 'otherTerm', 'grade', 'onsetOn', 'note']}
      check={() => {
        const e: Record<string, string> = {};
        if (!term) e['term'] = t('forms.required');
        if (term === 'OTHER' && !otherTerm.trim()) e['otherTerm'] = t('forms.required');
        if (!grade) e['grade'] = t('forms.required');
        if (!onsetOn) e['onsetOn'] = t('forms.required');
        return e;
      }}
      send={() =>
        record({
          variables: {
            input: {
              treatmentPlanId: planId,
              term: term as ToxicityTerm,
              otherTerm: term === 'OTHER' ? otherTerm.trim() : null,
              grade: Number(grade),
              onsetOn,
              note: note.trim() || null,
            },
          },
        })
      }
    >
      {(errors) => (
        <>
          <NativeSelect
            label={t('oncology.toxicity.term')}
            required
            value={term}
            onChange={(e) => {
              setTerm(e.currentTarget.value as ToxicityTerm | '');
              setGrade('');
            }}
            data={[
              { value: '', label: terms.loading ? t('common.loading') : t('oncology.choose') },
              ...(terms.data?.toxicityTerms ?? []).map((x) => ({ value: x.term, label: `${x.ctcaeTerm} (${x.category})` })),
            ]}
            error={errors['term'] ?? (terms.error ? t('forms.failed') : undefined)}
            data-testid="toxicity-term"
          />
          {term === 'OTHER' ? (
            <TextInput label={t('oncology.toxicity.otherTerm')} required value={otherTerm} onChange={(e) => setOtherTerm(e.currentTarget.value)} error={errors['otherTerm']} />
          ) : null}
          <Group grow align="flex-start">
            <NativeSelect
              label={t('oncology.toxicity.grade')}
              description={grade === '5' ? t('oncology.toxicity.grade5') : undefined}
              required
              value={grade}
              onChange={(e) => setGrade(e.currentTarget.value)}
              data={[{ value: '', label: t('oncology.choose') }, ...grades.map((g) => ({ value: String(g), label: String(g) }))]}
              error={errors['grade']}
              data-testid="toxicity-grade"
            />
            <TextInput
              type="date"
              label={t('oncology.toxicity.onsetOn')}
              required
              value={onsetOn}
              onChange={(e) => setOnsetOn(e.currentTarget.value)}
              error={errors['onsetOn']}
            />
          </Group>
          <Textarea label={t('oncology.diagnosis.notes')} autosize minRows={2} value={note} onChange={(e) => setNote(e.currentTarget.value)} error={errors['note']} />
        </>
      )}
    </ActionDialog>
  );
}

function ResponseDialog({ planId, onClose }: { planId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const [response, setResponse] = useState<ResponseCategory | ''>('');
  const [method, setMethod] = useState<AssessmentMethod | ''>('');
  const [assessedOn, setAssessedOn] = useState(hospitalDate(new Date()));
  const [note, setNote] = useState('');
  const [record] = useMutation(RecordResponseAssessmentMutation, { refetchQueries: ONCOLOGY_REFETCH, awaitRefetchQueries: true });
  return (
    <ActionDialog
      title={t('oncology.response.title')}
      submitLabel={t('oncology.response.submit')}
      onClose={onClose}
      testId="response-form"
      fields={['response', 'method', 'assessedOn', 'note']}
      check={() => {
        const e: Record<string, string> = {};
        if (!response) e['response'] = t('forms.required');
        if (!method) e['method'] = t('forms.required');
        if (!assessedOn) e['assessedOn'] = t('forms.required');
        return e;
      }}
      send={() =>
        record({
          variables: {
            input: {
              treatmentPlanId: planId,
              response: response as ResponseCategory,
              method: method as AssessmentMethod,
              assessedOn,
              note: note.trim() || null,
            },
          },
        })
      }
    >
      {(errors) => (
        <>
          <NativeSelect
            label={t('oncology.response.response')}
            required
            value={response}
            onChange={(e) => setResponse(e.currentTarget.value as ResponseCategory | '')}
            data={[{ value: '', label: t('oncology.choose') }, ...RESPONSES.map((r) => ({ value: r, label: t(`enums.ResponseCategory.${r}`) }))]}
            error={errors['response']}
          />
          <Group grow align="flex-start">
            <NativeSelect
              label={t('oncology.response.method')}
              required
              value={method}
              onChange={(e) => setMethod(e.currentTarget.value as AssessmentMethod | '')}
              data={[{ value: '', label: t('oncology.choose') }, ...METHODS.map((m) => ({ value: m, label: t(`enums.AssessmentMethod.${m}`) }))]}
              error={errors['method']}
            />
            <TextInput
              type="date"
              label={t('oncology.response.assessedOn')}
              required
              value={assessedOn}
              onChange={(e) => setAssessedOn(e.currentTarget.value)}
              error={errors['assessedOn']}
            />
          </Group>
          <Textarea label={t('oncology.diagnosis.notes')} autosize minRows={2} value={note} onChange={(e) => setNote(e.currentTarget.value)} error={errors['note']} />
        </>
      )}
    </ActionDialog>
  );
}

function EndPlanDialog({ plan, kind, onClose }: { plan: { id: string; version: number }; kind: 'complete' | 'refuse'; onClose: () => void }) {
  const { t } = useTranslation();
  const [on, setOn] = useState(hospitalDate(new Date()));
  const [note, setNote] = useState('');
  const [refusedBy, setRefusedBy] = useState<RefusedBy | ''>('');
  const [complete] = useMutation(CompleteTreatmentPlanMutation, { refetchQueries: ONCOLOGY_REFETCH, awaitRefetchQueries: true });
  const [refuse] = useMutation(RecordTreatmentRefusalMutation, { refetchQueries: ONCOLOGY_REFETCH, awaitRefetchQueries: true });
  const refusing = kind === 'refuse';
  return (
    <ActionDialog
      title={refusing ? t('oncology.end.refuseTitle') : t('oncology.end.completeTitle')}
      submitLabel={refusing ? t('oncology.end.refuseSubmit') : t('oncology.end.completeSubmit')}
      submitColor={refusing ? 'orange' : 'teal'}
      onClose={onClose}
      testId={refusing ? 'refuse-form' : 'complete-form'}
      fields={['reason', 'refusedBy', 'refusedOn', 'completedOn', 'note']}
      check={() => {
        const e: Record<string, string> = {};
        if (refusing && !refusedBy) e['refusedBy'] = t('forms.required');
        if (refusing && !note.trim()) e['reason'] = t('forms.required');
        return e;
      }}
      send={() =>
        refusing
          ? refuse({
              variables: {
                input: { treatmentPlanId: plan.id, expectedVersion: plan.version, refusedBy: refusedBy as RefusedBy, reason: note.trim(), refusedOn: on || null },
              },
            })
          : complete({
              variables: { input: { treatmentPlanId: plan.id, expectedVersion: plan.version, completedOn: on || null, note: note.trim() || null } },
            })
      }
    >
      {(errors) => (
        <>
          <Text size="sm" c="dimmed">
            {refusing ? t('oncology.end.refuseHint') : t('oncology.end.completeHint')}
          </Text>
          {refusing ? (
            <NativeSelect
              label={t('oncology.end.refusedBy')}
              required
              value={refusedBy}
              onChange={(e) => setRefusedBy(e.currentTarget.value as RefusedBy | '')}
              data={[{ value: '', label: t('oncology.choose') }, ...REFUSERS.map((r) => ({ value: r, label: t(`enums.RefusedBy.${r}`) }))]}
              error={errors['refusedBy']}
            />
          ) : null}
          <TextInput
            type="date"
            label={refusing ? t('oncology.end.refusedOn') : t('oncology.end.completedOn')}
            value={on}
            onChange={(e) => setOn(e.currentTarget.value)}
            error={errors[refusing ? 'refusedOn' : 'completedOn']}
          />
          <Textarea
            label={refusing ? t('oncology.end.reason') : t('oncology.diagnosis.notes')}
            required={refusing}
            autosize
            minRows={2}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            error={errors[refusing ? 'reason' : 'note']}
          />
        </>
      )}
    </ActionDialog>
  );
}

/** What can be recorded about an active plan besides doses: toxicity, response, its end. */
export function PlanActions({ plan }: { plan: { id: string; version: number } }) {
  const { t } = useTranslation();
  const [action, setAction] = useState<Action | null>(null);
  const close = () => setAction(null);
  return (
    <>
      <Group gap="xs" mt="sm" wrap="wrap">
        <Button size="xs" variant="light" color="red" leftSection={<IconFirstAidKit size={14} aria-hidden="true" />} onClick={() => setAction('toxicity')} data-testid="toxicity-open">
          {t('oncology.toxicity.open')}
        </Button>
        <Button size="xs" variant="light" leftSection={<IconActivityHeartbeat size={14} aria-hidden="true" />} onClick={() => setAction('response')} data-testid="response-open">
          {t('oncology.response.open')}
        </Button>
        <Button size="xs" variant="light" color="teal" leftSection={<IconCircleCheck size={14} aria-hidden="true" />} onClick={() => setAction('complete')} data-testid="complete-open">
          {t('oncology.end.complete')}
        </Button>
        <Button size="xs" variant="light" color="orange" leftSection={<IconHandStop size={14} aria-hidden="true" />} onClick={() => setAction('refuse')} data-testid="refuse-open">
          {t('oncology.end.refuse')}
        </Button>
      </Group>
      {action === 'toxicity' ? <ToxicityDialog planId={plan.id} onClose={close} /> : null}
      {action === 'response' ? <ResponseDialog planId={plan.id} onClose={close} /> : null}
      {action === 'complete' || action === 'refuse' ? <EndPlanDialog plan={plan} kind={action} onClose={close} /> : null}
    </>
  );
}
