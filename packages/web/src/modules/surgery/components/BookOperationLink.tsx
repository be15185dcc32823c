import { Button, Group } from '@mantine/core';
import { Permission } from '@pj/shared';
import { IconCalendarPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCan } from '../../../app/session/session-store';

/** Stages of a patient with a referral or an admission, for whom an operation may be booked. */
const BOOKABLE_STAGES = new Set(['REFERRED', 'IN_ASSESSMENT', 'WAITLISTED', 'SURGERY_SCHEDULED', 'OPERATED', 'INPATIENT', 'FOLLOW_UP']);

/** "Book operation" on the patient page, for roles that book and patients with a referral or an admission. */
export function BookOperationLink({ patientId, stage }: { patientId: string; stage: string }) {
  const { t } = useTranslation();
  const canBook = useCan(Permission.BOOK_SURGERY);
  if (!canBook || !BOOKABLE_STAGES.has(stage)) return null;
  return (
    <Group justify="flex-end">
      <Button component={Link} to={`/theatre/book?patient=${encodeURIComponent(patientId)}`} variant="light" leftSection={<IconCalendarPlus size={16} aria-hidden="true" />} data-testid="patient-book-operation">
        {t('booking.open')}
      </Button>
    </Group>
  );
}
