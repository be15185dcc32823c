import { Field, ID, InputType } from 'type-graphql';
import { DateTime } from '../graphql/scalars.js';

@InputType({ description: 'Which audit entries to list.' })
export class AuditLogFilter {
  @Field(() => ID, { nullable: true })
  patientId?: string | null;

  @Field(() => String, { nullable: true })
  username?: string | null;

  @Field(() => String, { nullable: true, description: 'Exact action, or a prefix ending in `:` (e.g. `read:`).' })
  action?: string | null;

  @Field(() => DateTime, { nullable: true })
  from?: Date | null;

  @Field(() => DateTime, { nullable: true })
  to?: Date | null;
}

