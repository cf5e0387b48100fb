import { useModelVersions } from '../scoring-models/scoring-queries.ts';

/**
 * Whether to offer the committee's buttons (新建评估, 计算得分, 公示…). The runs API has no flag of
 * its own; the model list's `mayEdit` is the server's same rule (the committee, never the
 * auditor). Only a hint for the screen: the server refuses anyone else with 403 anyway.
 */
export function useMayDriveRuns(): boolean {
  return useModelVersions().data?.mayEdit ?? false;
}
