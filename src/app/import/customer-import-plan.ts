import { AppError } from '../../domain/app-error.ts';
import { completenessOf } from '../../domain/completeness.ts';
import {
  canWaiveCreditCodeCheck,
  customerAccess,
  joinsTeamOnCreate,
} from '../../domain/permissions.ts';
import { validateCustomerRow } from '../../domain/import/customer-row-rules.ts';
import type { ImportNameCandidate } from '../../domain/import/import-report.ts';
import type { CustomerField } from '../../domain/validation/customer-rules.ts';
import type { Tx } from '../../db/db-types.ts';
import { stagedNameCandidates } from '../../db/import/customer-name-candidates-sql.ts';
import {
  countCustomerChanges,
  CUSTOMER_STAGE,
  customerChecks,
  customerStageLayout,
  insertCustomersFromStage,
  refreshCompleteness,
  STAGED_COMPLETENESS,
  updateCustomersFromStage,
} from '../../db/import/customer-import-sql.ts';
import { orgUnitChecks, resolveStagedOrgUnits } from '../../db/import/customer-org-unit-sql.ts';
import type { AppContext } from '../context.ts';
import { auditEntryOf } from '../audit/record-audit.ts';
import { customerReadScope, customerWriteScope } from '../access/record-scope.ts';
import { assertMayPlaceInOrgUnit } from '../customers/customer-write-guard.ts';
import type { ImportPlan } from './import-plan.ts';

// Similar-name warnings listed in a report; the rest are counted by nobody (they are hints).
const MAX_NAME_WARNINGS = 500;
const BOOKKEEPING = new Set(['id', 'nameBigrams', 'createdBy', 'updatedBy', 'createdAt', 'updatedAt', 'version', 'completeness']); // prettier-ignore

/**
 * Customer files (C1.1, C1.2), upserted by credit code. A code held by a customer the actor may
 * not change is refused (the API's create says "already exists" too); a KA manager's new
 * customers join their account team, as with the create form.
 */
export async function customerImportPlan(
  ctx: AppContext,
  fields: readonly string[],
  defaultOrgUnitId: number | null,
): Promise<ImportPlan> {
  const actor = ctx.actor;
  const customerFields = fields as CustomerField[];
  if (defaultOrgUnitId !== null) await assertMayPlaceInOrgUnit(ctx.db, actor, defaultOrgUnitId);
  const access = actor.kind === 'user' ? customerAccess(actor.roles) : null;
  const mayWaive = actor.kind === 'system' || canWaiveCreditCodeCheck(actor.roles);
  const placeablePath = access === null || access.writeAll ? null : userPath(actor);
  const teamUserId = actor.kind === 'user' && joinsTeamOnCreate(actor.roles) ? actor.userId : null;
  const actorId = actor.kind === 'user' ? actor.userId : null;
  return {
    stage: CUSTOMER_STAGE,
    layout: customerStageLayout(customerFields),
    validate(inputs) {
      const row = validateCustomerRow(inputs, mayWaive);
      // As the row would be stored if new: blank enums take the columns' defaults.
      const stored = {
        ...row.values,
        kaLevel: row.values.kaLevel ?? 'none',
        lifecycleStatus: row.values.lifecycleStatus ?? 'prospect',
      };
      row.values[STAGED_COMPLETENESS] = completenessOf(stored).score;
      return row;
    },
    async prepare(tx) {
      await resolveStagedOrgUnits(tx);
      return [
        ...orgUnitChecks(placeablePath),
        ...customerChecks(customerWriteScope(actor), defaultOrgUnitId !== null),
      ];
    },
    count: (tx) => countCustomerChanges(tx, customerFields),
    warnings: (tx) => nameWarnings(tx, ctx, customerFields.includes('city')),
    async commit(tx) {
      const now = ctx.clock.now();
      const changes = await updateCustomersFromStage(tx, customerFields, now, actorId);
      const created = await insertCustomersFromStage(tx, customerFields, {
        defaultOrgUnitId,
        now,
        actorId,
        teamUserId,
      });
      await refreshCompleteness(
        tx,
        changes.map((change) => change.id),
      );
      return [
        ...changes.map((change) =>
          auditEntryOf(ctx, {
            action: 'customer.update',
            entityType: 'customer',
            entityId: change.id,
            customerId: change.id,
            before: change.before,
            after: change.after,
          }),
        ),
        ...created.map((record) =>
          auditEntryOf(ctx, {
            action: 'customer.create',
            entityType: 'customer',
            entityId: Number(record.id),
            customerId: Number(record.id),
            after: filled(record),
          }),
        ),
      ];
    },
  };
}

function userPath(actor: AppContext['actor']): string {
  if (actor.kind !== 'user') throw new AppError('internal');
  return actor.orgUnitPath;
}

/** What the audit keeps of a new customer: its filled fields, as the API's create does. */
function filled(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(record).filter(([key, value]) => value !== null && !BOOKKEEPING.has(key)),
  );
}

async function nameWarnings(
  tx: Tx,
  ctx: AppContext,
  hasCity: boolean,
): Promise<ImportNameCandidate[]> {
  const found = await stagedNameCandidates(
    tx,
    customerReadScope(ctx.actor),
    hasCity,
    MAX_NAME_WARNINGS,
  );
  const byRow = new Map<number, ImportNameCandidate>();
  for (const hit of found) {
    let entry = byRow.get(hit.row);
    if (!entry) {
      entry = { row: hit.row, name: hit.name, candidates: [] };
      byRow.set(hit.row, entry);
    }
    entry.candidates.push({ id: hit.candidateId, name: hit.candidateName, score: hit.score });
  }
  return [...byRow.values()];
}
