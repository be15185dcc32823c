import { randomUUID } from 'node:crypto';
import { Collection, Entity, Enum, ManyToOne, OneToMany, PrimaryKey, Property, Unique, type Opt, type Rel } from '@mikro-orm/core';
import { WardKind } from '@pj/shared';
import { Field, ID, ObjectType } from 'type-graphql';
import { Node, toGlobalId } from '../graphql/relay.js';
import { Reads } from '../graphql/reads.js';

@ObjectType({ implements: Node, description: 'A hospital ward.' })
@Entity({ tableName: 'ward' })
export class Ward {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Reads()
  @Field(() => ID, { name: 'id', description: 'Global, opaque object ID.' })
  get nodeId(): string & Opt {
    return toGlobalId('Ward', this.id);
  }

  @Field({ description: 'The ward\'s name in English.' })
  @Property({ type: 'text', unique: true })
  name!: string;

  @Field({ description: 'The ward\'s name in Khmer script.' })
  @Property({ type: 'text' })
  nameKhmer!: string;

  @Field(() => WardKind, { description: 'What the ward is for.' })
  @Enum({ items: () => WardKind })
  kind!: WardKind;

  @OneToMany({ entity: () => Bed, mappedBy: 'ward', orderBy: { label: 'asc' } })
  beds = new Collection<Bed>(this);
}

@ObjectType({ implements: Node, description: 'A bed on a ward.' })
@Entity({ tableName: 'bed' })
@Unique({ properties: ['ward', 'label'] })
export class Bed {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Reads()
  @Field(() => ID, { name: 'id', description: 'Global, opaque object ID.' })
  get nodeId(): string & Opt {
    return toGlobalId('Bed', this.id);
  }

  @ManyToOne({ entity: () => Ward })
  ward!: Rel<Ward>;

  @Field({ description: 'Bed label on its ward, e.g. "B07".' })
  @Property({ type: 'text' })
  label!: string;
}
