import type { Browser, Page, Response } from 'playwright-core';
import { hotp, totpStep, TOTP_PERIOD_S } from '../../src/app/auth/totp.ts';
import { demoTotpSecret } from '../../src/app/demo/demo-totp.ts';
import { base32Decode } from '../../src/domain/auth/base32.ts';

/**
 * Signing in as the journeys' users, the second factor included: the demo users whose role
 * requires one (admin, director, committee, auditor) have an authenticator whose secret derives
 * from the demo password (`demoTotpSecret`, printed by `patron demo`), so a journey computes
 * the code the user would read off their phone.
 */

type Pending = 'verify' | 'enrol' | null;

/** The last step this process used per user: the server accepts each step's code once. */
const lastStep = new Map<string, number>();

/**
 * Gives codes until `submit` reports one accepted: a step not used yet within the server's ±1
 * window, waiting for the next step when all three are used (two sign-ins of one user in the
 * same half-minute). A step used by an earlier journey file is refused once and skipped.
 */
export async function withTotpCode(
  username: string,
  secret: Uint8Array,
  submit: (code: string) => Promise<boolean>,
): Promise<void> {
  for (let attempt = 0; attempt < 4; attempt++) {
    let now = totpStep(new Date());
    let step = Math.max((lastStep.get(username) ?? -Infinity) + 1, now - 1);
    if (step > now + 1) {
      const nextStepAt = (now + 1) * TOTP_PERIOD_S * 1000;
      await new Promise((resolve) => setTimeout(resolve, nextStepAt - Date.now() + 50));
      now = totpStep(new Date());
      step = Math.max(step, now - 1);
    }
    lastStep.set(username, step);
    if (await submit(hotp(secret, step))) return;
  }
  throw new Error(`${username}: no TOTP code was accepted`);
}

export function demoSecretOf(password: string, username: string): Uint8Array {
  return base32Decode(demoTotpSecret(password, username))!;
}

/** Signs in a fresh browser context through the login page (and the code page when asked). */
export async function signInPage(
  browser: Browser,
  baseUrl: string,
  username: string,
  password: string,
): Promise<Page> {
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/login`);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  const login = page.waitForResponse((r) => r.url().endsWith('/api/auth/login'));
  await page.getByTestId('login-submit').click();
  const pending = ((await (await login).json()) as { user: { secondFactor: { pending: Pending } } })
    .user.secondFactor.pending;
  if (pending === 'verify') await giveCodeInPage(page, username, demoSecretOf(password, username));
  await page.waitForURL(/\/customers/);
  return page;
}

/** Types codes into the 两步验证 page until one is accepted. */
export async function giveCodeInPage(page: Page, username: string, secret: Uint8Array) {
  await page.getByTestId('second-factor-page').waitFor();
  await withTotpCode(username, secret, async (code) => {
    await page.getByTestId('second-factor-code').fill(code);
    const answer = page.waitForResponse((r: Response) =>
      r.url().endsWith('/api/auth/second-factor'),
    );
    await page.getByTestId('second-factor-submit').click();
    return (await answer).status() === 200;
  });
  await page.getByTestId('second-factor-page').waitFor({ state: 'detached' });
}

/** A session over the API alone (for look-ups and set-up a journey does not show); the cookie. */
export async function apiSignIn(baseUrl: string, username: string, password: string) {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (login.status !== 200) throw new Error(`login ${username}: ${login.status}`);
  let cookie = sessionCookie(login);
  const { user } = (await login.json()) as { user: { secondFactor: { pending: Pending } } };
  if (user.secondFactor.pending === 'verify') {
    await withTotpCode(username, demoSecretOf(password, username), async (code) => {
      const answer = await fetch(`${baseUrl}/api/auth/second-factor`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({ code }),
      });
      if (answer.status !== 200) return false;
      cookie = sessionCookie(answer);
      return true;
    });
  }
  return cookie;
}

function sessionCookie(response: globalThis.Response): string {
  const cookie = response.headers
    .getSetCookie()
    .map((header) => header.split(';')[0]!)
    .find((pair) => pair.startsWith('patron_session='));
  if (!cookie) throw new Error('no session cookie');
  return cookie;
}
