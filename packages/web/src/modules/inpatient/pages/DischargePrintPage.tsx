import { codeLabel } from '../../../app/ui/code-label';
import { useQuery } from '@apollo/client/react';
import { hasKhmer } from '@pj/shared';
import { Anchor, Button, Group, Paper, SegmentedControl, Stack, Text, VisuallyHidden } from '@mantine/core';
import { IconArrowLeft, IconFileOff, IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useTranslationResources } from '../../../app/i18n/useTranslationResources';
import { Link, useParams, useSearchParams } from 'react-router';
import { hasCode } from '../../../app/graphql-errors';
import { formatBirthDate, formatDateTime, formatLocalDate } from '../../../app/i18n/format';
import type { Language } from '../../../app/i18n/languages';
import { EmptyState } from '../../../app/ui/EmptyState';
import { ErrorState } from '../../../app/ui/ErrorState';
import { PageSkeleton } from '../../../app/ui/PageSkeleton';
import type { DischargeSummaryQuery as DischargeSummaryResult } from '../../../generated/graphql';
import { patientPath } from '../../patients/components/PatientTable';
import { khmerName, latinName } from '../../patients/names';
import { DischargeSummaryQuery } from '../graphql/discharge-summary.query';
import { CARE_INSTRUCTIONS } from '../discharge-form';
import { khmerCopyPassage } from '../family-copy';
import { durationText, frequencyCode, frequencyText } from '../medicine-terms';

type Summary = Extract<NonNullable<DischargeSummaryResult['node']>, { __typename: 'Discharge' }>;

/** `?copy=km` (the family's copy, the default) or `?copy=en` (the record copy). */
function copyOf(params: URLSearchParams): Language {
  return params.get('copy') === 'en' ? 'en' : 'km';
}

