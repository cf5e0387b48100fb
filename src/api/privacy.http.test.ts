import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditLog } from '../app/audit/verify-audit-log.ts';
import { startTestServer, type RequestOptions, type TestServer } from '../testing/test-server.ts';
import { seedCustomer } from '../testing/build-customer.ts';

let server: TestServer;
let customerId: number;
let personId: number;
let otherId: number;

const NAME = '欧阳振华';
const MOBILE = '13912345678';
const EMAIL = 'ouyang.zh@example.cn';
const PRIVATE = {
  family: '妻子是中学教师',
  homeAddress: '苏州市工业园区星湖街88号',
  hobbies: '马拉松',
  notes: '春节前后不便拜访',
};
const CONSENT = {
  purpose: '大客户关系维护',
  consentBasis: 'written_consent',
  consentAt: '2026-04-02',
};

const call = (user: string, url: string, options?: RequestOptions) =>
  server.request(user, url, options);
const base = () => `/api/customers/${customerId}/contacts`;
const exportUrl = (contactId: number) => `${base()}/${contactId}/personal-data`;
const erase = (user: string, contactId: number, reason = '本人 2026-06-01 书面申请删除') =>
  call(user, `${exportUrl(contactId)}/erasure`, { method: 'POST', payload: { reason } });

beforeAll(async () => {
  server = await startTestServer();
  const { east, users } = server.org;
  customerId = await seedCustomer(server.handle, {
    orgUnitId: east.id,
    team: [
      { userId: users.kamEast1.userId, teamRole: 'manager' },
      { userId: users.supportEast.userId, teamRole: 'support' },
    ],
  });
  await server.signIn([
    'kam.east.1',
    'support.east',
    'rm.east',
    'rm.north',
    'director',
    'committee',
    'auditor',
  ]);
  const post = (payload: object) => call('kam.east.1', base(), { method: 'POST', payload });
  const person = await post({
    name: NAME,
    mobile: MOBILE,
    email: EMAIL,
    title: '总经理',
    isKeyPerson: true,
  });
  personId = person.json().id;
  otherId = (await post({ name: '吴敏', title: '采购专员' })).json().id;
  const put = await call('kam.east.1', `${base()}/${personId}/key-person`, {
    method: 'PUT',
    payload: { ...PRIVATE, ...CONSENT },
  });
  expect(put.statusCode).toBe(200);
  // A later edit puts the old and new mobile into an audit row's before/after.
  const edit = await call('kam.east.1', `${base()}/${personId}`, {
    method: 'PATCH',
    payload: { department: '总经办' },
    headers: { 'if-match': '"1"' },
  });
  expect(edit.statusCode, edit.body).toBe(200);
  const record = await call('kam.east.1', `/api/customers/${customerId}/timeline`, {
    method: 'POST',
    payload: {
      kind: 'visit',
      occurredAt: '2026-05-10 10:00',
      title: '季度拜访',
      participants: `${NAME}、吴敏`,
    },
  });
  expect(record.statusCode, record.body).toBe(201);
});
afterAll(async () => {
  await server.close();
});

describe('GET /api/privacy/register (C7.7)', () => {
  it('every signed-in user reads the register, with purposes in three languages', async () => {
    for (const user of ['support.east', 'auditor']) {
      const response = await call(user, '/api/privacy/register');
      expect(response.statusCode).toBe(200);
      const items = response.json().items as {
        table: string;
        column: string;
        purpose: Record<string, string>;
        consentRecord: string | null;
      }[];
      const family = items.find(
        (i) => i.table === 'key_person_details' && i.column === 'sealed.family',
      );
      expect(family?.consentRecord).toContain('consent_basis');
      expect(items.find((i) => i.column === 'mobile')?.purpose['zh-CN']).toContain('业务往来');
      // The rules the purge runs with: the defaults here (docs/privacy.md, "Retention").
      expect(response.json().retention).toEqual({
        terminatedContactYears: 3,
        loginIpDays: 365,
        loginIpMinDays: 180,
      });
    }
    const anonymous = await server.app.inject({ url: '/api/privacy/register' });
    expect(anonymous.statusCode).toBe(401);
  });
});

describe('the contact list says who may export and erase (the screen’s buttons)', () => {
  it('offers exactly what the routes allow, for every reader of the customer', async () => {
    for (const user of [
      'kam.east.1',
      'support.east',
      'rm.east',
      'director',
      'committee',
      'auditor',
    ]) {
      const list = await call(user, base());
      expect(list.statusCode, user).toBe(200);
      const { exportPersonalData, erasePersonalData } = list.json().permissions;
      const exported = await call(user, exportUrl(otherId));
      expect([user, exported.statusCode]).toEqual([user, exportPersonalData ? 200 : 403]);
      // A contact that does not exist is looked for only after the access check: 404 says
      // allowed, 403 refused — and nothing is erased either way.
      const erased = await erase(user, 2_000_000_000);
      expect([user, erased.statusCode]).toEqual([user, erasePersonalData ? 404 : 403]);
    }
  });
});

