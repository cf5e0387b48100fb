import type { Localised } from '../i18n/locale.ts';
import type { ServiceMeasure, Tier } from './model-types.ts';

/**
 * Seed 001 三 (C5.1): the service measures of each tier, in the seed's words, shortened.
 * Only measures the seed calls regular (定期) carry a task (C5.2); the cadence and role are
 * our reading of who the seed makes responsible, and the committee may change them.
 */

const l = (zhCN: string, zhTW: string, en: string): Localised => ({
  'zh-CN': zhCN,
  'zh-TW': zhTW,
  en,
});

const A: ServiceMeasure[] = [
  {
    id: 'a_dedicated_team',
    text: l(
      '专属服务团队：由公司高层领导挂帅，销售、技术、客服等多部门精英组成，提供一站式、全方位服务',
      '專屬服務團隊：由公司高層領導掛帥，銷售、技術、客服等多部門精英組成，提供一站式、全方位服務',
      'Dedicated team led by a senior executive, with sales, technical and service staff, for one-stop, all-round service',
    ),
  },
  {
    id: 'a_custom_solutions',
    text: l(
      '个性化解决方案：深入了解客户业务需求和战略目标，量身定制产品和服务解决方案',
      '個性化解決方案：深入了解客戶業務需求和戰略目標，量身定制產品和服務解決方案',
      "Custom solutions tailored to the customer's business needs and strategic goals",
    ),
  },
  {
    id: 'a_priority_resources',
    text: l(
      '优先资源配置：在产品研发、生产排期、市场推广等方面给予优先支持',
      '優先資源配置：在產品研發、生產排期、市場推廣等方面給予優先支持',
      'Priority in product development, production scheduling and marketing',
    ),
  },
  {
    // 定期高层沟通: the seed makes senior leadership responsible; the director is its role here.
    id: 'a_executive_meetings',
    text: l(
      '定期高层沟通：公司高层领导定期与客户面对面沟通，协调解决重大问题',
      '定期高層溝通：公司高層領導定期與客戶面對面溝通，協調解決重大問題',
      'Regular face-to-face meetings between our executives and the customer to settle major issues',
    ),
    task: { cadence: { every: 1, unit: 'quarter' }, role: 'director' },
  },
  {
    id: 'a_joint_marketing',
    text: l(
      '联合市场推广：与客户开展联合市场推广活动，共同开拓市场',
      '聯合市場推廣：與客戶開展聯合市場推廣活動，共同開拓市場',
      'Joint marketing with the customer to open markets together',
    ),
  },
];

const B: ServiceMeasure[] = [
  {
    id: 'b_key_account_manager',
    text: l(
      '重点客户经理制：配备经验丰富的重点客户经理，保持密切沟通并协调内部资源',
      '重點客戶經理制：配備經驗豐富的重點客戶經理，保持密切溝通並協調內部資源',
      'An experienced key account manager keeps close contact and coordinates our resources',
    ),
  },
  {
    id: 'b_custom_service_plan',
    text: l(
      '定制化服务方案：根据客户业务特点和需求提供定制化服务方案',
      '定制化服務方案：根據客戶業務特點和需求提供定制化服務方案',
      "A service plan fitted to the customer's business and needs",
    ),
  },
  {
    // 定期回访 by the key account manager; monthly matches the KA visit cadence of C4.1.
    id: 'b_follow_up_visits',
    text: l(
      '定期回访与沟通：重点客户经理定期回访，收集反馈并及时解决问题',
      '定期回訪與溝通：重點客戶經理定期回訪，收集回饋並及時解決問題',
      'Regular follow-up visits by the key account manager to gather feedback and solve problems',
    ),
    task: { cadence: { every: 1, unit: 'month' }, role: 'ka_manager' },
  },
  {
    id: 'b_training_support',
    text: l(
      '培训与支持：提供产品培训、技术支持和业务咨询',
      '培訓與支持：提供產品培訓、技術支持和業務諮詢',
      'Product training, technical support and business advice',
    ),
  },
  {
    id: 'b_moderate_discounts',
    text: l(
      '适度优惠政策：根据合作情况和贡献度给予价格优惠或增值服务',
      '適度優惠政策：根據合作情況和貢獻度給予價格優惠或增值服務',
      'Moderate discounts or added services according to cooperation and contribution',
    ),
  },
];

const C: ServiceMeasure[] = [
  {
    id: 'c_standard_service',
    text: l(
      '标准化服务：按公司统一服务标准和流程提供常规销售、技术支持和客户服务',
      '標準化服務：按公司統一服務標準和流程提供常規銷售、技術支持和客戶服務',
      'Standard sales, technical support and service by our common standards',
    ),
  },
  {
    // 定期信息推送 by mail or SMS: clerical work, so the unit's secretary.
    id: 'c_information_push',
    text: l(
      '定期信息推送：通过邮件、短信等定期推送产品信息、促销活动和行业动态',
      '定期資訊推送：透過郵件、簡訊等定期推送產品資訊、促銷活動和行業動態',
      'Regular product news, promotions and industry updates by email or SMS',
    ),
    task: { cadence: { every: 1, unit: 'month' }, role: 'secretary' },
  },
  {
    // 不定期 in the seed: no fixed cadence; holiday and birthday care comes from C4.5.
    id: 'c_care_activities',
    text: l(
      '客户关怀活动：节日问候、生日祝福、问卷调查等',
      '客戶關懷活動：節日問候、生日祝福、問卷調查等',
      'Care: holiday greetings, birthday wishes, surveys',
    ),
  },
  {
    id: 'c_growth_guidance',
    text: l(
      '业务拓展引导：适时推荐新产品、新服务或新的合作模式，引导客户拓展业务',
      '業務拓展引導：適時推薦新產品、新服務或新的合作模式，引導客戶拓展業務',
      'Growth guidance: suggest new products, services or ways of working together',
    ),
  },
];

const D: ServiceMeasure[] = [
  {
    // 定期风险评估: the regional manager, since a D customer often has no dedicated manager.
    id: 'd_risk_review',
    text: l(
      '风险评估与监控：定期评估信用状况和合作情况，及时发现并防范风险',
      '風險評估與監控：定期評估信用狀況和合作情況，及時發現並防範風險',
      'Regular risk review of credit and cooperation, to catch risks early',
    ),
    task: { cadence: { every: 1, unit: 'quarter' }, role: 'regional_manager' },
  },
  {
    id: 'd_basic_contact',
    text: l(
      '沟通与反馈：保持基本沟通，了解需求并观察态度和行为变化',
      '溝通與回饋：保持基本溝通，了解需求並觀察態度和行為變化',
      'Basic contact: keep in touch and watch for changes in attitude and behaviour',
    ),
  },
  {
    id: 'd_limited_resources',
    text: l(
      '资源优化配置：合理控制资源投入，避免过度投入',
      '資源優化配置：合理控制資源投入，避免過度投入',
      'Limited resources: avoid over-investing',
    ),
  },
  {
    id: 'd_strategy_adjustment',
    text: l(
      '合作策略调整：调整方案、价格或合作规模；风险持续恶化或价值长期较低时可逐步减少直至终止合作',
      '合作策略調整：調整方案、價格或合作規模；風險持續惡化或價值長期較低時可逐步減少直至終止合作',
      'Adjust the strategy (offer, prices, scale); if risk keeps worsening or value stays low, scale down up to ending cooperation',
    ),
  },
];

export const DEFAULT_MEASURES: Record<Tier, ServiceMeasure[]> = { A, B, C, D };
