import type { CustomerRow } from '../../db/customers/customer-repository.ts';

export type CustomerDto = Omit<
  CustomerRow,
  'createdAt' | 'updatedAt' | 'createdBy' | 'updatedBy' | 'nameBigrams' | 'lastReviewedAt'
> & {
  createdAt: string;
  updatedAt: string;
  lastReviewedAt: string | null;
};

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
