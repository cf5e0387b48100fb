import type { BuyingRole, Gender } from '../../domain/customer-fields.ts';
import type { NameStyle } from './company-words.ts';
import type { DemoCustomer } from './customers.ts';
import { dayOf, dayToIso, dayTimestamp } from './dates.ts';
import { landline } from './geography.ts';
import { personEmail, personName } from './person-names.ts';
import { weightedTable, type Random } from './random.ts';
import type { ContactRow } from './tables.ts';

type Post = readonly [title: string, department: string];
type Posts = Record<BuyingRole, readonly Post[]>;

function posts(text: Record<BuyingRole, string>): Posts {
  const parse = (list: string) =>
    list.split(',').map((entry) => entry.split('/') as unknown as Post);
  return {
    decision_maker: parse(text.decision_maker),
    influencer: parse(text.influencer),
    user: parse(text.user),
    gatekeeper: parse(text.gatekeeper),
  };
}

const POSTS: Record<NameStyle, Posts> = {
  company: posts({
    decision_maker: '总经理/总经理办公室,董事长/董事会,副总经理/总经理办公室,总工程师/技术中心',
    influencer: '技术总监/技术部,采购经理/采购部,财务总监/财务部,设备部部长/设备部,工程部经理/工程部,生产总监/生产部',
    user: 'IT运维主管/信息中心,动力车间主任/动力车间,设备工程师/设备部,项目经理/项目部,机房主管/数据中心',
    gatekeeper: '采购专员/采购部,总经理助理/总经理办公室,行政主管/行政部',
  }),
  hospital: posts({
    decision_maker: '院长/院办,副院长/院办',
    influencer: '设备科科长/设备科,总务科科长/总务科,信息科主任/信息科',
    user: '基建办主任/基建办,动力中心主任/后勤保障部',
    gatekeeper: '采购办专员/采购办',
  }),
  school: posts({
    decision_maker: '校长/校长办公室,副校长/校长办公室',
    influencer: '后勤处处长/后勤处,资产处处长/国有资产管理处',
    user: '网络中心主任/网络信息中心,实验室主任/实验室管理处',
    gatekeeper: '采购科科员/采购与招标管理中心',
  }),
  government: posts({
    decision_maker: '副局长/局办公室,主任/办公室',
    influencer: '信息科科长/信息科,办公室主任/办公室',
    user: '机房管理员/信息中心',
    gatekeeper: '综合科科员/综合科',
  }),
}; // prettier-ignore

const COUNTS = weightedTable([
  [1, 20],
  [2, 35],
  [3, 30],
  [4, 15],
] as const);
const OTHER_ROLES = weightedTable([
  ['influencer', 45],
  ['user', 35],
  ['gatekeeper', 20],
] as const);
// Prefixes libphonenumber accepts as mainland mobiles (13x, 147, 15x, 166, 17x, 18x, 19x).
const MOBILE_PREFIXES = [
  '130', '131', '132', '133', '134', '135', '136', '137', '138', '139', '147', '150', '151',
  '152', '153', '155', '156', '157', '158', '159', '166', '170', '173', '175', '176', '177',
  '178', '180', '181', '182', '183', '184', '185', '186', '187', '188', '189', '191', '198', '199',
]; // prettier-ignore

/** E.164 mainland mobile, e.g. +8613812345678. */
export function mobile(rng: Random): string {
  return `+86${rng.pick(MOBILE_PREFIXES)}${rng.digits(8)}`;
}

/** One to four contacts; the first is the decision maker and a key person. */
export function demoContacts(rng: Random, customer: DemoCustomer, asOfDay: number): ContactRow[] {
  const count = rng.weighted(COUNTS);
  const table = POSTS[customer.industry.style];
  const rows: ContactRow[] = [];
  for (let i = 0; i < count; i++) {
    const role: BuyingRole = i === 0 ? 'decision_maker' : rng.weighted(OTHER_ROLES);
    const [title, department] = rng.pick(table[role]);
    const gender: Gender = rng.chance(role === 'decision_maker' ? 0.78 : 0.55) ? 'male' : 'female';
    const person = personName(rng, gender);
    const bornFrom = role === 'decision_maker' ? 1960 : 1968;
    const birthYear = rng.int(bornFrom, bornFrom + (role === 'decision_maker' ? 22 : 30));
    const createdDay = Math.min(asOfDay, customer.createdDay + rng.int(0, 400));
    const updatedDay = Math.min(asOfDay, createdDay + rng.int(0, 500));
    const emailRoll = rng.next();
    rows.push({
      customer_id: customer.row.id,
      name: person.name,
      gender,
      birthday: rng.chance(0.75) ? dayToIso(dayOf(birthYear, 1, 1) + rng.int(0, 364)) : null,
      title,
      department,
      mobile: rng.chance(0.95) ? mobile(rng) : null,
      phone: rng.chance(0.5) ? landline(rng, customer.place.city) + (rng.chance(0.3) ? `-${rng.int(801, 899)}` : '') : null, // prettier-ignore
      email:
        emailRoll < 0.7
          ? personEmail(rng, person, customer.domain)
          : emailRoll < 0.8
            ? `${rng.int(10_000_000, 2_999_999_999)}@qq.com`
            : emailRoll < 0.85
              ? personEmail(rng, person, '163.com')
              : null,
      address: null,
      buying_role: role,
      is_key_person: role === 'decision_maker' || (role === 'influencer' && rng.chance(0.25)),
      version: 1,
      created_at: dayTimestamp(createdDay, rng.int(8 * 3600, 12 * 3600)),
      updated_at: dayTimestamp(updatedDay, rng.int(13 * 3600, 19 * 3600)),
    });
  }
  return rows;
}
