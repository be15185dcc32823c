import { Badge, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatLocalDate } from '../../../app/i18n/format';
import { useLanguage } from '../../../app/i18n/useLanguage';
import type { ReferralPriority, ReferralStatus } from '../../../generated/graphql';
import { daysOverdue } from '../filters';

const PRIORITY_COLOR: Record<ReferralPriority, string> = {
  STAT: 'red',
  ASAP: 'orange',
  URGENT: 'yellow',
  ROUTINE: 'gray',
};

export function PriorityBadge({ priority }: { priority: ReferralPriority }) {
  const { t } = useTranslation();
  return (
    <Badge color={PRIORITY_COLOR[priority]} variant={priority === 'ROUTINE' ? 'outline' : 'light'} radius="sm" data-priority={priority}>
      {t(`enums.ReferralPriority.${priority}`)}
    </Badge>
  );
}

const STATUS_COLOR: Record<ReferralStatus, string> = {
  RECEIVED: 'blue',
  TRIAGED: 'cyan',
  ACCEPTED: 'teal',
  WAITLISTED: 'violet',
  SCHEDULED: 'indigo',
  COMPLETED: 'green',
  DECLINED: 'gray',
  CANCELLED: 'gray',
};

export function ReferralStatusBadge({ status }: { status: ReferralStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLOR[status]} variant="light" radius="sm" data-status={status} data-testid="referral-status">
      {t(`enums.ReferralStatus.${status}`)}
    </Badge>
  );
}

/** The due date, and a red "n days overdue" badge when the referral is open and past it. */
export function DueDate({ dueDate, overdue, today }: { dueDate: string | null; overdue: boolean; today: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  if (!dueDate) {
    return (
      <Text span c="dimmed" size="sm">
        {t('referrals.noDueDate')}
      </Text>
    );
  }
  const days = Math.max(1, daysOverdue(dueDate, today));
  return (
    <span className="referral-due">
      <time dateTime={dueDate}>{formatLocalDate(dueDate, language)}</time>
      {overdue ? (
        <Badge
          color="red"
          variant="filled"
          radius="sm"
          size="sm"
          data-testid="overdue-badge"
          leftSection={<IconAlertTriangle size={12} aria-hidden="true" />}
        >
          {t('referrals.overdue', { count: days })}
        </Badge>
      ) : null}
    </span>
  );
}
