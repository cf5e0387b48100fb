import type { CustomerRow } from '../../../db/customers/customer-repository.ts';
import type { GroupParts, GroupRollup, Subsidiary } from '../../../db/records/group-repository.ts';
import type { FieldAccess } from '../../../domain/field-class-rules.ts';
import { projectFields, type Projected } from '../../access/field-projection.ts';

/** Subsidiaries listed on a group's page; the rollup still counts all readable ones. */
export const SUBSIDIARY_LIST_LIMIT = 200;

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
 * The group panel of a customer's 360 (C1.13) from its group parts, read under the viewer's
 * record scope (a group rolls up only the subsidiaries the viewer may read), through the field
 * rules.
 */
export function toGroupView(access: FieldAccess, customer: CustomerRow, parts: GroupParts) {
  return projectFields(access, 'group', {
    parent: parts.parent,
    parentHidden: customer.parentCustomerId !== null && parts.parent === null,
    subsidiaries: parts.subsidiaries.map((s) => projectFields(access, 'groupSubsidiary', s)),
    rollup: parts.rollup ? projectFields(access, 'groupRollup', parts.rollup) : null,
  } satisfies GroupView);
}
