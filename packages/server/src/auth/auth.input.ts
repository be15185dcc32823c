import { Role } from '@pj/shared';
import { Field, InputType } from 'type-graphql';

@InputType({ description: 'A username and password.' })
export class LoginInput {
  @Field({ description: 'The account\'s username.' })
  username!: string;

  @Field({ description: 'The account\'s password.' })
  password!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'A new password to set while signing in (NIST rules: 12 to 128 characters, not a common one). Required when the sign-in is refused with `PASSWORD_CHANGE_REQUIRED` (an administrator set a temporary password).',
  })
  newPassword?: string | null;
}

@InputType({ description: 'A new API token.' })
export class CreateApiTokenInput {
  @Field({ description: 'What the token is for.' })
  name!: string;

  @Field(() => [Role], { nullable: true, description: 'Roles the token acts with (default: all of yours).' })
  roles?: Role[] | null;
}

