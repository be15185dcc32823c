import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Box, Button, Group, Loader, Paper, Radio, Skeleton, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { Permission } from '@pj/shared';
import { IconAlertTriangle, IconArrowLeft, IconGitMerge, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { formatLocalDate } from '../../../app/i18n/format';
import { useLanguage } from '../../../app/i18n/useLanguage';
import { useSignedInSession } from '../../../app/session/session-store';
import { ErrorState } from '../../../app/ui/ErrorState';
import type { PatientDetailsFragment } from '../../../generated/graphql';
import { patientPath } from '../../patients/components/PatientTable';
import { PatientsSearchQuery } from '../../patients/graphql/patients-search.query';
import { PossibleDuplicatesQuery } from '../../patients/graphql/possible-duplicates.query';
import { khmerName, latinName } from '../../patients/names';
import { formatPhone } from '../../patients/phone';
import { isDuplicateReason } from '../../patients/registration';
import { MergePatientsMutation, PatientDetailsQuery } from '../graphql/edit-patient';
import { FieldComparison } from '../components/FieldComparison';
import { refusalText } from '../refusal';

/** Other records that may be the same person: the duplicate check, then a search. */
function ChooseOther({ patient, onChoose }: { patient: PatientDetailsFragment; onChoose: (id: string) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [search] = useDebouncedValue(text.trim(), 300);
  const duplicates = useQuery(PossibleDuplicatesQuery, {
    variables: {
      input: {
        familyName: patient.familyName,
        givenName: patient.givenName,
        familyNameKhmer: patient.familyNameKhmer ?? null,
        givenNameKhmer: patient.givenNameKhmer ?? null,
        birthDate: patient.birthDate,
        phones: patient.phones ?? null,
        provinceCode: patient.province.code,
      },
    },
    fetchPolicy: 'network-only',
  });
  const searched = useQuery(PatientsSearchQuery, { variables: { search, first: 10 }, skip: search.length < 2 });
  const candidates = (duplicates.data?.possibleDuplicates ?? []).filter((c) => c.patient.id !== patient.id);
  const found = (searched.data?.patients.edges.map((e) => e.node) ?? []).filter((p) => p.id !== patient.id);
  return (
    <Paper component="section" withBorder radius="md" p="md" aria-labelledby="merge-choose-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="merge-choose-title">
          {t('cases.merge.chooseOther')}
        </Title>
        {duplicates.loading ? (
          <Loader size="sm" aria-label={t('common.loading')} />
        ) : duplicates.error ? (
          <ErrorState error={duplicates.error} onRetry={() => void duplicates.refetch()} />
        ) : candidates.length === 0 ? (
          <Text size="sm" c="dimmed" data-testid="merge-no-candidates">
            {t('cases.merge.noCandidates')}
          </Text>
        ) : (
          <ul className="plain-list" aria-label={t('cases.merge.candidates')}>
            {candidates.map((c) => (
              <li key={c.patient.id} style={{ marginBottom: 8 }} data-testid="merge-candidate" data-mrn={c.patient.mrn}>
                <Paper withBorder radius="sm" p="xs">
                  <Group justify="space-between" wrap="wrap" gap="xs">
                    <Stack gap={2}>
                      <Text fw={600} size="sm">
                        {latinName(c.patient)} {khmerName(c.patient) ? <span lang="km" className="khmer">· {khmerName(c.patient)}</span> : null}
                      </Text>
                      <Text size="xs" c="dimmed">
                        <span className="mrn">{c.patient.mrn}</span> · {t('age.years', { count: c.patient.age })} · {c.patient.province.name}
                      </Text>
                      <Group gap={4}>
                        {c.reasons.map((r) => (
                          <Badge key={r} size="xs" variant="outline" color="gray" radius="sm">
                            {isDuplicateReason(r) ? t(`enums.DuplicateReason.${r}`) : r}
                          </Badge>
                        ))}
                      </Group>
                    </Stack>
                    <Button size="xs" variant="light" onClick={() => onChoose(c.patient.id)} data-testid="merge-compare">
                      {t('cases.merge.compare')}
                    </Button>
                  </Group>
                </Paper>
              </li>
            ))}
          </ul>
        )}
        <TextInput
          label={t('cases.merge.search')}
          leftSection={<IconSearch size={16} aria-hidden="true" />}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          data-testid="merge-search"
        />
        {found.length > 0 ? (
          <ul className="plain-list" aria-label={t('cases.receive.results')}>
            {found.map((p) => (
              <li key={p.id} style={{ marginBottom: 6 }}>
                <Group justify="space-between" gap="xs">
                  <Text size="sm">
                    {latinName(p)} · <span className="mrn">{p.mrn}</span>
                  </Text>
                  <Button size="xs" variant="light" onClick={() => onChoose(p.id)} data-testid="merge-compare-found">
                    {t('cases.merge.compare')}
                  </Button>
                </Group>
              </li>
            ))}
          </ul>
        ) : null}
      </Stack>
    </Paper>
  );
}

/** The two records side by side, the one to keep chosen, and the merge confirmed. */
function Compare({ left, right, withContact }: { left: PatientDetailsFragment; right: PatientDetailsFragment; withContact: boolean }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const navigate = useNavigate();
  const [keepId, setKeepId] = useState(left.id);
  const [problem, setProblem] = useState<string | null>(null);
  const [merge, { loading }] = useMutation(MergePatientsMutation);
  const keep = keepId === left.id ? left : right;
  const remove = keepId === left.id ? right : left;

  const rows: [string, (p: PatientDetailsFragment) => React.ReactNode][] = [
    [t('cases.merge.rows.mrn'), (p) => <span className="mrn">{p.mrn}</span>],
    [t('cases.merge.rows.name'), (p) => latinName(p)],
    [t('cases.merge.rows.khmerName'), (p) => (khmerName(p) ? <span lang="km" className="khmer">{khmerName(p)}</span> : '—')],
    [t('cases.merge.rows.sex'), (p) => t(`enums.Sex.${p.sex}`)],
    [t('cases.merge.rows.birthDate'), (p) => `${formatLocalDate(p.birthDate, language)}${p.birthDateEstimated ? ` (${t('cases.merge.estimated')})` : ''}`],
    [t('cases.merge.rows.province'), (p) => (language === 'km' ? p.province.nameKhmer : p.province.name)],
    [t('cases.merge.rows.stage'), (p) => t(`enums.JourneyStage.${p.stage}`)],
  ];
  if (withContact) {
    rows.push([t('cases.merge.rows.phones'), (p) => <span className="mrn">{(p.phones ?? []).map(formatPhone).join(', ') || '—'}</span>]);
    rows.push([t('cases.merge.rows.guardian'), (p) => p.guardian?.name ?? '—']);
  }

  const keepChoice = (p: PatientDetailsFragment) => ({
    key: p.id,
    heading: <Radio value={p.id} label={t('cases.merge.keepThis', { mrn: p.mrn })} data-testid={`merge-keep-${p.mrn}`} />,
  });

  const confirm = async () => {
    setProblem(null);
    try {
      const { data } = await merge({
        variables: { input: { keepId: keep.id, removeId: remove.id, keepVersion: keep.version, removeVersion: remove.version }, withContact },
      });
      if (data?.mergePatients) void navigate(`${patientPath(data.mergePatients.id)}?merged=1`);
    } catch (error) {
      setProblem(refusalText(t, error));
    }
  };

  return (
    <Paper component="section" withBorder radius="md" p="md" aria-labelledby="merge-compare-title" data-testid="merge-comparison">
      <Stack gap="md">
        <Title order={2} size="h4" id="merge-compare-title">
          {t('cases.merge.comparison')}
        </Title>
        <Radio.Group value={keepId} onChange={setKeepId} label={t('cases.merge.keepLabel')} description={t('cases.merge.keepHint')}>
          <Box mt="xs">
            <FieldComparison
              fieldHeading={t('cases.edit.field')}
              columns={[keepChoice(left), keepChoice(right)]}
              fields={rows.map(([label, value]) => ({ key: label, label, values: [value(left), value(right)] }))}
            />
          </Box>
        </Radio.Group>
        <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden="true" />}>
          {t('cases.merge.explain', { keep: keep.mrn, remove: remove.mrn })}
        </Alert>
        {problem ? (
          <Alert color="red" variant="light" role="alert" data-testid="merge-problem">
            {problem}
          </Alert>
        ) : null}
        <Group>
          <Button color="orange" leftSection={<IconGitMerge size={16} aria-hidden="true" />} loading={loading} onClick={() => void confirm()} data-testid="merge-confirm">
            {t('cases.merge.confirm', { keep: keep.mrn, remove: remove.mrn })}
          </Button>
          <Button component={Link} to={patientPath(left.id)} variant="default">
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** Merge two records of the same person, from the patient page ("Merge with…"). */
export function MergePatientsPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const otherId = params.get('with');
  const withContact = useSignedInSession().permissions.has(Permission.READ_CONTACT_DETAILS);
  const self = useQuery(PatientDetailsQuery, { variables: { id, withContact }, fetchPolicy: 'network-only' });
  const other = useQuery(PatientDetailsQuery, { variables: { id: otherId ?? '', withContact }, skip: !otherId, fetchPolicy: 'network-only' });
  const patient = self.data?.patient;

  let body;
  if (!patient) {
    body = self.loading ? (
      <Skeleton height={200} aria-hidden="true" />
    ) : self.error ? (
      <ErrorState error={self.error} onRetry={() => void self.refetch()} />
    ) : (
      <Alert color="gray">{t('patient.notFound')}</Alert>
    );
  } else if (!otherId) {
    body = <ChooseOther patient={patient} onChoose={(other) => setParams({ with: other })} />;
  } else if (other.data?.patient) {
    body = <Compare key={other.data.patient.id} left={patient} right={other.data.patient} withContact={withContact} />;
  } else if (other.loading) {
    body = <Skeleton height={200} aria-hidden="true" />;
  } else if (other.error) {
    body = <ErrorState error={other.error} onRetry={() => void other.refetch()} />;
  } else {
    body = <Alert color="gray">{t('patient.notFound')}</Alert>;
  }

  return (
    <Stack gap="lg">
      <title>{`${t('cases.merge.title')} · ${t('app.name')}`}</title>
      <Anchor component={Link} to={patientPath(id)} size="sm" fw={500} c="clinical.8">
        <IconArrowLeft size={16} stroke={1.8} aria-hidden="true" style={{ verticalAlign: '-3px', marginRight: 4 }} />
        {t('cases.backToPatient')}
      </Anchor>
      <Stack gap={2}>
        <Title order={1}>{t('cases.merge.title')}</Title>
        {patient ? (
          <Text c="dimmed" size="sm">
            {latinName(patient)} · <span className="mrn">{patient.mrn}</span>
          </Text>
        ) : null}
      </Stack>
      {otherId && patient ? (
        <Anchor component="button" type="button" size="sm" onClick={() => setParams({})} style={{ alignSelf: 'flex-start' }}>
          {t('cases.merge.chooseAnother')}
        </Anchor>
      ) : null}
      {body}
    </Stack>
  );
}
