import type { OrgUnitKind } from '../../domain/customer-fields.ts';
import { provincesOf, type RegionCode } from './geography.ts';

export type DemoOrgUnit = {
  id: number;
  code: string;
  name: string;
  kind: OrgUnitKind;
  parentId: number | null;
  /** Materialised id chain, e.g. '/1/3/' (see src/db/schema/org.ts). */
  path: string;
  /** For regions: the provinces whose customers belong to it. */
  provinces: readonly string[];
};

const HQ_ID = 1;

const REGIONS: readonly { code: RegionCode; name: string }[] = [
  { code: 'EAST', name: '华东大区' },
  { code: 'NORTH', name: '华北大区' },
  { code: 'SOUTH', name: '华南大区' },
  { code: 'SOUTHWEST', name: '西南大区' },
  { code: 'CENTRAL', name: '华中大区' },
];

/**
 * The demo organisation: 总部 and five sales regions under it. Ids are fixed (1 = HQ, then the
 * regions in order) so users, customers and teams can refer to them before anything is loaded.
 */
export const DEMO_ORG: readonly DemoOrgUnit[] = [
  {
    id: HQ_ID,
    code: 'HQ',
    name: '总部',
    kind: 'head_office',
    parentId: null,
    path: `/${HQ_ID}/`,
    provinces: [],
  },
  ...REGIONS.map((region, i): DemoOrgUnit => {
    const id = HQ_ID + 1 + i;
    return {
      id,
      code: region.code,
      name: region.name,
      kind: 'region',
      parentId: HQ_ID,
      path: `/${HQ_ID}/${id}/`,
      provinces: provincesOf(region.code).map((province) => province.name),
    };
  }),
];

export const DEMO_HQ: DemoOrgUnit = DEMO_ORG[0] as DemoOrgUnit;

export function demoRegion(code: RegionCode): DemoOrgUnit {
  const unit = DEMO_ORG.find((candidate) => candidate.code === code);
  if (!unit) throw new Error(`no demo region ${code}`);
  return unit;
}

export const DEMO_REGION_CODES: readonly RegionCode[] = REGIONS.map((region) => region.code);
