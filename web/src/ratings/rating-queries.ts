import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../api/query-keys.ts';
import { listRatings, rateIndicator, ratingHistory } from './ratings-api.ts';

// Under the customer's keys, so whatever refreshes the customer refreshes its ratings too.
const ratingsKey = (customerId: number) => [...queryKeys.customer(customerId), 'ratings'] as const;

export function useRatings(customerId: number, enabled = true) {
  return useQuery({
    queryKey: ratingsKey(customerId),
    queryFn: () => listRatings(customerId),
    enabled,
  });
}

export function useRatingHistory(customerId: number, indicatorId: string) {
  return useQuery({
    queryKey: [...ratingsKey(customerId), indicatorId, 'history'],
    queryFn: () => ratingHistory(customerId, indicatorId),
  });
}

export function useRate(customerId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (args: { indicatorId: string; value: number; note: string | null }) =>
      rateIndicator(customerId, args.indicatorId, { value: args.value, note: args.note }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ratingsKey(customerId) }),
  });
}
