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