function Row({ label, value, testId }: { label: string; value: string | null | undefined; testId?: string }) {
  if (!value || !value.trim()) return null;
  return (
    <div className="summary__row" data-testid={testId}>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

/**
 * A free text on the family's Khmer copy: as written when it is Khmer; otherwise marked, in
 * Khmer, as not translated, and tagged as English (never passed off as the family's language).
 */
function KhmerPassage({ text, untranslated }: { text: string; untranslated: boolean }) {
  const { t } = useTranslation(undefined, { lng: 'km' });
  if (!untranslated) return <>{text}</>;
  return (
    <span className="summary__untranslated" data-testid="summary-untranslated">
      <em>[{t('summary.untranslated')}]</em> <span lang="en">{text}</span>
    </span>
  );
}

function PassageRow({
  label,
  value,
  khmer,
  copy,
  testId,
}: {
  label: string;
  value: string | null | undefined;
  khmer?: string | null;
  copy: Language;
  testId?: string;
}) {
  if (copy !== 'km') return <Row label={label} value={value} testId={testId} />;
  const passage = khmerCopyPassage(khmer, value);
  if (!passage) return null;
  return (
    <div className="summary__row" data-testid={testId} data-untranslated={passage.untranslated}>
      <dt>{label}</dt>
      <dd>
        <KhmerPassage {...passage} />
      </dd>
    </div>
  );
}

/** A medicine's frequency or duration: in the copy's language when coded; free text otherwise. */
function Term({ text, coded, copy }: { text: string; coded: boolean; copy: Language }) {
  if (copy !== 'km' || coded) return <>{text}</>;
  return <KhmerPassage text={text} untranslated={!hasKhmer(text)} />;
}

/** The discharge summary laid out for an A4 page, in the language of the copy. */
function SummarySheet({ summary, copy }: { summary: Summary; copy: Language }) {
  const { t } = useTranslation(undefined, { lng: copy });
  const { admission } = summary;
  const patient = admission.patient;
  if (!patient) return null;
  const ward = copy === 'km' ? admission.bed.ward.nameKhmer : admission.bed.ward.name;
  const khmer = khmerName(patient);
  const field = (k: 'reasonForAdmission' | 'diagnosis' | 'proceduresAndTreatment' | 'condition' | 'followUpPlan' | 'clinician') =>
    t(`discharge.fields.${k}`);

  return (
    <article className="summary" lang={copy} data-testid="discharge-summary" data-copy={copy}>
      <header className="summary__head">
        <div>
          <div className="summary__hospital">{t('app.name')}</div>
          <h1 className="summary__title">{t('summary.title')}</h1>
          <div className="summary__copy">{copy === 'km' ? t('summary.familyCopy') : t('summary.recordCopy')}</div>
        </div>
        <div className="summary__patient">
          {khmer ? (
            <div lang="km" className="summary__khmer">
              {khmer}
            </div>
          ) : null}
          <div className="summary__latin">{latinName(patient)}</div>
          <div className="mrn">{patient.mrn}</div>
        </div>
      </header>

      <dl className="summary__facts">
        <Row label={t('patient.sex')} value={t(`enums.Sex.${patient.sex}`)} />
        <Row label={t('summary.born')} value={formatBirthDate(patient.birthDate, patient.birthDateEstimated, copy)} testId="summary-born" />
        <Row label={t('summary.ward')} value={`${ward} · ${admission.bed.label}`} />
        <Row label={t('summary.admitted')} value={formatDateTime(admission.admittedAt, copy)} />
        <Row label={t('summary.discharged')} value={formatDateTime(summary.dischargedAt, copy)} />
        <Row label={t('summary.lengthOfStay')} value={t('summary.days', { count: admission.lengthOfStayDays })} />
        <Row label={t('discharge.fields.disposition')} value={t(`enums.DischargeDisposition.${summary.disposition}`)} testId="summary-disposition" />
      </dl>

      <dl className="summary__sections">
        <PassageRow copy={copy} label={field('reasonForAdmission')} value={summary.reasonForAdmission} />
        <PassageRow copy={copy} label={field('diagnosis')} value={summary.diagnosis} khmer={summary.diagnosisForFamilyKhmer} testId="summary-diagnosis" />
        {/* The family's Khmer copy prints a code alone where its title has no Khmer: never English passed off as Khmer. */}
        <Row label={t('codes.codes')} value={summary.diagnosisCodes.map((c) => (copy === 'km' && !c.titleKhmer ? c.code : codeLabel(c, copy))).join('; ')} testId="summary-diagnosis-codes" />
        {copy === 'km' ? null : (
          <div lang="km">
            <Row label={t('summary.diagnosisForFamilyKhmer')} value={summary.diagnosisForFamilyKhmer} testId="summary-diagnosis-khmer" />
          </div>
        )}
        <PassageRow copy={copy} label={field('proceduresAndTreatment')} value={summary.proceduresAndTreatment} />
        <PassageRow copy={copy} label={field('condition')} value={summary.condition} />
      </dl>

      <section className="summary__block">
        <h2>{t('discharge.medications')}</h2>
        {summary.medications.length === 0 ? (
          <p>{t('discharge.noMedications')}</p>
        ) : (
          <table className="summary__table">
            <thead>
              <tr>
                <th scope="col">{t('discharge.medication.name')}</th>
                <th scope="col">{t('discharge.medication.dose')}</th>
                <th scope="col">{t('discharge.medication.frequency')}</th>
                <th scope="col">{t('discharge.medication.duration')}</th>
                <th scope="col">{t('discharge.medication.reconciled')}</th>
              </tr>
            </thead>
            <tbody>
              {summary.medications.map((m, i) => (
                <tr key={i}>
                  <td>{m.name}</td>
                  <td>{m.dose ?? '—'}</td>
                  <td data-testid="summary-frequency">{m.frequency ? <Term text={frequencyText(m.frequency, copy)} coded={frequencyCode(m.frequency) !== null} copy={copy} /> : '—'}</td>
                  <td>{m.duration ? <Term text={durationText(m.duration, copy)} coded={durationText(m.duration, copy) !== m.duration} copy={copy} /> : '—'}</td>
                  <td>{m.reconciled ? t('summary.yes') : t('summary.no')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section className="summary__block">
        <h2>{t('discharge.forFamily')}</h2>
        {summary.careInstructions.length > 0 ? (
          <>
            <h3 className="summary__subhead">{t('summary.careInstructions')}</h3>
            <ul className="summary__appointments" data-testid="summary-care-instructions">
              {CARE_INSTRUCTIONS.filter((code) => summary.careInstructions.includes(code)).map((code) => (
                <li key={code} data-code={code}>
                  {code === 'NO_HEAVY_LIFTING'
                    ? t('enums.CareInstruction.NO_HEAVY_LIFTING', { count: summary.noHeavyLiftingWeeks ?? 0 })
                    : t(`enums.CareInstruction.${code}`)}
                </li>
              ))}
            </ul>
          </>
        ) : null}
        <dl className="summary__sections">
          <PassageRow copy={copy} label={t('discharge.fields.instructions')} value={summary.instructions} khmer={summary.careInstructionsKhmer} testId="summary-instructions" />
          {copy === 'km' ? null : (
            <div lang="km">
              <Row label={t('summary.careInstructionsKhmer')} value={summary.careInstructionsKhmer} testId="summary-instructions-khmer" />
            </div>
          )}
          <PassageRow copy={copy} label={t('discharge.fields.dietInstructions')} value={summary.dietInstructions} />
          <PassageRow copy={copy} label={t('discharge.fields.woundCareInstructions')} value={summary.woundCareInstructions} />
          <PassageRow copy={copy} label={t('discharge.fields.warningSigns')} value={summary.warningSigns} />
          <PassageRow copy={copy} label={field('followUpPlan')} value={summary.followUpPlan} />
        </dl>
        {summary.followUps.length > 0 ? (
          <>
            <h3 className="summary__subhead">{t('summary.followUps')}</h3>
            <ul className="summary__appointments" data-testid="summary-follow-ups">
              {summary.followUps
                .filter((f) => f.status === 'SCHEDULED')
                .map((f) => (
                  <li key={f.id}>
                    <strong>{formatLocalDate(f.dueDate, copy)}</strong> — {t(`enums.FollowUpKind.${f.kind}`)}
                  </li>
                ))}
            </ul>
          </>
        ) : null}
      </section>

      <footer className="summary__foot">
        <div>
          {field('clinician')}: {summary.clinician ?? '______________________'}
        </div>
        <div>{t('summary.signature')}: ______________________</div>
      </footer>
    </article>
  );
}

export function DischargePrintPage() {
  const { t } = useTranslation();
  const { id = '', dischargeId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const copy = copyOf(params);
  // The interface may be in English while the family's copy is Khmer: load the copy's texts.
  const copyTexts = useTranslationResources(copy);
  const { data, loading, error, refetch } = useQuery(DischargeSummaryQuery, { variables: { id: dischargeId } });
  const node = data?.node;
  const summary = node?.__typename === 'Discharge' ? node : null;

  let body;
  if (summary && copyTexts === 'ready') body = <SummarySheet summary={summary} copy={copy} />;
  else if (summary && copyTexts === 'failed') body = <ErrorState error={new Error(t('summary.copyUnavailable'))} onRetry={() => window.location.reload()} />;
  else if (error && !hasCode(error, 'NOT_FOUND', 'BAD_USER_INPUT')) body = <ErrorState error={error} onRetry={() => void refetch()} />;
  else if (loading || summary) body = <PageSkeleton />; // the summary or the copy's texts are on their way
  else body = <EmptyState icon={<IconFileOff size={24} aria-hidden="true" />} title={t('summary.notFound')} />;

  return (
    <Stack gap="md" className="print-page">
      <title>{`${t('summary.title')} · ${t('app.name')}`}</title>
      <Group justify="space-between" className="no-print" wrap="wrap">
        <Anchor component={Link} to={patientPath(id)} size="sm" fw={500} c="clinical.8" data-testid="summary-back">
          <IconArrowLeft size={16} stroke={1.8} aria-hidden="true" style={{ verticalAlign: '-3px', marginRight: 4 }} />
          {t('summary.backToPatient')}
        </Anchor>
        <Group gap="sm">
          <VisuallyHidden id="copy-label">{t('summary.copyLabel')}</VisuallyHidden>
          <SegmentedControl
            aria-labelledby="copy-label"
            value={copy}
            onChange={(value) => setParams(value === 'en' ? { copy: 'en' } : {}, { replace: true })}
            data={[
              { value: 'km', label: <span lang="km">{t('summary.familyCopyKm')}</span> },
              { value: 'en', label: t('summary.recordCopyEn') },
            ]}
            data-testid="summary-copy"
          />
          <Button
            leftSection={<IconPrinter size={16} aria-hidden="true" />}
            onClick={() => window.print()}
            disabled={!summary}
            data-testid="summary-print"
          >
            {t('summary.print')}
          </Button>
        </Group>
      </Group>
      <Paper withBorder radius="md" p="xl" className="print-sheet">
        {body}
      </Paper>
      <Text size="xs" c="dimmed" className="no-print">
        {t('summary.printHint')}
      </Text>
    </Stack>
  );
}
