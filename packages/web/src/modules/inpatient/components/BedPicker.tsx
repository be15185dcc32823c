import { useQuery } from '@apollo/client/react';
import { Group, Loader, NativeSelect, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../app/i18n/useLanguage';
import { WardsQuery } from '../graphql/wards.query';

export interface BedChoice {
  wardId: string;
  bedId: string;
}

/** A ward, then one of its free beds (`excludeBedId`: the bed the patient is in now). */
export function BedPicker({
  value,
  onChange,
  bedError,
  excludeBedId,
}: {
  value: BedChoice;
  onChange: (value: BedChoice) => void;
  bedError?: string | undefined;
  excludeBedId?: string | undefined;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { data, loading, error } = useQuery(WardsQuery, { fetchPolicy: 'network-only' });

  if (loading && !data) {
    return (
      <Group gap="xs" role="status">
        <Loader size="xs" />
        <Text size="sm">{t('common.loading')}</Text>
      </Group>
    );
  }
  if (error && !data) {
    return (
      <Text c="red" size="sm" role="alert">
        {t('inpatient.bedsFailed')}
      </Text>
    );
  }
  const wards = data?.wards ?? [];
  const ward = wards.find((w) => w.id === value.wardId);
  const free = (ward?.beds ?? []).filter((b) => !b.currentAdmission && b.id !== excludeBedId);

  return (
    <Group grow align="flex-start">
      <NativeSelect
        label={t('inpatient.ward')}
        required
        value={value.wardId}
        onChange={(e) => onChange({ wardId: e.currentTarget.value, bedId: '' })}
        data={[
          { value: '', label: t('inpatient.chooseWard') },
          ...wards.map((w) => {
            const count = w.beds.filter((b) => !b.currentAdmission).length;
            return { value: w.id, label: `${language === 'km' ? w.nameKhmer : w.name} (${t('inpatient.freeBeds', { count })})` };
          }),
        ]}
        data-testid="bed-picker-ward"
      />
      <NativeSelect
        label={t('inpatient.bed')}
        required
        disabled={!ward}
        value={value.bedId}
        onChange={(e) => onChange({ ...value, bedId: e.currentTarget.value })}
        data={[
          { value: '', label: ward && free.length === 0 ? t('inpatient.noFreeBed') : t('inpatient.chooseBed') },
          ...free.map((b) => ({ value: b.id, label: b.label })),
        ]}
        error={bedError}
        data-testid="bed-picker-bed"
      />
    </Group>
  );
}
