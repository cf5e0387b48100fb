import ExcelJS from 'exceljs';
import { fieldLabel } from '../../domain/i18n/field-labels.ts';
import type { Locale, Localised } from '../../domain/i18n/locale.ts';
import { isRequiredColumn } from '../../domain/import/import-column.ts';
import { importColumns } from '../../domain/import/import-columns.ts';
import type { ImportKind } from '../../domain/import/import-kinds.ts';
import { labelForCode } from '../../domain/import/vocabulary-lookup.ts';
import { VOCABULARY_LABELS } from '../../domain/import/vocabulary-labels.ts';

const TEXT: Record<'sheet' | 'help' | 'column' | 'required' | 'values' | 'yes', Localised> = {
  sheet: { 'zh-CN': '导入数据', 'zh-TW': '匯入資料', en: 'Data' },
  help: { 'zh-CN': '填写说明', 'zh-TW': '填寫說明', en: 'How to fill in' },
  column: { 'zh-CN': '列', 'zh-TW': '欄', en: 'Column' },
  required: { 'zh-CN': '必填', 'zh-TW': '必填', en: 'Required' },
  values: { 'zh-CN': '可填写的值', 'zh-TW': '可填寫的值', en: 'Allowed values' },
  yes: { 'zh-CN': '是', 'zh-TW': '是', en: 'Yes' },
};

/** Header of a template column: the field's label, `*` for a required one (ignored on import). */
function templateHeader(field: string, required: boolean, locale: Locale): string {
  return `${fieldLabel(field, locale)}${required ? '*' : ''}`;
}

/**
 * The Excel template of a kind (C1.12): the headers in the reader's language (every language's
 * headers are recognised on import), one example row, and a sheet that lists each column, whether
 * it is required and the values a coded column takes. Cells are text-formatted so Excel keeps
 * credit codes, phone numbers and leading zeros as typed.
 */
export async function importTemplate(kind: ImportKind, locale: Locale): Promise<Buffer> {
  const columns = importColumns(kind);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(TEXT.sheet[locale], {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = columns.map((column) => ({
    header: templateHeader(column.field, isRequiredColumn(column), locale),
    width: Math.max(12, fieldLabel(column.field, locale).length * 2 + 4),
    style: { numFmt: '@' },
  }));
  sheet.addRow(columns.map((column) => exampleOf(column.example, column.vocabulary, locale)));
  sheet.getRow(1).font = { bold: true };
  const help = workbook.addWorksheet(TEXT.help[locale]);
  help.columns = [
    { header: TEXT.column[locale], width: 24 },
    { header: TEXT.required[locale], width: 8 },
    { header: TEXT.values[locale], width: 80 },
  ];
  help.getRow(1).font = { bold: true };
  for (const column of columns) {
    const values = column.vocabulary
      ? Object.keys(VOCABULARY_LABELS[column.vocabulary])
          .map((code) => labelForCode(column.vocabulary!, code, locale))
          .join('、')
      : '';
    help.addRow([
      fieldLabel(column.field, locale),
      isRequiredColumn(column) ? TEXT.yes[locale] : '',
      values,
    ]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The example is written in zh-CN; a coded value is shown as the reader's label of it. */
function exampleOf(
  example: string,
  vocabulary: keyof typeof VOCABULARY_LABELS | undefined,
  locale: Locale,
): string {
  if (!vocabulary || example === '' || locale === 'zh-CN') return example;
  const labels = VOCABULARY_LABELS[vocabulary] as Record<string, readonly string[]>;
  const code = Object.keys(labels).find((c) => labels[c]?.[0] === example);
  return code === undefined ? example : labelForCode(vocabulary, code, locale);
}
