/** A page of a customer's records: `page` from 1, at most `pageSize` rows. */
export type PageRequest = { page: number; pageSize: number };

export function offsetOf({ page, pageSize }: PageRequest): number {
  return (page - 1) * pageSize;
}

/** `count(*)` arrives as a string from node-postgres and a number from PGlite. */
export function countOf(row: { count: unknown } | undefined): number {
  return Number(row?.count ?? 0);
}
