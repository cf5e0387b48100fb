import type { Command } from 'commander';
import { randomBytes } from 'node:crypto';
import { addUser } from '../../app/users/add-user.ts';
import { disableUser } from '../../app/users/disable-user.ts';
import { listUsers } from '../../app/users/list-users.ts';
import { resetTotp } from '../../app/users/reset-totp.ts';
import { setUserPassword } from '../../app/users/set-user-password.ts';
import { ROLES } from '../../domain/roles.ts';
import { runCommand } from '../run-command.ts';
import { readStdin } from '../read-stdin.ts';

/** A password for someone to change at once: 12 random bytes, far from any common one. */
function generatedPassword(): string {
  return `Pt-${randomBytes(12).toString('base64url')}`;
}

export function registerUserCommands(program: Command): void {
  const user = program.command('user').description('用户管理 Manage user accounts');

  user
    .command('add')
    .description('新建用户 Create a user (prints a generated password unless --password-stdin)')
    .requiredOption('-u, --username <username>', 'login name, e.g. zhang.wei')
    .requiredOption('-n, --name <displayName>', 'full name, e.g. 张伟')
    .requiredOption('-o, --org-unit <code>', 'org unit code, e.g. HQ or EAST')
    .requiredOption('-r, --role <role...>', `one or more of: ${ROLES.join(', ')}`)
    .option('--password-stdin', 'read the password from standard input')
    .action(
      async (options: {
        username: string;
        name: string;
        orgUnit: string;
        role: string[];
        passwordStdin?: boolean;
      }) => {
        const password = options.passwordStdin ? (await readStdin()).trim() : generatedPassword();
        await runCommand(async ({ ctx }) => {
          const { id } = await addUser(ctx, {
            username: options.username,
            displayName: options.name,
            password,
            orgUnitCode: options.orgUnit,
            roles: options.role,
          });
          console.log(`已创建用户 created user #${id} ${options.username}`);
          if (!options.passwordStdin) console.log(`初始密码 initial password: ${password}`);
        });
      },
    );

  user
    .command('list')
    .description('列出用户 List users')
    .option('--json', 'print JSON')
    .action(async (options: { json?: boolean }) => {
      await runCommand(async ({ ctx }) => {
        const users = await listUsers(ctx);
        if (options.json) {
          console.log(JSON.stringify(users, null, 2));
          return;
        }
        console.table(
          users.map((u) => ({
            username: u.username,
            name: u.displayName,
            orgUnit: u.orgUnit.name,
            roles: u.roles.join(','),
            disabled: u.disabled,
            totp: u.totp,
          })),
        );
      });
    });

  user
    .command('password <username>')
    .description(
      '重设用户密码并结束其会话 Set a new password for a user and end their sessions (prints a generated one unless --password-stdin)',
    )
    .option('--password-stdin', 'read the password from standard input')
    .action(async (username: string, options: { passwordStdin?: boolean }) => {
      const password = options.passwordStdin ? (await readStdin()).trim() : generatedPassword();
      await runCommand(async ({ ctx }) => {
        await setUserPassword(ctx, { username, password });
        console.log(`已重设密码 password set for ${username}`);
        if (!options.passwordStdin) console.log(`新密码 new password: ${password}`);
      });
    });

  user
    .command('totp-reset <username>')
    .description(
      "重置两步验证（手机丢失或更换）并结束其会话 Remove a user's authenticator (lost or new phone) and end their sessions",
    )
    .action(async (username: string) => {
      await runCommand(async ({ ctx }) => {
        const { removed } = await resetTotp(ctx, username);
        console.log(
          removed
            ? `已重置两步验证 authenticator removed for ${username}; they set up a new one at the next sign-in`
            : `${username} 未绑定身份验证器 had no authenticator; their sessions are ended`,
        );
      });
    });

  user
    .command('disable <username>')
    .description('停用用户并结束其会话 Disable a user and end their sessions')
    .action(async (username: string) => {
      await runCommand(async ({ ctx }) => {
        await disableUser(ctx, username);
        console.log(`已停用 disabled ${username}`);
      });
    });
}
