import type { Command } from 'commander';
import { recomputeCompleteness } from '../../app/data-quality/recompute-completeness.ts';
import { runCommand } from '../run-command.ts';

export function registerDataQualityCommands(program: Command): void {
  const dataQuality = program.command('data-quality').description('数据质量 Data quality (C1.11)');
  dataQuality
    .command('recompute')
    .description('重算所有客户的资料完整度 Recompute every customer’s completeness score')
    .action(async () => {
      await runCommand(async ({ ctx }) => {
        let last = -1;
        const { changed } = await recomputeCompleteness(ctx, (done, total) => {
          const percent = Math.floor((100 * done) / total);
          if (percent === last) return;
          last = percent;
          process.stderr.write(`\r完整度 completeness ${percent}%`);
        });
        if (last >= 0) process.stderr.write('\n');
        console.log(
          `已更新 ${changed} 个客户的完整度 completeness updated for ${changed} customers`,
        );
      });
    });
}
