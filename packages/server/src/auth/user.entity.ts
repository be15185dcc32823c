import { randomUUID } from 'node:crypto';
import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Opt, type Rel } from '@mikro-orm/core';
import { InterfaceLanguage, Permission, Role } from '@pj/shared';
import { Authorized, Field, ID, ObjectType } from 'type-graphql';
import { Node, toGlobalId } from '../graphql/relay.js';
import { DateTime } from '../graphql/scalars.js';
import { Reads } from '../graphql/reads.js';

@ObjectType({ implements: Node, description: 'A person who uses the product.' })
@Entity({ tableName: 'app_user' })
export class User {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Reads()
  @Field(() => ID, { name: 'id', description: 'Global, opaque object ID.' })
  get nodeId(): string & Opt {
    return toGlobalId('User', this.id);
  }

  @Field({ description: 'Login name (lower case).' })
  @Property({ type: 'text', unique: true })
  username!: string;

  @Field({ description: 'Name shown to colleagues and in the audit trail.' })
  @Property({ type: 'text' })
  displayName!: string;

  @Field(() => [Role], { description: 'What the user does at the hospital; decides what they may see and do.' })
  @Enum({ items: () => Role, array: true, type: 'text[]' })
  roles!: Role[];

  @Property({ type: 'text', hidden: true })
  passwordHash!: string;

  @Field(() => Boolean, { description: 'False once the account is closed.' })
  @Property({ type: 'boolean' })
  active: boolean & Opt = true;

  @Property({ type: 'timestamptz' })
  createdAt: Date & Opt = new Date();

  @Field(() => DateTime, {
    nullable: true,
    description: 'When the account stops working (a visiting team\'s, at the end of its mission); null: it does not expire.',
  })
  @Property({ type: 'timestamptz', nullable: true })
  expiresAt: Date | null = null;

  @Field(() => Boolean, {
    description: 'True after an administrator set a temporary password: the next sign-in must choose a new one.',
  })
  @Property({ type: 'boolean' })
  mustChangePassword: boolean & Opt = false;

  @Authorized(Permission.MANAGE_USERS)
  @Field(() => DateTime, { nullable: true, description: 'The last successful sign-in; null if never (administrators).' })
  @Property({ type: 'timestamptz', nullable: true })
  lastSignInAt: Date | null = null;

  @Field(() => InterfaceLanguage, {
    nullable: true,
    description:
      'The language the user last chose for the web app, which it opens in after they sign in; null until they choose one (the app then keeps the language last chosen on that computer).',
  })
  @Enum({ items: () => InterfaceLanguage, type: 'text', nullable: true })
  language: InterfaceLanguage | null = null;

  /** The user's own staff record (`staff_member`), if they are on the staff list: whose logbook is theirs. */
  @Property({ type: 'uuid', nullable: true, unique: true })
  staffMemberId: string | null = null;
}

/** A browser session: the cookie holds a random token, the database only its hash. */
@Entity({ tableName: 'user_session' })
export class Session {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text', unique: true })
  tokenHash!: string;

  @ManyToOne({ entity: () => User, index: true })
  user!: Rel<User>;

  @Property({ type: 'timestamptz' })
  createdAt!: Date;

  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null = null;

  /** The last request (to the minute): the session stops working when idle for too long. */
  @Property({ type: 'timestamptz' })
  lastSeenAt!: Date;

  /** Set while the screen is locked: only unlocking (or signing in as someone else) works. */
  @Property({ type: 'timestamptz', nullable: true })
  lockedAt: Date | null = null;
}

@ObjectType({ implements: Node, description: 'A token for scripts and integrations, sent as `Authorization: Bearer …`.' })
@Entity({ tableName: 'api_token' })
export class ApiToken {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Reads()
  @Field(() => ID, { name: 'id', description: 'Global, opaque object ID.' })
  get nodeId(): string & Opt {
    return toGlobalId('ApiToken', this.id);
  }

  @Field({ description: 'What the token is for, e.g. "monthly surgical report".' })
  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text', unique: true })
  tokenHash!: string;

  @Field({ description: 'The first characters of the token, to tell tokens apart.' })
  @Property({ type: 'text' })
  prefix!: string;

  @ManyToOne({ entity: () => User, index: true })
  user!: Rel<User>;

  @Field(() => [Role], { description: 'Roles the token acts with: the owner\'s roles, or fewer.' })
  @Enum({ items: () => Role, array: true, type: 'text[]' })
  roles!: Role[];

  @Field(() => DateTime, { description: 'When the token was created.' })
  @Property({ type: 'timestamptz' })
  createdAt!: Date;

  @Field(() => DateTime, { nullable: true, description: 'When it was last used (to within a minute); null if never.' })
  @Property({ type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null = null;

  @Field(() => DateTime, { nullable: true, description: 'When it was revoked; null while it works.' })
  @Property({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null = null;
}

/** Failed logins per username, for backoff. Kept for unknown usernames too. */
@Entity({ tableName: 'login_throttle' })
export class LoginThrottle {
  @PrimaryKey({ type: 'text' })
  username!: string;

  @Property({ type: 'integer' })
  failures!: number;

  @Property({ type: 'timestamptz' })
  lastFailureAt!: Date;
}
