import { Role } from '@pj/shared';
import { Field, ID, InputType } from 'type-graphql';
import { LocalDate } from '../graphql/scalars.js';

@InputType({ description: 'A new account, made by an administrator. Its first sign-in must choose a new password.' })
export class CreateUserInput {
  @Field({ description: 'Login name: 3–50 letters, digits, dots, dashes or underscores (kept in lower case).' })
  username!: string;

  @Field({ description: 'Name shown to colleagues and in the audit trail.' })
  displayName!: string;

  @Field(() => [Role], { description: 'What the person does at the hospital (at least one).' })
  roles!: Role[];

  @Field(() => LocalDate, {
    nullable: true,
    description: 'The last day the account works (Phnom Penh calendar day; it stops at the midnight after it), e.g. the last day of a visiting team\'s mission. Omit for an account that does not expire.',
  })
  expiresOn?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'A temporary password the administrator gives the person (same rules as any password). Omit it and the server makes one, returned once.',
  })
  temporaryPassword?: string | null;
}

@InputType({ description: 'Changes to an account; a field left out stays as it is.' })
export class UpdateUserInput {
  @Field(() => ID, { description: 'The account (a `User` ID).' })
  userId!: string;

  @Field(() => String, { nullable: true, description: 'A new display name.' })
  displayName?: string | null;

  @Field(() => [Role], { nullable: true, description: 'The new roles (at least one). Changing them ends the person\'s open sessions.' })
  roles?: Role[] | null;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'A new last day the account works (Phnom Penh calendar day; it stops at the midnight after it). To make it not expire, send `clearExpiry: true`.',
  })
  expiresOn?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'True: the account no longer expires (ignores `expiresOn`).' })
  clearExpiry?: boolean | null;
}

@InputType({ description: 'A password reset by an administrator.' })
export class ResetPasswordInput {
  @Field(() => ID, { description: 'The account (a `User` ID).' })
  userId!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The temporary password to give the person. Omit it and the server makes one, returned once.',
  })
  temporaryPassword?: string | null;
}
