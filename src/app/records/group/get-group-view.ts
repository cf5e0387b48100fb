import type { CustomerRow } from '../../../db/customers/customer-repository.ts';
import { findCustomer } from '../../../db/customers/customer-repository.ts';
import {
  groupRollup,
  readableSubsidiaries,
  type GroupRollup,
  type Subsidiary,
} from '../../../db/records/group-repository.ts';
import type { DbOrTx } from '../../../db/db-types.ts';
import type { Actor } from '../../context.ts';
import { fieldAccessOf, projectFields, type Projected } from '../../access/field-projection.ts';
import { customerReadScope } from '../../access/record-scope.ts';

/** Subsidiaries listed on a group's page; the rollup still counts all readable ones. */
const SUBSIDIARY_LIST_LIMIT = 200;

export type GroupView = {
  /** The group this customer belongs to, when the viewer may read it. */
  parent: { id: number; name: string } | null;
  /** The customer belongs to a group the viewer may not read (its name is not shown). */
  parentHidden: boolean;
  /** Purchase totals only for readers of confidential figures (C7.3). */
  subsidiaries: Projected<'groupSubsidiary', Subsidiary>[];
  /** Totals over this customer and its readable subsidiaries; null without subsidiaries. */
  rollup: Projected<'groupRollup', GroupRollup> | null;
};

/**
 * The group panel of a customer's 360 (C1.13), limited to what the viewer may read: a group
 * rolls up only the subsidiaries inside the viewer's record scope.
 */
export async function getGroupView(
  db: DbOrTx,
  actor: Actor,
  customer: CustomerRow,
  since12Months: string,
): Promise<GroupView> {
  const scope = customerReadScope(actor);
  const [parent, subsidiaries] = await Promise.all([
    customer.parentCustomerId === null
      ? Promise.resolve(undefined)
      : findCustomer(db, customer.parentCustomerId, scope),
    readableSubsidiaries(db, customer.id, scope, since12Months, SUBSIDIARY_LIST_LIMIT),
  ]);
  const rollup =
    subsidiaries.length === 0 ? null : await groupRollup(db, customer.id, scope, since12Months);
  const access = fieldAccessOf(actor);
  return projectFields(access, 'group', {
    parent: parent ? { id: parent.id, name: parent.name } : null,
    parentHidden: customer.parentCustomerId !== null && parent === undefined,
    subsidiaries: subsidiaries.map((s) => projectFields(access, 'groupSubsidiary', s)),
    rollup: rollup ? projectFields(access, 'groupRollup', rollup) : null,
  });
}
