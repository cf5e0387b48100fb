import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { ExportColumn } from '../../domain/export/export-column.ts';
import { exportCellValue, NUMBER_FORMATS } from '../../domain/export/export-cell-value.ts';
import { fieldLabel } from '../../domain/i18n/field-labels.ts';
import type { Locale } from '../../domain/i18n/locale.ts';

export type SheetSpec = { name: string; columns: readonly ExportColumn[]; created: Date };

type Row = Record<string, unknown>;

/**
 * Writes one sheet to `out` with exceljs' streaming writer: each row is committed as it comes,
 * so memory holds one batch, not the workbook. Headers are the fields' labels in `locale`;
 * returns the number of data rows. Resolves once `out` has finished.
 */
export async function writeWorkbook(
  out: Writable,
  sheet: SheetSpec,
  locale: Locale,
  batches: AsyncIterable<readonly Row[]>,
): Promise<number> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    // Inline strings: shared strings would keep every distinct text in memory until the end.
    useSharedStrings: false,
  });
  workbook.creator = 'Patron';
  workbook.created = sheet.created;
  workbook.modified = sheet.created;
  const worksheet = workbook.addWorksheet(sheet.name, {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  worksheet.columns = sheet.columns.map((column) => {
    const numFmt = NUMBER_FORMATS[column.cell.kind];
    return {
      header: fieldLabel(column.label, locale),
      key: column.key,
      width: column.width ?? 14,
      ...(numFmt ? { style: { numFmt } } : {}),
    };
  });
  worksheet.getRow(1).font = { bold: true };
  worksheet.getRow(1).commit();
  let rows = 0;
  for await (const batch of batches) {
    for (const row of batch) {
      worksheet
        .addRow(
          sheet.columns.map((column) => exportCellValue(column.cell, row[column.key], locale)),
        )
        .commit();
      rows++;
    }
  }
  worksheet.commit();
  await workbook.commit();
  return rows;
}
