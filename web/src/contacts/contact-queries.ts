import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../api/query-keys.ts';
import {
  createContact,
  deleteContact,
  deleteKeyPerson,
  getKeyPerson,
  listContacts,
  saveKeyPerson,
  updateContact,
} from './contacts-api.ts';
import type { ContactInput, KeyPersonInput } from './contact-types.ts';

const contactsKey = (customerId: number) =>
  [...queryKeys.customer(customerId), 'contacts'] as const;
/**
 * Decrypted details live outside the `customers` keys on purpose: editing a contact invalidates
 * the customer's queries, and that must not silently re-read (and re-audit) private details.
 */
export const keyPersonKey = (customerId: number, contactId: number) =>
  ['key-person', customerId, contactId] as const;

export function useContacts(customerId: number) {
  return useQuery({ queryKey: contactsKey(customerId), queryFn: () => listContacts(customerId) });
}

/** Fetched only when the user asks to see them (`enabled`), never cached after the panel closes. */
export function useKeyPerson(customerId: number, contactId: number, enabled: boolean) {
  return useQuery({
    queryKey: keyPersonKey(customerId, contactId),
    queryFn: () => getKeyPerson(customerId, contactId),
    enabled,
    gcTime: 0,
    staleTime: Infinity,
    refetchOnWindowFocus: false,
    retry: false,
  });
}

/** Drops decrypted details from the cache, so showing them again is a new (audited) read. */
export function useForgetKeyPerson(customerId: number, contactId: number) {
  const queryClient = useQueryClient();
  return () => queryClient.removeQueries({ queryKey: keyPersonKey(customerId, contactId) });
}

function useRefreshCustomer(customerId: number) {
  const queryClient = useQueryClient();
  // The contacts list, the 360 view and the change history all show what just changed.
  return () => queryClient.invalidateQueries({ queryKey: queryKeys.customer(customerId) });
}

export function useSaveContact(customerId: number) {
  const refresh = useRefreshCustomer(customerId);
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (args: { contactId?: number; version?: number; input: ContactInput }) =>
      args.contactId === undefined || args.version === undefined
        ? createContact(customerId, args.input)
        : updateContact(customerId, args.contactId, args.version, args.input),
    onSuccess: async (contact) => {
      // Clearing the key-person flag deletes the details on the server.
      if (!contact.isKeyPerson)
        queryClient.removeQueries({ queryKey: keyPersonKey(customerId, contact.id) });
      await refresh();
    },
  });
}

export function useDeleteContact(customerId: number) {
  const refresh = useRefreshCustomer(customerId);
  return useMutation({
    mutationFn: (args: { contactId: number; version: number }) =>
      deleteContact(customerId, args.contactId, args.version),
    onSuccess: refresh,
  });
}

export function useSaveKeyPerson(customerId: number, contactId: number) {
  const queryClient = useQueryClient();
  const refresh = useRefreshCustomer(customerId);
  return useMutation({
    mutationFn: (args: { version?: number; input: KeyPersonInput }) =>
      saveKeyPerson(customerId, contactId, args.version, args.input),
    onSuccess: async (details) => {
      queryClient.setQueryData(keyPersonKey(customerId, contactId), (old: unknown) =>
        old && typeof old === 'object' ? { ...old, masked: false, details } : old,
      );
      await refresh();
    },
  });
}

export function useDeleteKeyPerson(customerId: number, contactId: number) {
  const queryClient = useQueryClient();
  const refresh = useRefreshCustomer(customerId);
  return useMutation({
    mutationFn: (version: number) => deleteKeyPerson(customerId, contactId, version),
    onSuccess: async () => {
      queryClient.setQueryData(keyPersonKey(customerId, contactId), (old: unknown) =>
        old && typeof old === 'object' ? { ...old, details: null } : old,
      );
      await refresh();
    },
  });
}
