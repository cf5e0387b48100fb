import { api, call } from './client.ts';
import type {
  AuditEntry,
  Customer,
  Customer360,
  CustomerChanges,
  CustomerInput,
  CustomerListQuery,
} from './types.ts';

export function listCustomers(query: CustomerListQuery) {
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
  changes: CustomerChanges,
): Promise<Customer> {
  return call(
    api.PATCH('/api/customers/{id}', {
      params: { path: { id }, header: { 'if-match': `"${version}"` } },
      body: changes,
    }),
  );
}
