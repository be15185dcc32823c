import type { EntityManager } from '@mikro-orm/postgresql';
import { EVENT_KINDS, type EventKindDeclaration } from './event-kinds.js';

/**
 * Writes one row of `journey_event_kind` per declared kind (event-kinds.ts): the table the
 * foreign key on `journey_event.kind` checks. Idempotent, and safe when several servers start
 * at once. Rows of kinds no longer declared stay (their events keep them); a kind never
 * declared has no row, so the database refuses an event of it whoever writes it.
 */
export async function syncJourneyEventKinds(
  em: EntityManager,
  kinds: Readonly<Record<string, Pick<EventKindDeclaration, 'type'>>> = EVENT_KINDS,
): Promise<void> {
  const typeByKind = Object.fromEntries(Object.entries(kinds).map(([kind, declaration]) => [kind, declaration.type]));
  await em.getConnection().execute(
    `insert into "journey_event_kind" ("kind", "type_name")
     select "key", "value" from json_each_text(?::json)
     on conflict ("kind") do update set "type_name" = excluded."type_name"
       where "journey_event_kind"."type_name" is distinct from excluded."type_name"`,
    [JSON.stringify(typeByKind)],
  );
}
