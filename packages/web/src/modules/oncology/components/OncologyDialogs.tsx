import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Group, Modal, NativeSelect, NumberInput, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { Permission, SIOP_WILMS_STAGES, bodySurfaceArea, hospitalDate } from '@pj/shared';
import { Link } from 'react-router';
import { useSignedInSession } from '../../../app/session/session-store';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formProblemOf, type FormProblem } from '../../../app/form-errors';
import { formatLocalDate } from '../../../app/i18n/format';
import { useLanguage } from '../../../app/i18n/useLanguage';
import type { CancerType, DiagnosisBasis, StageScheme } from '../../../generated/graphql';
import { FormDialog, useFormDialog } from '../../../app/ui/FormDialog';
import { FormProblemAlert } from '../../../app/ui/FormProblemAlert';
import { LazyCodePicker } from '../../../app/ui/LazyCodePicker';
import type { PickedCode } from '../../../app/ui/code-label';
import { RecordOncologyDiagnosisMutation, StartTreatmentPlanMutation } from '../graphql/oncology-mutations';
import { ProtocolsQuery } from '../graphql/oncology.query';
import { ONCOLOGY_REFETCH } from './TreatmentCalendar';

export const CANCER_TYPES = [
  'WILMS_TUMOUR',
  'ACUTE_LYMPHOBLASTIC_LEUKAEMIA',
  'BURKITT_LYMPHOMA',
  'HODGKIN_LYMPHOMA',
  'RETINOBLASTOMA',
  'NEUROBLASTOMA',
  'HEPATOBLASTOMA',
  'OTHER',
] as const satisfies readonly CancerType[];
const BASES = ['HISTOLOGY', 'CYTOLOGY', 'IMAGING', 'TUMOUR_MARKER', 'CLINICAL'] as const satisfies readonly DiagnosisBasis[];
const SCHEMES = ['SIOP_WILMS', 'TNM', 'TORONTO_TIER_1', 'TORONTO_TIER_2'] as const satisfies readonly StageScheme[];

/** Height and weight inside the range the server accepts (cm 30–220, kg 1–150). */
export function bsaPreview(heightCm: unknown, weightKg: unknown): number | null {
  if (typeof heightCm !== 'number' || typeof weightKg !== 'number') return null;
  if (heightCm < 30 || heightCm > 220 || weightKg < 1 || weightKg > 150) return null;
  return bodySurfaceArea(heightCm, weightKg);
}

