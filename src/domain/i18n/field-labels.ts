import type { Locale, Localised } from './locale.ts';

/** Names of input fields as users see them, for error messages in the API, imports and CLI. */
const FIELD_LABELS: Record<string, Localised> = {
  name: { 'zh-CN': '客户名称', 'zh-TW': '客戶名稱', en: 'Customer name' },
  shortName: { 'zh-CN': '简称', 'zh-TW': '簡稱', en: 'Short name' },
  creditCode: {
    'zh-CN': '统一社会信用代码',
    'zh-TW': '統一社會信用代碼',
    en: 'Unified social credit code',
  },
  creditCodeCheckWaiver: {
    'zh-CN': '校验码例外原因',
    'zh-TW': '校驗碼例外原因',
    en: 'Check-character waiver reason',
  },
  nature: { 'zh-CN': '企业性质', 'zh-TW': '企業性質', en: 'Ownership' },
  industry: { 'zh-CN': '所属行业', 'zh-TW': '所屬行業', en: 'Industry' },
  scale: { 'zh-CN': '企业规模', 'zh-TW': '企業規模', en: 'Company size' },
  employees: { 'zh-CN': '员工人数', 'zh-TW': '員工人數', en: 'Employees' },
  revenueBand: { 'zh-CN': '营收规模', 'zh-TW': '營收規模', en: 'Revenue band' },
  mainProducts: { 'zh-CN': '主营产品', 'zh-TW': '主營產品', en: 'Main products' },
  assets: { 'zh-CN': '资产总额', 'zh-TW': '資產總額', en: 'Total assets' },
  shareholderStructure: { 'zh-CN': '股东结构', 'zh-TW': '股東結構', en: 'Shareholders' },
  strategy: { 'zh-CN': '发展战略', 'zh-TW': '發展戰略', en: 'Strategy' },
  annualRevenue: { 'zh-CN': '年营业收入', 'zh-TW': '年營業收入', en: 'Annual revenue' },
  externalCreditRating: {
    'zh-CN': '外部信用评级',
    'zh-TW': '外部信用評級',
    en: 'External credit rating',
  },
  operatingStatus: { 'zh-CN': '经营状态', 'zh-TW': '經營狀態', en: 'Operating status' },
  bottlenecks: { 'zh-CN': '经营瓶颈', 'zh-TW': '經營瓶頸', en: 'Bottlenecks' },
  reputationNotes: { 'zh-CN': '信誉情况', 'zh-TW': '信譽情況', en: 'Reputation notes' },
  province: { 'zh-CN': '省份', 'zh-TW': '省份', en: 'Province' },
  city: { 'zh-CN': '城市', 'zh-TW': '城市', en: 'City' },
  orgUnitId: { 'zh-CN': '所属区域', 'zh-TW': '所屬區域', en: 'Sales region' },
  address: { 'zh-CN': '地址', 'zh-TW': '地址', en: 'Address' },
  postcode: { 'zh-CN': '邮政编码', 'zh-TW': '郵遞區號', en: 'Postcode' },
  phone: { 'zh-CN': '电话', 'zh-TW': '電話', en: 'Phone' },
  fax: { 'zh-CN': '传真', 'zh-TW': '傳真', en: 'Fax' },
  email: { 'zh-CN': '电子邮箱', 'zh-TW': '電子郵件', en: 'Email' },
  website: { 'zh-CN': '网址', 'zh-TW': '網址', en: 'Website' },
  sourceChannel: { 'zh-CN': '客户来源', 'zh-TW': '客戶來源', en: 'Source channel' },
  kaClass: { 'zh-CN': '大客户类别', 'zh-TW': '大客戶類別', en: 'KA class' },
  kaLevel: { 'zh-CN': '大客户级别', 'zh-TW': '大客戶級別', en: 'KA level' },
  relationshipLevel: { 'zh-CN': '关系层级', 'zh-TW': '關係層級', en: 'Relationship level' },
  relationshipStage: { 'zh-CN': '关系阶段', 'zh-TW': '關係階段', en: 'Relationship stage' },
  lifecycleStatus: { 'zh-CN': '客户状态', 'zh-TW': '客戶狀態', en: 'Lifecycle status' },
  needsSegment: { 'zh-CN': '需求细分', 'zh-TW': '需求細分', en: 'Needs segment' },
  valueSegment: { 'zh-CN': '价值细分', 'zh-TW': '價值細分', en: 'Value segment' },
  username: { 'zh-CN': '用户名', 'zh-TW': '使用者名稱', en: 'Username' },
  password: { 'zh-CN': '密码', 'zh-TW': '密碼', en: 'Password' },
  displayName: { 'zh-CN': '姓名', 'zh-TW': '姓名', en: 'Full name' },
  roles: { 'zh-CN': '角色', 'zh-TW': '角色', en: 'Roles' },
  orgUnit: { 'zh-CN': '所属单位', 'zh-TW': '所屬單位', en: 'Org unit' },
  page: { 'zh-CN': '页码', 'zh-TW': '頁碼', en: 'Page' },
  pageSize: { 'zh-CN': '每页条数', 'zh-TW': '每頁筆數', en: 'Page size' },
  sort: { 'zh-CN': '排序', 'zh-TW': '排序', en: 'Sort' },
  q: { 'zh-CN': '搜索词', 'zh-TW': '搜尋詞', en: 'Search text' },
  tier: { 'zh-CN': '客户等级', 'zh-TW': '客戶等級', en: 'Tier' },
  id: { 'zh-CN': '编号', 'zh-TW': '編號', en: 'ID' },
  'If-Match': {
    'zh-CN': '版本号 (If-Match)',
    'zh-TW': '版本號 (If-Match)',
    en: 'Version (If-Match)',
  },
};

export function fieldLabel(field: string, locale: Locale): string {
  const last = field.split('.').pop() ?? field;
  return FIELD_LABELS[field]?.[locale] ?? FIELD_LABELS[last]?.[locale] ?? field;
}
