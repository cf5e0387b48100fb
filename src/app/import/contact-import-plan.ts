import { toIsoDate } from '../../domain/date-only.ts';
import { validateContactRow } from '../../domain/import/contact-row-rules.ts';
import {
  CONTACT_STAGE,
  contactChecks,
  contactColumnsOf,
  contactStageLayout,
  countContactChanges,
  insertContactsFromStage,
  matchStagedContacts,
  resolveStagedCustomers,
  updateContactsFromStage,
} from '../../db/import/contact-import-sql.ts';
import type { AppContext } from '../context.ts';
import { auditEntryOf } from '../audit/record-audit.ts';
import { customerWriteScope } from '../access/record-scope.ts';
import type { ImportPlan } from './import-plan.ts';

/**
 * Contacts (C1.3), identified by their customer's credit code and their name: a re-import
 * updates them. Audited one row per contact created or changed, as the API does.
 */
export function contactImportPlan(ctx: AppContext, fields: readonly string[]): ImportPlan {
  const layout = contactStageLayout(fields);
  const columns = contactColumnsOf(layout);
  const today = toIsoDate(ctx.clock.now());
  return {
    stage: CONTACT_STAGE,
    layout,
    validate: (inputs) => validateContactRow(inputs, today),
    async prepare(tx) {
      await resolveStagedCustomers(tx);
      return contactChecks(customerWriteScope(ctx.actor));
    },
    afterChecks: matchStagedContacts,
    count: (tx) => countContactChanges(tx, columns),
    async commit(tx) {
      const now = ctx.clock.now();
      const changes = await updateContactsFromStage(tx, columns, now);
      const created = await insertContactsFromStage(tx, columns, now);
      return [
        ...changes.map((c) =>
          auditEntryOf(ctx, {
            action: 'contact.update',
            entityType: 'contact',
            entityId: c.id,
            customerId: c.customerId,
            before: c.before,
            after: c.after,
          }),
        ),
        ...created.map((c) =>
          auditEntryOf(ctx, {
            action: 'contact.create',
            entityType: 'contact',
            entityId: c.id,
            customerId: c.customerId,
            after: c.fields,
          }),
        ),
      ];
    },
  };
}
