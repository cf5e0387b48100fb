import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ScoringModel } from '../../../src/domain/scoring/model-types.ts';
import {
  adoptModelVersion,
  createModelVersion,
  deleteDraft,
  getAdoptedModelVersion,
  getModelVersion,
  listModelVersions,
  saveDraft,
} from './scoring-api.ts';

export const scoringKeys = {
  all: ['scoring-models'] as const,
  list: ['scoring-models', 'list'] as const,
  adopted: ['scoring-models', 'adopted'] as const,
  version: (id: number) => ['scoring-models', 'version', id] as const,
};

export function useModelVersions() {
  return useQuery({ queryKey: scoringKeys.list, queryFn: listModelVersions });
}

export function useModelVersion(id: number) {
  return useQuery({ queryKey: scoringKeys.version(id), queryFn: () => getModelVersion(id) });
}

/** The adopted model changes rarely (a committee decision): cached for a while. */
export function useAdoptedModel() {
  return useQuery({
    queryKey: scoringKeys.adopted,
    queryFn: getAdoptedModelVersion,
    staleTime: 5 * 60_000,
  });
}

function useRefreshModels() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: scoringKeys.all });
}

export function useCreateDraft() {
  const refresh = useRefreshModels();
  return useMutation({
    mutationFn: (input: { copyFrom: number } | { definition: ScoringModel }) =>
      createModelVersion(input),
    onSuccess: refresh,
  });
}

export function useSaveDraft(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (args: { revision: number; definition: ScoringModel }) =>
      saveDraft(id, args.revision, args.definition),
    onSuccess: async (saved) => {
      queryClient.setQueryData(scoringKeys.version(id), saved);
      await queryClient.invalidateQueries({ queryKey: scoringKeys.list });
    },
  });
}

export function useDeleteDraft() {
  const refresh = useRefreshModels();
  return useMutation({
    mutationFn: (args: { id: number; revision: number }) => deleteDraft(args.id, args.revision),
    onSuccess: refresh,
  });
}

export function useAdoptVersion() {
  const refresh = useRefreshModels();
  return useMutation({ mutationFn: adoptModelVersion, onSuccess: refresh });
}
