import { CUSTOMER_RULES, type CustomerField } from '../validation/customer-rules.ts';
import type { ImportColumn } from './import-column.ts';

type Extra = Omit<ImportColumn, 'field' | 'rule'>;

// Headers seen in customer spreadsheets exported from ERPs, 企查查/天眼查 and hand-kept lists.
const EXTRA: Record<Exclude<CustomerField, 'orgUnitId'>, Extra> = {
  name: { aliases: ['公司名称', '企业名称', '单位名称', '客户全称', '名称', 'company'], example: '上海浦江精密机械有限公司' },
  shortName: { aliases: ['客户简称'], example: '浦江精机' },
  creditCode: { aliases: ['信用代码', '社会信用代码', '统一代码', 'USCC'], example: '91310110666007217T' },
  nature: { aliases: ['单位性质', '公司性质', '企业类型', '性质'], vocabulary: 'nature', example: '民营企业' },
  industry: { aliases: ['行业', '行业门类', '国民经济行业'], vocabulary: 'industry', example: '制造业' },
  scale: { aliases: ['规模'], vocabulary: 'scale', example: '中型企业' },
  employees: { aliases: ['人数', '职工人数', '员工数'], example: '320' },
  revenueBand: { aliases: [], vocabulary: 'revenueBand', example: '1亿～10亿元' },
  mainProducts: { aliases: ['主要产品', '主营业务'], example: '数控机床' },
  assets: { aliases: ['总资产'], example: '1.2亿' },
  shareholderStructure: { aliases: ['股权结构'], example: '' },
  strategy: { aliases: [], example: '' },
  annualRevenue: { aliases: ['年营收', '营业收入', '年销售额'], example: '3.5亿' },
  externalCreditRating: { aliases: ['信用评级'], example: 'AA' },
  operatingStatus: { aliases: ['登记状态'], vocabulary: 'operatingStatus', example: '存续（在营）' },
  bottlenecks: { aliases: [], example: '' },
  reputationNotes: { aliases: [], example: '' },
  province: { aliases: ['省', '所在省份', '省份/直辖市'], special: 'province', example: '上海市' },
  city: { aliases: ['市', '所在城市'], example: '上海市' },
  address: { aliases: ['详细地址', '注册地址', '办公地址'], example: '上海市杨浦区军工路1000号' },
  postcode: { aliases: ['邮编'], example: '200433' },
  phone: { aliases: ['联系电话', '公司电话', '座机'], example: '021-65430000' },
  fax: { aliases: [], example: '' },
  email: { aliases: ['邮箱', 'e-mail'], example: 'info@example.com' },
  website: { aliases: ['网站', '官网'], example: 'www.example.com' },
  sourceChannel: { aliases: ['来源'], vocabulary: 'sourceChannel', example: '展会' },
  kaClass: { aliases: [], vocabulary: 'kaClass', example: '' },
  kaLevel: { aliases: [], vocabulary: 'kaLevel', example: '' },
  relationshipLevel: { aliases: [], vocabulary: 'relationshipLevel', example: '供应商' },
  relationshipStage: { aliases: [], vocabulary: 'relationshipStage', example: '接触' },
  lifecycleStatus: { aliases: [], vocabulary: 'lifecycleStatus', example: '潜在客户' },
  needsSegment: { aliases: [], example: '' },
  valueSegment: { aliases: [], example: '' },
  creditCodeCheckWaiver: { aliases: [], example: '' },
}; // prettier-ignore

// Template order: identity and place first, then contact details, size, classification.
const ORDER: readonly CustomerField[] = [
  'name', 'shortName', 'creditCode', 'nature', 'industry', 'province', 'city', 'orgUnitId',
  'address', 'postcode', 'phone', 'fax', 'email', 'website', 'scale', 'employees',
  'revenueBand', 'annualRevenue', 'assets', 'mainProducts', 'operatingStatus',
  'externalCreditRating', 'shareholderStructure', 'strategy', 'bottlenecks', 'reputationNotes',
  'sourceChannel', 'kaClass', 'kaLevel', 'relationshipLevel', 'relationshipStage',
  'lifecycleStatus', 'needsSegment', 'valueSegment', 'creditCodeCheckWaiver',
]; // prettier-ignore

/**
 * Customer files (C1.1, C1.2). The sales region is given by org unit code or name (所属区域:
 * EAST or 华东大区) and resolved by the importer; when the column is absent or blank, the unit
 * chosen for the import applies.
 */
export const CUSTOMER_COLUMNS: readonly ImportColumn[] = ORDER.map((field) =>
  field === 'orgUnitId'
    ? {
        field,
        rule: { kind: 'text', max: 100 },
        aliases: ['销售区域', '区域', '所属单位', '大区', '分公司', 'orgUnit', 'region'],
        defaulted: true,
        example: 'EAST',
      }
    : { field, rule: CUSTOMER_RULES[field], ...EXTRA[field] },
);
