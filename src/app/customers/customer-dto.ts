import type { CustomerRow } from '../../db/customers/customer-repository.ts';
import type { Actor } from '../context.ts';
import { fieldAccessOf, projectFields, type Projected } from '../access/field-projection.ts';

export type CustomerDto = Omit<
  CustomerRow,
  'createdAt' | 'updatedAt' | 'createdBy' | 'updatedBy' | 'nameBigrams' | 'lastReviewedAt'
> & {
  createdAt: string;
  updatedAt: string;
  lastReviewedAt: string | null;
};

/** The file as one reader gets it (C7.3): confidential figures only for those who may see them. */
export type CustomerView = Projected<'customer', CustomerDto>;

export function toCustomerDto(row: CustomerRow): CustomerDto {
  // nameBigrams is a search index column, not part of the file.
  const { createdBy: _createdBy, updatedBy: _updatedBy, nameBigrams: _nameBigrams, ...rest } = row;
  return {
    ...rest,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    lastReviewedAt: row.lastReviewedAt?.toISOString() ?? null,
  };
}

/** What every surface hands out of a customer row: the DTO through the field rules. */
export function customerViewFor(actor: Actor, row: CustomerRow): CustomerView {
  return projectFields(fieldAccessOf(actor), 'customer', toCustomerDto(row));
}
