import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, keyPersonDetails } from '../../db/schema/index.ts';
import type { DbHandle } from '../../db/db-types.ts';
import { openTestDb } from '../../testing/open-test-db.ts';
import { seedOrg, type TestOrg } from '../../testing/seed-org.ts';
import { seedCustomer } from '../../testing/build-customer.ts';
import { testContext } from '../../testing/test-context.ts';
import type { AppContext } from '../context.ts';
import { makeKeyring } from '../crypto/keyring.ts';
import { createContact } from '../contacts/create-contact.ts';
import { getKeyPersonDetails } from './get-key-person-details.ts';
import { keyUsage } from './key-usage.ts';
import { resealKeyPersonDetails } from './reseal-key-person-details.ts';
import { saveKeyPersonDetails } from './save-key-person-details.ts';

let handle: DbHandle;
let org: TestOrg;
let customerId: number;
const oldKey = randomBytes(32);
const newKey = randomBytes(32);
let system: AppContext;
const contactIds: number[] = [];

beforeAll(async () => {
  handle = await openTestDb();
  org = await seedOrg(handle);
  system = { ...testContext(handle), keyring: makeKeyring(oldKey) };
  customerId = await seedCustomer(handle, { orgUnitId: org.east.id });
  for (const [name, hobbies] of [
    ['李红', '游泳'],
    ['赵磊', '围棋'],
  ]) {
    const contact = await createContact(system, customerId, { name, isKeyPerson: true });
    await saveKeyPersonDetails(system, customerId, contact.id, undefined, {
      hobbies,
      purpose: '客户关系维护',
      consentBasis: 'written_consent',
      consentAt: '2026-03-01',
    });
    contactIds.push(contact.id);
  }
});
afterAll(async () => {
  await handle.close();
});

const rowOf = async (contactId: number) =>
  (
    await handle.db.select().from(keyPersonDetails).where(eq(keyPersonDetails.contactId, contactId))
  )[0]!;

describe('key rotation and re-sealing (C7.4)', () => {
  it('a value copied onto another row does not open', async () => {
    const [a, b] = [await rowOf(contactIds[0]!), await rowOf(contactIds[1]!)];
    await handle.db
      .update(keyPersonDetails)
      .set({ sealed: a.sealed })
      .where(eq(keyPersonDetails.id, b.id));
    await expect(getKeyPersonDetails(system, customerId, contactIds[1]!)).rejects.toThrow(
      'internal',
    );
    await handle.db
      .update(keyPersonDetails)
      .set({ sealed: b.sealed })
      .where(eq(keyPersonDetails.id, b.id));
    expect((await getKeyPersonDetails(system, customerId, contactIds[1]!)).details?.hobbies).toBe(
      '围棋',
    );
  });

  it('after a rotation old rows still open, re-seal moves them to the new key', async () => {
    const rotated = { ...system, keyring: makeKeyring(newKey, [oldKey]) };
    const versionBefore = (await rowOf(contactIds[0]!)).version;
    const usage = await keyUsage(rotated);
    expect(usage.keys).toEqual(
      expect.arrayContaining([
        { keyId: rotated.keyring.current.id, rows: 0, status: 'current' },
        { keyId: rotated.keyring.previous[0]!.id, rows: 2, status: 'previous' },
      ]),
    );
    expect((await getKeyPersonDetails(rotated, customerId, contactIds[0]!)).details?.hobbies).toBe(
      '游泳',
    );

    expect(await resealKeyPersonDetails(rotated)).toEqual({ resealed: 2, failed: [] });
    const row = await rowOf(contactIds[0]!);
    expect(row.keyId).toBe(rotated.keyring.current.id);
    expect(row.version).toBe(versionBefore);
    const onlyNew = { ...system, keyring: makeKeyring(newKey) };
    expect((await getKeyPersonDetails(onlyNew, customerId, contactIds[0]!)).details?.hobbies).toBe(
      '游泳',
    );
    const audit = await handle.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'key_person.reseal'));
    expect(audit[0]?.after).toEqual({
      rows: 2,
      fromKeys: [rotated.keyring.previous[0]!.id],
      toKey: rotated.keyring.current.id,
    });
    expect(await resealKeyPersonDetails(rotated)).toEqual({ resealed: 0, failed: [] });
  });

  it('reports rows whose key is gone instead of failing the whole run', async () => {
    const lost = { ...system, keyring: makeKeyring(randomBytes(32)) };
    const result = await resealKeyPersonDetails(lost);
    expect(result.resealed).toBe(0);
    expect(result.failed.map((f) => f.reason)).toEqual(['unknown_key', 'unknown_key']);
    expect((await keyUsage(lost)).keys.find((k) => k.rows === 2)?.status).toBe('missing');
  });

  it('only the local operator re-seals', async () => {
    await expect(resealKeyPersonDetails({ ...system, actor: org.users.director })).rejects.toThrow(
      'auth.forbidden',
    );
  });
});
