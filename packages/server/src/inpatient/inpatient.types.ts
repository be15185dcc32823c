import { Connection } from '../graphql/connection.js';
import { Admission } from './admission.entity.js';

export const AdmissionConnection = Connection('Admission', Admission);
