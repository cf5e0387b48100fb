import type { components, paths } from '../api/schema';

export type AuditLog = components['schemas']['AuditLog'];
export type AuditLogItem = AuditLog['items'][number];
export type AuditActions = components['schemas']['AuditActions'];
export type AuditLogQuery = NonNullable<paths['/api/audit']['get']['parameters']['query']>;
/** What the filter bar sets; the page cursor and size belong to the table. */
export type AuditFilters = Omit<AuditLogQuery, 'beforeId' | 'pageSize'>;
