import { useQuery } from '@tanstack/react-query';
import { fetchMe } from '../api/auth.ts';
import { queryKeys } from '../api/query-keys.ts';
import type { Me } from '../api/types.ts';

/** The signed-in user: `undefined` while loading, `null` when signed out. */
export function useMe() {
  return useQuery({ queryKey: queryKeys.me, queryFn: fetchMe, staleTime: 5 * 60_000 });
}

/** For screens under RequireAuth, where the user is known to be present. */
export function useSignedInUser(): Me {
  const { data } = useMe();
  if (!data) throw new Error('useSignedInUser outside RequireAuth');
  return data;
}
