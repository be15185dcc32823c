import { useQuery } from '@apollo/client/react';
import { Checkbox, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import type { Role } from '../../generated/graphql';
import { useTranslation } from 'react-i18next';
import { formatLocalDate } from '../../app/i18n/format';
import { useLanguage } from '../../app/i18n/useLanguage';
import { MissionEndsQuery } from './graphql/accounts.graphql';
import { ALL_ROLES, todayInHospital } from './account-shared';

/** Roles as checkboxes (at least one). */
export function RolesField({ value, onChange, error }: { value: Role[]; onChange: (roles: Role[]) => void; error?: string }) {
  const { t } = useTranslation();
  return (
    <Checkbox.Group
      label={t('accounts.fields.roles')}
      value={value}
      onChange={(roles) => onChange(roles as Role[])}
      error={error}
      data-testid="account-roles"
    >
      <Group gap="md" mt={6}>
        {ALL_ROLES.map((role) => (
          <Checkbox key={role} value={role} label={t(`enums.Role.${role}`)} data-testid={`role-${role}`} />
        ))}
      </Group>
    </Checkbox.Group>
  );
}

/**
 * The last day an account works: typed, or "when mission X ends", which fills in the mission's
 * end date (visiting teams). Empty: it does not expire.
 */
export function ExpiryField({ value, onChange, error }: { value: string; onChange: (day: string) => void; error?: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { data } = useQuery(MissionEndsQuery, { fetchPolicy: 'cache-first' });
  const today = todayInHospital();
  const missions = (data?.missions.edges ?? []).map((e) => e.node).filter((m) => m.endDate >= today);
  return (
    <Stack gap="xs">
      {missions.length > 0 ? (
        <NativeSelect
          label={t('accounts.fields.missionEnd')}
          description={t('accounts.fields.missionEndHint')}
          data-testid="account-mission"
          value=""
          onChange={(e) => {
            const mission = missions.find((m) => m.id === e.currentTarget.value);
            if (mission) onChange(mission.endDate);
          }}
          data={[
            { value: '', label: t('accounts.fields.chooseMission') },
            ...missions.map((m) => ({ value: m.id, label: `${m.name} (${formatLocalDate(m.startDate, language)} – ${formatLocalDate(m.endDate, language)})` })),
          ]}
        />
      ) : null}
      <TextInput
        type="date"
        label={t('accounts.fields.lastDay')}
        description={t('accounts.fields.lastDayHint')}
        min={today}
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
        error={error}
        data-testid="account-expires"
        maw={260}
      />
    </Stack>
  );
}
