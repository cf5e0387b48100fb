import { hotp, totpStep, TOTP_PERIOD_S } from '../../src/app/auth/totp.ts';
import { base32Decode } from '../../src/domain/auth/base32.ts';
import type { HttpClient, HttpResponse } from './http-client.ts';

type Held = { secret: Uint8Array; lastStep: number };

const holders = new WeakMap<object, ReturnType<typeof secondFactorHolder>>();

/**
 * The authenticators of one database's users, shared by every app server the run starts on it:
 * a user enrolled by one scenario's server must verify at the next one's.
 */
export function secondFactorsFor(database: object) {
  let holder = holders.get(database);
  if (!holder) {
    holder = secondFactorHolder();
    holders.set(database, holder);
  }
  return holder;
}

/**
 * The bench's users' authenticators: set up through the routes at a role's first sign-in,
 * then a code of a step not used yet at each later one (waiting for the next step when the
 * three the server accepts at once are used).
 */
function secondFactorHolder() {
  const held = new Map<string, Held>();
  const nextCode = async (factor: Held): Promise<string> => {
    let step = Math.max(factor.lastStep + 1, totpStep(new Date()) - 1);
    const now = totpStep(new Date());
    if (step > now + 1) {
      await new Promise((resolve) =>
        setTimeout(resolve, (now + 1) * TOTP_PERIOD_S * 1000 - Date.now() + 50),
      );
      step = Math.max(step, totpStep(new Date()) - 1);
    }
    factor.lastStep = step;
    return hotp(factor.secret, step);
  };
  const post = async (client: HttpClient, url: string, cookie: string, payload?: object) => {
    const headers = { cookie, ...(payload ? { 'content-type': 'application/json' } : {}) };
    const response = await client.request(
      'POST',
      url,
      headers,
      payload ? JSON.stringify(payload) : '',
    );
    if (response.status >= 300)
      throw new Error(`bench: ${url} → ${response.status} ${response.body}`);
    return response;
  };
  return {
    async complete(
      client: HttpClient,
      username: string,
      cookie: string,
      pending: string | null,
    ): Promise<string> {
      if (pending === 'enrol') {
        const started = await post(client, '/api/auth/totp/enrolment', cookie);
        const secret = base32Decode((JSON.parse(started.body) as { secret: string }).secret)!;
        const factor = { secret, lastStep: -1 };
        held.set(username, factor);
        const code = await nextCode(factor);
        return sessionCookieOf(
          await post(client, '/api/auth/totp/enrolment/confirmation', cookie, { code }),
        );
      }
      if (pending === 'verify') {
        const factor = held.get(username);
        if (!factor)
          throw new Error(`bench: ${username} has an authenticator the bench did not set up`);
        const code = await nextCode(factor);
        return sessionCookieOf(await post(client, '/api/auth/second-factor', cookie, { code }));
      }
      return cookie;
    },
  };
}

export function sessionCookieOf(response: HttpResponse): string {
  const cookie = [response.headers['set-cookie'] ?? []]
    .flat()
    .map((header) => header.split(';')[0] ?? '')
    .find((pair) => pair.startsWith('patron_session='));
  if (!cookie) throw new Error('bench: no session cookie');
  return cookie;
}
