import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('Province', { description: 'A province of Cambodia (ISO 3166-2:KH).' })
export class ProvinceType {
  @Field(() => Int, { description: 'ISO 3166-2 number, KH-1 … KH-25.' })
  code!: number;

  @Field({ description: 'The province\'s name in Latin letters.' })
  name!: string;

  @Field({ description: 'The province\'s name in Khmer script.' })
  nameKhmer!: string;
}
