import { Field, Float, InputType, Int, ObjectType } from 'type-graphql';
import { DateTime } from '../graphql/scalars.js';
import { User } from './user.entity.js';

@ObjectType({ description: 'The browser session this request came with, and the rules it runs under.' })
export class SessionInfo {
  @Field(() => User, { description: 'Whose session it is (while it is locked too: the lock screen names them).' })
  user!: User;

  @Field(() => Boolean, { description: 'True while the screen is locked: only `unlockSession`, `login` and `logout` work until it is unlocked.' })
  locked!: boolean;

  @Field(() => Float, {
    description: 'Minutes without keyboard, mouse or touch input after which the web app locks its screen (SCREEN_LOCK_MINUTES, 15 by default).',
  })
  lockAfterMinutes!: number;

  @Field(() => Float, {
    description:
      'Minutes without any request after which the server ends the session (SESSION_IDLE_MINUTES, 30 by default; `UNAUTHENTICATED` with reason `SESSION_IDLE`). Longer than the screen lock, so a locked screen can still be unlocked for a while.',
  })
  idleTimeoutMinutes!: number;

  @Field(() => DateTime, { description: 'When the session ends whatever happens (12 hours after signing in, UTC).' })
  expiresAt!: Date;
}

@InputType({ description: 'The password of the user whose screen is locked.' })
export class UnlockSessionInput {
  @Field({ description: 'The password of the locked session\'s user (the one they sign in with).' })
  password!: string;
}

@ObjectType({ description: 'Sessions ended by signing a user out everywhere.' })
export class SignOutPayload {
  @Field(() => User, { description: 'The user who was signed out.' })
  user!: User;

  @Field(() => Int, { description: 'How many open sessions (browsers) were ended; 0 when there were none.' })
  sessionsEnded!: number;
}
