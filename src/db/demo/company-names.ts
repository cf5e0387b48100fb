import type { Nature } from '../../domain/customer-fields.ts';
import { BRANDS, FOREIGN_BRANDS, type IndustryProfile } from './company-words.ts';
import type { Place } from './geography.ts';
import { weightedTable, type Random } from './random.ts';

export type CompanyName = {
  name: string;
  shortName: string;
  /** Web and e-mail domain, ASCII, e.g. hengdajixie.com.cn. */
  domain: string;
  /** What a company so named makes, when its name says (电气 → 变压器…). */
  products: readonly string[] | null;
};

export type NameRequest = {
  industry: IndustryProfile;
  nature: Nature;
  place: Place;
  large: boolean;
};

const SMALL_SUFFIXES = weightedTable([['有限公司', 65], ['股份有限公司', 15], ['有限责任公司', 20]] as const); // prettier-ignore
const LARGE_SUFFIXES = weightedTable([['集团有限公司', 35], ['股份有限公司', 40], ['有限公司', 25]] as const); // prettier-ignore
const TLDS = weightedTable([
  ['com.cn', 60],
  ['com', 25],
  ['cn', 15],
] as const);
const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九'];
const SPECIALTIES = ['骨科', '眼科', '口腔', '妇产', '康复', '肿瘤', '心血管病'];
const COLLEGES = ['职业技术学院', '理工学院', '城市学院', '工程学院', '师范学院', '技师学院'];
const PRIVATE_SCHOOLS = ['外国语学校', '职业学院', '实验学校', '国际学校'];
const AGENCIES: readonly (readonly [string, string, string])[] = [
  ['大数据管理局', '大数据局', 'dsj'],
  ['政务服务和数据管理局', '政数局', 'zsj'],
  ['行政审批局', '审批局', 'spj'],
  ['住房和城乡建设局', '住建局', 'zjj'],
  ['交通运输局', '交通局', 'jtj'],
  ['应急管理局', '应急局', 'yjj'],
  ['生态环境局', '环境局', 'hbj'],
  ['市场监督管理局', '市监局', 'scjgj'],
  ['财政局', '财政局', 'czj'],
  ['教育局', '教育局', 'jyj'],
];
const INSTITUTIONS: readonly (readonly [string, string, string])[] = [
  ['信息中心', '信息中心', 'xxzx'],
  ['档案馆', '档案馆', 'dag'],
  ['公共资源交易中心', '交易中心', 'ggzy'],
  ['政务服务中心', '政务中心', 'zwfw'],
];

/**
 * Invents one plausible organisation name for the request, or null when this attempt
 * collided with an earlier one (the caller retries; names are unique within a run).
 */
export function companyName(rng: Random, req: NameRequest, taken: Set<string>): CompanyName | null {
  const candidate = draw(rng, req);
  if (taken.has(candidate.name)) return null;
  taken.add(candidate.name);
  return candidate;
}

function draw(rng: Random, req: NameRequest): CompanyName {
  if (req.industry.style === 'company') return company(rng, req);
  return { ...institution(rng, req), products: null };
}

function institution(rng: Random, req: NameRequest): Omit<CompanyName, 'products'> {
  switch (req.industry.style) {
    case 'hospital':
      return hospital(rng, req);
    case 'school':
      return school(rng, req);
    default:
      return government(rng, req);
  }
}

function company(rng: Random, { industry, nature, place, large }: NameRequest): CompanyName {
  const [word, wordShort, wordPinyin, products] = rng.pick(industry.words);
  const { city, province } = place;
  if (nature === 'foreign' || nature === 'joint_venture') {
    const [brand, brandPinyin] = rng.pick(FOREIGN_BRANDS);
    return {
      name: `${brand}${word}（${city.short}）有限公司`,
      shortName: `${brand}${city.short}`,
      domain: `${brandPinyin}-${city.pinyin}.com.cn`,
      products,
    };
  }
  let [brand, brandPinyin] = rng.pick(BRANDS);
  // Repeat customers of a popular trade name get a second word, as real registrations do.
  if (rng.chance(0.15)) {
    const [extra, extraPinyin] = rng.pick(BRANDS);
    brand += extra;
    brandPinyin += extraPinyin;
  }
  const roll = rng.next();
  const prefix = large && roll < 0.3 ? '' : roll < 0.55 ? province.short : city.short;
  const suffix = rng.weighted(large ? LARGE_SUFFIXES : SMALL_SUFFIXES);
  return {
    name: `${prefix}${brand}${word}${suffix}`,
    shortName: `${brand}${wordShort}`,
    domain: `${brandPinyin}${wordPinyin}.${rng.weighted(TLDS)}`,
    products,
  };
}

function hospital(rng: Random, { nature, place }: NameRequest): Omit<CompanyName, 'products'> {
  const { city, district } = place;
  if (nature === 'private') {
    const [brand, pinyin] = rng.pick(BRANDS);
    const specialty = rng.pick(SPECIALTIES);
    return {
      name: `${city.short}${brand}${specialty}医院`,
      shortName: `${brand}${specialty}医院`,
      domain: `${pinyin}yy.com`,
    };
  }
  const pick = rng.int(0, 5);
  const n = rng.int(1, 9);
  const numeral = NUMERALS[n - 1] ?? '一';
  const domain = (tag: string) => `${city.pinyin}${tag}.org.cn`;
  if (pick === 0 && district) {
    return {
      name: `${city.name}${district.name}人民医院`,
      shortName: `${district.name}人民医院`,
      domain: domain(`${district.code.slice(4)}rmyy`),
    };
  }
  if (pick <= 2) {
    return {
      name: `${city.name}第${numeral}人民医院`,
      shortName: `${city.short}市${numeral}院`,
      domain: domain(`dy${n}`),
    };
  }
  const [full, short, tag] = rng.pick([
    ['中心医院', '中心医院', 'zxyy'],
    ['中医医院', '中医院', 'zyy'],
    ['妇幼保健院', '妇幼', 'fy'],
    ['儿童医院', '儿童医院', 'etyy'],
  ] as const);
  return { name: `${city.name}${full}`, shortName: `${city.short}${short}`, domain: domain(tag) };
}

function school(rng: Random, { nature, place }: NameRequest): Omit<CompanyName, 'products'> {
  const { city, district } = place;
  if (nature === 'private') {
    const [brand, pinyin] = rng.pick(BRANDS);
    const kind = rng.pick(PRIVATE_SCHOOLS);
    return {
      name: `${city.short}${brand}${kind}`,
      shortName: `${brand}${kind}`,
      domain: `${pinyin}school.cn`,
    };
  }
  if (district && rng.chance(0.4)) {
    return {
      name: `${city.name}${district.name}实验学校`,
      shortName: `${district.name}实验学校`,
      domain: `${city.pinyin}${district.code.slice(4)}sy.edu.cn`,
    };
  }
  const college = rng.pick(COLLEGES);
  return {
    name: `${city.short}${college}`,
    shortName: `${city.short}${college.slice(0, 2)}`,
    domain: `${city.pinyin}${COLLEGES.indexOf(college) + 1}.edu.cn`,
  };
}

function government(rng: Random, { nature, place }: NameRequest): Omit<CompanyName, 'products'> {
  const { city, district } = place;
  const [full, short, tag] = rng.pick(nature === 'government' ? AGENCIES : INSTITUTIONS);
  const local = district && rng.chance(0.5) ? district.name : '';
  return {
    name: `${city.name}${local}${full}`,
    shortName: `${local || city.short}${short}`,
    domain: `${tag}.${city.pinyin}.gov.cn`,
  };
}
