import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../api/query-keys.ts';
import { keyPersonKey } from '../contacts/contact-queries.ts';
import { erasePersonalData, getPersonalDataRegister } from './privacy-api.ts';

export function usePersonalDataRegister() {
  return useQuery({ queryKey: ['privacy', 'register'], queryFn: getPersonalDataRegister });
}

/**
 * After an erasure every view of the customer changes (the contact's name, the timeline, the
 * change history), and any decrypted key-person details of the contact are gone.
 */
export function useErasePersonalData(customerId: number, contactId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (reason: string) => erasePersonalData(customerId, contactId, reason),
    onSuccess: async () => {
      queryClient.removeQueries({ queryKey: keyPersonKey(customerId, contactId) });
      await queryClient.invalidateQueries({ queryKey: queryKeys.customer(customerId) });
    },
  });
}
