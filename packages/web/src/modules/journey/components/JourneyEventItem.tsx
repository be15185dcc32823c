import { Text, ThemeIcon } from '@mantine/core';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatLocalDate } from '../../../app/i18n/format';
import { useLanguage } from '../../../app/i18n/useLanguage';
import type { JourneyEventItemFragment } from '../../../generated/graphql';
import { EventDetails } from './EventDetails';
import { eventKindRow, GENERIC_EVENT_ROW } from '../event-kinds';

/**
 * One timeline entry. A list item in the plain timeline; a `div` (`as="div"`) in the virtualised
 * one, where rows are positioned one by one and cannot share an `<ol>`.
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
  const { t } = useTranslation();
  const { language } = useLanguage();
  // A kind this build does not know (the server is newer) gets a plain row: its summary and time.
  const row = eventKindRow(event.kind);
  const { icon: KindIcon, color } = row ?? GENERIC_EVENT_ROW;
  const title = row ? row.title[language] : t('journey.otherEvent');
  const titleId = `event-${event.id}-title`;

  return (
    <Element
      className="timeline-event"
      data-last={last || undefined}
      data-testid="journey-event"
      data-kind={event.kind}
      style={{ '--kind-color': `var(--mantine-color-${color}-5)` } as CSSProperties}
    >
      <ThemeIcon
        className="timeline-event__bullet"
        color={color}
        variant="light"
        radius="xl"
        size={36}
        aria-hidden="true"
      >
        <KindIcon size={19} stroke={1.8} />
      </ThemeIcon>
      <article className="timeline-event__card" aria-labelledby={titleId}>
        <div className="timeline-event__head">
          <h4 className="timeline-event__title" id={titleId}>
            {title}
          </h4>
          {/* An event known only by its day shows the day, never an invented time. */}
          {event.occurredOn ? (
            <time className="timeline-event__time" dateTime={event.occurredOn}>
              {formatLocalDate(event.occurredOn, language)}
            </time>
          ) : (
            <time className="timeline-event__time" dateTime={event.occurredAt}>
              {formatDateTime(event.occurredAt, language)}
            </time>
          )}
        </div>
        {/* The server writes summaries in English; say so for screen readers in Khmer mode. */}
        <p className="timeline-event__summary" lang="en">
          {event.summary}
        </p>
        <EventDetails event={event} />
        {event.occurredOn ? (
          // Within its day, a date-only event sits where it was recorded: say when that was.
          <Text size="xs" c="dimmed" mt={6} data-testid="journey-event-recorded">
            {event.actor
              ? t('journey.dateOnly.recordedAtBy', { when: formatDateTime(event.recordedAt, language), actor: event.actor })
              : t('journey.dateOnly.recordedAt', { when: formatDateTime(event.recordedAt, language) })}
          </Text>
        ) : event.actor ? (
          <Text size="xs" c="dimmed" mt={6}>
            {t('journey.recordedBy', { actor: event.actor })}
          </Text>
        ) : null}
      </article>
    </Element>
  );
}
