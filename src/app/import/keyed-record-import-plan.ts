import { toIsoDate } from '../../domain/date-only.ts';
import type { RowValidation } from '../../domain/import/record-row-rules.ts';
import {
  countKeyedChangesByCustomer,
  keyedChecks,
  keyedStageLayout,
  mergeKeyedRecords,
  recordColumnsOf,
  type KeyedRecordTable,
} from '../../db/import/keyed-record-sql.ts';
import { openKeyedBatch } from '../../db/import/keyed-batch-sql.ts';
import type { AppContext } from '../context.ts';
import { auditEntryOf } from '../audit/record-audit.ts';
import { customerWriteScope } from '../access/record-scope.ts';
import type { ImportPlan } from './import-plan.ts';

/**
 * Orders or invoices, upserted by external id. The audit keeps one row per customer whose
 * records changed, with the numbers created and updated: an ERP export of a million orders
 * would otherwise write a million audit rows, and the records themselves are the detail.
 */
export function keyedRecordImportPlan(
  ctx: AppContext,
  spec: KeyedRecordTable,
  fields: readonly string[],
  validateRow: (inputs: Record<string, unknown>, today: string) => RowValidation,
  entityType: 'transaction' | 'payment',
): ImportPlan {
  const layout = keyedStageLayout(spec, fields);
  const columns = recordColumnsOf(layout);
  const today = toIsoDate(ctx.clock.now());
  const actorId = ctx.actor.kind === 'user' ? ctx.actor.userId : null;
  // Counted once per import; the commit's audit rows are these counts.
  let byCustomer: Awaited<ReturnType<typeof countKeyedChangesByCustomer>> = [];
  const audits = (counts: readonly CustomerCounts[]) =>
    counts
      .filter((c) => c.created + c.updated > 0)
      .map((m) =>
        auditEntryOf(ctx, {
          action: `${entityType}.import`,
          entityType,
          customerId: m.customerId,
          after: { created: m.created, updated: m.updated },
        }),
      );
  return {
    stage: spec.stage,
    layout,
    validate: (inputs) => validateRow(inputs, today),
    prepare: async () => keyedChecks(spec, customerWriteScope(ctx.actor)),
    async count(tx) {
      byCustomer = await countKeyedChangesByCustomer(tx, spec, columns);
      return totalOf(byCustomer);
    },
    async commit(tx) {
      await mergeKeyedRecords(tx, spec, columns, ctx.clock.now(), actorId, totalOf(byCustomer));
      return audits(byCustomer);
    },
    async openStream(tx) {
      const scope = customerWriteScope(ctx.actor);
      const batch = await openKeyedBatch(tx, spec, columns, scope, ctx.clock.now(), actorId);
      const merged = new Map<number, CustomerCounts>();
      return {
        table: batch.table,
        async merge(t) {
          const counts = await batch.merge(t);
          if (counts === null) return false;
          for (const c of counts) {
            const sum = merged.get(c.customerId);
            if (!sum) merged.set(c.customerId, { ...c });
            else {
              sum.created += c.created;
              sum.updated += c.updated;
              sum.unchanged += c.unchanged;
            }
          }
          return true;
        },
        counts: () => totalOf([...merged.values()]),
        // In customer order, as the whole-file path writes them.
        audits: () => audits([...merged.values()].sort((a, b) => a.customerId - b.customerId)),
      };
    },
  };
}

type CustomerCounts = { customerId: number; created: number; updated: number; unchanged: number };

function totalOf(counts: readonly CustomerCounts[]) {
  const total = { created: 0, updated: 0, unchanged: 0 };
  for (const c of counts) {
    total.created += c.created;
    total.updated += c.updated;
    total.unchanged += c.unchanged;
  }
  return total;
}
