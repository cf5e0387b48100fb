import type { LocaleShape } from '../../../i18n/locale-shape.ts';
import type { zhCnAccountTeam } from './zh-cn.ts';

/** The account team panel (C7.2), Traditional Chinese. */
export const zhTwAccountTeam: LocaleShape<typeof zhCnAccountTeam> = {
  add: '新增成員',
  addTitle: '新增客戶團隊成員',
  member: '成員',
  memberPlaceholder: '輸入使用者名稱或姓名搜尋',
  noCandidates: '沒有可新增的人員',
  accessHelp: '唯讀：檢視客戶檔案；可編輯：還可修改檔案、聯絡人和各項紀錄',
  change: '修改',
  changeTitle: '修改「{{name}}」的團隊角色或權限',
  remove: '移出',
  removeConfirm: '確定將「{{name}}」移出客戶團隊嗎？其下一次操作起將不能再透過團隊檢視該客戶。',
  added: '已加入客戶團隊',
  changed: '團隊角色和權限已修改',
  removed: '已移出客戶團隊',
  disabled: '已停用',
  since: '{{date}} 加入',
  manageHint: '客戶團隊由銷售總監，以及客戶所屬區域的區域經理和銷售部秘書維護',
};
