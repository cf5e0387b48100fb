import { Command } from 'commander';
import { PATRON_VERSION } from '../app/version.ts';
import { registerServeCommands } from './commands/serve-commands.ts';
import { registerDataCommands } from './commands/data-commands.ts';
import { registerUserCommands } from './commands/user-commands.ts';
import { registerDataQualityCommands } from './commands/data-quality-commands.ts';
import { registerKeyCommands } from './commands/key-commands.ts';
import { registerExportCommands } from './commands/export-commands.ts';
import { registerImportCommands } from './commands/import-commands.ts';
import { registerScoreCommands } from './commands/score-commands.ts';
import { registerBackupCommands } from './commands/backup-commands.ts';
import { registerPrivacyCommands } from './commands/privacy-commands.ts';
import { registerTeamCommands } from './commands/team-commands.ts';

const program = new Command('patron')
  .description('Patron 大客户管理 — key account and tiered customer management')
  .version(PATRON_VERSION);

registerServeCommands(program);
registerDataCommands(program);
registerUserCommands(program);
registerDataQualityCommands(program);
registerKeyCommands(program);
registerExportCommands(program);
registerImportCommands(program);
registerScoreCommands(program);
registerBackupCommands(program);
registerPrivacyCommands(program);
registerTeamCommands(program);

await program.parseAsync(process.argv);
