import type { Command } from 'commander';
import { addTeamMember } from '../../app/teams/add-team-member.ts';
import { changeTeamMember } from '../../app/teams/change-team-member.ts';
import { listAccountTeam } from '../../app/teams/list-account-team.ts';
import { removeTeamMember } from '../../app/teams/remove-team-member.ts';
import type { TeamMemberDto } from '../../app/teams/team-member-dto.ts';
import { userIdOf } from '../../app/users/user-id-of.ts';
import { TEAM_ACCESS_LEVELS, TEAM_ROLES } from '../../domain/customer-fields.ts';
import { idArgument } from '../id-argument.ts';
import { runCommand } from '../run-command.ts';

type MemberOptions = { role?: string; access?: string };

const customerIdOf = (text: string) => idArgument(text, 'customerId');

function memberLine(member: TeamMemberDto): string {
  const disabled = member.disabled ? '\t已停用 disabled' : '';
  return `${member.username}\t${member.displayName}\t${member.teamRole}\t${member.accessLevel}\t${member.since.slice(0, 10)}${disabled}`;
}

/**
 * 客户团队 (C7.2) from the command line: the same use cases, checks and audit rows as the 360
 * page's team panel, as the local operator (docs/cli.md) — for handing accounts over in bulk
 * from a script, one member at a time.
 */
export function registerTeamCommands(program: Command): void {
  const team = program.command('team').description('客户团队 Account teams (C7.2)');

  team
    .command('list <customerId>')
    .description('列出客户团队 List a customer’s account team')
    .option('--json', 'print JSON')
    .action(async (customer: string, options: { json?: boolean }) => {
      await runCommand(async ({ ctx }) => {
        const { items } = await listAccountTeam(ctx, customerIdOf(customer));
        if (options.json) console.log(JSON.stringify(items, null, 2));
        else for (const member of items) console.log(memberLine(member));
      });
    });

  team
    .command('add <customerId> <username>')
    .description('加入客户团队 Put a user on a customer’s account team')
    .requiredOption('-r, --role <teamRole>', `one of: ${TEAM_ROLES.join(', ')}`)
    .option(
      '-a, --access <level>',
      `${TEAM_ACCESS_LEVELS.join(' or ')} (default: edit for a manager, else read)`,
    )
    .action(async (customer: string, username: string, options: MemberOptions) => {
      await runCommand(async ({ ctx }) => {
        const customerId = customerIdOf(customer);
        const userId = await userIdOf(ctx, username);
        const member = await addTeamMember(ctx, customerId, {
          userId,
          teamRole: options.role,
          accessLevel: options.access,
        });
        console.log(`已加入 added to customer #${customerId}: ${memberLine(member)}`);
      });
    });

  team
    .command('change <customerId> <username>')
    .description('修改团队角色或权限 Change a member’s team role or access level')
    .option('-r, --role <teamRole>', `one of: ${TEAM_ROLES.join(', ')}`)
    .option('-a, --access <level>', TEAM_ACCESS_LEVELS.join(' or '))
    .action(async (customer: string, username: string, options: MemberOptions) => {
      await runCommand(async ({ ctx }) => {
        const customerId = customerIdOf(customer);
        const userId = await userIdOf(ctx, username);
        const member = await changeTeamMember(ctx, customerId, userId, {
          teamRole: options.role,
          accessLevel: options.access,
        });
        console.log(`已修改 changed on customer #${customerId}: ${memberLine(member)}`);
      });
    });

  team
    .command('remove <customerId> <username>')
    .description('移出客户团队 Take a user off a customer’s account team')
    .action(async (customer: string, username: string) => {
      await runCommand(async ({ ctx }) => {
        const customerId = customerIdOf(customer);
        await removeTeamMember(ctx, customerId, await userIdOf(ctx, username));
        console.log(`已移出 removed ${username} from customer #${customerId}`);
      });
    });
}
