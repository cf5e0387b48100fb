import type { IndustrySection } from '../../domain/customer-fields.ts';
import { INDUSTRY_SECTIONS } from '../../domain/customer-fields.ts';
import { weightedTable, type WeightedTable } from './random.ts';

/**
 * What the demo seller sells: an air-conditioning and data-centre infrastructure maker (the
 * company of seed 000) — equipment, systems, service contracts and spare parts.
 */
export type Product = {
  name: string;
  /** Unit price range in whole yuan. */
  minYuan: number;
  maxYuan: number;
  /** Largest quantity on one order line. */
  maxQty: number;
  /** Cost as per mille of the price (services carry a higher margin than equipment). */
  costLow: number;
  costHigh: number;
};

// name, min ¥, max ¥, max qty, cost ‰ low-high, weight, sections ('*' = every industry).
const CATALOGUE = `
精密空调|60000|350000|12|620-760|5|IJDGMPQSC
行级精密空调|40000|150000|20|620-760|3|IJ
螺杆式冷水机组|300000|1500000|4|650-780|3|CEKQPHGD
离心式冷水机组|1000000|4000000|3|660-790|2|EKCDI
风冷模块机组|80000|400000|10|640-770|3|EKHQPF
多联机空调系统|30000|300000|30|600-750|4|EKHFLORS
组合式空调机组|50000|400000|10|630-760|3|CQEP
洁净空调系统|200000|2000000|2|640-770|2|CQ
工业冷水机|20000|200000|10|600-740|3|CB
防爆空调|30000|120000|10|600-730|2|BDC
电气室专用空调|40000|200000|8|610-740|2|DBCG
蒸发冷却机组|200000|1200000|6|640-770|2|ID
冷却塔|50000|600000|6|620-750|2|CED
新风系统|10000|120000|40|580-720|3|EKPQHS
热泵机组|60000|500000|6|620-750|2|AHNE
冷链冷库机组|50000|600000|6|620-750|2|AGFH
机房环境监控系统|30000|300000|3|450-620|3|IJDSGQ
UPS不间断电源|20000|500000|10|650-780|3|IJQSDG
冷通道封闭系统|50000|400000|6|600-740|2|IJ
节能改造服务|100000|3000000|1|450-620|2|*
维保服务|5000|120000|1|350-520|8|*
延保服务|10000|200000|1|300-480|3|*
安装调试服务|5000|150000|1|420-580|3|*
设备巡检服务|2000|30000|1|350-520|4|*
备品备件|100|5000|400|450-650|7|*
滤网耗材|50|800|1000|400-600|5|*
`;

type Entry = { product: Product; weight: number; sections: string };

const ENTRIES: readonly Entry[] = CATALOGUE.trim()
  .split('\n')
  .map((line) => {
    const [name = '', min, max, qty, cost = '', weight, sections = '*'] = line.split('|');
    const [costLow, costHigh] = cost.split('-').map(Number);
    return {
      product: {
        name,
        minYuan: Number(min),
        maxYuan: Number(max),
        maxQty: Number(qty),
        costLow: costLow ?? 600,
        costHigh: costHigh ?? 700,
      },
      weight: Number(weight),
      sections,
    };
  });

const BY_SECTION = new Map<IndustrySection, WeightedTable<Product>>(
  INDUSTRY_SECTIONS.map((section) => [
    section,
    weightedTable(
      ENTRIES.filter((e) => e.sections === '*' || e.sections.includes(section)).map(
        (e) => [e.product, e.weight] as const,
      ),
    ),
  ]),
);

export function productsFor(section: IndustrySection): WeightedTable<Product> {
  const table = BY_SECTION.get(section);
  if (!table) throw new Error(`no products for industry ${section}`);
  return table;
}

/** The cheapest lines, for orders too small for any equipment. */
export const SMALL_ORDER_PRODUCTS: WeightedTable<Product> = weightedTable(
  ENTRIES.filter((e) => e.product.minYuan <= 2000).map((e) => [e.product, e.weight] as const),
);
