import { Connection } from '../graphql/connection.js';
import { Mission } from './mission.entity.js';

export const MissionConnection = Connection('Mission', Mission);
export type MissionConnection = InstanceType<typeof MissionConnection>;
