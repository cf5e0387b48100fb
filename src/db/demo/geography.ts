import { PROVINCE_ROWS, type RegionCode } from './geography-data.ts';
import { weightedTable, type Random, type WeightedTable } from './random.ts';

export type { RegionCode } from './geography-data.ts';

export type District = { name: string; code: string };

export type City = {
  name: string;
  short: string;
  pinyin: string;
  /** Six-digit administrative division code of the city (e.g. 320500). */
  code: string;
  areaCode: string;
  postcode: string;
  districts: readonly District[];
};

export type Province = {
  name: string;
  short: string;
  region: RegionCode;
  cities: WeightedTable<City>;
};

function parseCity(line: string): [City, number] {
  const [name, short, pinyin, code, areaCode, postcode, weight, ...rest] = line.split(' ');
  if (!name || !short || !pinyin || !code || !areaCode || !postcode || !weight) {
    throw new Error(`bad city row: ${line}`);
  }
  // The rest is `name code,name code,…`; its own spaces were split above, so rejoin first.
  const districts = rest
    .join(' ')
    .split(',')
    .filter((pair) => pair !== '')
    .map((pair) => {
      const [districtName = '', districtCode = ''] = pair.split(' ');
      if (!/^\d{6}$/.test(districtCode)) throw new Error(`bad district in ${name}: ${pair}`);
      return { name: districtName, code: districtCode };
    });
  return [{ name, short, pinyin, code, areaCode, postcode, districts }, Number(weight)];
}

export const PROVINCES: readonly Province[] = PROVINCE_ROWS.map((row) => ({
  name: row.name,
  short: row.short,
  region: row.region,
  cities: weightedTable(row.cities.map(parseCity)),
}));

const PROVINCES_BY_REGION = new Map<RegionCode, WeightedTable<Province>>();
for (const region of new Set(PROVINCE_ROWS.map((row) => row.region))) {
  const rows = PROVINCE_ROWS.flatMap((row, i) =>
    row.region === region ? [[PROVINCES[i] as Province, row.weight] as const] : [],
  );
  PROVINCES_BY_REGION.set(region, weightedTable(rows));
}

/** Share of customers per region, from the weights of its provinces. */
export const REGION_WEIGHTS: WeightedTable<RegionCode> = weightedTable(
  [...PROVINCES_BY_REGION].map(([region, table]) => [region, table.total] as const),
);

export function provincesOf(region: RegionCode): readonly Province[] {
  return PROVINCES_BY_REGION.get(region)?.items ?? [];
}

export type Place = { province: Province; city: City; district: District | null };

export function pickPlace(rng: Random, region: RegionCode): Place {
  const provinces = PROVINCES_BY_REGION.get(region);
  if (!provinces) throw new Error(`no provinces for region ${region}`);
  const province = rng.weighted(provinces);
  const city = rng.weighted(province.cities);
  const district = city.districts.length > 0 ? rng.pick(city.districts) : null;
  return { province, city, district };
}

const ROADS = [
  '人民路', '中山路', '解放路', '建设路', '科技路', '创新大道', '工业园路', '长江路', '黄河路',
  '新华路', '光明路', '学府路', '发展大道', '经济技术开发区东路', '高新大道', '金融街', '环城北路',
  '滨江大道', '世纪大道', '迎宾大道', '和平路', '胜利路', '复兴路', '振兴路', '华夏路', '东风路',
  '团结路', '文化路', '产业园二路', '软件园路', '临港大道', '航空路', '车站路', '青年路',
]; // prettier-ignore

const BUILDINGS = ['科技大厦', '国际中心', '商务大厦', '创新园', '产业园', '广场', '金融中心'];

/** A street address inside the place, e.g. 江苏省苏州市吴中区科技路88号创新园3号楼. */
export function streetAddress(rng: Random, place: Place): string {
  const { province, city, district } = place;
  const head = province.name === city.name ? city.name : province.name + city.name;
  let address = `${head}${district?.name ?? ''}${rng.pick(ROADS)}${rng.int(1, 999)}号`;
  const extra = rng.next();
  if (extra < 0.35) address += `${city.short}${rng.pick(BUILDINGS)}${rng.int(2, 32)}层`;
  else if (extra < 0.6) address += `${rng.int(1, 12)}号楼`;
  return address;
}

export function postcode(rng: Random, city: City): string {
  return city.postcode.slice(0, 4) + rng.digits(2);
}

/** A landline in the city's format, e.g. 021-62345678 (local numbers never start 0, 1 or 9). */
export function landline(rng: Random, city: City): string {
  return `${city.areaCode}-${rng.int(2, 8)}${rng.digits(7)}`;
}
