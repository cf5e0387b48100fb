import type { Writable } from 'node:stream';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import type { Command } from 'commander';
import { exportCustomerRecords } from '../../app/export/export-customer-records.ts';
import { exportCustomers } from '../../app/export/export-customers.ts';
import { AppError } from '../../domain/app-error.ts';
import {
  RECORD_EXPORT_KINDS,
  type RecordExportKind,
} from '../../domain/export/record-export-columns.ts';
import { LOCALES, type Locale } from '../../domain/i18n/locale.ts';
import { customerFilterFlags, type CustomerFilterFlags } from '../export-filter-options.ts';
import { idArgument } from '../id-argument.ts';
import { cliLocale, runCommand } from '../run-command.ts';

/** Writes to `<out>.part` and renames when complete, so a failed export leaves no half file. */
async function toFile<T>(out: string, produce: (stream: Writable) => Promise<T>): Promise<T> {
  const partial = `${out}.part`;
  const stream = createWriteStream(partial, { mode: 0o600 });
  try {
    const result = await produce(stream);
    await rename(partial, out);
    return result;
  } catch (error) {
    stream.destroy();
    await rm(partial, { force: true });
    throw error;
  }
}

function localeOf(lang: string | undefined): Locale {
  if (lang === undefined) return cliLocale();
  if ((LOCALES as readonly string[]).includes(lang)) return lang as Locale;
  throw new AppError('validation.failed', { issues: [{ field: 'lang', code: 'validation.enum' }] });
}

export function registerExportCommands(program: Command): void {
  const exporter = program
    .command('export')
    .description('导出 Excel Export lists to .xlsx (C1.12)');

  exporter
    .command('customers')
    .description('导出客户列表 Export the customer list with the list’s filters')
    .requiredOption('--out <file>', 'the .xlsx file to write')
    .option('--q <text>', '名称搜索 name search')
    .option('--org-unit <id>', '所属区域 org unit id (its subtree)')
    .option('--industry <code>', '行业门类 GB/T 4754 section, A–T')
    .option('--tier <tier>', 'A, B, C, D or none')
    .option('--ka-level <level>', 'company, branch or none')
    .option('--lifecycle-status <status>', 'prospect, nominated, key_account, …')
    .option('--ka-class <class>', 'industry, regional or demand')
    .option('--relationship-level <level>', 'vendor, preferred_supplier, partner, …')
    .option('--relationship-stage <stage>', 'awareness, contact, cooperation, stable')
    .option('--needs-segment <text>', '需求细分')
    .option('--value-segment <text>', '价值细分')
    .option('--completeness-below <percent>', '完整度低于 N%')
    .option('--not-reviewed-this-quarter', '本季度未复核')
    .option('--sort <sort>', 'name, -name, updatedAt, -updatedAt, tier, -tier', 'name')
    .option('--lang <locale>', 'zh-CN, zh-TW or en (default: PATRON_LANG / LANG)')
    .action(async (flags: CustomerFilterFlags & { out: string; lang?: string }) => {
      await runCommand(async ({ ctx }) => {
        const input = { ...customerFilterFlags(flags), locale: localeOf(flags.lang) };
        const { rows } = await toFile(flags.out, (out) => exportCustomers(ctx, input, out));
        console.log(`已导出 ${rows} 个客户 exported ${rows} customers → ${flags.out}`);
      });
    });

  exporter
    .command('records <customerId> <kind>')
    .description(`导出客户的记录 Export one customer's ${RECORD_EXPORT_KINDS.join(', ')}`)
    .requiredOption('--out <file>', 'the .xlsx file to write')
    .option('--lang <locale>', 'zh-CN, zh-TW or en (default: PATRON_LANG / LANG)')
    .action(async (customerId: string, kind: string, flags: { out: string; lang?: string }) => {
      await runCommand(async ({ ctx }) => {
        const id = idArgument(customerId, 'id');
        if (!(RECORD_EXPORT_KINDS as readonly string[]).includes(kind))
          throw new AppError('validation.enum', { field: 'kind' });
        const input = {
          customerId: id,
          kind: kind as RecordExportKind,
          locale: localeOf(flags.lang),
        };
        const { rows } = await toFile(flags.out, (out) => exportCustomerRecords(ctx, input, out));
        console.log(`已导出 ${rows} 行 exported ${rows} rows → ${flags.out}`);
      });
    });
}
