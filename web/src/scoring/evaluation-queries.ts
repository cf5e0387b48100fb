import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../api/query-keys.ts';
import type { RunInput, RunScoresQuery } from './evaluation-types.ts';
import { runsApi } from './runs-api.ts';

/** Every evaluation cache hangs under one root, so a step of a run refreshes all of it. */
export const evaluationKeys = {
  all: ['evaluation'] as const,
  runs: (page: number, pageSize: number) => ['evaluation', 'runs', page, pageSize] as const,
  review: (id: number) => ['evaluation', 'run', id] as const,
  scores: (id: number, query: RunScoresQuery) =>
    ['evaluation', 'run', id, 'scores', query] as const,
  cases: (kind: 'overrides' | 'appeals', scope: string, query: object) =>
    ['evaluation', 'cases', kind, scope, query] as const,
  attachments: (appealId: number) => ['evaluation', 'attachments', appealId] as const,
};

// Under the customer's keys too, so a refresh of the 360 page refreshes the score card.
export const customerScoreKey = (customerId: number, runId?: number) =>
  [...queryKeys.customer(customerId), 'score', runId ?? 'latest'] as const;

export function useRuns(page: number, pageSize: number) {
  return useQuery({
    queryKey: evaluationKeys.runs(page, pageSize),
    queryFn: () => runsApi.list(page, pageSize),
    placeholderData: keepPreviousData,
  });
}

export function useRunReview(id: number) {
  return useQuery({ queryKey: evaluationKeys.review(id), queryFn: () => runsApi.review(id) });
}

export function useRunScores(id: number, query: RunScoresQuery, enabled: boolean) {
  return useQuery({
    queryKey: evaluationKeys.scores(id, query),
    queryFn: () => runsApi.scores(id, query),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useCustomerScore(customerId: number, runId?: number) {
  return useQuery({
    queryKey: customerScoreKey(customerId, runId),
    queryFn: () => runsApi.customerScore(customerId, runId),
    placeholderData: keepPreviousData,
  });
}

/** After any change of a run or a case: runs, review figures, cases and customers' cards. */
export function useRefreshEvaluation() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: evaluationKeys.all }),
      queryClient.invalidateQueries({ queryKey: queryKeys.customers }),
    ]);
}

export function useCreateRun() {
  const refresh = useRefreshEvaluation();
  return useMutation({
    mutationFn: (input: RunInput) => runsApi.create(input),
    onSuccess: refresh,
  });
}

export type RunStep = 'compute' | 'review' | 'publish' | 'finalise';

/** One mutation for the committee's four steps; the version is the one the screen showed. */
export function useRunStep(id: number) {
  const refresh = useRefreshEvaluation();
  return useMutation({
    mutationFn: ({ step, version }: { step: RunStep; version: number }) => {
      if (step === 'compute') return runsApi.compute(id);
      if (step === 'review') return runsApi.startReview(id, version);
      if (step === 'publish') return runsApi.publish(id, version);
      return runsApi.finalise(id, version);
    },
    // A refused step (412 stale, 409 wrong stage) still reloads: the screen shows the truth.
    onSettled: refresh,
  });
}
