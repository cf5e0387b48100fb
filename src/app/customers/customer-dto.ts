import type { CustomerRow } from '../../db/customers/customer-repository.ts';

export type CustomerDto = Omit<
  CustomerRow,
  'createdAt' | 'updatedAt' | 'createdBy' | 'updatedBy'
> & {
  createdAt: string;
  updatedAt: string;
};

export function toCustomerDto(row: CustomerRow): CustomerDto {
  const { createdBy: _createdBy, updatedBy: _updatedBy, ...rest } = row;
  return {
    ...rest,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
