import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  createCustomer,
  getCustomer,
  getCustomer360,
  getCustomerAudit,
  listCustomers,
  updateCustomer,
} from '../api/customers.ts';
import { listOrgUnits } from '../api/org-units.ts';
import { queryKeys } from '../api/query-keys.ts';
import type { Customer, CustomerChanges, CustomerInput, CustomerListQuery } from '../api/types.ts';

export function useCustomerList(query: CustomerListQuery) {
  return useQuery({
    queryKey: queryKeys.customerList(query),
    queryFn: () => listCustomers(query),
    // Keep the current page on screen while the next one loads, so the table does not flash.
    placeholderData: keepPreviousData,
  });
}

export function useOrgUnits() {
  return useQuery({ queryKey: queryKeys.orgUnits, queryFn: listOrgUnits, staleTime: 10 * 60_000 });
}

export function useCustomer(id: number) {
  return useQuery({ queryKey: queryKeys.customer(id), queryFn: () => getCustomer(id) });
}

export function useCustomer360(id: number) {
  return useQuery({ queryKey: queryKeys.customer360(id), queryFn: () => getCustomer360(id) });
}

export function useCustomerAudit(id: number, enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.customerAudit(id),
    queryFn: () => getCustomerAudit(id),
    enabled,
  });
}

function useRememberCustomer() {
  const queryClient = useQueryClient();
  return async (customer: Customer) => {
    queryClient.setQueryData(queryKeys.customer(customer.id), customer);
    // Lists, the 360 view and the audit trail all show what just changed.
    await queryClient.invalidateQueries({ queryKey: queryKeys.customers });
  };
}

export function useCreateCustomer() {
  const remember = useRememberCustomer();
  return useMutation({
    mutationFn: (input: CustomerInput) => createCustomer(input),
    onSuccess: remember,
  });
}

type UpdateArgs = { id: number; version: number; changes: CustomerChanges };

export function useUpdateCustomer() {
  const remember = useRememberCustomer();
  return useMutation({
    mutationFn: ({ id, version, changes }: UpdateArgs) => updateCustomer(id, version, changes),
    onSuccess: remember,
  });
}
