import { randomUUID } from 'node:crypto';
import { Entity, Enum, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Specialty, StaffRole } from '@pj/shared';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Node, toGlobalId } from '../graphql/relay.js';
import { Reads } from '../graphql/reads.js';

@ObjectType({ implements: Node, description: 'A member of staff: local, or on a visiting team.' })
@Entity({ tableName: 'staff_member' })
export class StaffMember {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Reads()
  @Field(() => ID, { name: 'id', description: 'Global, opaque object ID.' })
  get nodeId(): string & Opt {
    return toGlobalId('StaffMember', this.id);
  }

  @Field({ description: 'Name in Latin letters, e.g. "Dr Vannak Chea".' })
  @Property({ type: 'text', index: true })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Name in Khmer script, for local staff.' })
  @Property({ type: 'text', nullable: true })
  nameKhmer: string | null = null;

  @Field(() => String, { nullable: true, description: 'Name in Japanese script, for members of visiting teams from Japan.' })
  @Property({ type: 'text', nullable: true })
  nameJapanese: string | null = null;

  @Field(() => StaffRole, { description: 'What the staff member does.' })
  @Enum({ items: () => StaffRole })
  role!: StaffRole;

  @Field(() => Specialty, { nullable: true, description: 'Their specialty, if any.' })
  @Enum({ items: () => Specialty, nullable: true })
  specialty: Specialty | null = null;

  @Field(() => Boolean, { description: 'True for a member of a visiting team; false for local staff.' })
  @Property({ type: 'boolean' })
  visiting: boolean & Opt = false;

  @Field(() => String, { nullable: true, description: 'Home institution of a visiting member, e.g. "Kyoto University Hospital".' })
  @Property({ type: 'text', nullable: true })
  institution: string | null = null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();

  @Field(() => Int, { description: 'Optimistic-lock version.' })
  @Property({ version: true, type: 'integer' })
  version!: number & Opt;
}

/** The theatres the surgery migration creates, with fixed keys (reference data). */
export const THEATRE_KEYS = {
  'OT 1': '7e0a3c52-0001-4c1e-9d6b-5f0f7c1a0001',
  'OT 2': '7e0a3c52-0002-4c1e-9d6b-5f0f7c1a0002',
  'OT 3': '7e0a3c52-0003-4c1e-9d6b-5f0f7c1a0003',
} as const;

@ObjectType({ implements: Node, description: 'An operating theatre.' })
@Entity({ tableName: 'theatre' })
export class Theatre {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Reads()
  @Field(() => ID, { name: 'id', description: 'Global, opaque object ID.' })
  get nodeId(): string & Opt {
    return toGlobalId('Theatre', this.id);
  }

  @Field({ description: 'Theatre name, e.g. "OT 1".' })
  @Property({ type: 'text', unique: true })
  name!: string;

  @Property({ type: 'integer' })
  sortOrder: number & Opt = 0;
}
