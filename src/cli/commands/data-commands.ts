import type { Command } from 'commander';
import { checkpointFilePath } from '../../app/audit/checkpoint-file.ts';
import { verifyAuditLog } from '../../app/audit/verify-audit-log.ts';
import { writeAuditCheckpoint } from '../../app/audit/write-audit-checkpoint.ts';
import { printAuditReport } from './print-audit-report.ts';
import { runCommand } from '../run-command.ts';
import { loadDemo } from '../load-demo-if-empty.ts';

export function registerDataCommands(program: Command): void {
  program
    .command('migrate')
    .description('升级数据库结构 Apply database migrations')
    .action(async () => {
      await runCommand(async ({ handle }) => {
        console.log(`数据库已是最新 migrations applied (${handle.engine})`);
      });
    });

  program
    .command('demo')
    .description('载入演示数据（仅限空数据库） Load demo data into an empty database')
    .option('-c, --customers <n>', 'number of customers', (v) => Number(v))
    .option('-s, --seed <n>', 'random seed (same seed, same data)', (v) => Number(v))
    .action(async (options: { customers?: number; seed?: number }) => {
      await runCommand((runtime) => loadDemo(runtime, options));
    });

  const audit = program.command('audit').description('审计日志 Audit log');
  audit
    .command('verify')
    .description(
      '校验审计日志哈希链及最近的签名检查点 Verify the audit log hash chain and its latest signed checkpoint',
    )
    .action(async () => {
      await runCommand(async ({ ctx, config }) => {
        const report = await verifyAuditLog(ctx, config.auditCheckpointDir);
        printAuditReport(report);
        if (!report.intact) process.exitCode = 6;
      });
    });
  audit
    .command('checkpoint')
    .description(
      '在数据库之外写入签名检查点 Write a signed checkpoint of the audit log outside the database',
    )
    .action(async () => {
      await runCommand(async ({ ctx, config }) => {
        const { checkpoint, written } = await writeAuditCheckpoint(ctx, config.auditCheckpointDir);
        console.log(
          `${written ? '检查点已写入 checkpoint written' : '日志未变，沿用检查点 unchanged since checkpoint'}: row ${checkpoint.lastId} (${checkpoint.rows} rows) → ${checkpointFilePath(config.auditCheckpointDir)}`,
        );
      });
    });
}
