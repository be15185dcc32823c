import { randomUUID } from 'node:crypto';
import { Embeddable, Embedded, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Opt, type Ref } from '@mikro-orm/core';
import { AllergyStatus, GuardianRelation, JourneyStage, Permission, Sex, TransportMode } from '@pj/shared';
import { Authorized, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Node, toGlobalId } from '../graphql/relay.js';
import { DateTime, LocalDate } from '../graphql/scalars.js';
import { Reads } from '../graphql/reads.js';

/** Said of every field that only the care team may see. */
const CONTACT = 'Care team only (READ_CONTACT_DETAILS); FORBIDDEN otherwise.';

@ObjectType({ description: 'The person who looks after a child and speaks for them.' })
@Embeddable()
export class Guardian {
  @Field({ description: 'Full name, as the family writes it (Khmer or Latin).' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => GuardianRelation, { description: 'How the guardian is related to the patient.' })
  @Enum({ items: () => GuardianRelation })
  relation!: GuardianRelation;

  @Field(() => [String], { description: 'Phone numbers in E.164 form (+855…).' })
  @Property({ type: 'text[]' })
  phones: string[] = [];
}

@ObjectType({ implements: Node, description: 'A person registered at the hospital.' })
@Entity({ tableName: 'patient' })
export class Patient {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Reads()
  @Field(() => ID, { name: 'id', description: 'Global, opaque object ID.' })
  get nodeId(): string & Opt {
    return toGlobalId('Patient', this.id);
  }

  @Field({ description: 'Hospital medical record number, `NNNNNN-C` with a Luhn check digit.' })
  @Property({ type: 'text', unique: true })
  mrn!: string;

  @Field({ description: 'Family name in Latin letters (usually the father\'s given name).' })
  @Property({ type: 'text' })
  familyName!: string;

  @Field({ description: 'Given name in Latin letters.' })
  @Property({ type: 'text' })
  givenName!: string;

  @Field(() => String, { nullable: true, description: 'Family name in Khmer script.' })
  @Property({ type: 'text', nullable: true })
  familyNameKhmer: string | null = null;

  @Field(() => String, { nullable: true, description: 'Given name in Khmer script.' })
  @Property({ type: 'text', nullable: true })
  givenNameKhmer: string | null = null;

  @Field(() => Sex, { description: 'Administrative sex.' })
  @Enum({ items: () => Sex })
  sex!: Sex;

  @Field(() => LocalDate, { description: 'Birth date; see `birthDateEstimated`.' })
  @Property({ type: 'date' })
  birthDate!: string;

  @Field(() => Boolean, { description: 'True when the birth date is an estimate (no birth certificate).' })
  @Property({ type: 'boolean' })
  birthDateEstimated: boolean & Opt = false;

  @Authorized(Permission.READ_CONTACT_DETAILS)
  @Field(() => [String], { nullable: true, description: `Phone numbers in E.164 form (+855…); several SIMs are common. ${CONTACT}` })
  @Property({ type: 'text[]' })
  phones: string[] & Opt = [];

  @Authorized(Permission.READ_CONTACT_DETAILS)
  @Field(() => Guardian, { nullable: true, description: `Guardian of a child patient. ${CONTACT}` })
  @Embedded({ entity: () => Guardian, nullable: true, object: true })
  guardian: Guardian | null = null;

  @Authorized(Permission.READ_CONTACT_DETAILS)
  @Field(() => String, { nullable: true, description: `National identity card number, when the patient has one. ${CONTACT}` })
  @Property({ type: 'text', nullable: true })
  nationalId: string | null = null;

  @Field(() => Int, { description: 'Province of residence, ISO 3166-2 KH code (1–25).' })
  @Property({ type: 'smallint' })
  provinceCode!: number;

  @Authorized(Permission.READ_CONTACT_DETAILS)
  @Field(() => String, { nullable: true, description: `District (srok / khan / krong). ${CONTACT}` })
  @Property({ type: 'text', nullable: true })
  district: string | null = null;

  @Authorized(Permission.READ_CONTACT_DETAILS)
  @Field(() => String, { nullable: true, description: `Commune (khum / sangkat). ${CONTACT}` })
  @Property({ type: 'text', nullable: true })
  commune: string | null = null;

  @Authorized(Permission.READ_CONTACT_DETAILS)
  @Field(() => String, { nullable: true, description: `Village (phum). ${CONTACT}` })
  @Property({ type: 'text', nullable: true })
  village: string | null = null;

  @Authorized(Permission.READ_CONTACT_DETAILS)
  @Field(() => Float, { nullable: true, description: `Usual travel time from home to the hospital, in hours (0–48). ${CONTACT}` })
  @Property({ type: 'double', runtimeType: 'number', nullable: true })
  travelTimeHours: number | null = null;

  @Authorized(Permission.READ_CONTACT_DETAILS)
  @Field(() => TransportMode, { nullable: true, description: `How the patient usually travels to the hospital. ${CONTACT}` })
  @Enum({ items: () => TransportMode, nullable: true })
  transport: TransportMode | null = null;

  /**
   * Set on a tombstone: this record was merged into that patient, who now holds everything.
   * A tombstone is found only through its MRN, which resolves to the kept patient.
   */
  @ManyToOne({ entity: () => Patient, nullable: true, ref: true })
  mergedInto: Ref<Patient> | null = null;

  @Field(() => JourneyStage, { description: 'Where the patient is now in the journey.' })
  @Index()
  @Enum({ items: () => JourneyStage })
  stage: JourneyStage & Opt = JourneyStage.REGISTERED;

  @Field(() => DateTime, { description: 'When the patient was registered.' })
  @Property({ type: 'timestamptz' })
  createdAt: Date & Opt = new Date();

  /**
   * Version of the registration details (names, sex, birth, contacts, guardian, address): pass it
   * back to updatePatient. Journey progress (the stage) never moves it, so an edit loaded before a
   * referral arrived still applies.
   */
  @Field(() => Int, {
    description:
      'Version of the registration details (names, birth, contacts, guardian, address); pass it back to updatePatient. ' +
      'It changes only when those details change, not as the journey moves on.',
  })
  @Property({ type: 'integer', default: 1 })
  version: number & Opt = 1;

  @Field(() => AllergyStatus, {
    description:
      'What the record says about allergies: NOT_RECORDED (nobody has asked: a warning before an operation), NO_KNOWN_ALLERGIES, ' +
      'or ALLERGIES (listed in `allergies`). Set by recordAllergies.',
  })
  @Enum({ items: () => AllergyStatus, default: AllergyStatus.NOT_RECORDED })
  allergyStatus: AllergyStatus & Opt = AllergyStatus.NOT_RECORDED;

  @Field(() => Int, { description: 'Version of the allergy record; pass it back to recordAllergies (a newer one is CONFLICT STALE_VERSION).' })
  @Property({ type: 'integer', default: 0 })
  allergiesVersion: number & Opt = 0;

  @Field(() => DateTime, { nullable: true, description: 'When the allergy record was last confirmed; null while NOT_RECORDED.' })
  @Property({ type: 'timestamptz', nullable: true })
  allergiesRecordedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: 'Who last confirmed the allergy record.' })
  @Property({ type: 'text', nullable: true })
  allergiesRecordedBy: string | null = null;

  /** Optimistic lock of the whole row (stage included): a lost update is refused, never written. */
  @Property({ version: true, type: 'integer' })
  rowVersion!: number & Opt;
}
