import type {
  BiddingMethod,
  ConsentBasis,
  HandlingStatus,
  NeedKind,
  NeedStatus,
  PriceLevel,
  ProjectPhase,
  ProjectStatus,
  RecordKind,
} from '../record-fields.ts';
import type { Standing } from '../payment-standing.ts';
import type { Labels } from '../import/vocabulary-labels.ts';
import type { TierSource } from '../scoring/tier-source.ts';

/**
 * Labels of the record vocabularies (C1.4–C1.9) for exports, in the order zh-CN, zh-TW, en: the
 * same words as the web app's records and contacts locale files, so a sheet reads like the screen.
 */
export const NEED_KIND_LABELS: Record<NeedKind, Labels> = {
  product: ['产品需求', '產品需求', 'Product'],
  service: ['服务需求', '服務需求', 'Service'],
};

export const NEED_STATUS_LABELS: Record<NeedStatus, Labels> = {
  open: ['待跟进', '待追蹤', 'Open'],
  in_progress: ['跟进中', '追蹤中', 'In progress'],
  met: ['已满足', '已滿足', 'Met'],
  dropped: ['已放弃', '已放棄', 'Dropped'],
};

export const PROJECT_PHASE_LABELS: Record<ProjectPhase, Labels> = {
  past: ['已合作', '已合作', 'Past'],
  ongoing: ['在建', '進行中', 'Ongoing'],
  upcoming: ['拟建', '規劃中', 'Upcoming'],
};

export const PROJECT_STATUS_LABELS: Record<ProjectStatus, Labels> = {
  planning: ['筹划中', '籌劃中', 'Planning'],
  bidding: ['投标中', '投標中', 'Bidding'],
  won: ['已中标', '已得標', 'Won'],
  lost: ['未中标', '未得標', 'Lost'],
  executing: ['执行中', '執行中', 'Executing'],
  completed: ['已完成', '已完成', 'Completed'],
  cancelled: ['已取消', '已取消', 'Cancelled'],
};

export const BIDDING_METHOD_LABELS: Record<BiddingMethod, Labels> = {
  public_tender: ['公开招标', '公開招標', 'Public tender'],
  invited_tender: ['邀请招标', '選擇性招標', 'Invited tender'],
  competitive_negotiation: ['竞争性谈判', '競爭性議價', 'Competitive negotiation'],
  single_source: ['单一来源', '單一來源', 'Single source'],
  direct_award: ['直接委托', '直接委託', 'Direct award'],
};

export const PRICE_LEVEL_LABELS: Record<PriceLevel, Labels> = {
  high: ['偏高', '偏高', 'High'],
  medium: ['适中', '適中', 'Medium'],
  low: ['偏低', '偏低', 'Low'],
};

export const RECORD_KIND_LABELS: Record<RecordKind, Labels> = {
  meeting: ['会议', '會議', 'Meeting'],
  conversation: ['谈话', '訪談', 'Conversation'],
  visit: ['走访', '拜訪', 'Visit'],
  complaint: ['投诉', '客訴', 'Complaint'],
  other: ['其他', '其他', 'Other'],
};

export const HANDLING_STATUS_LABELS: Record<HandlingStatus, Labels> = {
  open: ['待处理', '待處理', 'Open'],
  in_progress: ['处理中', '處理中', 'In progress'],
  resolved: ['已解决', '已解決', 'Resolved'],
  closed: ['已关闭', '已結案', 'Closed'],
};

export const PAYMENT_STANDING_LABELS: Record<Standing, Labels> = {
  paid_on_time: ['按时回款', '準時收款', 'Paid on time'],
  paid_late: ['逾期回款', '逾期收款', 'Paid late'],
  overdue: ['逾期未回', '逾期未收', 'Overdue'],
  not_due: ['未到期', '未到期', 'Not due'],
};

export const CONSENT_BASIS_LABELS: Record<ConsentBasis, Labels> = {
  written_consent: ['本人书面同意', '本人書面同意', 'Written consent'],
  verbal_consent: ['本人口头同意', '本人口頭同意', 'Verbal consent'],
  public_source: ['已公开的信息', '已公開的資訊', 'Already public'],
  contract: ['履行合同所必需', '履行契約所必需', 'Needed to perform a contract'],
};

/** What decided a customer's tier (C2.6: a tier set by hand is marked as such everywhere). */
export const TIER_SOURCE_LABELS: Record<TierSource, Labels> = {
  run: ['评估结果', '評估結果', 'Evaluation'],
  override: ['人工调整', '人工調整', 'Override'],
  appeal: ['申诉改定', '申訴改定', 'Changed on appeal'],
};
