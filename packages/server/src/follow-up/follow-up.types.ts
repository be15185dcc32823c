import { Connection } from '../graphql/connection.js';
import { FollowUp } from './follow-up.entity.js';

export const FollowUpConnection = Connection('FollowUp', FollowUp);
