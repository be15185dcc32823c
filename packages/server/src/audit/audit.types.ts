import { Connection } from '../graphql/connection.js';
import { AuditEntry } from './audit-entry.entity.js';

export const AuditEntryConnection = Connection('AuditEntry', AuditEntry);
