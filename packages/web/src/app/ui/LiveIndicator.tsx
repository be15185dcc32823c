import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLiveStatus } from '../live-status';

/**
 * Whether the screen follows changes as they happen ("Live") or its connection is being made
 * again. `hint` says, in the page's words, what updates by itself; `testId` names the badge
 * for tests (`data-status` carries the connection's state).
 */
export function LiveIndicator({ hint, testId }: { hint: string; testId: string }) {
  const { t } = useTranslation();
  const { status } = useLiveStatus();
  const live = status === 'live';
  return (
    <Badge
      variant={live ? 'light' : 'outline'}
      color={live ? 'green' : 'gray'}
      leftSection={<span className={live ? 'live-dot live-dot--on' : 'live-dot'} aria-hidden="true" />}
      title={live ? hint : undefined}
      data-testid={testId}
      data-status={status}
    >
      {live ? t('live.live') : t('live.reconnecting')}
    </Badge>
  );
}
