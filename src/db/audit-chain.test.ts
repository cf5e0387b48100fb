import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { auditHash, canonicalJson, GENESIS_HASH, type AuditRecord } from './audit-chain.ts';

const oldShape: AuditRecord = {
  id: 1,
  at: '2025-06-30T08:00:00.000Z',
  actorId: 7,
  actorName: 'kam.east.1',
  ip: '10.0.0.8',
  action: 'customer.update',
  entityType: 'customer',
  entityId: '42',
  customerId: 42,
  before: { phone: '021-60000001' },
  after: { phone: '021-60000002' },
};

/** The hash exactly as audit-chain.ts computed it before `request_id` existed (migration 0008). */
function hashBeforeRequestIds(prevHash: string, record: AuditRecord): string {
  const at = new Date(record.at).toISOString();
  return createHash('sha256')
    .update(prevHash)
    .update('\n')
    .update(canonicalJson({ ...record, at }))
    .digest('hex');
}

describe('audit hash and the request id', () => {
  it('hashes a row without a request id as rows were hashed before the column', () => {
    const old = hashBeforeRequestIds(GENESIS_HASH, oldShape);
    expect(auditHash(GENESIS_HASH, oldShape)).toBe(old);
    // A row read back from the database has the column, null for the older rows.
    expect(auditHash(GENESIS_HASH, { ...oldShape, requestId: null })).toBe(old);
  });

  it('covers a request id when there is one', () => {
    const withId = auditHash(GENESIS_HASH, { ...oldShape, requestId: 'a-request' });
    expect(withId).not.toBe(auditHash(GENESIS_HASH, oldShape));
    expect(withId).not.toBe(auditHash(GENESIS_HASH, { ...oldShape, requestId: 'b-request' }));
  });
});
