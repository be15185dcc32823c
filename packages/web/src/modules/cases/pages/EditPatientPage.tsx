import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Fieldset,
  Grid,
  Group,
  NativeSelect,
  Paper,
  Skeleton,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { PROVINCES, Permission, hospitalDate } from '@pj/shared';
import { IconAlertTriangle, IconArrowLeft, IconDeviceFloppy, IconRefresh } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useLanguage } from '../../../app/i18n/useLanguage';
import { useSignedInSession } from '../../../app/session/session-store';
import { ErrorState } from '../../../app/ui/ErrorState';
import type { PatientDetailsFragment } from '../../../generated/graphql';
import { patientPath } from '../../patients/components/PatientTable';
import { latinName } from '../../patients/names';
import { GUARDIAN_RELATIONS, SEXES, TRANSPORT_MODES } from '../../patients/registration';
import { PatientDetailsQuery, UpdatePatientMutation } from '../graphql/edit-patient';
import {
  CONTACT_KEYS,
  EDIT_KEYS,
  changedKeys,
  formOf,
  staleFields,
  updateInput,
  type EditForm,
  type EditKey,
  type StaleField,
} from '../patient-edit';
import { FieldComparison } from '../components/FieldComparison';
import { refusalOf, refusalText } from '../refusal';

function Section({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <Fieldset legend={<Text fw={700}>{legend}</Text>} radius="md" bg="white">
      {children}
    </Fieldset>
  );
}

/** A value of the form as the user reads it (enum labels, province names, yes/no). */
function useValueLabel() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (key: EditKey, value: string): string => {
    if (value.trim() === '') return '—';
    if (key === 'sex') return t(`enums.Sex.${value as (typeof SEXES)[number]}`);
    if (key === 'transport') return t(`enums.TransportMode.${value as (typeof TRANSPORT_MODES)[number]}`);
    if (key === 'guardianRelation') return t(`enums.GuardianRelation.${value as (typeof GUARDIAN_RELATIONS)[number]}`);
    if (key === 'birthDateEstimated') return value === 'true' ? t('cases.edit.yes') : t('cases.edit.no');
    if (key === 'provinceCode') {
      const p = PROVINCES.find((x) => String(x.code) === value);
      return p ? (language === 'km' ? p.nameKhmer : p.name) : value;
    }
    return value;
  };
}

