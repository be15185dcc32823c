import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261124000000Initial } from './20261124000000-initial.js';

/** Every migration, in order. Listed explicitly so the same list works from source and build. */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261124000000Initial', class: Migration20261124000000Initial },
];
