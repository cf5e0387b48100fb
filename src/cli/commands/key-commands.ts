import type { Command } from 'commander';
import { loadKeyring, rotateKeyFile } from '../../app/crypto/key-files.ts';
import { keyUsage } from '../../app/key-persons/key-usage.ts';
import {
  resealKeyPersonDetails,
  type ResealResult,
} from '../../app/key-persons/reseal-key-person-details.ts';
import { resealTotpSecrets, type TotpResealResult } from '../../app/auth/reseal-totp-secrets.ts';
import { runCommand } from '../run-command.ts';

/** Field-encryption keys (C7.4): see docs/privacy.md for the rotation procedure. */
export function registerKeyCommands(program: Command): void {
  const keys = program.command('keys').description('加密密钥 Field-encryption keys (C7.4)');

  keys
    .command('status')
    .description('各密钥加密的记录数 Rows sealed with each key')
    .action(async () => {
      await runCommand(async ({ ctx }) => {
        const usage = await keyUsage(ctx);
        console.log(`当前密钥 current key: ${usage.current}`);
        console.table(usage.keys);
        if (usage.keys.some((k) => k.status === 'missing' && k.rows > 0)) {
          console.error(
            '有记录的密钥不在密钥文件中 Some rows were sealed with a key that is missing',
          );
          process.exitCode = 1;
        }
      });
    });

  keys
    .command('rotate')
    .description(
      '生成新密钥并重新加密（先停止所有服务） Make a new key and re-seal every row (stop all servers first)',
    )
    .action(async () => {
      await runCommand(async ({ config, ctx }) => {
        const ids = await rotateKeyFile(config.secretKeyFile, ctx.clock.now());
        console.log(`已轮换密钥 rotated key ${ids.from} → ${ids.to}`);
        const keyring = await loadKeyring(config.secretKeyFile);
        report(await resealKeyPersonDetails({ ...ctx, keyring }));
        reportTotp(await resealTotpSecrets({ ...ctx, keyring }));
        console.log('请重启所有服务 Restart every server so it uses the new key');
      });
    });

  keys
    .command('reseal')
    .description('用当前密钥重新加密旧记录 Re-seal rows not sealed with the current key')
    .action(async () => {
      await runCommand(async ({ ctx }) => {
        report(await resealKeyPersonDetails(ctx));
        reportTotp(await resealTotpSecrets(ctx));
      });
    });
}

function report(result: ResealResult): void {
  console.log(`已重新加密 re-sealed ${result.resealed} 行 rows`);
  for (const failure of result.failed) {
    console.error(`  #${failure.id} key ${failure.keyId}: ${failure.reason}`);
  }
  if (result.failed.length > 0) process.exitCode = 1;
}

function reportTotp(result: TotpResealResult): void {
  console.log(`已重新加密动态验证码密钥 re-sealed ${result.resealed} 个 TOTP secrets`);
  for (const failure of result.failed) {
    console.error(
      `  user #${failure.userId} key ${failure.keyId}: ${failure.reason} (patron user totp-reset)`,
    );
  }
  if (result.failed.length > 0) process.exitCode = 1;
}
