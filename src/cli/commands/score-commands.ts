import type { Command } from 'commander';
import { computeRun } from '../../app/scoring/compute-run.ts';
import { createRun } from '../../app/scoring/create-run.ts';
import { finaliseRun } from '../../app/scoring/finalise-run.ts';
import { listRuns } from '../../app/scoring/list-runs.ts';
import { publishRun } from '../../app/scoring/publish-run.ts';
import { startReview } from '../../app/scoring/start-review.ts';
import { AppError } from '../../domain/app-error.ts';
import { runCommand } from '../run-command.ts';
import { stepProgress } from '../step-progress.ts';

function positiveInt(value: string | undefined, field: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 0) throw new AppError('validation.integer', { field });
  return n;
}

/** 评估 Evaluation runs from the command line (C2.3, C2.8), as the local operator. */
export function registerScoreCommands(program: Command): void {
  const score = program.command('score').description('客户分级评估 Evaluation runs (C2)');

  score
    .command('run')
    .description('新建并计算评估 Create a run with the adopted model (or --model) and compute it')
    .requiredOption('--period <label>', "评估期间 '2026', '2026-H1', '2026-Q3' or '2026-07'")
    .option('--model <versionId>', '模型版本 id (must be the adopted version)')
    .option('--appeal-days <n>', '申诉期天数 appeal window in days, 0–90', '7')
    .action(async (flags: { period: string; model?: string; appealDays: string }) => {
      await runCommand(async ({ ctx }) => {
        const step = stepProgress(2);
        const run = await step('新建评估 Creating the run', () =>
          createRun(ctx, {
            periodLabel: flags.period,
            modelVersionId: positiveInt(flags.model, 'modelVersionId'),
            appealWindowDays: positiveInt(flags.appealDays, 'appealWindowDays'),
          }),
        );
        const computed = await step('计算得分 Computing every score', () =>
          computeRun(ctx, run.id),
        );
        console.log(
          `评估 #${computed.id} ${computed.periodLabel}：已计算 ${computed.counts.scored} 个客户 ` +
            `computed ${computed.counts.scored} customers (${computed.counts.written} rows written)`,
        );
      });
    });

  score
    .command('list')
    .description('评估列表 List the runs, newest first')
    .action(async () => {
      await runCommand(async ({ ctx }) => {
        const { items } = await listRuns(ctx, { pageSize: 200 });
        for (const run of items) {
          console.log(
            [
              `#${run.id}`,
              run.periodLabel,
              run.state,
              `${run.modelKey} v${run.modelVersion}`,
              `${run.scoredCount ?? 0} customers`,
              run.appealClosesAt ? `appeals until ${run.appealClosesAt}` : '',
            ]
              .filter(Boolean)
              .join('\t'),
          );
        }
      });
    });

  const transition = (
    name: string,
    description: string,
    act: (ctx: Parameters<typeof startReview>[0], id: number) => Promise<{ state: string }>,
  ) =>
    score
      .command(`${name} <runId>`)
      .description(description)
      .action(async (runId: string) => {
        await runCommand(async ({ ctx }) => {
          const run = await act(ctx, positiveInt(runId, 'runId') ?? 0);
          console.log(`评估 #${runId} → ${run.state}`);
        });
      });
  transition('review', '提交审核 Start management review of a computed run', startReview);
  transition('publish', '公示 Publish a reviewed run and open its appeal window', publishRun);
  transition('finalise', '定级生效 Make the tiers of a published run take effect', finaliseRun);
}