describe('GET …/contacts/:contactId/personal-data', () => {
  it('refuses readers who may not see key-person details, and 404s outside the scope', async () => {
    for (const user of ['support.east', 'director', 'auditor'])
      expect((await call(user, exportUrl(personId))).statusCode, user).toBe(403);
    expect((await call('rm.north', exportUrl(personId))).statusCode).toBe(404);
  });

  it('exports the contact, the decrypted details, the records naming them and the audit trail, audited', async () => {
    const response = await call('rm.east', exportUrl(personId));
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-disposition']).toContain('attachment');
    expect(response.headers['cache-control']).toBe('no-store');
    const file = response.json();
    expect(file.contact).toMatchObject({ name: NAME, email: EMAIL });
    expect(file.keyPersonDetails).toMatchObject({ ...PRIVATE, ...CONSENT });
    expect(file.recordsNamingThem.map((r: { title: string }) => r.title)).toEqual(['季度拜访']);
    expect(file.auditTrail.map((r: { action: string }) => r.action)).toEqual(
      expect.arrayContaining(['contact.create', 'contact.update', 'key_person.create']),
    );
    // Ids and hashes only: no one else's name, not the acting user.
    expect(JSON.stringify(file.auditTrail)).not.toContain('kam.east.1');
    const history = (await call('auditor', `/api/audit?action=privacy.export`)).json();
    expect(history.items[0]).toMatchObject({ actorName: 'rm.east', entityId: String(personId) });
    const reads = (await call('auditor', `/api/audit?action=key_person.read`)).json();
    expect(reads.items[0]).toMatchObject({ actorName: 'rm.east' });
  });
});

describe('POST …/personal-data/erasure', () => {
  it('is refused to account managers, the auditor and support, and needs a reason', async () => {
    for (const user of ['kam.east.1', 'rm.east', 'auditor', 'support.east'])
      expect((await erase(user, personId)).statusCode, user).toBe(403);
    const blank = await erase('committee', personId, '  ');
    expect(blank.statusCode).toBe(400);
    expect(blank.json().issues[0]).toMatchObject({ field: 'reason', code: 'validation.required' });
  });

  it('anonymises the contact, deletes the details, and no audit read shows the values any more', async () => {
    const before = (await call('kam.east.1', `/api/customers/${customerId}/audit`)).body;
    expect(before).toContain(NAME);
    const response = await erase('committee', personId);
    expect(response.statusCode, response.body).toBe(200);

    const contacts = (await call('kam.east.1', base())).json().items as {
      id: number;
      name: string;
      mobile: string | null;
      email: string | null;
      isKeyPerson: boolean;
      erasedAt: string | null;
    }[];
    const erased = contacts.find((c) => c.id === personId)!;
    expect(erased).toMatchObject({
      name: `已删除联系人 #${personId}`,
      mobile: null,
      email: null,
      isKeyPerson: false,
    });
    // Marked as erased on the list and the 360 page, so a screen in any language can say so.
    expect(erased.erasedAt).toBe(new Date(erased.erasedAt!).toISOString());
    const other = contacts.find((c) => c.id === otherId);
    expect(other).toMatchObject({ name: '吴敏', erasedAt: null });
    const page = (await call('kam.east.1', `/api/customers/${customerId}/360`)).json();
    const on360 = (page.contacts as { id: number; erasedAt: string | null }[]).map((c) => [
      c.id,
      c.erasedAt,
    ]);
    expect(on360).toContainEqual([personId, erased.erasedAt]);
    expect(on360).toContainEqual([otherId, null]);
    const details = (await call('kam.east.1', `${base()}/${personId}/key-person`)).json();
    expect(details.details).toBeNull();

    const tab = await call('kam.east.1', `/api/customers/${customerId}/audit`);
    const screen = await call('auditor', `/api/audit?customerId=${customerId}`);
    const sheet = await call('auditor', `/api/audit/export.xlsx?customerId=${customerId}`);
    const cells = await sheetText(sheet.rawPayload);
    for (const body of [tab.body, screen.body, cells]) {
      for (const value of [NAME, MOBILE, EMAIL, '总经办']) expect(body).not.toContain(value);
      expect(body).toContain('[erased #');
      // The other contact's history is untouched.
      expect(body).toContain('吴敏');
    }
    const erasure = screen
      .json()
      .items.find((i: { action: string }) => i.action === 'privacy.erase');
    expect(erasure.after).toMatchObject({
      contactId: personId,
      kind: 'request',
      reason: '本人 2026-06-01 书面申请删除',
    });
    expect(erasure.after.trace['contact.name']).toMatch(/^[0-9a-f]{16}$/);

    const report = await verifyAuditLog(
      server.ctx,
      await mkdtemp(join(tmpdir(), 'patron-privacy-')),
    );
    expect(report).toMatchObject({ intact: true, firstBad: null });
  });

  it('refuses a second erasure of the same contact and writes nothing', async () => {
    const erasures = async () =>
      (await call('auditor', `/api/audit?action=privacy.erase`)).json().items.length as number;
    const before = await erasures();
    const again = await erase('committee', personId);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'conflict.already_erased' });
    expect(await erasures()).toBe(before);
  });

  it('the exported file of an erased contact says so and holds nothing of theirs', async () => {
    const file = (await call('committee', exportUrl(personId))).json();
    expect(file.erased).toBe(true);
    expect(file.keyPersonDetails).toBeNull();
    expect(JSON.stringify(file)).not.toContain(NAME);
  });
});

async function sheetText(body: Buffer): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  const parts: string[] = [];
  workbook.worksheets[0]!.eachRow((row) => parts.push(JSON.stringify(row.values)));
  return parts.join('\n');
}
