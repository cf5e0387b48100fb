import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, keyPersonDetails } from '../../db/schema/index.ts';
import type { DbHandle } from '../../db/db-types.ts';
import { openTestDb } from '../../testing/open-test-db.ts';
import { seedOrg, type TestOrg } from '../../testing/seed-org.ts';
import { seedCustomer } from '../../testing/build-customer.ts';
import { testContext } from '../../testing/test-context.ts';
import type { AppContext, UserActor } from '../context.ts';
import { createContact } from '../contacts/create-contact.ts';
import { listContacts } from '../contacts/list-contacts.ts';
import { getKeyPersonDetails } from './get-key-person-details.ts';
import { listKeyPersons } from './list-key-persons.ts';
import { saveKeyPersonDetails } from './save-key-person-details.ts';

let handle: DbHandle;
let org: TestOrg;
let customerId: number;
let contactId: number;
const as = (actor: UserActor): AppContext => ({ ...base(), actor });
let base: () => AppContext;

const PRIVATE = {
  family: '爱人在市一医院工作，儿子读高二',
  homeAddress: '上海市浦东新区锦绣路1001弄',
  hobbies: '周末钓鱼，喜欢普洱茶',
  notes: '不喜欢饭局，偏好上午拜访',
};

beforeAll(async () => {
  handle = await openTestDb();
  org = await seedOrg(handle);
  const ctx = testContext(handle);
  base = () => ctx;
  const { users } = org;
  customerId = await seedCustomer(handle, {
    orgUnitId: org.east.id,
    team: [
      { userId: users.kamEast1.userId, teamRole: 'manager' },
      // A KA manager on the team as support: reads the file, but is not one of its managers.
      { userId: users.kamEast2.userId, teamRole: 'support' },
      { userId: users.supportEast.userId, teamRole: 'support' },
    ],
  });
  const contact = await createContact(as(users.kamEast1), customerId, {
    name: '王建国',
    title: '总经理',
    mobile: '138 1234 5678',
    isKeyPerson: true,
  });
  contactId = contact.id;
  await saveKeyPersonDetails(as(users.kamEast1), customerId, contactId, undefined, {
    ...PRIVATE,
    purpose: '维护客户关系，安排拜访',
    consentBasis: 'verbal_consent',
    consentAt: '2026-05-20',
  });
});
afterAll(async () => {
  await handle.close();
});

async function readsBy(actor: UserActor): Promise<number> {
  const rows = await handle.db
    .select({ id: auditLog.id })
    .from(auditLog)
    .where(and(eq(auditLog.action, 'key_person.read'), eq(auditLog.actorId, actor.userId)));
  return rows.length;
}

describe('who sees key-person private details (C7.3)', () => {
  it.each([
    ['the account manager', 'kamEast1'],
    ['the regional manager of the region', 'rmEast'],
    ['the committee', 'committee'],
  ] as const)('%s sees them, and each read is audited', async (_who, user) => {
    const actor = org.users[user];
    const before = await readsBy(actor);
    const view = await getKeyPersonDetails(as(actor), customerId, contactId);
    expect(view.masked).toBe(false);
    expect(view.details).toMatchObject({ ...PRIVATE, consentBasis: 'verbal_consent' });
    const list = await listKeyPersons(as(actor), customerId);
    expect(list.items[0]).toMatchObject({ contactId, masked: false, details: PRIVATE });
    expect(await readsBy(actor)).toBe(before + 2);
    expect((await listContacts(as(actor), customerId)).permissions.keyPersonDetails).toBe(true);
  });

  it.each([
    ['the sales director', 'director'],
    ['the internal auditor', 'auditor'],
    ['support staff on the team', 'supportEast'],
    ['another KA manager on the team as support', 'kamEast2'],
    ['the secretary of the region', 'secEast'],
  ] as const)('%s gets them masked: no values, no lengths, no read logged', async (_who, user) => {
    const actor = org.users[user];
    const view = await getKeyPersonDetails(as(actor), customerId, contactId);
    expect(view).toEqual({
      contactId,
      name: '王建国',
      title: '总经理',
      department: null,
      masked: true,
      details: null,
    });
    const list = await listKeyPersons(as(actor), customerId);
    expect(list.items).toEqual([view]);
    expect(await readsBy(actor)).toBe(0);
    expect((await listContacts(as(actor), customerId)).permissions.keyPersonDetails).toBe(false);
  });

  it('outside the record scope the customer does not exist (404), masked or not', async () => {
    for (const user of ['rmNorth', 'kamNorth', 'admin'] as const) {
      await expect(getKeyPersonDetails(as(org.users[user]), customerId, contactId)).rejects.toThrow(
        'not_found',
      );
    }
  });

  it('masked readers may not write the details either', async () => {
    const input = { purpose: '拜访', consentBasis: 'contract', consentAt: '2026-05-01' };
    await expect(
      saveKeyPersonDetails(as(org.users.director), customerId, contactId, 1, input),
    ).rejects.toThrow('auth.forbidden');
    await expect(
      saveKeyPersonDetails(as(org.users.committee), customerId, contactId, 1, input),
    ).rejects.toThrow('auth.forbidden');
  });

  it('stores only ciphertext, bound to its row, with the sealing key id', async () => {
    const [row] = await handle.db
      .select()
      .from(keyPersonDetails)
      .where(eq(keyPersonDetails.contactId, contactId));
    expect(row!.keyId).toBe(base().keyring!.current.id);
    for (const value of Object.values(PRIVATE)) expect(row!.sealed).not.toContain(value);
    expect(row!.purpose).toBe('维护客户关系，安排拜访');
  });

  it('the audit log never holds a private value', async () => {
    const rows = await handle.db.select().from(auditLog);
    const text = JSON.stringify(rows);
    for (const value of Object.values(PRIVATE)) expect(text).not.toContain(value);
    const created = rows.find((r) => r.action === 'key_person.create');
    expect(created?.after).toEqual({
      contactId,
      changed: [
        'keyPerson.family',
        'keyPerson.homeAddress',
        'keyPerson.hobbies',
        'keyPerson.notes',
        'keyPerson.purpose',
        'keyPerson.consentBasis',
        'keyPerson.consentAt',
      ],
    });
  });
});
