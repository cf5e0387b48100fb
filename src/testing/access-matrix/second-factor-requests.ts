import { and, eq, isNull } from 'drizzle-orm';
import { userTotp } from '../../db/schema/index.ts';
import type { MatrixRequest } from './route-expectations.ts';
import type { MatrixFixture } from './matrix-fixture.ts';

type Input = { fx: MatrixFixture; user: string };

/**
 * The second step on a fresh session with the next code the harness holds for the user. Only
 * users with an authenticator can give one — in the matrix, the roles that require it; the
 * others are answered 403 `auth.second_factor_enrolment_required`.
 */
export async function giveSecondFactor({ fx, user }: Input): Promise<MatrixRequest> {
  const cookie = await fx.freshSession(user);
  const code = fx.server.nextSecondFactorCode(user) ?? '000000';
  return { method: 'POST', url: '/api/auth/second-factor', headers: { cookie }, payload: { code } };
}

/**
 * A confirmation with a wrong code, answered 409 for everyone and changing nothing: those with
 * an authenticator cannot replace it, the others have no enrolment started. Confirming one for
 * real would give a matrix user a factor mid-run and stop their standing session, so an
 * enrolment the start case left pending is withdrawn first, whichever case ran before.
 */
export async function confirmNothing({ fx, user }: Input): Promise<MatrixRequest> {
  const userId = fx.userIds[user];
  if (userId !== undefined) {
    await fx.server.handle.db
      .delete(userTotp)
      .where(and(eq(userTotp.userId, userId), isNull(userTotp.confirmedAt)));
  }
  return {
    method: 'POST',
    url: '/api/auth/totp/enrolment/confirmation',
    payload: { code: '000000' },
  };
}
