import type { EntityManager } from '@mikro-orm/postgresql';
import type { AuthUser } from '../auth/auth-user.js';

export interface AuditDraft {
  action: string;
  outcome: string;
  patientId?: string | null;
  target?: string | null;
  detail?: string | null;
}

/**
 * The audit entries of one request, written together in one statement when the response
 * is sent (so reading a timeline costs one insert, however many fields were resolved).
 */
export class AuditTrail {
  private readonly drafts: AuditDraft[] = [];

  record(draft: AuditDraft): void {
    this.drafts.push(draft);
  }

  get pending(): readonly AuditDraft[] {
    return this.drafts;
  }

  async flush(em: EntityManager, who: { user: AuthUser | null; ip: string | null; userAgent: string | null; at: Date }): Promise<void> {
    if (this.drafts.length === 0) return;
    const rows = this.drafts.splice(0);
    const values: unknown[] = [];
    const tuples = rows.map((row) => {
      values.push(
        who.at,
        who.user?.id ?? null,
        who.user?.username ?? null,
        row.action,
        row.patientId ?? null,
        row.target ?? null,
        row.outcome,
        row.detail?.slice(0, 500) ?? null,
        who.ip,
        who.userAgent?.slice(0, 300) ?? null,
      );
      return '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)';
    });
    await em.getConnection().execute(
      `insert into audit_entry (at, user_id, username, action, patient_id, target, outcome, detail, ip, user_agent)
       values ${tuples.join(', ')}`,
      values,
    );
  }
}
