import { api, call } from './client.ts';
import type {
  AuditEntry,
  Customer,
  Customer360,
  CustomerInput,
  CustomerListItem,
  CustomerListQuery,
} from './types.ts';

export type CustomerPage = {
  items: CustomerListItem[];
  total: number;
  page: number;
  pageSize: number;
};

export function listCustomers(query: CustomerListQuery): Promise<CustomerPage> {
  return call(api.GET('/api/customers', { params: { query } }));
}

export function getCustomer(id: number): Promise<Customer> {
  return call(api.GET('/api/customers/{id}', { params: { path: { id } } }));
}

export function getCustomer360(id: number): Promise<Customer360> {
  return call(api.GET('/api/customers/{id}/360', { params: { path: { id } } }));
}

export async function getCustomerAudit(id: number): Promise<AuditEntry[]> {
  const { items } = await call(api.GET('/api/customers/{id}/audit', { params: { path: { id } } }));
  return items;
}

export function createCustomer(input: CustomerInput): Promise<Customer> {
  return call(api.POST('/api/customers', { body: input }));
}

/** Optimistic concurrency: the server answers 412 if `version` is no longer current. */
export function updateCustomer(
  id: number,
  version: number,
  changes: Partial<CustomerInput>,
): Promise<Customer> {
  return call(
    api.PATCH('/api/customers/{id}', {
      params: { path: { id }, header: { 'If-Match': `"${version}"` } },
      body: changes,
    }),
  );
}
