import type {
  BuyingRole,
  Gender,
  IndustrySection,
  KaClass,
  KaLevel,
  LifecycleStatus,
  Nature,
  OperatingStatus,
  RelationshipLevel,
  RelationshipStage,
  RevenueBand,
  Scale,
  SourceChannel,
  TransactionChannel,
} from '../customer-fields.ts';

/**
 * What people write in a spreadsheet cell for each code: the zh-CN, zh-TW and English labels
 * (the same words as the web app's locale files) first, then common synonyms. Imports read any
 * of them; exports write the label of the reader's locale.
 */
export type Labels = readonly [zhCn: string, zhTw: string, en: string, ...synonyms: string[]];

export const NATURE_LABELS: Record<Nature, Labels> = {
  state_owned: ['国有企业', '國營企業', 'State-owned', '国企', '国有', '央企', '国有控股', 'SOE'],
  private: ['民营企业', '民營企業', 'Private', '民企', '民营', '私营企业', '私企', '私營企業'],
  foreign: ['外资企业', '外資企業', 'Foreign-owned', '外资', '外企', '外商独资', '外商獨資'],
  joint_venture: ['合资企业', '合資企業', 'Joint venture', '合资', '中外合资', 'JV'],
  government: ['政府机关', '政府機關', 'Government agency', '政府', '机关', '機關'],
  public_institution: ['事业单位', '公營事業單位', 'Public institution', '事業單位'],
  other: ['其他', '其他', 'Other', '其它'],
};

export const INDUSTRY_LABELS: Record<IndustrySection, Labels> = {
  A: ['农、林、牧、渔业', '農、林、牧、漁業', 'Agriculture, forestry, animal husbandry and fishery', '农林牧渔业', '农业'],
  B: ['采矿业', '採礦業', 'Mining', '矿业'],
  C: ['制造业', '製造業', 'Manufacturing'],
  D: ['电力、热力、燃气及水生产和供应业', '電力、熱力、燃氣及水生產和供應業', 'Production and supply of electricity, heat, gas and water', '电力热力燃气及水生产和供应业', '能源', '电力'],
  E: ['建筑业', '建築業', 'Construction'],
  F: ['批发和零售业', '批發和零售業', 'Wholesale and retail trade', '批发零售业', '批发和零售'],
  G: ['交通运输、仓储和邮政业', '交通運輸、倉儲和郵政業', 'Transport, storage and post', '交通运输仓储和邮政业', '交通运输'],
  H: ['住宿和餐饮业', '住宿和餐飲業', 'Accommodation and catering', '住宿餐饮业'],
  I: ['信息传输、软件和信息技术服务业', '資訊傳輸、軟體和資訊技術服務業', 'Information transmission, software and IT services', '信息传输软件和信息技术服务业', 'IT', '软件和信息技术服务业'],
  J: ['金融业', '金融業', 'Finance'],
  K: ['房地产业', '房地產業', 'Real estate', '房地产'],
  L: ['租赁和商务服务业', '租賃和商務服務業', 'Leasing and business services'],
  M: ['科学研究和技术服务业', '科學研究和技術服務業', 'Scientific research and technical services'],
  N: ['水利、环境和公共设施管理业', '水利、環境和公共設施管理業', 'Water conservancy, environment and public facilities management', '水利环境和公共设施管理业'],
  O: ['居民服务、修理和其他服务业', '居民服務、修理和其他服務業', 'Resident, repair and other services', '居民服务修理和其他服务业'],
  P: ['教育', '教育', 'Education'],
  Q: ['卫生和社会工作', '衛生和社會工作', 'Health and social work'],
  R: ['文化、体育和娱乐业', '文化、體育和娛樂業', 'Culture, sports and entertainment', '文化体育和娱乐业'],
  S: ['公共管理、社会保障和社会组织', '公共管理、社會保障和社會組織', 'Public administration, social security and social organisations', '公共管理社会保障和社会组织'],
  T: ['国际组织', '國際組織', 'International organisations'],
}; // prettier-ignore

export const SCALE_LABELS: Record<Scale, Labels> = {
  micro: ['微型企业', '微型企業', 'Micro', '微型'],
  small: ['小型企业', '小型企業', 'Small', '小型'],
  medium: ['中型企业', '中型企業', 'Medium', '中型'],
  large: ['大型企业', '大型企業', 'Large', '大型'],
};

export const REVENUE_BAND_LABELS: Record<RevenueBand, Labels> = {
  lt_10m: ['1000万元以下', '1,000萬元以下', 'Under ¥10 m'],
  '10m_100m': ['1000万～1亿元', '1,000萬～1億元', '¥10 m – 100 m', '1000万-1亿元'],
  '100m_1b': ['1亿～10亿元', '1億～10億元', '¥100 m – 1 bn', '1亿-10亿元'],
  '1b_10b': ['10亿～100亿元', '10億～100億元', '¥1 bn – 10 bn', '10亿-100亿元'],
  gte_10b: ['100亿元及以上', '100億元以上', '¥10 bn and over', '100亿元以上'],
};