function StaleConflict({
  fields,
  onReapply,
  onTakeTheirs,
  loading,
}: {
  fields: StaleField[];
  onReapply: () => void;
  onTakeTheirs: () => void;
  loading: boolean;
}) {
  const { t } = useTranslation();
  const label = useValueLabel();
  return (
    <Alert color="orange" variant="light" role="alert" title={t('cases.edit.staleTitle')} icon={<IconAlertTriangle aria-hidden="true" />} data-testid="edit-stale">
      <Stack gap="sm">
        <Text size="sm">{t('cases.edit.staleBody')}</Text>
        <FieldComparison
          fieldHeading={t('cases.edit.field')}
          columns={[
            { key: 'theirs', heading: t('cases.edit.theirs') },
            { key: 'yours', heading: t('cases.edit.yours') },
          ]}
          fields={fields.map((f) => ({
            key: f.key,
            label: t(`cases.edit.fields.${f.key}`),
            values: [label(f.key, f.theirs), label(f.key, f.yours)],
            mono: f.key.startsWith('phone') || f.key.startsWith('guardianPhone'),
            data: { field: f.key, clash: f.clash },
          }))}
          striped
          testId="edit-stale-table"
          rowTestId="edit-stale-row"
        />
        <Group gap="sm">
          <Button color="orange" leftSection={<IconRefresh size={16} aria-hidden="true" />} onClick={onReapply} loading={loading} data-testid="edit-reapply">
            {t('cases.edit.reapply')}
          </Button>
          <Button variant="default" onClick={onTakeTheirs} data-testid="edit-take-theirs">
            {t('cases.edit.takeTheirs')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}

function EditForm({ patient, withContact }: { patient: PatientDetailsFragment; withContact: boolean }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const navigate = useNavigate();
  const client = useApolloClient();
  const [base, setBase] = useState<EditForm>(() => formOf(patient));
  const [version, setVersion] = useState(patient.version);
  const [form, setForm] = useState<EditForm>(() => formOf(patient));
  const [stale, setStale] = useState<StaleField[] | null>(null);
  const [problem, setProblem] = useState<{ text: string; field?: string } | null>(null);
  const [nothing, setNothing] = useState(false);
  const [update, { loading }] = useMutation(UpdatePatientMutation);
  const today = hospitalDate(new Date());
  const set = (key: EditKey, value: string) => {
    setForm((f) => ({ ...f, [key]: value }));
    setNothing(false);
  };
  const fieldError = (field: string) => (problem?.field === field ? problem.text : undefined);

  const save = async (onto: EditForm, ontoVersion: number) => {
    const keys = changedKeys(onto, form).filter((k) => withContact || !CONTACT_KEYS.has(k));
    if (keys.length === 0) {
      setNothing(true);
      return;
    }
    setProblem(null);
    try {
      await update({ variables: { input: updateInput(form, keys, patient.id, ontoVersion), withContact } });
      void navigate(`${patientPath(patient.id)}?updated=1`);
    } catch (error) {
      const refusal = refusalOf(error);
      if (refusal?.reason === 'STALE_VERSION' || refusal?.reason === 'CONCURRENT_CHANGE') {
        const latest = await client.query({ query: PatientDetailsQuery, variables: { id: patient.id, withContact }, fetchPolicy: 'network-only' });
        const now = latest.data?.patient;
        if (now) {
          const theirs = formOf(now);
          setStale(staleFields(onto, theirs, form));
          // What they changed and this user did not is taken as it is now; the user's own changes stay.
          const mine = new Set(changedKeys(onto, form));
          setForm(Object.fromEntries(EDIT_KEYS.map((k) => [k, mine.has(k) ? form[k] : theirs[k]])) as EditForm);
          setBase(theirs);
          setVersion(now.version);
          return;
        }
      }
      const field = refusal?.field === 'phones' ? 'phone1' : refusal?.field;
      setProblem({ text: refusalText(t, error), field });
    }
  };

  const input = (key: EditKey, extra: Record<string, unknown> = {}) => ({
    label: t(`cases.edit.fields.${key}`),
    value: form[key],
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => set(key, e.currentTarget.value),
    error: fieldError(key),
    'data-testid': `edit-${key}`,
    autoComplete: 'off',
    ...extra,
  });
  const provinceOptions = PROVINCES.map((p) => ({ value: String(p.code), label: language === 'km' ? p.nameKhmer : p.name }));

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save(base, version);
      }}
      data-testid="edit-form"
      data-version={version}
    >
      <Stack gap="md">
        {stale ? (
          <StaleConflict
            fields={stale}
            loading={loading}
            onReapply={() => {
              setStale(null);
              void save(base, version);
            }}
            onTakeTheirs={() => {
              setStale(null);
              setForm(base);
            }}
          />
        ) : null}
        <Section legend={t('register.names')}>
          <Grid>
            <Grid.Col span={{ base: 12, sm: 6 }}><TextInput {...input('familyName', { required: true })} /></Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}><TextInput {...input('givenName', { required: true })} /></Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}><TextInput {...input('familyNameKhmer', { lang: 'km', classNames: { input: 'khmer' } })} /></Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}><TextInput {...input('givenNameKhmer', { lang: 'km', classNames: { input: 'khmer' } })} /></Grid.Col>
          </Grid>
        </Section>
        <Section legend={t('register.person')}>
          <Grid>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <NativeSelect {...input('sex')} data={SEXES.map((s) => ({ value: s, label: t(`enums.Sex.${s}`) }))} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}><TextInput type="date" max={today} {...input('birthDate')} /></Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <Checkbox
                mt={{ base: 0, sm: 32 }}
                label={t('cases.edit.fields.birthDateEstimated')}
                checked={form.birthDateEstimated === 'true'}
                onChange={(e) => set('birthDateEstimated', e.currentTarget.checked ? 'true' : 'false')}
                data-testid="edit-birthDateEstimated"
              />
            </Grid.Col>
            {withContact ? (
              <Grid.Col span={{ base: 12, sm: 6 }}><TextInput {...input('nationalId')} /></Grid.Col>
            ) : null}
          </Grid>
        </Section>
        {withContact ? (
          <Section legend={t('register.contact')}>
            <Grid>
              {(['phone1', 'phone2', 'phone3'] as const).map((k) => (
                <Grid.Col key={k} span={{ base: 12, sm: 4 }}>
                  <TextInput type="tel" inputMode="tel" placeholder="012 345 678" {...input(k)} />
                </Grid.Col>
              ))}
            </Grid>
          </Section>
        ) : (
          <Text size="sm" c="dimmed" data-testid="edit-contact-hidden">
            {t('cases.edit.contactHidden')}
          </Text>
        )}
        <Section legend={t('register.address')}>
          <Grid>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <NativeSelect {...input('provinceCode')} data={provinceOptions} />
            </Grid.Col>
            {withContact ? (
              <>
                <Grid.Col span={{ base: 12, sm: 6 }}><TextInput {...input('district')} /></Grid.Col>
                <Grid.Col span={{ base: 12, sm: 6 }}><TextInput {...input('commune')} /></Grid.Col>
                <Grid.Col span={{ base: 12, sm: 6 }}><TextInput {...input('village')} /></Grid.Col>
                <Grid.Col span={{ base: 12, sm: 6 }}><TextInput inputMode="decimal" {...input('travelTimeHours')} /></Grid.Col>
                <Grid.Col span={{ base: 12, sm: 6 }}>
                  <NativeSelect
                    {...input('transport')}
                    data={[{ value: '', label: t('common.notRecorded') }, ...TRANSPORT_MODES.map((m) => ({ value: m, label: t(`enums.TransportMode.${m}`) }))]}
                  />
                </Grid.Col>
              </>
            ) : null}
          </Grid>
        </Section>
        {withContact ? (
          <Section legend={t('register.guardian')}>
            <Grid>
              <Grid.Col span={{ base: 12, sm: 6 }}><TextInput {...input('guardianName')} /></Grid.Col>
              <Grid.Col span={{ base: 12, sm: 6 }}>
                <NativeSelect
                  {...input('guardianRelation')}
                  data={[{ value: '', label: t('register.chooseRelation') }, ...GUARDIAN_RELATIONS.map((r) => ({ value: r, label: t(`enums.GuardianRelation.${r}`) }))]}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 6 }}><TextInput type="tel" inputMode="tel" {...input('guardianPhone1')} /></Grid.Col>
              <Grid.Col span={{ base: 12, sm: 6 }}><TextInput type="tel" inputMode="tel" {...input('guardianPhone2')} /></Grid.Col>
            </Grid>
          </Section>
        ) : null}
        {problem && !problem.field ? (
          <Alert color="red" variant="light" role="alert" icon={<IconAlertTriangle aria-hidden="true" />} data-testid="edit-problem">
            {problem.text}
          </Alert>
        ) : null}
        {problem?.field ? (
          <Text size="sm" c="red.8" role="alert" data-testid="edit-problem">
            {problem.text}
          </Text>
        ) : null}
        {nothing ? (
          <Text size="sm" c="dimmed" role="status" data-testid="edit-nothing">
            {t('cases.edit.nothingChanged')}
          </Text>
        ) : null}
        <Group gap="sm">
          <Button type="submit" loading={loading} disabled={stale !== null} leftSection={<IconDeviceFloppy size={18} aria-hidden="true" />} data-testid="edit-save">
            {t('cases.edit.save')}
          </Button>
          <Button component={Link} to={patientPath(patient.id)} variant="default">
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Correct a patient's registration details, with the other person's changes shown on a stale edit. */
export function EditPatientPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const withContact = useSignedInSession().permissions.has(Permission.READ_CONTACT_DETAILS);
  const { data, loading, error, refetch } = useQuery(PatientDetailsQuery, {
    variables: { id, withContact },
    fetchPolicy: 'network-only',
  });
  const patient = data?.patient;
  return (
    <Stack gap="lg">
      <title>{`${t('cases.edit.title')} · ${t('app.name')}`}</title>
      <Anchor component={Link} to={patientPath(id)} size="sm" fw={500} c="clinical.8">
        <IconArrowLeft size={16} stroke={1.8} aria-hidden="true" style={{ verticalAlign: '-3px', marginRight: 4 }} />
        {t('cases.backToPatient')}
      </Anchor>
      <Stack gap={2}>
        <Title order={1}>{t('cases.edit.title')}</Title>
        {patient ? (
          <Text c="dimmed" size="sm">
            {latinName(patient)} · <span className="mrn">{patient.mrn}</span>
          </Text>
        ) : null}
      </Stack>
      {patient ? (
        <EditForm key={patient.id} patient={patient} withContact={withContact} />
      ) : loading ? (
        <Paper withBorder radius="md" p="md" aria-busy="true">
          <Skeleton height={200} aria-hidden="true" />
        </Paper>
      ) : error ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : (
        <Alert color="gray">{t('patient.notFound')}</Alert>
      )}
    </Stack>
  );
}
