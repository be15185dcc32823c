import { hospitalDate } from '@pj/shared';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ageParts } from '../age';

/** "7 years", or "14 months" for infants; marked when the birth date is an estimate. */
export function PatientAge({
  age,
  birthDate,
  estimated,
}: {
  age: number;
  birthDate: string;
  estimated: boolean;
}) {
  const { t } = useTranslation();
  const { unit, count } = ageParts(age, birthDate, hospitalDate(new Date()));
  const label = unit === 'years' ? t('age.years', { count }) : t('age.months', { count });
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      {label}
      {estimated ? (
        <Text
          component="abbr"
          size="xs"
          c="dimmed"
          ml={6}
          title={t('age.estimatedTitle')}
          style={{ textDecoration: 'none', fontStyle: 'italic' }}
        >
          ({t('age.estimated')})
        </Text>
      ) : null}
    </span>
  );
}
