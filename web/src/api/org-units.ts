import { api, call } from './client.ts';
import type { OrgUnit } from './types.ts';

export async function listOrgUnits(): Promise<OrgUnit[]> {
  const { items } = await call(api.GET('/api/org-units'));
  return items;
}
