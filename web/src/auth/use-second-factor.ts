import { useMutation, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../api/query-keys.ts';
import type { Me } from '../api/types.ts';
import { giveSecondFactor } from '../api/second-factor.ts';

/**
 * Puts the user the server answered after a completed step in place: the new state takes
 * RequireAuth on to the app, and queries refused before (403) load afresh.
 */
export function useCompleteStep() {
  const queryClient = useQueryClient();
  return (me: Me) => {
    queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== queryKeys.me[0] });
    queryClient.setQueryData(queryKeys.me, me);
  };
}

export function useGiveSecondFactor() {
  const complete = useCompleteStep();
  return useMutation({ mutationFn: giveSecondFactor, onSuccess: complete });
}
