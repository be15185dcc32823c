import { Field, ID, InputType } from 'type-graphql';
import { DateTime } from '../graphql/scalars.js';

@InputType({ description: 'Which audit entries to list.' })
export class AuditLogFilter {
  @Field(() => ID, { nullable: true, description: 'Only entries about this patient (opened, seen in a list, or changed).' })
  patientId?: string | null;

  @Field(() => String, { nullable: true, description: 'Only entries by this user (username, any case).' })
  username?: string | null;

  @Field(() => String, { nullable: true, description: 'Exact action, or a prefix ending in `:` (e.g. `read:`).' })
  action?: string | null;

  @Field(() => DateTime, { nullable: true, description: 'Only entries at or after this instant.' })
  from?: Date | null;

  @Field(() => DateTime, { nullable: true, description: 'Only entries before this instant (not included).' })
  to?: Date | null;
}

