import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type { CaseQuery, Tier } from './evaluation-types.ts';
import { evaluationKeys, useRefreshEvaluation } from './evaluation-queries.ts';
import { tierCasesApi } from './tier-cases-api.ts';

type OverrideState = 'proposed' | 'approved' | 'rejected' | 'withdrawn';
type AppealState = 'filed' | 'assigned' | 'decided';
export type OverrideQuery = CaseQuery & { state?: OverrideState };
export type AppealQuery = CaseQuery & { state?: AppealState };

/** Whose cases a list shows: one run's, one customer's, or the viewer's own appeals. */
export type CaseScope = { run: number } | { customer: number } | 'mine';
const scopeKey = (scope: CaseScope) =>
  scope === 'mine' ? 'mine' : 'run' in scope ? `run-${scope.run}` : `customer-${scope.customer}`;

export function useOverrides(scope: Exclude<CaseScope, 'mine'>, query: OverrideQuery) {
  return useQuery({
    queryKey: evaluationKeys.cases('overrides', scopeKey(scope), query),
    queryFn: () =>
      'run' in scope
        ? tierCasesApi.runOverrides(scope.run, query)
        : tierCasesApi.customerOverrides(scope.customer, query),
    placeholderData: keepPreviousData,
  });
}

export function useAppeals(scope: CaseScope, query: AppealQuery) {
  return useQuery({
    queryKey: evaluationKeys.cases('appeals', scopeKey(scope), query),
    queryFn: () =>
      scope === 'mine'
        ? tierCasesApi.myAppeals(query)
        : 'run' in scope
          ? tierCasesApi.runAppeals(scope.run, query)
          : tierCasesApi.customerAppeals(scope.customer, query),
    placeholderData: keepPreviousData,
  });
}

export function useAttachments(appealId: number, enabled: boolean) {
  return useQuery({
    queryKey: evaluationKeys.attachments(appealId),
    queryFn: () => tierCasesApi.attachments(appealId),
    enabled,
  });
}

export function useDecideOverride() {
  const refresh = useRefreshEvaluation();
  return useMutation({
    mutationFn: (args: {
      id: number;
      version: number;
      decision: 'approve' | 'reject';
      decisionNote: string | null;
    }) =>
      tierCasesApi.decideOverride(args.id, args.version, {
        decision: args.decision,
        decisionNote: args.decisionNote,
      }),
    onSettled: refresh,
  });
}

export function useProposeOverride() {
  const refresh = useRefreshEvaluation();
  return useMutation({
    mutationFn: (args: { runId: number; customerId: number; tier: Tier; reason: string }) =>
      tierCasesApi.proposeOverride(args.runId, {
        customerId: args.customerId,
        tier: args.tier,
        reason: args.reason,
      }),
    onSuccess: refresh,
  });
}

/** The committee members an appeal may be assigned to (only the committee may ask). */
export function useInvestigators() {
  return useQuery({
    queryKey: ['scoring', 'investigators'],
    queryFn: () => tierCasesApi.investigators(),
    staleTime: 60_000,
  });
}

export function useAssignAppeal() {
  const refresh = useRefreshEvaluation();
  return useMutation({
    mutationFn: (args: { id: number; version: number; investigatorId: number }) =>
      tierCasesApi.assignAppeal(args.id, args.version, args.investigatorId),
    onSettled: refresh,
  });
}

export function useAnswerAppeal() {
  const refresh = useRefreshEvaluation();
  return useMutation({
    mutationFn: (args: {
      id: number;
      version: number;
      outcome: 'upheld' | 'changed';
      decidedTier: Tier | null;
      answer: string;
    }) =>
      tierCasesApi.answerAppeal(args.id, args.version, {
        outcome: args.outcome,
        decidedTier: args.decidedTier,
        answer: args.answer,
      }),
    onSettled: refresh,
  });
}

/**
 * Files the appeal, then uploads each evidence file to it. The appeal stands even when a file
 * is refused (wrong type, too large): the failures come back so the form can say which.
 */
export function useFileAppeal() {
  const refresh = useRefreshEvaluation();
  return useMutation({
    mutationFn: async (args: {
      runId: number;
      customerId: number;
      reason: string;
      requestedTier: Tier | null;
      files: File[];
    }) => {
      const appeal = await tierCasesApi.fileAppeal(args.runId, {
        customerId: args.customerId,
        reason: args.reason,
        requestedTier: args.requestedTier,
      });
      const failed: { file: string; message: string }[] = [];
      for (const file of args.files) {
        try {
          await tierCasesApi.uploadAttachment(appeal.id, file);
        } catch (error) {
          failed.push({ file: file.name, message: (error as Error).message });
        }
      }
      return { appeal, failed };
    },
    onSuccess: refresh,
  });
}
