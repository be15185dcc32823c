import { Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import { IconLock, IconPhone } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatBirthDate } from '../../../app/i18n/format';
import { useLanguage } from '../../../app/i18n/useLanguage';
import type { PatientHeaderFragment } from '../../../generated/graphql';
import { khmerName, latinName } from '../names';
import { formatPhone } from '../phone';
import { PatientAge } from './PatientAge';
import { ProvinceName } from './ProvinceName';
import { StageBadge } from './StageBadge';

function PhoneList({ phones }: { phones: readonly string[] }) {
  return (
    <Stack gap={2}>
      {phones.map((phone) => (
        <Anchor key={phone} href={`tel:${phone}`} className="mrn" c="clinical.8">
          <IconPhone size={14} stroke={1.8} aria-hidden="true" style={{ marginRight: 4 }} />
          {formatPhone(phone)}
        </Anchor>
      ))}
    </Stack>
  );
}

/**
 * The patient's identity and, when `contactHidden` is false, contact details. Roles without
 * READ_CONTACT_DETAILS see a plain "hidden for your role" in their place.
 */
export function PatientHeader({ patient, contactHidden }: { patient: PatientHeaderFragment; contactHidden: boolean }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const khmer = khmerName(patient);
  const address = contactHidden
    ? []
    : [patient.village, patient.commune, patient.district].filter((s): s is string => Boolean(s && s.trim()));
  const phones = patient.phones ?? [];

  return (
    <Paper component="section" withBorder radius="md" p="lg" data-testid="patient-header" aria-labelledby="patient-name">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="md">
        <h1 className="patient-header__names" id="patient-name">
          {khmer ? (
            <span lang="km" className="patient-header__khmer">
              {khmer}
            </span>
          ) : null}
          <span className="patient-header__latin">{latinName(patient)}</span>
        </h1>
        <Stack gap={4} align="flex-end">
          <Text size="xs" c="dimmed" fw={600}>
            {t('patient.stage')}
          </Text>
          <StageBadge stage={patient.stage} size="lg" data-testid="patient-stage" />
        </Stack>
      </Group>

      <dl className="facts" style={{ marginTop: 'var(--mantine-spacing-lg)' }}>
        <div>
          <dt>{t('patient.mrn')}</dt>
          <dd className="mrn" style={{ fontSize: '1rem' }}>
            {patient.mrn}
          </dd>
        </div>
        <div>
          <dt>{t('patient.age')}</dt>
          <dd>
            <PatientAge
              age={patient.age}
              birthDate={patient.birthDate}
              estimated={patient.birthDateEstimated}
            />
            <Text size="xs" c="dimmed">
              {t('age.born', { date: formatBirthDate(patient.birthDate, patient.birthDateEstimated, language) })}
            </Text>
          </dd>
        </div>
        <div>
          <dt>{t('patient.sex')}</dt>
          <dd>{t(`enums.Sex.${patient.sex}`)}</dd>
        </div>
        <div>
          <dt>{t('patient.province')}</dt>
          <dd>
            <ProvinceName province={patient.province} />
            {address.length > 0 ? (
              <Text size="xs" c="dimmed">
                {address.join(', ')}
              </Text>
            ) : null}
          </dd>
        </div>
        {contactHidden ? (
          <div className="facts__wide" data-testid="contact-hidden">
            <dt>{t('patient.contact')}</dt>
            <dd>
              <Text span c="dimmed" size="sm">
                <IconLock size={14} stroke={1.8} aria-hidden="true" style={{ marginRight: 4, verticalAlign: '-2px' }} />
                {t('patient.contactHidden')}
              </Text>
            </dd>
          </div>
        ) : (
          <>
            <div>
              <dt>{t('patient.phones')}</dt>
              <dd>
                {phones.length > 0 ? (
                  <PhoneList phones={phones} />
                ) : (
                  <Text span c="dimmed">
                    {t('patient.noPhones')}
                  </Text>
                )}
              </dd>
            </div>
            {patient.guardian ? (
              <div>
                <dt>{t('patient.guardian')}</dt>
                <dd>
                  <span>{patient.guardian.name}</span>{' '}
                  <Text span size="sm" c="dimmed">
                    ({t(`enums.GuardianRelation.${patient.guardian.relation}`)})
                  </Text>
                  {patient.guardian.phones.length > 0 ? <PhoneList phones={patient.guardian.phones} /> : null}
                </dd>
              </div>
            ) : null}
            {patient.nationalId ? (
              <div>
                <dt>{t('patient.nationalId')}</dt>
                <dd className="mrn">{patient.nationalId}</dd>
              </div>
            ) : null}
          </>
        )}
      </dl>
    </Paper>
  );
}
