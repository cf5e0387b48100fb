import ExcelJS from 'exceljs';
import { fieldLabel } from '../../domain/i18n/field-labels.ts';
import type { Locale, Localised } from '../../domain/i18n/locale.ts';
import { importErrorMessage, type ImportReport } from '../../domain/import/import-report.ts';
import { safeCellText } from '../../domain/import/safe-cell.ts';

const TEXT: Record<'sheet' | 'row' | 'column' | 'field' | 'value' | 'reason', Localised> = {
  sheet: { 'zh-CN': '错误报告', 'zh-TW': '錯誤報告', en: 'Errors' },
  row: { 'zh-CN': '行号', 'zh-TW': '列號', en: 'Row' },
  column: { 'zh-CN': '列', 'zh-TW': '欄', en: 'Column' },
  field: { 'zh-CN': '字段', 'zh-TW': '欄位', en: 'Field' },
  value: { 'zh-CN': '值', 'zh-TW': '值', en: 'Value' },
  reason: { 'zh-CN': '原因', 'zh-TW': '原因', en: 'Reason' },
};

/**
 * A dry run's row errors as a workbook (row number, column, field, value, reason in the reader's
 * language). The values came from an uploaded file, so text that a spreadsheet would run as a
 * formula is neutralised.
 */
export async function importErrorReport(report: ImportReport, locale: Locale): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(TEXT.sheet[locale], {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = [
    { header: TEXT.row[locale], width: 8 },
    { header: TEXT.column[locale], width: 22 },
    { header: TEXT.field[locale], width: 22 },
    { header: TEXT.value[locale], width: 30 },
    { header: TEXT.reason[locale], width: 70 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const error of report.errors) {
    sheet.addRow([
      error.row,
      safeCellText(error.column ?? ''),
      fieldLabel(error.field, locale),
      safeCellText(error.value),
      importErrorMessage(error, locale),
    ]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
