/** How the customer list may be sorted; `-` means descending. Shared by the API and the web. */
export const CUSTOMER_SORTS = [
  'name',
  '-name',
  'updatedAt',
  '-updatedAt',
  'tier',
  '-tier',
] as const;
export type CustomerSort = (typeof CUSTOMER_SORTS)[number];

/** The field a sort orders by (`-updatedAt` → `updatedAt`), for the field rules (C7.3). */
export function sortField(sort: string): string {
  return sort.replace(/^-/, '');
}
