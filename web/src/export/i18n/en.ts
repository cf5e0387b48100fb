import type { LocaleShape } from '../../i18n/locale-shape.ts';
import type { exportZhCn } from './zh-cn.ts';

export const exportEn: LocaleShape<typeof exportZhCn> = {
  button: 'Export to Excel',
  done: 'Exported {{rows}} rows',
  hint: 'Exports every matching row with the current filters, not just this page',
};
