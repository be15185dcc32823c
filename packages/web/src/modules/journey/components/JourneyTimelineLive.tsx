import { useSubscription } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LiveIndicator } from '../../../app/ui/LiveIndicator';
import { PatientTimelineLiveSubscription } from '../graphql/timeline-live.subscription';
import { mergeLiveEvent } from '../live-timeline';

/**
 * Follows a patient's timeline live: each event committed after the page was read (from the
 * page's `liveCursor`) is put into the cached timeline in its place, once, and the "Live" badge
 * shows. After the network drops, the subscription is sent again from the last update's cursor
 * (app/live.ts), so nothing is missed or repeated and the page need not be read again. Loaded
 * on its own (with the WebSocket client) after the page: see the patient page's size budget.
 */
export function JourneyTimelineLive({ patientId, liveCursor, onMerged }: { patientId: string; liveCursor: string; onMerged: () => void }) {
  const { t } = useTranslation();
  // Where the page was read; later updates move the live client's own cursor, not this.
  const [from] = useState(liveCursor);
  const { error } = useSubscription(PatientTimelineLiveSubscription, {
    variables: { patientId, after: from },
    onData: ({ client, data }) => {
      const update = data.data?.patientTimeline;
      if (!update) return;
      mergeLiveEvent(client.cache, patientId, update.event);
      // A merge moves the other record's events here, which are not sent one by one.
      if (update.event.kind === 'PATIENTS_MERGED') onMerged();
    },
  });
  if (error) return null;
  return <LiveIndicator hint={t('timeline.liveHint')} testId="timeline-live" />;
}
