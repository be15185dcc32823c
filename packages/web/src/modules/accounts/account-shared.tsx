import { Alert, Badge, Button, Code, CopyButton, Group, Stack, Text } from '@mantine/core';
import { hospitalDate, Role as RoleEnum } from '@pj/shared';
import { IconAlertTriangle, IconCheck, IconCopy } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { graphQLErrorsOf } from '../../app/graphql-errors';
import { refusalText as serverRefusalText } from '../../app/refusals';
import type { Role } from '../../generated/graphql';

/** Every role, in the order the hospital lists them. */
export const ALL_ROLES: Role[] = Object.values(RoleEnum);

/** The last day an account works (Phnom Penh), from the instant it stops (the midnight after that day). */
export function lastDayOf(expiresAt: string): string {
  return hospitalDate(new Date(new Date(expiresAt).getTime() - 1));
}

/** Today in Phnom Penh, and the earliest last day an expiry may have. */
export function todayInHospital(): string {
  return hospitalDate(new Date());
}

/** Whether an account may be used now: active, expired or deactivated. */
export type AccountState = 'ACTIVE' | 'EXPIRED' | 'DEACTIVATED';

export function stateOf(account: { active: boolean; expiresAt?: string | null }, now = Date.now()): AccountState {
  if (!account.active) return 'DEACTIVATED';
  if (account.expiresAt && new Date(account.expiresAt).getTime() <= now) return 'EXPIRED';
  return 'ACTIVE';
}

export function StateBadge({ state }: { state: AccountState }) {
  const { t } = useTranslation();
  // Dark enough for 4.5:1 on a striped row as well as on white (Mantine's green.9 and orange.9 are not).
  const color = state === 'ACTIVE' ? '#1d6b31' : state === 'EXPIRED' ? '#8a3c00' : '#343a40';
  return (
    <Badge color={color} variant="outline" data-testid="account-state" data-state={state}>
      {t(`accounts.state.${state}`)}
    </Badge>
  );
}

/** A refusal from the server in the user's language (`refusalText`), else the network message. */
export function refusalText(error: unknown, t: TFunction): string {
  const first = graphQLErrorsOf(error)[0];
  return first ? serverRefusalText(first) : t('errors.network');
}

export function RefusalAlert({ error, testId }: { error: unknown; testId: string }) {
  const { t } = useTranslation();
  return (
    <Alert color="red" variant="light" role="alert" icon={<IconAlertTriangle aria-hidden="true" />} data-testid={testId}>
      <Text size="sm">{refusalText(error, t)}</Text>
    </Alert>
  );
}

/** A secret shown this once (a temporary password, an API token), with a copy button. */
export function ShownOnce({ label, hint, value, testId }: { label: string; hint: string; value: string; testId: string }) {
  const { t } = useTranslation();
  return (
    <Alert color="clinical" variant="light" role="status" title={label} data-testid={`${testId}-box`}>
      <Stack gap="xs">
        <Group gap="sm" wrap="nowrap">
          <Code fz="md" data-testid={testId} style={{ wordBreak: 'break-all' }}>
            {value}
          </Code>
          <CopyButton value={value}>
            {({ copied, copy }) => (
              <Button
                size="xs"
                variant="outline"
                onClick={copy}
                leftSection={copied ? <IconCheck size={14} aria-hidden="true" /> : <IconCopy size={14} aria-hidden="true" />}
                data-testid={`${testId}-copy`}
              >
                {copied ? t('accounts.copied') : t('accounts.copy')}
              </Button>
            )}
          </CopyButton>
        </Group>
        <Text size="sm">{hint}</Text>
      </Stack>
    </Alert>
  );
}
