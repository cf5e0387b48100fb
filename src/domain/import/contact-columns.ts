import { CONTACT_ISSUE_PREFIX, CONTACT_RULES } from '../validation/contact-rules.ts';
import type { ImportColumn } from './import-column.ts';
import { CREDIT_CODE_COLUMN } from './credit-code-column.ts';

const p = CONTACT_ISSUE_PREFIX;

/**
 * Contacts (C1.3), each naming its customer by credit code. A contact is identified by its
 * customer and name, so importing the same sheet twice updates rather than duplicates.
 */
export const CONTACT_COLUMNS: readonly ImportColumn[] = [
  CREDIT_CODE_COLUMN,
  { field: `${p}name`, rule: CONTACT_RULES.name, aliases: ['联系人', '姓名', '名字'], example: '王建国' },
  { field: `${p}gender`, rule: CONTACT_RULES.gender, aliases: [], vocabulary: 'gender', example: '男' },
  { field: `${p}birthday`, rule: CONTACT_RULES.birthday, aliases: ['出生日期'], example: '1975-08-16' },
  { field: `${p}title`, rule: CONTACT_RULES.title, aliases: ['职位', '头衔'], example: '采购部经理' },
  { field: `${p}department`, rule: CONTACT_RULES.department, aliases: ['所在部门'], example: '采购部' },
  { field: `${p}mobile`, rule: CONTACT_RULES.mobile, aliases: ['手机号', '手机号码', '移动电话'], example: '13812345678' },
  { field: `${p}phone`, rule: CONTACT_RULES.phone, aliases: ['电话', '办公电话', '座机', '固定电话'], example: '021-65430001' },
  { field: `${p}email`, rule: CONTACT_RULES.email, aliases: ['邮箱', '电子邮箱'], example: 'wang@example.com' },
  { field: `${p}address`, rule: CONTACT_RULES.address, aliases: ['地址'], example: '' },
  { field: `${p}buyingRole`, rule: CONTACT_RULES.buyingRole, aliases: ['角色'], vocabulary: 'buyingRole', example: '决策者' },
  { field: `${p}isKeyPerson`, rule: { kind: 'enum', values: ['true', 'false'] }, aliases: ['是否关键人', '关键人物'], vocabulary: 'boolean', example: '是' },
]; // prettier-ignore
