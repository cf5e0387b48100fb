import type { PageRequest } from '../../db/records/paging.ts';

export type PageQuery = { page?: number; pageSize?: number };

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 200;

/** Bounds a page request; the HTTP schema checks types, this keeps the CLI and tests honest. */
export function pageOf(query: PageQuery): PageRequest {
  const page = Math.max(1, Math.floor(query.page ?? 1));
  const size = Math.floor(query.pageSize ?? DEFAULT_PAGE_SIZE);
  return { page, pageSize: Math.min(MAX_PAGE_SIZE, Math.max(1, size)) };
}
