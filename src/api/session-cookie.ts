import type { FastifyReply, FastifyRequest } from 'fastify';
import { SESSION_ABSOLUTE_MS } from '../app/auth/session-policy.ts';

/**
 * The session cookie's name. Over HTTPS it is `__Host-patron_session`: browsers accept such a
 * cookie only with Secure, Path=/ and no Domain, so neither a sibling subdomain nor a plain-http
 * page can plant or overwrite it (session fixation). Over plain http browsers refuse `__Host-`
 * (it requires Secure), so the name there is `patron_session` — fine on localhost and a
 * trusted LAN, and documented as such (docs/security.md).
 */
export const SECURE_SESSION_COOKIE = '__Host-patron_session';
export const PLAIN_SESSION_COOKIE = 'patron_session';

export type SessionCookieOptions = {
  /** Always Secure, even when the request does not look like HTTPS (`secureCookies`). */
  alwaysSecure: boolean;
};

/**
 * Whether the browser reached us over HTTPS: `request.protocol` is the connection's, or
 * X-Forwarded-Proto from a proxy the server trusts (PATRON_TRUST_PROXY).
 */
function isSecure(request: FastifyRequest, options: SessionCookieOptions): boolean {
  return options.alwaysSecure || request.protocol === 'https';
}

function cookieName(request: FastifyRequest, options: SessionCookieOptions): string {
  return isSecure(request, options) ? SECURE_SESSION_COOKIE : PLAIN_SESSION_COOKIE;
}

/**
 * The session token the request carries. Only the cookie of the request's own kind counts: an
 * HTTPS request ignores a plain `patron_session`, which anyone on the network could have set.
 */
export function sessionTokenOf(
  request: FastifyRequest,
  options: SessionCookieOptions,
): string | undefined {
  return request.cookies[cookieName(request, options)] || undefined;
}

export function setSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  token: string,
  options: SessionCookieOptions,
): void {
  reply.setCookie(cookieName(request, options), token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: isSecure(request, options),
    // The browser may drop it at the absolute limit; the server ends it then in any case.
    maxAge: Math.floor(SESSION_ABSOLUTE_MS / 1000),
  });
}

export function clearSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  options: SessionCookieOptions,
): void {
  reply.clearCookie(cookieName(request, options), {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: isSecure(request, options),
  });
}