export const OPERATING_STATUS_LABELS: Record<OperatingStatus, Labels> = {
  operating: ['存续（在营）', '營業中', 'Operating', '存续', '在营', '在业', '开业'],
  suspended: ['停业', '停業', 'Suspended'],
  deregistered: ['注销', '已註銷', 'Deregistered', '已注销'],
  revoked: ['吊销', '已廢止', 'Licence revoked', '已吊销'],
};

export const SOURCE_CHANNEL_LABELS: Record<SourceChannel, Labels> = {
  visit: ['上门拜访', '登門拜訪', 'Sales visit', '拜访'],
  market_research: ['市场调研', '市場調查', 'Market research'],
  feedback: ['客户反馈', '客戶回饋', 'Customer feedback'],
  online: ['网络', '網路', 'Online', '网上', '互联网'],
  trade_show: ['展会', '展覽會', 'Trade show', '展览会'],
  referral: ['转介绍', '轉介紹', 'Referral', '介绍'],
};

export const KA_CLASS_LABELS: Record<KaClass, Labels> = {
  industry: ['行业大客户', '行業大客戶', 'Industry KA'],
  regional: ['区域大客户', '區域大客戶', 'Regional KA'],
  demand: ['需求大客户', '需求大客戶', 'Demand KA'],
};

export const KA_LEVEL_LABELS: Record<KaLevel, Labels> = {
  company: ['公司级', '公司級', 'Company level'],
  branch: ['分公司级', '分公司級', 'Branch level'],
  none: ['非大客户', '非大客戶', 'Not a KA', '无', '否'],
};

export const RELATIONSHIP_LEVEL_LABELS: Record<RelationshipLevel, Labels> = {
  vendor: ['供应商', '供應商', 'Vendor'],
  preferred_supplier: ['优先供应商', '優先供應商', 'Preferred supplier'],
  partner: ['合作伙伴', '合作夥伴', 'Partner'],
  strategic_alliance: ['战略联盟', '策略聯盟', 'Strategic alliance', '戰略聯盟'],
};

export const RELATIONSHIP_STAGE_LABELS: Record<RelationshipStage, Labels> = {
  awareness: ['认知', '認知', 'Awareness'],
  contact: ['接触', '接觸', 'Contact'],
  cooperation: ['合作', '合作', 'Cooperation'],
  stable: ['稳定发展', '穩定發展', 'Stable development', '稳定'],
};

export const LIFECYCLE_STATUS_LABELS: Record<LifecycleStatus, Labels> = {
  prospect: ['潜在客户', '潛在客戶', 'Prospect'],
  nominated: ['已推荐', '已推薦', 'Nominated'],
  key_account: ['大客户', '大客戶', 'Key account'],
  at_risk: ['有流失风险', '有流失風險', 'At risk', '流失风险'],
  churned: ['已流失', '已流失', 'Churned'],
  terminated: ['已终止', '已終止', 'Terminated'],
};

export const GENDER_LABELS: Record<Gender, Labels> = {
  male: ['男', '男', 'Male', 'M', '男性'],
  female: ['女', '女', 'Female', 'F', '女性'],
  unknown: ['未知', '未知', 'Unknown'],
};

export const BUYING_ROLE_LABELS: Record<BuyingRole, Labels> = {
  decision_maker: ['决策者', '決策者', 'Decision maker', '决策人'],
  influencer: ['影响者', '影響者', 'Influencer'],
  user: ['使用者', '使用者', 'User'],
  gatekeeper: ['把关者', '把關者', 'Gatekeeper'],
};

export const TRANSACTION_CHANNEL_LABELS: Record<TransactionChannel, Labels> = {
  direct: ['直销', '直銷', 'Direct'],
  distributor: ['经销', '經銷', 'Distributor', '经销商', '代理'],
  online: ['线上', '線上', 'Online', '网上', '电商'],
  tender: ['招投标', '招標', 'Tender', '招标'],
};

/** Yes/no cells (关键人: 是/否). Codes are the strings 'true' and 'false'. */
export const BOOLEAN_LABELS: Record<'true' | 'false', Labels> = {
  true: ['是', '是', 'Yes', 'Y', '1', 'TRUE', '√', '✓'],
  false: ['否', '否', 'No', 'N', '0', 'FALSE', '×', '✗'],
};

export const VOCABULARY_LABELS = {
  nature: NATURE_LABELS,
  industry: INDUSTRY_LABELS,
  scale: SCALE_LABELS,
  revenueBand: REVENUE_BAND_LABELS,
  operatingStatus: OPERATING_STATUS_LABELS,
  sourceChannel: SOURCE_CHANNEL_LABELS,
  kaClass: KA_CLASS_LABELS,
  kaLevel: KA_LEVEL_LABELS,
  relationshipLevel: RELATIONSHIP_LEVEL_LABELS,
  relationshipStage: RELATIONSHIP_STAGE_LABELS,
  lifecycleStatus: LIFECYCLE_STATUS_LABELS,
  gender: GENDER_LABELS,
  buyingRole: BUYING_ROLE_LABELS,
  transactionChannel: TRANSACTION_CHANNEL_LABELS,
  boolean: BOOLEAN_LABELS,
} as const;

export type VocabularyName = keyof typeof VOCABULARY_LABELS;
