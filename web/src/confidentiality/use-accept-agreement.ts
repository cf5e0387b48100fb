import { useMutation, useQueryClient } from '@tanstack/react-query';
import { acceptAgreement } from '../api/agreement.ts';
import { queryKeys } from '../api/query-keys.ts';

/**
 * Accepts the agreement; the answer is the user with `agreement.required` false, which takes
 * RequireAuth past the agreement screen. Queries refused before acceptance are dropped, so the
 * screens behind it load afresh instead of showing the 403.
 */
export function useAcceptAgreement() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: acceptAgreement,
    onSuccess: (me) => {
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== queryKeys.me[0] });
      queryClient.setQueryData(queryKeys.me, me);
    },
  });
}
