import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { login, logout } from '../api/auth.ts';
import { queryKeys } from '../api/query-keys.ts';
import { clearUserData } from '../app/query-client.ts';

export function useLogin(onSuccess: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ username, password }: { username: string; password: string }) =>
      login(username, password),
    onSuccess: (user) => {
      clearUserData();
      queryClient.setQueryData(queryKeys.me, user);
      onSuccess();
    },
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: logout,
    // Signed out locally even if the server call fails: the user asked to leave. Leaving the
    // page first keeps RequireAuth from adding a ?next= that the next user would inherit.
    onSettled: () => {
      void navigate('/login', { replace: true });
      clearUserData();
      queryClient.setQueryData(queryKeys.me, null);
    },
  });
}
