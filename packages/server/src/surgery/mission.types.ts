import { Connection } from '../graphql/connection.js';
import { Mission, MissionReferral } from './mission.entity.js';
import { StaffMember } from './staff.entity.js';

export const MissionConnection = Connection('Mission', Mission);
export type MissionConnection = InstanceType<typeof MissionConnection>;

export const MissionReferralConnection = Connection('MissionReferral', MissionReferral);
export const StaffMemberConnection = Connection('StaffMember', StaffMember);
