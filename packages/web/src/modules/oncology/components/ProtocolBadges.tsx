import { Badge, Group } from '@mantine/core';
import type { ProtocolState } from '../../../generated/graphql';
import { useTranslation } from 'react-i18next';

const STATE_COLOUR: Record<ProtocolState, string> = { CURRENT: 'teal', SUPERSEDED: 'gray', RETIRED: 'dark' };

/** A revision's state, and the "example — to be checked" mark. */
export function ProtocolBadges({ state, example }: { state?: ProtocolState | null; example: boolean }) {
  const { t } = useTranslation();
  return (
    <Group gap={6} wrap="wrap">
      {state ? (
        <Badge color={STATE_COLOUR[state]} variant={state === 'CURRENT' ? 'light' : 'outline'} data-testid="protocol-state" data-state={state} styles={{ label: { overflow: 'visible' } }}>
          {t(`protocolLibrary.state.${state}`)}
        </Badge>
      ) : null}
      {example ? (
        <Badge color="orange" variant="outline" data-testid="protocol-example" styles={{ label: { overflow: 'visible' } }}>
          {t('protocolLibrary.example')}
        </Badge>
      ) : null}
    </Group>
  );
}
