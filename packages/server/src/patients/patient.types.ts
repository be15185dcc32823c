import { Connection } from '../graphql/connection.js';
import { Patient } from './patient.entity.js';

export const PatientConnection = Connection('Patient', Patient);
