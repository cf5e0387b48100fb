import type { Command } from 'commander';
import { verifyAuditChain } from '../../db/audit-repository.ts';
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
    .description('校验审计日志哈希链 Verify the audit log hash chain')
    .action(async () => {
      await runCommand(async ({ handle }) => {
        const { rows, firstBreak } = await verifyAuditChain(handle.db);
        if (firstBreak) {
          console.error(
            `审计日志被篡改 chain broken at row ${firstBreak.id} (${firstBreak.reason}); ${rows} rows verified before it`,
          );
          process.exitCode = 6;
          return;
        }
        console.log(`审计日志完整 audit chain intact: ${rows} rows`);
      });
    });
}