export function DiagnosisDialog({ patientId, onClose }: { patientId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const today = hospitalDate(new Date());
  const [cancerType, setCancerType] = useState<CancerType | ''>('');
  const [basis, setBasis] = useState<DiagnosisBasis | ''>('');
  const [diagnosedOn, setDiagnosedOn] = useState(today);
  const [stageScheme, setStageScheme] = useState<StageScheme>('SIOP_WILMS');
  const [stage, setStage] = useState('');
  const [notes, setNotes] = useState('');
  const [icd10, setIcd10] = useState<PickedCode | null>(null);
  const [topography, setTopography] = useState<PickedCode | null>(null);
  const [morphology, setMorphology] = useState<PickedCode | null>(null);
  const { errors, problem, submit } = useFormDialog(onClose);
  const [record, { loading }] = useMutation(RecordOncologyDiagnosisMutation, { refetchQueries: ONCOLOGY_REFETCH, awaitRefetchQueries: true });

  const save = () => {
    const found: Record<string, string> = {};
    if (!cancerType) found['cancerType'] = t('forms.required');
    if (!basis) found['basis'] = t('forms.required');
    if (!diagnosedOn) found['diagnosedOn'] = t('forms.required');
    else if (diagnosedOn > today) found['diagnosedOn'] = t('oncology.record.notFuture');
    if (!stage.trim()) found['stage'] = t('forms.required');
    return submit(
      found,
      () =>
        record({
          variables: {
            input: {
              patientId,
              // Both chosen: nothing is sent otherwise (`found` names them).
              cancerType: cancerType as CancerType,
              basis: basis as DiagnosisBasis,
              diagnosedOn,
              stageScheme,
              stage: stage.trim(),
              notes: notes.trim() || null,
              icd10Code: icd10?.code ?? null,
              topographyCode: topography?.code ?? null,
              morphologyCode: morphology?.code ?? null,
            },
          },
        }),
      (path) => ['cancerType', 'basis', 'diagnosedOn', 'stage', 'stageScheme', 'notes', 'icd10Code', 'topographyCode', 'morphologyCode'].includes(path),
    );
  };

  return (
    <FormDialog
      title={t('oncology.diagnosis.title')}
      size="lg"
      problem={problem}
      onSubmit={save}
      onClose={onClose}
      submitLabel={t('oncology.diagnosis.submit')}
      submitting={loading}
      testId="diagnosis"
    >
      <NativeSelect
        label={t('oncology.diagnosis.cancerType')}
        required
        value={cancerType}
        onChange={(e) => setCancerType(e.currentTarget.value as CancerType | '')}
        data={[{ value: '', label: t('oncology.choose') }, ...CANCER_TYPES.map((c) => ({ value: c, label: t(`enums.CancerType.${c}`) }))]}
        error={errors['cancerType']}
        data-testid="diagnosis-cancer-type"
      />
      <LazyCodePicker label="icd10" system="ICD10" value={icd10} onChange={setIcd10} error={errors['icd10Code']} testId="diagnosis-icd10" />
      <Group grow align="flex-start">
        <LazyCodePicker label="topography" system="ICDO3_TOPOGRAPHY" value={topography} onChange={setTopography} error={errors['topographyCode']} testId="diagnosis-topography" />
        <LazyCodePicker label="morphology" system="ICDO3_MORPHOLOGY" value={morphology} onChange={setMorphology} error={errors['morphologyCode']} testId="diagnosis-morphology" />
      </Group>
      <Group grow align="flex-start">
        <NativeSelect
          label={t('oncology.diagnosis.basis')}
          required
          value={basis}
          onChange={(e) => setBasis(e.currentTarget.value as DiagnosisBasis | '')}
          data={[{ value: '', label: t('oncology.choose') }, ...BASES.map((b) => ({ value: b, label: t(`enums.DiagnosisBasis.${b}`) }))]}
          error={errors['basis']}
          data-testid="diagnosis-basis"
        />
        <TextInput
          type="date"
          label={t('oncology.diagnosis.diagnosedOn')}
          required
          max={today}
          value={diagnosedOn}
          onChange={(e) => setDiagnosedOn(e.currentTarget.value)}
          error={errors['diagnosedOn']}
          data-testid="diagnosis-date"
        />
      </Group>
      <Group grow align="flex-start">
        <NativeSelect
          label={t('oncology.diagnosis.stageScheme')}
          required
          value={stageScheme}
          onChange={(e) => {
            setStageScheme(e.currentTarget.value as StageScheme);
            setStage('');
          }}
          data={SCHEMES.map((s) => ({ value: s, label: t(`enums.StageScheme.${s}`) }))}
          error={errors['stageScheme']}
          data-testid="diagnosis-scheme"
        />
        {stageScheme === 'SIOP_WILMS' ? (
          <NativeSelect
            label={t('oncology.diagnosis.stage')}
            required
            value={stage}
            onChange={(e) => setStage(e.currentTarget.value)}
            data={[{ value: '', label: t('oncology.choose') }, ...SIOP_WILMS_STAGES.map((s) => ({ value: s, label: s }))]}
            error={errors['stage']}
            data-testid="diagnosis-stage"
          />
        ) : (
          <TextInput
            label={t('oncology.diagnosis.stage')}
            required
            value={stage}
            onChange={(e) => setStage(e.currentTarget.value)}
            error={errors['stage']}
            data-testid="diagnosis-stage"
          />
        )}
      </Group>
      <Textarea label={t('oncology.diagnosis.notes')} autosize minRows={2} value={notes} onChange={(e) => setNotes(e.currentTarget.value)} error={errors['notes']} />
    </FormDialog>
  );
}

/** Protocol, start day, height and weight; then the computed BSA to confirm before starting. */
export function StartPlanDialog({
  patientId,
  cancerType,
  onClose,
}: {
  patientId: string;
  cancerType: CancerType | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const protocols = useQuery(ProtocolsQuery);
  const [protocolId, setProtocolId] = useState('');
  const [startDate, setStartDate] = useState(hospitalDate(new Date()));
  const [heightCm, setHeightCm] = useState<number | string>('');
  const [weightKg, setWeightKg] = useState<number | string>('');
  const [confirming, setConfirming] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [start, { loading }] = useMutation(StartTreatmentPlanMutation, { refetchQueries: ONCOLOGY_REFETCH, awaitRefetchQueries: true });
  const bsa = bsaPreview(heightCm, weightKg);
  const all = protocols.data?.protocols ?? [];
  // The protocols for the child's cancer first; the rest stay available.
  const sorted = [...all].sort((a, b) => Number(b.cancerType === cancerType) - Number(a.cancerType === cancerType));
  const protocol = all.find((p) => p.id === protocolId);
  const canManageProtocols = useSignedInSession().permissions.has(Permission.MANAGE_PROTOCOLS);
  // No protocol in the library fits the child's cancer: say so, and lead to the library.
  const noneFits = protocols.data !== undefined && cancerType !== null && !all.some((p) => p.cancerType === cancerType);

  const review = (e: FormEvent) => {
    e.preventDefault();
    const found: Record<string, string> = {};
    if (!protocolId) found['protocolId'] = t('forms.required');
    if (!startDate) found['startDate'] = t('forms.required');
    if (typeof heightCm !== 'number' || heightCm < 30 || heightCm > 220) found['heightCm'] = t('oncology.plan.heightRange');
    if (typeof weightKg !== 'number' || weightKg < 1 || weightKg > 150) found['weightKg'] = t('oncology.plan.weightRange');
    setErrors(found);
    setProblem(null);
    setConfirming(Object.keys(found).length === 0);
  };

  const confirm = async () => {
    if (typeof heightCm !== 'number' || typeof weightKg !== 'number') return;
    try {
      await start({ variables: { input: { patientId, protocolId, startDate, heightCm, weightKg } } });
      onClose();
    } catch (error) {
      const p = formProblemOf(error, (path) => ['protocolId', 'startDate', 'heightCm', 'weightKg'].includes(path));
      setErrors(p.fields);
      setProblem(p);
      setConfirming(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title={<Text fw={700}>{t('oncology.plan.title')}</Text>} size="lg">
      <form noValidate onSubmit={review} data-testid="start-plan-form">
        <Stack gap="md">
          <FormProblemAlert problem={problem} />
          <NativeSelect
            label={t('oncology.plan.protocol')}
            required
            disabled={confirming}
            value={protocolId}
            onChange={(e) => setProtocolId(e.currentTarget.value)}
            data={[
              { value: '', label: protocols.loading ? t('common.loading') : t('oncology.choose') },
              ...sorted.map((p) => ({ value: p.id, label: `${p.name} (${p.code})${p.example ? ` — ${t('protocolLibrary.exampleShort')}` : ''}` })),
            ]}
            error={errors['protocolId'] ?? (protocols.error ? t('oncology.plan.protocolsFailed') : undefined)}
            data-testid="plan-protocol"
          />
          {noneFits ? (
            <Alert color="orange" variant="light" data-testid="plan-no-protocol">
              <Text size="sm">{t('protocolLibrary.noneFits', { cancer: t(`enums.CancerType.${cancerType}`) })}</Text>
              <Anchor
                component={Link}
                to={canManageProtocols ? `/oncology/protocols/new?cancerType=${cancerType}` : '/oncology/protocols'}
                size="sm"
                fw={600}
                data-testid="plan-add-protocol"
              >
                {canManageProtocols ? t('protocolLibrary.addForCancer') : t('protocolLibrary.openLibrary')}
              </Anchor>
            </Alert>
          ) : null}
          {protocol?.example ? (
            <Alert color="orange" variant="light" data-testid="plan-protocol-example">
              <Text size="sm">{t('protocolLibrary.exampleWarning')}</Text>
            </Alert>
          ) : null}
          {protocol?.description ? (
            <Text size="xs" c="dimmed">
              {protocol.description}
            </Text>
          ) : null}
          <TextInput
            type="date"
            label={t('oncology.plan.startDate')}
            description={t('oncology.plan.startDateHint')}
            required
            disabled={confirming}
            value={startDate}
            onChange={(e) => setStartDate(e.currentTarget.value)}
            error={errors['startDate']}
            data-testid="plan-start-date"
          />
          <Group grow align="flex-start">
            <NumberInput
              label={t('oncology.plan.height')}
              required
              disabled={confirming}
              min={30}
              max={220}
              decimalScale={1}
              value={heightCm}
              onChange={setHeightCm}
              error={errors['heightCm']}
              data-testid="plan-height"
            />
            <NumberInput
              label={t('oncology.plan.weight')}
              required
              disabled={confirming}
              min={1}
              max={150}
              decimalScale={2}
              value={weightKg}
              onChange={setWeightKg}
              error={errors['weightKg']}
              data-testid="plan-weight"
            />
          </Group>
          <Text size="sm" aria-live="polite" data-testid="plan-bsa">
            {bsa !== null ? t('oncology.plan.bsa', { bsa: bsa.toFixed(2) }) : t('oncology.plan.bsaPending')}
          </Text>
          {confirming && protocol && bsa !== null ? (
            <Alert color="blue" variant="light" title={t('oncology.plan.confirmTitle')} data-testid="plan-confirm">
              <Text size="sm">
                {t('oncology.plan.confirmBody', {
                  protocol: protocol.name,
                  date: formatLocalDate(startDate, language),
                  bsa: bsa.toFixed(2),
                  height: heightCm,
                  weight: weightKg,
                })}
              </Text>
            </Alert>
          ) : null}
          <Group justify="flex-end">
            {confirming ? (
              <>
                <Button variant="default" onClick={() => setConfirming(false)}>
                  {t('oncology.plan.change')}
                </Button>
                <Button loading={loading} onClick={() => void confirm()} data-testid="plan-confirm-submit">
                  {t('oncology.plan.confirm')}
                </Button>
              </>
            ) : (
              <>
                <Button variant="default" onClick={onClose}>
                  {t('common.cancel')}
                </Button>
                <Button type="submit" data-testid="plan-review">
                  {t('oncology.plan.review')}
                </Button>
              </>
            )}
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
