/** Simplified Chinese for Excel exports (C1.12); the source of LocaleShape. */
export const exportZhCn = {
  button: '导出 Excel',
  done: '已导出 {{rows}} 行',
  hint: '按当前筛选条件导出全部记录（不限于本页）',
};
