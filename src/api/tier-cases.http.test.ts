import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { startTestServer, type RequestOptions, type TestServer } from '../testing/test-server.ts';
import { seedCustomer } from '../testing/build-customer.ts';
import type { Tier } from '../domain/scoring/model-types.ts';
import { computedTierOf } from '../db/scoring/case-score.ts';
import { computedRun, setRunState } from '../app/scoring/tier-cases.fixture.ts';

const DAY = 24 * 3600 * 1000;
const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');
let server: TestServer;
let own: number;
let other: number;
let runId: number;
let tier: Tier;

beforeAll(async () => {
  server = await startTestServer();
  const { east, users } = server.org;
  own = await seedCustomer(server.handle, {
    orgUnitId: east.id,
    team: [
      { userId: users.kamEast1.userId, teamRole: 'manager' },
      { userId: users.supportEast.userId, teamRole: 'support' },
    ],
  });
  other = await seedCustomer(server.handle, {
    orgUnitId: east.id,
    team: [{ userId: users.kamEast2.userId, teamRole: 'manager' }],
  });
  runId = await computedRun({ ...server.ctx, actor: users.committee });
  await setRunState(server.handle.db, runId, 'published', { publishedAt: new Date() });
  tier = (await computedTierOf(server.handle.db, runId, own))!;
  await server.signIn([
    'kam.east.1',
    'kam.east.2',
    'support.east',
    'sec.east',
    'committee',
    'auditor',
  ]);
});
afterAll(async () => {
  await server.close();
});

const call = (user: string, url: string, options?: RequestOptions) =>
  server.request(user, url, options);
const changed: () => Tier = () => (tier === 'A' ? 'B' : 'A');
const runUrl = (tail: string) => `/api/scoring/runs/${runId}/${tail}`;

describe('overrides over HTTP (C2.6)', () => {
  let overrideId: number;

  it('the account manager proposes: 201 with ETag; out of scope 404; support 403, localised', async () => {
    const payload = { customerId: own, tier: changed(), reason: '新签框架协议' };
    const created = await call('kam.east.1', runUrl('overrides'), { method: 'POST', payload });
    expect(created.statusCode).toBe(201);
    expect(created.headers.etag).toBe('"1"');
    expect(created.json()).toMatchObject({
      state: 'proposed',
      computedTier: tier,
      tier: changed(),
    });
    overrideId = created.json().id;
    const outside = await call('kam.east.2', runUrl('overrides'), { method: 'POST', payload });
    expect(outside.statusCode).toBe(404);
    const support = await call('support.east', runUrl('overrides'), { method: 'POST', payload });
    expect([support.statusCode, support.json().message]).toEqual([403, '您没有执行此操作的权限']);
    const auditor = await call('auditor', runUrl('overrides'), {
      method: 'POST',
      payload: { ...payload, customerId: other },
    });
    expect(auditor.statusCode).toBe(403);
  });

  it('a second open proposal is 409 with its own code; a blank reason names the field', async () => {
    const again = await call('kam.east.1', runUrl('overrides'), {
      method: 'POST',
      payload: { customerId: own, tier: changed(), reason: '再提一次' },
    });
    expect([again.statusCode, again.json().code]).toEqual([409, 'conflict.override_open']);
    const blank = await call('kam.east.2', runUrl('overrides'), {
      method: 'POST',
      payload: { customerId: other, tier: 'E', reason: ' ' },
      headers: { 'accept-language': 'en' },
    });
    expect(blank.statusCode).toBe(400);
    expect(blank.json().issues).toEqual([
      { field: 'tier', code: 'validation.enum', message: 'Tier is not one of the allowed values' },
    ]);
  });

  it('the committee decides with If-Match: 428 without, 412 when stale, 200 with the new ETag', async () => {
    const url = `/api/scoring/overrides/${overrideId}/decision`;
    const decide = (user: string, headers: Record<string, string>) =>
      call(user, url, { method: 'POST', payload: { decision: 'approve' }, headers });
    expect((await decide('committee', {})).statusCode).toBe(428);
    expect((await decide('committee', { 'if-match': '"9"' })).statusCode).toBe(412);
    expect((await decide('kam.east.1', { 'if-match': '"1"' })).statusCode).toBe(403);
    expect((await decide('auditor', { 'if-match': '"1"' })).statusCode).toBe(403);
    const ok = await decide('committee', { 'if-match': '"1"' });
    expect([ok.statusCode, ok.headers.etag, ok.json().state]).toEqual([200, '"2"', 'approved']);
    const seen = await call('support.east', `/api/scoring/overrides/${overrideId}`);
    expect(seen.json()).toMatchObject({ state: 'approved', permissions: { decide: false } });
    const list = await call('auditor', `/api/customers/${own}/overrides`);
    expect(list.json().items.map((i: { id: number }) => i.id)).toEqual([overrideId]);
    const runList = await call('committee', runUrl('overrides?state=approved&customerId=' + own));
    expect(runList.json().total).toBe(1);
    expect((await call('kam.east.2', `/api/scoring/overrides/${overrideId}`)).statusCode).toBe(404);
  });
});

