import type { BuyingRole, Gender } from '../../domain/customer-fields.ts';
import { CONTACT_ISSUE_PREFIX } from '../../domain/validation/contact-rules.ts';
import type { ContactRow } from '../../db/contacts/contact-repository.ts';
import type { Actor } from '../context.ts';
import { fieldAccessOf, projectFields, type Projected } from '../access/field-projection.ts';

export type ContactDto = Omit<
  ContactRow,
  'createdAt' | 'updatedAt' | 'gender' | 'buyingRole' | 'erasedAt'
> & {
  gender: Gender;
  buyingRole: BuyingRole | null;
  createdAt: string;
  updatedAt: string;
  erasedAt: string | null;
};

/** The columns are plain text; only the field rules (and the demo loader's vocabularies) fill them. */
export function toContactDto(row: ContactRow): ContactDto {
  return {
    ...row,
    gender: row.gender as Gender,
    buyingRole: row.buyingRole as BuyingRole | null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    erasedAt: row.erasedAt?.toISOString() ?? null,
  };
}

/** A contact as one reader gets it (C7.3): the auditor, for one, reaches people masked. */
export type ContactView = Projected<'contact', ContactDto>;

export function contactViewFor(actor: Actor, row: ContactRow): ContactView {
  return projectFields(fieldAccessOf(actor), 'contact', toContactDto(row));
}

/**
 * Audit keys are the fields' paths (`contact.name`), as in error issues, so the change history
 * labels them as a contact's fields rather than the customer's (`name` is 客户名称 there).
 */
export function contactAuditKeys(fields: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(fields).map(([field, value]) => [CONTACT_ISSUE_PREFIX + field, value]),
  );
}

/** What the audit log keeps of a contact: its fields, not the bookkeeping. */
export function contactAuditFields(dto: ContactDto): Record<string, unknown> {
  const {
    id: _id,
    customerId: _customerId,
    version: _version,
    createdAt: _createdAt,
    updatedAt: _updatedAt,
    erasedAt: _erasedAt,
    ...fields
  } = dto;
  return contactAuditKeys(
    Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== null)),
  );
}
