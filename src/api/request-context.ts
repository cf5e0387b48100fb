import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../domain/app-error.ts';
import { withActor, type AppContext } from '../app/context.ts';
import { pendingSecondFactor, type SignedInUser } from '../app/auth/me.ts';
import { resolveSession } from '../app/auth/resolve-session.ts';
import { secondFactorErrorCode } from '../domain/auth/second-factor.ts';
import type { SessionCache } from './session-cache.ts';
import { sessionTokenOf, type SessionCookieOptions } from './session-cookie.ts';

declare module 'fastify' {
  interface FastifyRequest {
    user: SignedInUser | null;
  }
}

/**
 * Resolves the session cookie on every /api request. `contextFor` is how a route reaches a use
 * case: it refuses anonymous requests, so no route can act as the unrestricted system actor.
 */
export function installSessionResolver(
  app: FastifyInstance,
  base: AppContext,
  cache: SessionCache,
  cookies: SessionCookieOptions,
): void {
  app.decorateRequest('user', null);
  app.addHook('onRequest', async (request) => {
    const token = sessionTokenOf(request, cookies);
    if (!token || !request.url.startsWith('/api/')) return;
    const cached = cache.get(token);
    if (cached) {
      request.user = { ...cached, ip: request.ip };
      return;
    }
    request.user = await resolveSession(base, token, request.ip);
    if (request.user) cache.set(token, request.user);
  });
}

export function contextFor(base: AppContext, request: FastifyRequest): AppContext {
  if (!request.user) throw new AppError('auth.required');
  // The request id travels with the actor into every audit row the use case writes; every
  // statement runs bound to the user (row-level security on PostgreSQL, docs/security.md).
  return withActor(base, { ...request.user, requestId: request.id });
}

// Routes a user may reach before accepting the agreement: signing in and out, health, who am I,
// the agreement itself, and the API's own documentation (no data in either).
const BEFORE_AGREEMENT = new Set(['/api/health', '/api/me', '/api/me/agreement']);
const BEFORE_AGREEMENT_PREFIXES = ['/api/auth/', '/api/docs', '/api/openapi.json'];

// Routes a session lacking its second factor may reach: signing in (the code step and setting
// up an authenticator are under /api/auth/), who am I, health and the API's documentation.
const BEFORE_SECOND_FACTOR = new Set(['/api/health', '/api/me']);
const BEFORE_SECOND_FACTOR_PREFIXES = ['/api/auth/', '/api/docs', '/api/openapi.json'];

/**
 * The TOTP second factor (issue 5), enforced in this one place like the agreement below and
 * before it: a session of a user who has an authenticator, or whose role requires one, acts
 * only once it has given a code. Until then every other /api route answers 403
 * `auth.second_factor_required`, or `auth.second_factor_enrolment_required` while the user has
 * none set up (they may reach only the enrolment routes).
 */
export function installSecondFactorGate(app: FastifyInstance): void {
  app.addHook('onRequest', async (request) => {
    const user = request.user;
    if (!user) return;
    const pending = pendingSecondFactor(user);
    if (!pending) return;
    const route = request.routeOptions.url;
    if (route === undefined || !route.startsWith('/api/')) return;
    if (BEFORE_SECOND_FACTOR.has(route)) return;
    if (BEFORE_SECOND_FACTOR_PREFIXES.some((prefix) => route.startsWith(prefix))) return;
    throw new AppError(secondFactorErrorCode(pending));
  });
}

/**
 * The confidentiality agreement (C7.6), enforced in this one place rather than per route: a
 * signed-in user who has not accepted the version in force gets 403 `auth.agreement_required`
 * from every other /api route, before the route's own validation runs. Anonymous requests pass
 * on to `contextFor`, which refuses them (401); the CLI never comes through here.
 */
export function installAgreementGate(app: FastifyInstance): void {
  app.addHook('onRequest', async (request) => {
    const user = request.user;
    if (!user || user.agreementAccepted === true) return;
    // The matched route's pattern (`/api/customers/:id`), so a query string or an encoded path
    // cannot dress a data route up as an exempt one. Unknown paths are 404s anyway.
    const route = request.routeOptions.url;
    if (route === undefined || !route.startsWith('/api/')) return;
    if (BEFORE_AGREEMENT.has(route)) return;
    if (BEFORE_AGREEMENT_PREFIXES.some((prefix) => route.startsWith(prefix))) return;
    throw new AppError('auth.agreement_required');
  });
}
