import type { Command } from 'commander';
import { randomBytes } from 'node:crypto';
import { addUser } from '../../app/users/add-user.ts';
import { disableUser } from '../../app/users/disable-user.ts';
import { listUsers } from '../../app/users/list-users.ts';
import { ROLES } from '../../domain/roles.ts';
import { runCommand } from '../run-command.ts';
import { readStdin } from '../read-stdin.ts';

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
        const password = options.passwordStdin
          ? (await readStdin()).trim()
          : `Pt-${randomBytes(9).toString('base64url')}`;
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
          })),
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
