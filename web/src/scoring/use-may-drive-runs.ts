import { useRuns } from './evaluation-queries.ts';

/**
 * Whether to offer the committee's buttons (新建评估, 计算得分, 公示…): the runs list says so
 * (`mayDriveRuns`, the server's rule: the committee, never the auditor). Only a hint for the
 * screen: every step is checked again on the server.
 */
export function useMayDriveRuns(): boolean {
  return useRuns(1, 1).data?.mayDriveRuns ?? false;
}
