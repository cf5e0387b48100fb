import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

export type AuditRecord = {
  id: number;
  at: string;
  actorId: number | null;
  actorName: string;
  ip: string | null;
  /** The HTTP request that wrote the row; absent or null for the CLI and for older rows. */
  requestId?: string | null | undefined;
  action: string;
  entityType: string;
  entityId: string | null;
  customerId: number | null;
  before: unknown;
  after: unknown;
};

/** JSON with object keys sorted at every level, so jsonb's own key order cannot change a hash. */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function auditHash(prevHash: string, record: AuditRecord): string {
  const at = new Date(record.at).toISOString();
  // `requestId` came later (migration 0009): a row without one hashes exactly as rows did
  // before the column existed, so the chain written then still verifies; a row with one covers it.
  const { requestId, ...rest } = record;
  const hashed = requestId == null ? { ...rest, at } : { ...rest, at, requestId };
  return createHash('sha256')
    .update(prevHash)
    .update('\n')
    .update(canonicalJson(hashed))
    .digest('hex');
}
