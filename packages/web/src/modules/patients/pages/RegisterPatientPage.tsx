import { useMutation, useQuery } from '@apollo/client/react';
import {
  ActionIcon,
  Alert,
  Anchor,
  Button,
  Checkbox,
  Fieldset,
  Grid,
  Group,
  NativeSelect,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { PROVINCES, hospitalDate } from '@pj/shared';
import { IconAlertTriangle, IconArrowLeft, IconPlus, IconTrash, IconUserPlus } from '@tabler/icons-react';
import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { findCode, graphQLErrorsOf, reasonOf } from '../../../app/graphql-errors';
import { refusalText } from '../../../app/refusals';
import { useLanguage } from '../../../app/i18n/useLanguage';
import { DuplicateChoice } from '../../cases/components/DuplicateChoice';
import { DuplicateWarnings } from '../components/DuplicateWarnings';
import { patientPath } from '../components/PatientTable';
import { ProvincesQuery } from '../graphql/provinces.query';
import { RegisterPatientMutation } from '../graphql/register-patient.mutation';
import { useDuplicateCandidates } from '../hooks/useDuplicateCandidates';
import {
  EMPTY_FORM,
  GUARDIAN_RELATIONS,
  MAX_PHONES,
  SEXES,
  TRANSPORT_MODES,
  fieldKeyOf,
  isMinor,
  toRegisterInput,
  validate,
  type FieldErrors,
  type FieldKey,
  type RegistrationForm,
} from '../registration';

type PhoneList = 'phones' | 'guardianPhones';

/** A list of phone inputs with add and remove buttons. */
function PhoneInputs({
  list,
  values,
  errorOf,
  onChange,
  label,
  addLabel,
  removeLabel,
}: {
  list: PhoneList;
  values: string[];
  errorOf: (key: FieldKey) => string | undefined;
  onChange: (values: string[]) => void;
  label: (n: number) => string;
  addLabel: string;
  removeLabel: (n: number) => string;
}) {
  const refs = useRef<(HTMLInputElement | null)[]>([]);
  return (
    <Stack gap="xs">
      {values.map((value, i) => (
        <Group key={i} gap="xs" align="flex-start" wrap="nowrap">
          <TextInput
            ref={(el) => {
              refs.current[i] = el;
            }}
            type="tel"
            inputMode="tel"
            autoComplete="off"
            label={label(i + 1)}
            placeholder="012 345 678"
            value={value}
            onChange={(e) => onChange(values.map((v, j) => (j === i ? e.currentTarget.value : v)))}
            error={errorOf(`${list}.${i}`)}
            data-testid={`register-${list}-${i}`}
            style={{ flex: 1 }}
            maw={280}
          />
          {values.length > 1 ? (
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              mt={26}
              aria-label={removeLabel(i + 1)}
              onClick={() => {
                onChange(values.filter((_, j) => j !== i));
                requestAnimationFrame(() => refs.current[Math.max(0, i - 1)]?.focus());
              }}
            >
              <IconTrash size={18} aria-hidden="true" />
            </ActionIcon>
          ) : null}
        </Group>
      ))}
      {values.length < MAX_PHONES ? (
        <Button
          variant="subtle"
          size="xs"
          leftSection={<IconPlus size={14} aria-hidden="true" />}
          onClick={() => {
            onChange([...values, '']);
            requestAnimationFrame(() => refs.current[values.length]?.focus());
          }}
          style={{ alignSelf: 'flex-start' }}
          data-testid={`register-add-${list}`}
        >
          {addLabel}
        </Button>
      ) : null}
    </Stack>
  );
}

function Section({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <Fieldset legend={<Text fw={700}>{legend}</Text>} radius="md" bg="white">
      {children}
    </Fieldset>
  );
}

export function RegisterPatientPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const navigate = useNavigate();
  // Registering while receiving a referral: the new (or recognised) patient goes back to it.
  const [params] = useSearchParams();
  const forReferral = params.get('then') === 'referral';
  const chosenPath = (id: string) => (forReferral ? `/referrals/receive?patient=${encodeURIComponent(id)}` : patientPath(id));
  /** Candidates the user said are a different person. */
  const [different, setDifferent] = useState<ReadonlySet<string>>(new Set());
  const [form, setForm] = useState<RegistrationForm>(EMPTY_FORM);
  const [errors, setErrors] = useState<FieldErrors>({});
  /** Server messages for fields the client did not foresee. */
  const [serverMessages, setServerMessages] = useState<Partial<Record<FieldKey, string>>>({});
  const [problem, setProblem] = useState<'duplicate' | 'failed' | 'invalid' | null>(null);
  const [register, { loading }] = useMutation(RegisterPatientMutation);
  const provinces = useQuery(ProvincesQuery);
  const duplicates = useDuplicateCandidates(form);
  const formRef = useRef<HTMLFormElement>(null);
  const today = hospitalDate(new Date());
  const minor = isMinor(form.birthDate, today);

  const set = <K extends keyof RegistrationForm>(key: K, value: RegistrationForm[K]) => {
    setForm((current) => ({ ...current, [key]: value }));
    setErrors((current) => {
      if (!current[key]) return current;
      const next = { ...current };
      delete next[key];
      return next;
    });
    if (problem === 'duplicate') setProblem(null);
  };

  const errorOf = (key: FieldKey): string | undefined => {
    const code = errors[key];
    if (!code) return undefined;
    if (code === 'server') return serverMessages[key] ?? t('register.errors.failed');
    return t(`register.errors.${code as 'required'}`);
  };

  const focusFirstError = () => {
    requestAnimationFrame(() => {
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    });
  };

  const submit = async (confirmNotDuplicate: boolean) => {
    const found = validate(form, today);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setProblem('invalid');
      focusFirstError();
      return;
    }
    setProblem(null);
    // Every candidate shown was declared a different person: that is the confirmation.
    const allDifferent = duplicates.candidates.length > 0 && duplicates.candidates.every((c) => different.has(c.patient.id));
    const input = toRegisterInput(form, today, confirmNotDuplicate || allDifferent);
    try {
      const { data } = await register({ variables: { input } });
      if (data?.registerPatient) void navigate(chosenPath(data.registerPatient.id));
    } catch (error) {
      const conflict = findCode(error, 'CONFLICT');
      if (conflict && reasonOf(conflict) === 'POSSIBLE_DUPLICATE') {
        setProblem('duplicate');
        return;
      }
      const bad = graphQLErrorsOf(error).filter((e) => e.extensions?.['code'] === 'BAD_USER_INPUT');
      if (bad.length > 0) {
        const nextErrors: FieldErrors = {};
        const messages: Partial<Record<FieldKey, string>> = {};
        for (const e of bad) {
          const field = e.extensions?.['field'];
          const key = fieldKeyOf(typeof field === 'string' ? field : undefined);
          nextErrors[key] = 'server';
          messages[key] = refusalText(e);
        }
        setErrors(nextErrors);
        setServerMessages(messages);
        setProblem('invalid');
        focusFirstError();
        return;
      }
      setProblem('failed');
    }
  };

  const provinceOptions = (provinces.data?.provinces ?? PROVINCES).map((p) => ({
    value: String(p.code),
    label: language === 'km' ? p.nameKhmer : p.name,
  }));

  return (
    <Stack gap="lg">
      <title>{`${t('register.title')} · ${t('app.name')}`}</title>
      <Anchor component={Link} to="/patients" size="sm" fw={500} c="clinical.8">
        <IconArrowLeft size={16} stroke={1.8} aria-hidden="true" style={{ verticalAlign: '-3px', marginRight: 4 }} />
        {t('patient.back')}
      </Anchor>
      <Stack gap={2}>
        <Title order={1}>{t('register.title')}</Title>
        <Text c="dimmed" size="sm">
          {t('register.intro')}
        </Text>
      </Stack>

      <Grid gutter="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <form
            ref={formRef}
            noValidate
            aria-labelledby="register-title"
            onSubmit={(e) => {
              e.preventDefault();
              void submit(false);
            }}
            data-testid="register-form"
          >
            <span id="register-title" hidden>
              {t('register.title')}
            </span>
            <Stack gap="md">
              {problem === 'invalid' || errors.form ? (
                <Alert color="red" variant="light" role="alert" icon={<IconAlertTriangle aria-hidden="true" />}>
                  {errors.form ? t('register.errors.server', { message: serverMessages.form ?? '' }) : t('register.checkForm')}
                </Alert>
              ) : null}

              <Section legend={t('register.names')}>
                <Grid>
                  <Grid.Col span={{ base: 12, sm: 6 }}>
                    <TextInput label={t('register.familyName')} required value={form.familyName} onChange={(e) => set('familyName', e.currentTarget.value)} error={errorOf('familyName')} autoComplete="off" data-testid="register-familyName" autoFocus />
                  </Grid.Col>
                  <Grid.Col span={{ base: 12, sm: 6 }}>
                    <TextInput label={t('register.givenName')} required value={form.givenName} onChange={(e) => set('givenName', e.currentTarget.value)} error={errorOf('givenName')} autoComplete="off" data-testid="register-givenName" />
                  </Grid.Col>
                  <Grid.Col span={{ base: 12, sm: 6 }}>
                    <TextInput label={t('register.familyNameKhmer')} lang="km" classNames={{ input: 'khmer' }} value={form.familyNameKhmer} onChange={(e) => set('familyNameKhmer', e.currentTarget.value)} error={errorOf('familyNameKhmer')} autoComplete="off" data-testid="register-familyNameKhmer" />
                  </Grid.Col>
                  <Grid.Col span={{ base: 12, sm: 6 }}>
                    <TextInput label={t('register.givenNameKhmer')} lang="km" classNames={{ input: 'khmer' }} value={form.givenNameKhmer} onChange={(e) => set('givenNameKhmer', e.currentTarget.value)} error={errorOf('givenNameKhmer')} autoComplete="off" data-testid="register-givenNameKhmer" />
                  </Grid.Col>
                </Grid>
              </Section>

              <Section legend={t('register.person')}>
                <Grid>
                  <Grid.Col span={{ base: 12, sm: 4 }}>
                    <NativeSelect
                      label={t('register.sex')}
                      required
                      value={form.sex}
                      onChange={(e) => set('sex', e.currentTarget.value as RegistrationForm['sex'])}
                      data={[{ value: '', label: t('register.chooseSex') }, ...SEXES.map((s) => ({ value: s, label: t(`enums.Sex.${s}`) }))]}
                      error={errorOf('sex')}
                      data-testid="register-sex"
                    />
                  </Grid.Col>
                  <Grid.Col span={{ base: 12, sm: 4 }}>
                    <TextInput type="date" label={t('register.birthDate')} required max={today} value={form.birthDate} onChange={(e) => set('birthDate', e.currentTarget.value)} error={errorOf('birthDate')} data-testid="register-birthDate" />
                  </Grid.Col>
                  <Grid.Col span={{ base: 12, sm: 4 }}>
                    <Checkbox mt={{ base: 0, sm: 32 }} label={t('register.birthDateEstimated')} checked={form.birthDateEstimated} onChange={(e) => set('birthDateEstimated', e.currentTarget.checked)} data-testid="register-birthDateEstimated" />
                  </Grid.Col>
                  <Grid.Col span={{ base: 12, sm: 6 }}>
                    <TextInput label={t('register.nationalId')} value={form.nationalId} onChange={(e) => set('nationalId', e.currentTarget.value)} error={errorOf('nationalId')} autoComplete="off" />
                  </Grid.Col>
                </Grid>
              </Section>

              <Section legend={t('register.contact')}>
                <PhoneInputs
                  list="phones"
                  values={form.phones}
                  errorOf={errorOf}
                  onChange={(phones) => set('phones', phones)}
                  label={(n) => t('register.phone', { number: n })}
                  addLabel={t('register.addPhone')}
                  removeLabel={(n) => t('register.removePhone', { number: n })}
                />
              </Section>

              <Section legend={t('register.address')}>
                <Grid>
                  <Grid.Col span={{ base: 12, sm: 6 }}>
                    <NativeSelect
                      label={t('register.province')}
                      required
                      value={form.provinceCode}
                      onChange={(e) => set('provinceCode', e.currentTarget.value)}
                      data={[{ value: '', label: t('register.chooseProvince') }, ...provinceOptions]}
                      error={errorOf('provinceCode')}
                      data-testid="register-province"
                    />
                  </Grid.Col>
                  <Grid.Col span={{ base: 12, sm: 6 }}>
                    <TextInput label={t('register.district')} value={form.district} onChange={(e) => set('district', e.currentTarget.value)} error={errorOf('district')} autoComplete="off" />
                  </Grid.Col>
                  <Grid.Col span={{ base: 12, sm: 6 }}>
                    <TextInput label={t('register.commune')} value={form.commune} onChange={(e) => set('commune', e.currentTarget.value)} error={errorOf('commune')} autoComplete="off" />
                  </Grid.Col>
                  <Grid.Col span={{ base: 12, sm: 6 }}>
                    <TextInput label={t('register.village')} value={form.village} onChange={(e) => set('village', e.currentTarget.value)} error={errorOf('village')} autoComplete="off" />
                  </Grid.Col>
                </Grid>
              </Section>

              <Section legend={t('register.travel')}>
                <Grid>
                  <Grid.Col span={{ base: 12, sm: 6 }}>
                    <TextInput label={t('register.travelTimeHours')} inputMode="decimal" value={form.travelTimeHours} onChange={(e) => set('travelTimeHours', e.currentTarget.value)} error={errorOf('travelTimeHours')} data-testid="register-travelTimeHours" />
                  </Grid.Col>
                  <Grid.Col span={{ base: 12, sm: 6 }}>
                    <NativeSelect
                      label={t('register.transport')}
                      value={form.transport}
                      onChange={(e) => set('transport', e.currentTarget.value as RegistrationForm['transport'])}
                      data={[{ value: '', label: t('register.chooseTransport') }, ...TRANSPORT_MODES.map((m) => ({ value: m, label: t(`enums.TransportMode.${m}`) }))]}
                      error={errorOf('transport')}
                      data-testid="register-transport"
                    />
                  </Grid.Col>
                </Grid>
              </Section>

              {minor ? (
                <Section legend={t('register.guardian')}>
                  <Text size="sm" c="dimmed" mb="sm">
                    {t('register.guardianHint')}
                  </Text>
                  <Grid>
                    <Grid.Col span={{ base: 12, sm: 6 }}>
                      <TextInput label={t('register.guardianName')} required value={form.guardianName} onChange={(e) => set('guardianName', e.currentTarget.value)} error={errorOf('guardianName')} autoComplete="off" data-testid="register-guardianName" />
                    </Grid.Col>
                    <Grid.Col span={{ base: 12, sm: 6 }}>
                      <NativeSelect
                        label={t('register.guardianRelation')}
                        required
                        value={form.guardianRelation}
                        onChange={(e) => set('guardianRelation', e.currentTarget.value as RegistrationForm['guardianRelation'])}
                        data={[{ value: '', label: t('register.chooseRelation') }, ...GUARDIAN_RELATIONS.map((r) => ({ value: r, label: t(`enums.GuardianRelation.${r}`) }))]}
                        error={errorOf('guardianRelation')}
                        data-testid="register-guardianRelation"
                      />
                    </Grid.Col>
                    <Grid.Col span={12}>
                      <PhoneInputs
                        list="guardianPhones"
                        values={form.guardianPhones}
                        errorOf={errorOf}
                        onChange={(phones) => set('guardianPhones', phones)}
                        label={(n) => t('register.guardianPhone', { number: n })}
                        addLabel={t('register.addGuardianPhone')}
                        removeLabel={(n) => t('register.removeGuardianPhone', { number: n })}
                      />
                    </Grid.Col>
                  </Grid>
                </Section>
              ) : null}

              {problem === 'duplicate' ? (
                <Alert color="orange" variant="light" role="alert" title={t('register.conflict.title')} icon={<IconAlertTriangle aria-hidden="true" />} data-testid="register-duplicate-conflict">
                  <Text size="sm" mb="sm">
                    {t('register.conflict.body')}
                  </Text>
                  <Button color="orange" onClick={() => void submit(true)} loading={loading} data-testid="register-anyway">
                    {t('register.conflict.confirm')}
                  </Button>
                </Alert>
              ) : null}
              {problem === 'failed' ? (
                <Alert color="red" variant="light" role="alert" icon={<IconAlertTriangle aria-hidden="true" />}>
                  {t('register.errors.failed')}
                </Alert>
              ) : null}

              <Group gap="sm">
                <Button type="submit" loading={loading} leftSection={<IconUserPlus size={18} aria-hidden="true" />} data-testid="register-submit">
                  {t('register.submit')}
                </Button>
                <Button component={Link} to="/patients" variant="default">
                  {t('register.cancel')}
                </Button>
              </Group>
            </Stack>
          </form>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <div className="register-aside">
            <DuplicateWarnings
              {...duplicates}
              actions={(c) => (
                <DuplicateChoice
                  candidate={c}
                  different={different.has(c.patient.id)}
                  samePersonLabel={forReferral ? 'cases.duplicate.useForReferral' : 'cases.duplicate.openRecord'}
                  onSame={() => void navigate(chosenPath(c.patient.id))}
                  onDifferent={() => setDifferent((d) => new Set([...d, c.patient.id]))}
                />
              )}
            />
          </div>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
