import type { LocaleShape } from '../../i18n/locale-shape.ts';
import type { exportZhCn } from './zh-cn.ts';

export const exportZhTw: LocaleShape<typeof exportZhCn> = {
  button: '匯出 Excel',
  done: '已匯出 {{rows}} 筆',
  hint: '依目前篩選條件匯出全部資料（不限於本頁）',
};
