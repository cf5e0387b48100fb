import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, userTotp } from '../../db/schema/index.ts';
import type { DbHandle } from '../../db/db-types.ts';
import { openTestDb } from '../../testing/open-test-db.ts';
import { seedOrg, type TestOrg } from '../../testing/seed-org.ts';
import { testContext } from '../../testing/test-context.ts';
import { makeKeyring } from '../crypto/keyring.ts';
import { SealedBoxError } from '../crypto/sealed-box.ts';
import { keyUsage } from '../key-persons/key-usage.ts';
import { resealTotpSecrets } from './reseal-totp-secrets.ts';
import { resealTotpSecretWith, sealTotpSecretWith } from './totp-secret.ts';

let handle: DbHandle;
let org: TestOrg;
const oldKey = randomBytes(32);
const newKey = randomBytes(32);
const secret = 'JBSWY3DPEHPK3PXP';

beforeAll(async () => {
  handle = await openTestDb();
  org = await seedOrg(handle);
  const sealed = sealTotpSecretWith(makeKeyring(oldKey), org.users.director.userId, secret);
  await handle.db.insert(userTotp).values({
    userId: org.users.director.userId,
    keyId: sealed.keyId,
    sealedSecret: sealed.sealed,
    confirmedAt: new Date(),
    createdAt: new Date(),
  });
});
afterAll(async () => {
  await handle.close();
});

const row = async () => {
  const [found] = await handle.db
    .select()
    .from(userTotp)
    .where(eq(userTotp.userId, org.users.director.userId));
  return found!;
};

describe('re-sealing TOTP secrets after a key rotation (C7.4)', () => {
  it('counts TOTP secrets in the key usage, so a key still holding one is not dropped', async () => {
    const ctx = { ...testContext(handle), keyring: makeKeyring(newKey, [oldKey]) };
    const usage = await keyUsage(ctx);
    const old = usage.keys.find((key) => key.keyId === makeKeyring(oldKey).current.id);
    expect(old).toMatchObject({ rows: 1, status: 'previous' });
  });

  it('re-seals with the current key, after which the old key may go', async () => {
    const ctx = { ...testContext(handle), keyring: makeKeyring(newKey, [oldKey]) };
    expect(await resealTotpSecrets(ctx)).toEqual({ resealed: 1, failed: [] });
    const resealed = await row();
    expect(resealed.keyId).toBe(makeKeyring(newKey).current.id);
    // Opens with the new key alone: the secret is the same.
    const again = resealTotpSecretWith(makeKeyring(newKey), resealed);
    expect(again.keyId).toBe(resealed.keyId);
    const audits = await handle.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'auth.totp_reseal'));
    expect(audits).toHaveLength(1);
    expect(await resealTotpSecrets(ctx)).toEqual({ resealed: 0, failed: [] });
  });

  it('reports a secret whose key is lost instead of failing the others', async () => {
    const lost = { ...testContext(handle), keyring: makeKeyring(randomBytes(32)) };
    const result = await resealTotpSecrets(lost);
    expect(result.resealed).toBe(0);
    expect(result.failed).toEqual([expect.objectContaining({ userId: org.users.director.userId })]);
    expect(() =>
      resealTotpSecretWith(lost.keyring, { ...result.failed[0]!, sealedSecret: 'x' }),
    ).toThrow(SealedBoxError);
  });

  it('is the local operator’s act only', async () => {
    const ctx = {
      ...testContext(handle, org.users.director),
      keyring: makeKeyring(newKey, [oldKey]),
    };
    await expect(resealTotpSecrets(ctx)).rejects.toMatchObject({ code: 'auth.forbidden' });
  });
});
