import { gt } from 'drizzle-orm';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditLog } from '../app/audit/verify-audit-log.ts';
import { writeAuditCheckpoint } from '../app/audit/write-audit-checkpoint.ts';
import { lastAuditRow } from '../db/audit-repository.ts';
import { auditLog } from '../db/schema/index.ts';
import { buildCustomer, seedCustomer } from '../testing/build-customer.ts';
import { httpRequest, type HttpRequest, type HttpResponse } from '../testing/http-request.ts';
import { TEST_ENGINE } from '../testing/open-test-db.ts';
import { startTestServer, type TestServer } from '../testing/test-server.ts';

/**
 * Writers at the same time, over real TCP connections to a listening server (not `inject`, which
 * runs one request after another): optimistic locking lets exactly one of two edits of the same
 * version through, and the audit chain stays whole and gapless under many writers (docs/security.md,
 * "Durability"). On PostgreSQL the requests run in parallel transactions on the pool; on PGlite
 * the one connection serialises them, which must give the same answers.
 */

let server: TestServer;
let base: string;
let checkpointDir: string;
const cookies: Record<string, string> = {};
// Writers who need no second factor: a regional manager and two KA managers of one region.
const WRITERS = ['rm.east', 'kam.east.1', 'kam.east.2'] as const;
const customerIds: number[] = [];

beforeAll(async () => {
  server = await startTestServer();
  const { east, users } = server.org;
  for (let i = 0; i < 20; i++) {
    customerIds.push(
      await seedCustomer(server.handle, {
        orgUnitId: east.id,
        name: `苏州并发测试${i + 1}号机械有限公司`,
        team: [
          { userId: users.kamEast1.userId, teamRole: 'manager' },
          { userId: users.kamEast2.userId, teamRole: 'manager' },
        ],
      }),
    );
  }
  for (const name of WRITERS) cookies[name] = await server.login(name);
  await server.app.listen({ port: 0, host: '127.0.0.1' });
  const address = server.app.server.address();
  if (address === null || typeof address === 'string') throw new Error('not listening');
  base = `http://127.0.0.1:${address.port}`;
  checkpointDir = await mkdtemp(join(tmpdir(), 'patron-concurrent-audit-'));
});
afterAll(async () => {
  await server?.close();
  await rm(checkpointDir, { recursive: true, force: true });
});

const send = (user: (typeof WRITERS)[number], request: HttpRequest) =>
  httpRequest(base, { ...request, headers: { cookie: cookies[user]!, ...request.headers } });

async function versionOf(id: number): Promise<string> {
  const response = await send('rm.east', { path: `/api/customers/${id}` });
  expect(response.status, response.text).toBe(200);
  return response.headers.etag as string;
}

const patchCustomer = (
  user: (typeof WRITERS)[number],
  id: number,
  etag: string,
  body: object,
): Promise<HttpResponse> =>
  send(user, {
    method: 'PATCH',
    path: `/api/customers/${id}`,
    headers: { 'if-match': etag },
    body,
  });

/** The audit rows written after row `afterId`. */
const auditRowsAfter = (afterId: number) =>
  server.handle.db.select().from(auditLog).where(gt(auditLog.id, afterId)).orderBy(auditLog.id);

describe(`concurrent writers over HTTP (${TEST_ENGINE})`, () => {
  it('two edits of one customer sent at once with the same If-Match: one 200, one 412, one audit row', async () => {
    const id = customerIds[0]!;
    const etag = await versionOf(id);
    const last = (await lastAuditRow(server.handle.db))?.id ?? 0;
    const answers = await Promise.all([
      patchCustomer('kam.east.1', id, etag, { phone: '0512-66000001' }),
      patchCustomer('rm.east', id, etag, { phone: '0512-66000002' }),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 412]);
    const winner = answers.find((a) => a.status === 200)!;
    const loser = answers.find((a) => a.status === 412)!;
    expect(JSON.parse(loser.text)).toMatchObject({ code: 'conflict.stale_version' });
    const stored = await send('rm.east', { path: `/api/customers/${id}` });
    expect(JSON.parse(stored.text)).toMatchObject({
      phone: JSON.parse(winner.text).phone,
      version: Number(etag.replaceAll('"', '')) + 1,
    });
    const rows = await auditRowsAfter(last);
    expect(rows.map((r) => [r.action, r.customerId, r.requestId])).toEqual([
      ['customer.update', id, winner.headers['x-request-id']],
    ]);
  });

  it('50 writers at once (edits of one customer and of many, contacts, orders, new customers): the audit chain stays gapless and verifies', async () => {
    await writeAuditCheckpoint(server.ctx, checkpointDir);
    const last = (await lastAuditRow(server.handle.db))?.id ?? 0;
    const contended = customerIds[1]!;
    const contendedTag = await versionOf(contended);
    const others = customerIds.slice(2, 17);
    const tags = await Promise.all(others.map(versionOf));
    const writer = (i: number) => WRITERS[i % WRITERS.length]!;
    const writes: Promise<HttpResponse>[] = [
      // Ten edits of one version of one customer: exactly one may win.
      ...Array.from({ length: 10 }, (_, i) =>
        patchCustomer(writer(i), contended, contendedTag, { phone: `0512-6700000${i}` }),
      ),
      // Fifteen edits of fifteen customers: all win.
      ...others.map((id, i) =>
        patchCustomer(writer(i), id, tags[i]!, { phone: `0512-6800${String(i).padStart(4, '0')}` }),
      ),
      // Ten contacts and ten orders, on the contended customer and others.
      ...Array.from({ length: 10 }, (_, i) =>
        send(writer(i), {
          method: 'POST',
          path: `/api/customers/${customerIds[1 + (i % 5)]}/contacts`,
          body: { name: `并发联系人${i + 1}`, title: '采购经理' },
        }),
      ),
      ...Array.from({ length: 10 }, (_, i) =>
        send(writer(i), {
          method: 'POST',
          path: `/api/customers/${customerIds[1 + (i % 5)]}/transactions`,
          body: { occurredOn: '2025-06-01', amount: `${1000 + i}.50`, product: '伺服电机 1.5kW' },
        }),
      ),
      // Five new customers.
      ...Array.from({ length: 5 }, (_, i) =>
        send(writer(i), {
          method: 'POST',
          path: '/api/customers',
          body: buildCustomer({ orgUnitId: server.org.east.id }),
        }),
      ),
    ];
    expect(writes).toHaveLength(50);
    const answers = await Promise.all(writes);

    const statuses = answers.map((a) => a.status);
    const contendedStatuses = statuses.slice(0, 10);
    expect(contendedStatuses.filter((s) => s === 200)).toHaveLength(1);
    expect(contendedStatuses.filter((s) => s === 412)).toHaveLength(9);
    for (const answer of answers.slice(10))
      expect([200, 201], answer.text).toContain(answer.status);

    // One audit row per write that succeeded, named by its request; none for a refused one.
    const succeeded = answers.filter((a) => a.status < 300);
    expect(succeeded).toHaveLength(41);
    const rows = await auditRowsAfter(last);
    expect(rows.map((r) => r.requestId).sort()).toEqual(
      succeeded.map((a) => a.headers['x-request-id']).sort(),
    );
    // Ids run on without a hole from before the writers; the whole chain and the checkpoint
    // taken before them verify.
    expect(rows.map((r) => r.id)).toEqual(rows.map((_, i) => last + 1 + i));
    const report = await verifyAuditLog(server.ctx, checkpointDir);
    expect(report).toMatchObject({ intact: true, firstBad: null, checkpoint: { status: 'ok' } });
    expect(report.rows).toBe(last + 41);
  });
});
