import { appendAudit, type NewAuditEntry } from '../../db/audit-repository.ts';
import type { DbOrTx } from '../../db/db-types.ts';
import type { AppContext } from '../context.ts';

export type AuditFacts = {
  action: string;
  entityType: string;
  entityId?: string | number | null;
  customerId?: number | null;
  before?: unknown;
  after?: unknown;
};

/** Writes the audit row for `ctx.actor`'s act, in the caller's transaction (C7.5). */
export function recordAudit(tx: DbOrTx, ctx: AppContext, facts: AuditFacts): Promise<number> {
  return appendAudit(tx, auditEntryOf(ctx, facts));
}

/** The row `recordAudit` appends, for writers of many rows at once (imports). */
export function auditEntryOf(ctx: AppContext, facts: AuditFacts): NewAuditEntry {
  const actor = ctx.actor;
  return {
    at: ctx.clock.now().toISOString(),
    actorId: actor.kind === 'user' ? actor.userId : null,
    actorName: actor.kind === 'user' ? actor.username : `system:${actor.name}`,
    ip: actor.kind === 'user' ? (actor.ip ?? null) : null,
    requestId: actor.requestId ?? null,
    action: facts.action,
    entityType: facts.entityType,
    entityId:
      facts.entityId === undefined || facts.entityId === null ? null : String(facts.entityId),
    customerId: facts.customerId ?? null,
    before: facts.before ?? null,
    after: facts.after ?? null,
  };
}
