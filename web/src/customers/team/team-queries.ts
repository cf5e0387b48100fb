import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../api/query-keys.ts';
import {
  addTeamMember,
  changeTeamMember,
  getAccountTeam,
  listTeamCandidates,
  removeTeamMember,
} from './team-api.ts';
import type { TeamMemberChange, TeamMemberInput } from './team-types.ts';

const teamKey = (customerId: number) => [...queryKeys.customer(customerId), 'team'] as const;

export function useAccountTeam(customerId: number) {
  return useQuery({ queryKey: teamKey(customerId), queryFn: () => getAccountTeam(customerId) });
}

/** The picker's matches; asked for only while the add dialog is open. */
export function useTeamCandidates(customerId: number, q: string, enabled: boolean) {
  return useQuery({
    queryKey: [...teamKey(customerId), 'candidates', q] as const,
    queryFn: () => listTeamCandidates(customerId, q),
    enabled,
    placeholderData: keepPreviousData,
  });
}

function useRefreshCustomer(customerId: number) {
  const queryClient = useQueryClient();
  // The team, the 360 view (its team line) and the change history all show what just changed.
  return () => queryClient.invalidateQueries({ queryKey: queryKeys.customer(customerId) });
}

export function useAddTeamMember(customerId: number) {
  const refresh = useRefreshCustomer(customerId);
  return useMutation({
    mutationFn: (input: TeamMemberInput) => addTeamMember(customerId, input),
    onSuccess: refresh,
  });
}

export function useChangeTeamMember(customerId: number) {
  const refresh = useRefreshCustomer(customerId);
  return useMutation({
    mutationFn: (args: { userId: number; change: TeamMemberChange }) =>
      changeTeamMember(customerId, args.userId, args.change),
    onSuccess: refresh,
  });
}

export function useRemoveTeamMember(customerId: number) {
  const refresh = useRefreshCustomer(customerId);
  return useMutation({
    mutationFn: (userId: number) => removeTeamMember(customerId, userId),
    onSuccess: refresh,
  });
}