describe('appeals over HTTP (C2.7)', () => {
  let appealId: number;
  let attachmentId: number;
  const attachUrl = () => `/api/scoring/appeals/${appealId}/attachments`;
  const upload = (body: Buffer, type: string, name: string, user = 'support.east') =>
    call(user, `${attachUrl()}?fileName=${encodeURIComponent(name)}`, {
      method: 'POST',
      payload: body,
      headers: { 'content-type': type },
    });

  it('refuses an appeal before the window opens, files one in it', async () => {
    const payload = { customerId: own, reason: '订单未计入', requestedTier: changed() };
    const early = await call('support.east', runUrl('appeals'), { method: 'POST', payload });
    expect([early.statusCode, early.json().code]).toEqual([409, 'conflict.run_state']);
    await setRunState(server.handle.db, runId, 'appeal_window', {
      publishedAt: new Date(),
      appealClosesAt: new Date(Date.now() + 7 * DAY),
    });
    const filed = await call('support.east', runUrl('appeals'), { method: 'POST', payload });
    expect(filed.statusCode).toBe(201);
    appealId = filed.json().id;
    expect(filed.json()).toMatchObject({ state: 'filed', details: { reason: '订单未计入' } });
    const outside = await call('kam.east.2', runUrl('appeals'), { method: 'POST', payload });
    expect(outside.statusCode).toBe(404);
  });

  it('takes evidence as the raw body: pdf and text kept, bad type 400, too large 413', async () => {
    const pdf = await upload(PDF, 'application/pdf', '采购合同.pdf');
    expect(pdf.statusCode).toBe(201);
    expect(pdf.json()).toMatchObject({
      fileName: '采购合同.pdf',
      sha256: createHash('sha256').update(PDF).digest('hex'),
    });
    attachmentId = pdf.json().id;
    const text = await upload(Buffer.from('补充说明'), 'text/plain; charset=utf-8', '说明.txt');
    expect([text.statusCode, text.json().contentType]).toEqual([201, 'text/plain']);
    const exe = await upload(Buffer.from('MZ\x90\x00'), 'application/pdf', 'setup.pdf');
    expect(exe.statusCode).toBe(400);
    expect(exe.json()).toMatchObject({
      code: 'validation.attachment_type',
      field: 'file',
      message: '「文件」类型不支持，或文件内容与扩展名不符；可上传 PDF, PNG, JPEG, XLSX, DOCX, TXT',
    });
    const big = await upload(Buffer.alloc(5 * 1024 * 1024 + 10, 0x20), 'application/pdf', '大.pdf');
    expect(big.statusCode).toBe(413);
    expect(big.json()).toMatchObject({
      code: 'validation.attachment_too_large',
      field: 'file',
      message: '「文件」过大，每个附件最大 5 MB',
    });
    const notFiler = await upload(PDF, 'application/pdf', 'a.pdf', 'kam.east.1');
    expect(notFiler.statusCode).toBe(403);
    const list = await call('kam.east.1', attachUrl());
    expect(list.json().items.map((i: { fileName: string }) => i.fileName)).toEqual([
      '采购合同.pdf',
      '说明.txt',
    ]);
  });

  it('downloads with Content-Disposition for the circle; audited; hidden from others', async () => {
    const file = await call('auditor', `${attachUrl()}/${attachmentId}`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.headers['content-disposition']).toBe(
      `attachment; filename="____.pdf"; filename*=UTF-8''${encodeURIComponent('采购合同.pdf')}`,
    );
    expect(file.rawPayload.equals(PDF)).toBe(true);
    const audit = await call('auditor', `/api/customers/${own}/audit`);
    expect(audit.json().items[0]).toMatchObject({
      action: 'scoring.appeal.attachment_read',
      actorName: 'auditor',
    });
    expect((await call('kam.east.2', `${attachUrl()}/${attachmentId}`)).statusCode).toBe(404);
    // The region's secretary sees the appeal in the customer's file, not its evidence.
    expect((await call('sec.east', `/api/scoring/appeals/${appealId}`)).json().details).toBeNull();
    expect((await call('sec.east', `${attachUrl()}/${attachmentId}`)).statusCode).toBe(403);
    expect((await call('sec.east', attachUrl())).statusCode).toBe(403);
  });

  it('assign and answer with If-Match; the appellant reads the answer', async () => {
    const { committee } = server.org.users;
    const assign = await call('committee', `/api/scoring/appeals/${appealId}/assignment`, {
      method: 'POST',
      payload: { investigatorId: committee.userId },
      headers: { 'if-match': '"1"' },
    });
    expect([assign.statusCode, assign.headers.etag]).toEqual([200, '"2"']);
    const answerUrl = `/api/scoring/appeals/${appealId}/answer`;
    const payload = { outcome: 'changed', decidedTier: changed(), answer: '合同属实，改定等级' };
    const noVersion = await call('committee', answerUrl, { method: 'POST', payload });
    expect(noVersion.statusCode).toBe(428);
    const answered = await call('committee', answerUrl, {
      method: 'POST',
      payload,
      headers: { 'if-match': '"2"' },
    });
    expect(answered.json()).toMatchObject({ state: 'decided', outcome: 'changed' });
    const mine = await call('support.east', '/api/me/appeals');
    expect(mine.json().items[0]).toMatchObject({
      id: appealId,
      details: { answer: '合同属实，改定等级' },
    });
    const customer = await call('kam.east.1', `/api/customers/${own}/appeals`);
    expect(customer.json().items[0]).toMatchObject({ id: appealId, decidedTier: changed() });
  });

  it('after the window: 409 naming the closing time', async () => {
    // The server's clock stands still at its start; the window closed a second before it.
    const closedAt = new Date(server.ctx.clock.now().getTime() - 1000);
    await setRunState(server.handle.db, runId, 'appeal_window', {
      publishedAt: new Date(Date.now() - 8 * DAY),
      appealClosesAt: closedAt,
    });
    const late = await call('kam.east.1', runUrl('appeals'), {
      method: 'POST',
      payload: { customerId: own, reason: '迟到的申诉' },
      headers: { 'accept-language': 'en' },
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().code).toBe('conflict.appeal_window_closed');
    expect(late.json().message).toMatch(
      /^The appeal window closed at \d{4}-\d{2}-\d{2} \d{2}:\d{2};/,
    );
  });
});
