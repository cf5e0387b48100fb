import type { Command } from 'commander';
import { withActor } from '../../app/context.ts';
import { runRetentionPurge } from '../../app/privacy/run-retention-purge.ts';
import { runCommand } from '../run-command.ts';

/** Personal-information retention (C7.7, docs/privacy.md "Retention and purge"). */
export function registerPrivacyCommands(program: Command): void {
  const privacy = program.command('privacy').description('个人信息 Personal data (C7.7)');

  privacy
    .command('purge')
    .description('清除超过保存期限的个人信息 Erase personal data past its retention')
    .option('--dry-run', '只统计，不修改 Count only, change nothing')
    .action(async (options: { dryRun?: boolean }) => {
      await runCommand(async ({ config, ctx }) => {
        const result = await runRetentionPurge(
          withActor(ctx, { kind: 'system', name: 'retention' }),
          config.retention,
          { dryRun: options.dryRun === true },
        );
        const verb = result.dryRun ? '将删除 would erase' : '已删除 erased';
        console.log(`${verb} ${result.contacts} 位联系人 contacts`);
        if (result.loginIpsHiddenThrough !== null)
          console.log(
            `登录 IP 隐藏至审计记录 sign-in addresses hidden through audit #${result.loginIpsHiddenThrough}`,
          );
      });
    });
}
