import { sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../db-types.ts';
import { accountManager, beijingAt, pickText } from './demo-sql.ts';

/**
 * The demo's records around an account (C1.6 needs, C1.7 projects, C1.9 the timeline), written
 * by its KA manager, so the 360 page shows every panel filled for most customers. Set-based and
 * derived from customer ids, like the demo ratings. The seller is the demo's air-conditioning
 * and data-centre infrastructure maker (products.ts).
 */
export async function addDemoAccountRecords(db: DbOrTx, asOfDay: string): Promise<void> {
  const asOf = sql`${asOfDay}::date`;
  await addNeeds(db, asOf);
  await addProjects(db, asOf);
  await addTimeline(db, asOf);
}

const PRODUCT_NEEDS = [
  '机房精密空调扩容',
  '冷水机组节能改造',
  '洁净车间空调升级',
  '备用机组采购',
  '老旧多联机更换',
];
const PRODUCT_SPECS = [
  '制冷量 100 kW，N+1 冗余，支持远程监控',
  'COP ≥ 6.0，变频控制，可接入楼宇自控',
  '洁净度 ISO 7 级，恒温恒湿 ±1 ℃',
  '风冷模块，单台 65 kW，室外机噪声 ≤ 60 dB',
];
const SERVICE_NEEDS = ['维保响应时效', '年度巡检与保养', '7×24 小时故障响应', '备件就近库存'];
const TIMELINESS = [
  '4 小时内响应，24 小时内到场',
  '每季度巡检一次',
  '2 小时内响应',
  '常用备件 48 小时内到货',
];
const NEED_STATUSES = ['open', 'open', 'in_progress', 'met', 'dropped'];

/** One need for about half the accounts, a second for a quarter; products and service. */
async function addNeeds(db: DbOrTx, asOf: SQL): Promise<void> {
  const at = beijingAt(sql`${asOf} - ((c.id * 13 + n) % 200)::int`, 11);
  await db.execute(sql`
    INSERT INTO needs (customer_id, kind, title, function, variety, specification, target_price,
                       timeliness, status, notes, created_at, updated_at, created_by)
    SELECT c.id, CASE WHEN (c.id + n) % 3 = 0 THEN 'service' ELSE 'product' END,
           CASE WHEN (c.id + n) % 3 = 0 THEN ${pickText(SERVICE_NEEDS, sql`c.id + n`)}
                ELSE ${pickText(PRODUCT_NEEDS, sql`c.id + n`)} END,
           CASE WHEN (c.id + n) % 3 <> 0 THEN '保障机房及生产区域温湿度稳定' END,
           CASE WHEN (c.id + n) % 3 <> 0 THEN ${pickText(['精密空调', '冷水机组', '风冷模块机组', '多联机'], sql`c.id`)} END,
           CASE WHEN (c.id + n) % 3 <> 0 THEN ${pickText(PRODUCT_SPECS, sql`c.id / 3 + n`)} END,
           CASE WHEN (c.id + n) % 3 <> 0 THEN (20 + (c.id * 7919) % 180) * 10000 END,
           CASE WHEN (c.id + n) % 3 = 0 THEN ${pickText(TIMELINESS, sql`c.id + n`)} END,
           ${pickText(NEED_STATUSES, sql`c.id / 2 + n`)}, NULL, ${at}, ${at}, m.user_id
    FROM customers c
    CROSS JOIN generate_series(1, CASE WHEN c.id % 4 = 0 THEN 2 ELSE 1 END) AS n
    LEFT JOIN LATERAL (${accountManager(sql`c.id`)}) m ON TRUE
    WHERE c.merged_into_id IS NULL AND (c.id * 3) % 20 < 10`);
}

const PROJECT_NAMES = [
  '数据中心二期制冷系统',
  '新建厂房暖通工程',
  '洁净车间空调改造',
  '总部大楼节能改造',
  '机房冷通道封闭改造',
  '冷水机组更新项目',
];
const BIDDING = [
  'public_tender',
  'invited_tender',
  'competitive_negotiation',
  'single_source',
  'direct_award',
];
const HABITS = [
  '年度框架协议，按批次下单',
  '单项目招标，合同付款 3-6-1',
  '集团集中采购，供应商需入库',
  '预付 30%，验收后付清',
];

/**
 * A project for about three accounts in ten, a second for a third of those: past ones won,
 * lost or cancelled; ongoing ones in bidding or execution; upcoming ones in planning, with the
 * follow-on value the account team expects.
 */
async function addProjects(db: DbOrTx, asOf: SQL): Promise<void> {
  const phase = sql`(ARRAY['past', 'ongoing', 'upcoming'])[1 + ((c.id + n) % 3)::int]`;
  const status = sql`CASE f.phase
      WHEN 'past' THEN (ARRAY['completed', 'completed', 'lost', 'cancelled'])[1 + (c.id % 4)::int]
      WHEN 'ongoing' THEN (ARRAY['executing', 'bidding'])[1 + (c.id % 2)::int]
      ELSE 'planning' END`;
  const value = sql`((30 + (c.id * 7919 + n * 104729) % 470) * 10000)`;
  const start = sql`CASE p.phase WHEN 'past' THEN ${asOf} - (400 + (c.id * 17) % 300)::int
                                 WHEN 'ongoing' THEN ${asOf} - (30 + (c.id * 17) % 150)::int
                                 ELSE ${asOf} + (30 + (c.id * 17) % 120)::int END`;
  // Ongoing projects end after `asOf`, past ones before it.
  const end = sql`CASE p.phase WHEN 'ongoing' THEN ${asOf} + (30 + (c.id * 7) % 240)::int
                               ELSE ${start} + (90 + (c.id * 7) % 270)::int END`;
  await db.execute(sql`
    INSERT INTO projects (customer_id, name, phase, status, contract_value, expected_follow_on_value,
                          bidding_method, contract_habits, price_level, start_on, end_on, notes,
                          created_at, updated_at, created_by)
    SELECT c.id, ${pickText(PROJECT_NAMES, sql`c.id + n`)}, p.phase, p.status,
           CASE WHEN p.status IN ('won', 'executing', 'completed') THEN ${value} END,
           CASE WHEN p.status IN ('lost', 'cancelled') THEN NULL ELSE ${value} / 2 END,
           ${pickText(BIDDING, sql`c.id / 2 + n`)}, ${pickText(HABITS, sql`c.id`)},
           (ARRAY['high', 'medium', 'low'])[1 + (c.id % 3)::int],
           ${start}, ${end}, NULL,
           ${beijingAt(sql`least(${start}, ${asOf}) - 20`, 9)}, ${beijingAt(sql`least(${start}, ${asOf}) - 20`, 9)},
           m.user_id
    FROM customers c
    CROSS JOIN generate_series(1, CASE WHEN c.id % 3 = 0 THEN 2 ELSE 1 END) AS n
    CROSS JOIN LATERAL (SELECT ${phase} AS phase) f
    CROSS JOIN LATERAL (SELECT f.phase, ${status} AS status) p
    LEFT JOIN LATERAL (${accountManager(sql`c.id`)}) m ON TRUE
    WHERE c.merged_into_id IS NULL AND (c.id * 7) % 10 < 3`);
}

// Per kind: titles, what was said, who took part. Complaints come with their handling.
const VISITS = [
  '季度拜访：设备运行情况回访',
  '走访采购部，了解明年预算',
  '陪同技术总监现场勘查机房',
];
const MEETINGS = ['年度合作洽谈会', '技术交流会：冷水机组节能方案', '项目启动会'];
const CONVERSATIONS = ['电话沟通交付计划', '微信沟通报价调整', '电话确认验收时间'];
const COMPLAINTS = ['投诉：机组故障响应慢', '投诉：备件到货延迟', '投诉：安装现场未清理'];
const CONTENTS = [
  '客户对现有设备运行总体满意，提出夏季高峰期需加强巡检。',
  '客户明年计划扩建机房，预算待集团审批，预计第三季度启动。',
  '对报价中的维保条款有疑问，约定下周提交修订方案。',
  '客户关注节能指标，希望提供同类项目的运行数据。',
];
const HANDLINGS = [
  '已安排工程师 24 小时内上门，更换压缩机后恢复运行',
  '协调仓库加急发货，并承诺后续常用备件备库',
  '向客户致歉，安排施工队返场清理，区域经理回访确认',
];

/**
 * One to four timeline records for seven accounts in ten within the year before `asOf`:
 * visits, meetings, conversations and about one complaint in ten, each complaint with its
 * handling (recent ones still being handled).
 */
async function addTimeline(db: DbOrTx, asOf: SQL): Promise<void> {
  const kind = sql`CASE WHEN (c.id + n * 3) % 10 = 0 THEN 'complaint'
                        ELSE (ARRAY['visit', 'meeting', 'conversation', 'visit', 'other'])[1 + ((c.id + n) % 5)::int] END`;
  const daysAgo = sql`(1 + (c.id * 37 + n * 53) % 330)`;
  await db.execute(sql`
    INSERT INTO customer_records (customer_id, kind, occurred_at, title, content, participants,
                                  handling, handling_status, created_at, updated_at, created_by)
    SELECT c.id, r.kind, ${beijingAt(sql`${asOf} - r.days_ago`, 10)},
           CASE r.kind WHEN 'visit' THEN ${pickText(VISITS, sql`c.id + n`)}
                       WHEN 'meeting' THEN ${pickText(MEETINGS, sql`c.id + n`)}
                       WHEN 'conversation' THEN ${pickText(CONVERSATIONS, sql`c.id + n`)}
                       WHEN 'complaint' THEN ${pickText(COMPLAINTS, sql`c.id + n`)}
                       ELSE '参加客户供应商大会' END,
           ${pickText(CONTENTS, sql`c.id * 3 + n`)},
           CASE WHEN r.kind IN ('visit', 'meeting') THEN '客户采购经理、设备部主管；我方客户经理' END,
           CASE WHEN r.kind = 'complaint' THEN ${pickText(HANDLINGS, sql`c.id + n`)} END,
           CASE WHEN r.kind <> 'complaint' THEN NULL WHEN r.days_ago < 20 THEN 'in_progress'
                WHEN c.id % 2 = 0 THEN 'closed' ELSE 'resolved' END,
           ${beijingAt(sql`${asOf} - r.days_ago`, 18)}, ${beijingAt(sql`${asOf} - r.days_ago`, 18)},
           m.user_id
    FROM customers c
    CROSS JOIN generate_series(1, 1 + (c.id % 4)::int) AS n
    CROSS JOIN LATERAL (SELECT ${kind} AS kind, ${daysAgo}::int AS days_ago) r
    LEFT JOIN LATERAL (${accountManager(sql`c.id`)}) m ON TRUE
    WHERE c.merged_into_id IS NULL AND (c.id * 11) % 10 < 7`);
}
