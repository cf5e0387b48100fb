import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { desc, eq } from 'drizzle-orm';
import { isAppError, type AppError } from '../../domain/app-error.ts';
import { MAX_ATTACHMENT_BYTES } from '../../domain/scoring/attachment-types.ts';
import { openTestDb } from '../../testing/open-test-db.ts';
import { seedOrg, type TestOrg } from '../../testing/seed-org.ts';
import { seedCustomer } from '../../testing/build-customer.ts';
import { fixedClock, testContext } from '../../testing/test-context.ts';
import type { DbHandle } from '../../db/db-types.ts';
import { appealAttachments, auditLog } from '../../db/schema/index.ts';
import type { Actor } from '../context.ts';
import { addAppealAttachment } from './add-appeal-attachment.ts';
import { answerAppeal } from './answer-appeal.ts';
import { assignAppeal } from './assign-appeal.ts';
import { fileAppeal } from './file-appeal.ts';
import { getAppeal } from './get-appeal.ts';
import { getAppealAttachment } from './get-appeal-attachment.ts';
import { listAppealAttachments } from './list-appeal-attachments.ts';
import { computedRun, setRunState } from './tier-cases.fixture.ts';

const clock = fixedClock(new Date('2026-01-10T02:00:00Z'));
let handle: DbHandle;
let org: TestOrg;
let own: number;
let appealId: number;
let firstId: number;

const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');

beforeAll(async () => {
  handle = await openTestDb();
  org = await seedOrg(handle);
  own = await seedCustomer(handle, {
    orgUnitId: org.east.id,
    team: [{ userId: org.users.kamEast1.userId, teamRole: 'manager' }],
  });
  const runId = await computedRun(as(org.users.committee));
  await setRunState(handle.db, runId, 'appeal_window', {
    publishedAt: clock.now(),
    appealClosesAt: new Date(clock.now().getTime() + 7 * 24 * 3600 * 1000),
  });
  // The regional secretary files: she sees the customer but is not one of its managers.
  appealId = (
    await fileAppeal(as(org.users.secEast), runId, { customerId: own, reason: '证据见附件' })
  ).id;
});
afterAll(async () => {
  await handle.close();
});

const as = (actor: Actor) => testContext(handle, actor, clock);
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: unknown) => (isAppError(e) ? e : Promise.reject(e)) as AppError,
  );
const upload = (
  actor: Actor,
  fileName = '采购合同.pdf',
  content: Buffer = PDF,
  contentType = 'application/pdf',
) => addAppealAttachment(as(actor), appealId, { fileName, contentType, content });
const stored = async () =>
  handle.db
    .select({ id: appealAttachments.id })
    .from(appealAttachments)
    .where(eq(appealAttachments.appealId, appealId));
const lastAudit = async () =>
  (await handle.db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1))[0];

describe('evidence of an appeal (C2.7)', () => {
  it('the filer uploads a file; name, type, size and SHA-256 kept; audited', async () => {
    const dto = await upload(org.users.secEast, 'D:\\资料\\采购合同.pdf');
    firstId = dto.id;
    expect(dto).toMatchObject({
      appealId,
      fileName: '采购合同.pdf',
      contentType: 'application/pdf',
      sizeBytes: PDF.length,
      sha256: createHash('sha256').update(PDF).digest('hex'),
      uploadedBy: { id: org.users.secEast.userId, name: 'sec.east' },
    });
    expect(await lastAudit()).toMatchObject({
      action: 'scoring.appeal.attach',
      entityType: 'tier_appeal',
      entityId: String(appealId),
      customerId: own,
    });
    expect((await getAppeal(as(org.users.secEast), appealId)).details?.attachmentCount).toBe(1);
  });

  it('only the filer uploads', async () => {
    expect((await failure(upload(org.users.kamEast1)))?.code).toBe('auth.forbidden');
    expect((await failure(upload(org.users.committee)))?.code).toBe('auth.forbidden');
    expect((await failure(upload(org.users.auditor)))?.code).toBe('auth.forbidden');
    expect((await failure(upload(org.users.kamEast2)))?.code).toBe('not_found');
    expect((await failure(upload(org.users.rmNorth)))?.code).toBe('not_found');
    expect(await stored()).toHaveLength(1);
  });

  it('refuses bad types and oversized files with a field-named error, writing nothing', async () => {
    const refused = async (...args: [string, Buffer, string]) => {
      const error = await failure(upload(org.users.secEast, ...args));
      return [error?.code, error?.field];
    };
    expect(await refused('合同.pdf', Buffer.from('MZ\x90\x00'), 'application/pdf')).toEqual([
      'validation.attachment_type',
      'file',
    ]);
    expect(await refused('page.html', Buffer.from('<html>'), 'text/html')).toEqual([
      'validation.attachment_type',
      'file',
    ]);
    const big = Buffer.concat([PDF, Buffer.alloc(MAX_ATTACHMENT_BYTES)]);
    expect(await refused('大.pdf', big, 'application/pdf')).toEqual([
      'validation.attachment_too_large',
      'file',
    ]);
    expect(await stored()).toHaveLength(1);
  });

  it('at most five files per appeal', async () => {
    for (let i = 2; i <= 5; i++) await upload(org.users.secEast, `附件${i}.pdf`);
    const error = await failure(upload(org.users.secEast, '附件6.pdf'));
    expect([error?.code, error?.field, error?.params.max]).toEqual([
      'validation.attachment_count',
      'file',
      5,
    ]);
    expect(await stored()).toHaveLength(5);
  });

  it("lists and downloads for the appeal's circle only; every download audited", async () => {
    const names = (await listAppealAttachments(as(org.users.kamEast1), appealId)).items.map(
      (i) => i.fileName,
    );
    expect(names).toEqual(['采购合同.pdf', '附件2.pdf', '附件3.pdf', '附件4.pdf', '附件5.pdf']);
    expect((await listAppealAttachments(as(org.users.secEast), appealId)).permissions.upload).toBe(
      true,
    );
    // Another KA manager, without the customer in scope, sees neither list nor file.
    expect((await failure(listAppealAttachments(as(org.users.kamEast2), appealId)))?.code).toBe(
      'not_found',
    );
    const file = await getAppealAttachment(as(org.users.auditor), appealId, firstId);
    expect(file.content.equals(PDF)).toBe(true);
    expect(file).toMatchObject({ fileName: '采购合同.pdf', contentType: 'application/pdf' });
    expect(await lastAudit()).toMatchObject({
      action: 'scoring.appeal.attachment_read',
      actorName: 'auditor',
      customerId: own,
      after: { attachmentId: firstId },
    });
    expect(
      (await failure(getAppealAttachment(as(org.users.rmNorth), appealId, firstId)))?.code,
    ).toBe('not_found');
    expect(
      (await failure(getAppealAttachment(as(org.users.secEast), appealId, 999_999)))?.code,
    ).toBe('not_found');
  });

  it('no more evidence once the appeal is decided', async () => {
    const committee = as(org.users.committee);
    const assigned = await assignAppeal(committee, appealId, 1, {
      investigatorId: org.users.committee.userId,
    });
    await answerAppeal(committee, appealId, assigned.version, {
      outcome: 'upheld',
      answer: '维持原级',
    });
    const error = await failure(upload(org.users.secEast, '迟到的证据.pdf'));
    expect([error?.code, error?.params.state]).toEqual(['conflict.appeal_state', 'decided']);
  });
});
