import { Text, VisuallyHidden } from '@mantine/core';
import { IconChevronDown } from '@tabler/icons-react';
import { useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatLocalDate } from '../../../app/i18n/format';
import { useLanguage } from '../../../app/i18n/useLanguage';
import type { JourneyEventItemFragment } from '../../../generated/graphql';
import { eventKindRow, GENERIC_EVENT_ROW } from '../event-kinds';
import { summaryText } from '../summary-text';
import { EventDetails } from './EventDetails';

/**
 * One timeline entry on one line: the time, the summary in the reader's language, and a
 * button that opens its details (the record it links to, who recorded it). A list item in
 * the plain timeline; a `div` (`as="div"`) in the virtualised one.
 */
export function JourneyEventItem({
  event,
  as: Element = 'li',
  last = false,
}: {
  event: JourneyEventItemFragment;
  as?: 'li' | 'div';
  /** Ends the rail under the bullet (the CSS `:last-child` rule cannot see virtual rows). */
  last?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const { language } = useLanguage();
  const [open, setOpen] = useState(false);
  // A kind this build does not know (the server is newer) gets a plain row: its summary and time.
  const row = eventKindRow(event.kind);
  const { icon: KindIcon, color } = row ?? GENERIC_EVENT_ROW;
  const titleKey = `timeline.${event.kind}.title`;
  const title =
    row && i18n.exists(titleKey) ? (t as (k: string) => string)(titleKey) : `${t('journey.otherEvent')}: ${event.kind.toLowerCase().replace(/_/g, ' ')}`;
  const summary = summaryText(event, t, language, (key) => i18n.exists(key));
  // Without a sentence in the reader's language, the line names the kind; the English text is in the details.
  const line = summary.translated || language === 'en' ? summary.text : title;
  const detailsId = `event-${event.id.replace(/[^A-Za-z0-9_-]/g, '')}-details`;

  return (
    <Element
      className="timeline-row"
      data-last={last || undefined}
      data-testid="journey-event"
      data-kind={event.kind}
      style={{ '--kind-color': `var(--mantine-color-${color}-6)` } as CSSProperties}
    >
      <button
        type="button"
        className="timeline-row__line"
        aria-expanded={open}
        aria-controls={detailsId}
        onClick={() => setOpen((o) => !o)}
        data-testid="journey-event-toggle"
      >
        <span className="timeline-row__icon" aria-hidden="true">
          <KindIcon size={16} stroke={1.9} />
        </span>
        {/* An event known only by its day shows the day, never an invented time. */}
        {event.occurredOn ? (
          <time className="timeline-row__time" dateTime={event.occurredOn}>
            {formatLocalDate(event.occurredOn, language)}
          </time>
        ) : (
          <time className="timeline-row__time" dateTime={event.occurredAt}>
            {formatDateTime(event.occurredAt, language)}
          </time>
        )}
        <span className="timeline-row__summary" data-testid="journey-event-summary" lang={summary.translated || line === title ? undefined : 'en'}>
          {line}
        </span>
        <IconChevronDown className="timeline-row__chevron" size={16} stroke={1.8} aria-hidden="true" />
        <VisuallyHidden>{open ? t('timeline.row.hideDetails') : t('timeline.row.showDetails')}</VisuallyHidden>
      </button>
      <div id={detailsId} className="timeline-row__details" hidden={!open} data-testid="journey-event-details">
        {open ? (
          <>
            <Text size="sm" fw={600}>
              {title}
            </Text>
            {!summary.translated && line !== summary.text ? (
              <Text size="sm" mt={4}>
                <span>{t('timeline.row.serverSummary')}: </span>
                <span lang="en">{event.summary}</span>
              </Text>
            ) : null}
            <EventDetails event={event} />
            {event.occurredOn ? (
              // Within its day, a date-only event sits where it was recorded: say when that was.
              <Text size="xs" c="gray.7" mt={6} data-testid="journey-event-recorded">
                {event.actor
                  ? t('journey.dateOnly.recordedAtBy', { when: formatDateTime(event.recordedAt, language), actor: event.actor })
                  : t('journey.dateOnly.recordedAt', { when: formatDateTime(event.recordedAt, language) })}
              </Text>
            ) : event.actor ? (
              <Text size="xs" c="gray.7" mt={6}>
                {t('journey.recordedBy', { actor: event.actor })}
              </Text>
            ) : null}
          </>
        ) : null}
      </div>
    </Element>
  );
}
