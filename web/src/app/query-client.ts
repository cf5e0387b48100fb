import { QueryClient } from '@tanstack/react-query';
import { isApiError } from '../api/api-error.ts';
import { setUnauthorizedHandler } from '../api/client.ts';
import { queryKeys } from '../api/query-keys.ts';

/** Retrying a 4xx repeats the same refusal; only network trouble and 5xx are worth a retry. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (isApiError(error) && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: { retry: shouldRetry, staleTime: 30_000, refetchOnWindowFocus: false },
    mutations: { retry: false },
  },
});

// A 401 anywhere means the session is gone: forgetting the user sends every screen to /login.
setUnauthorizedHandler(() => {
  queryClient.setQueryData(queryKeys.me, null);
});

/** After sign-in or sign-out nothing cached for the previous user may leak into the next one. */
export function clearUserData(): void {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== queryKeys.me[0] });
}
