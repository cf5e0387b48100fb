import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../domain/app-error.ts';
import type { AppContext } from '../app/context.ts';
import type { SignedInUser } from '../app/auth/me.ts';
import { resolveSession } from '../app/auth/resolve-session.ts';
import type { SessionCache } from './session-cache.ts';

export const SESSION_COOKIE = 'patron_session';

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
): void {
  app.decorateRequest('user', null);
  app.addHook('onRequest', async (request) => {
    const token = request.cookies[SESSION_COOKIE];
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
  return { ...base, actor: request.user };
}
