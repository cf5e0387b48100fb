import type { Command } from 'commander';
import { readFile, writeFile } from 'node:fs/promises';
import { commitImport } from '../../app/import/commit-import.ts';
import { dryRunImport } from '../../app/import/dry-run-import.ts';
import { importErrorReport } from '../../app/import/import-error-report.ts';
import { fileSource } from '../../app/import/import-source.ts';
import { importTemplate } from '../../app/import/import-template.ts';
import { listOrgUnits } from '../../app/org-units/list-org-units.ts';
import type { AppContext } from '../../app/context.ts';
import { AppError } from '../../domain/app-error.ts';
import type { ColumnMappingInput } from '../../domain/import/header-match.ts';
import { parseColumnMapping } from '../../domain/import/parse-column-mapping.ts';
import { IMPORT_KINDS, isImportKind, type ImportKind } from '../../domain/import/import-kinds.ts';
import { importErrorMessage, type ImportReport } from '../../domain/import/import-report.ts';
import { progressBar } from '../progress-bar.ts';
import { cliLocale, reportError, runCommand } from '../run-command.ts';

type ImportOptions = {
  dryRun?: boolean;
  mapping?: string;
  orgUnit?: string;
  skipInvalid?: boolean;
  report?: string;
};

// Errors printed to the terminal; the rest are in the --report workbook.
const PRINTED_ERRORS = 20;

export function registerImportCommands(program: Command): void {
  program
    .command('import')
    .description(`导入 Excel/CSV Import a file (kinds: ${IMPORT_KINDS.join(', ')})`)
    .argument('<kind>', IMPORT_KINDS.join(' | '))
    .argument('<file>', '.xlsx or .csv (UTF-8, UTF-8 with BOM, GBK)')
    .option('--dry-run', '只检查不写入 check every row, write nothing')
    .option('--mapping <json|file.json>', '列映射 {"表头": "字段", "忽略的表头": null}')
    .option('--org-unit <code>', '客户的默认销售区域 default sales region of new customers')
    .option('--skip-invalid', '跳过错误行，导入其余行 import the good rows, leave the bad ones')
    .option('--report <file.xlsx>', '把错误报告写入 Excel write the row errors to a workbook')
    .action(async (kind: string, file: string, options: ImportOptions) => {
      await runCommand(async ({ ctx }) => {
        const report = await runCliImport(ctx, checkedKind(kind), file, options);
        printReport(report);
        if (options.report) {
          await writeFile(options.report, await importErrorReport(report, cliLocale()));
          console.log(`错误报告 error report: ${options.report}`);
        }
        if (report.status === 'invalid') process.exitCode = 2;
      });
    });

  program
    .command('import-template')
    .description('生成导入模板 Write the Excel template of a kind')
    .argument('<kind>', IMPORT_KINDS.join(' | '))
    .argument('[file]', 'output file (default: <kind>-template.xlsx)')
    .action(async (kind: string, file: string | undefined) => {
      // Needs no database, so it does not open the runtime (and works beside a running server).
      try {
        const target = file ?? `${checkedKind(kind)}-template.xlsx`;
        await writeFile(target, await importTemplate(checkedKind(kind), cliLocale()));
        console.log(`已生成模板 template written: ${target}`);
      } catch (error) {
        reportError(error);
      }
    });
}

async function runCliImport(
  ctx: AppContext,
  kind: ImportKind,
  file: string,
  options: ImportOptions,
) {
  const source = await fileSource(file);
  const bar = progressBar(options.dryRun ? '检查 checking' : '导入 importing');
  const request = {
    kind,
    source,
    mapping: options.mapping ? await readMapping(options.mapping) : undefined,
    orgUnitId: options.orgUnit ? await orgUnitIdOf(ctx, options.orgUnit) : undefined,
    skipInvalid: options.skipInvalid === true,
    onProgress: (p: { rows: number; bytes: number; totalBytes: number }) =>
      bar.update(p.bytes, p.totalBytes, p.rows),
  };
  try {
    return await (options.dryRun ? dryRunImport(ctx, request) : commitImport(ctx, request));
  } finally {
    bar.done();
  }
}

function checkedKind(kind: string): ImportKind {
  if (isImportKind(kind)) return kind;
  throw new AppError('validation.enum', { field: 'importKind', params: { value: kind } });
}

async function readMapping(option: string): Promise<ColumnMappingInput> {
  const text = option.trim().startsWith('{') ? option : await readFile(option, 'utf8');
  return parseColumnMapping(text);
}

async function orgUnitIdOf(ctx: AppContext, code: string): Promise<number> {
  const { items } = await listOrgUnits(ctx);
  const unit = items.find((u) => u.code.toLowerCase() === code.toLowerCase() || u.name === code);
  if (!unit)
    throw new AppError('validation.unknown_org_unit', {
      field: 'orgUnitId',
      params: { value: code },
    });
  return unit.id;
}

function printReport(report: ImportReport): void {
  const locale = cliLocale();
  const verb =
    report.status === 'committed'
      ? '已导入 imported'
      : report.dryRun
        ? '试导入 dry run'
        : '未导入 nothing imported';
  console.log(
    `${verb}: ${report.rows} 行 rows, ${report.errorRows} 行有错误 with errors; ` +
      `新增 created ${report.created}, 更新 updated ${report.updated}, 未变 unchanged ${report.unchanged}`,
  );
  for (const error of report.errors.slice(0, PRINTED_ERRORS)) {
    const where = error.column ? `「${error.column}」` : '';
    console.log(
      `  第 ${error.row} 行 row ${where} ${error.value}: ${importErrorMessage(error, locale)}`,
    );
  }
  if (report.errors.length > PRINTED_ERRORS || report.errorsTruncated) {
    console.log(`  … 更多错误见 --report more errors: use --report <file.xlsx>`);
  }
  for (const hint of report.nameCandidates.slice(0, PRINTED_ERRORS)) {
    const names = hint.candidates.map((c) => `${c.name} (#${c.id})`).join('、');
    console.log(`  第 ${hint.row} 行 row ${hint.name} 可能与已有客户重复 may duplicate: ${names}`);
  }
}
