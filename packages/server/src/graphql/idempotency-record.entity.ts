import { Entity, Index, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';

/**
 * The outcome of one mutation sent with an `Idempotency-Key`, kept for a day so that a client's
 * retry gets the first response instead of running the mutation again. A row with no
 * `responseStatus` is a claim: the mutation is running (or its process died; see the plugin).
 */
@Entity({ tableName: 'idempotency_record' })
@Index({ properties: ['createdAt'] })
export class IdempotencyRecord {
  [PrimaryKeyProp]?: ['scope', 'key'];

  /** Whose key it is: the signed-in user, or '' for anonymous requests. */
  @PrimaryKey({ type: 'text' })
  scope!: string;

  /** The client's `Idempotency-Key` header. */
  @PrimaryKey({ type: 'text' })
  key!: string;

  /** sha256 of the operation text, operation name and variables. */
  @Property({ type: 'text' })
  fingerprint!: string;

  @Property({ type: 'integer', nullable: true })
  responseStatus: number | null = null;

  /** The GraphQL response body as first sent (errors already formatted); `json` keeps key order. */
  @Property({ type: 'json', columnType: 'json', nullable: true })
  responseBody: unknown = null;

  @Property({ type: 'timestamptz' })
  createdAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  completedAt: Date | null = null;

  /** When the mutation's writes committed: set in their own transaction (common/transaction.ts). */
  @Property({ type: 'timestamptz', nullable: true })
  committedAt: Date | null = null;
}
