import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../domain/app-error.ts';

/** Methods that change nothing; every other method is a state change and is checked. */
const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * CSRF defence beside SameSite cookies, on every state-changing request: a browser tells where
 * a request came from (Sec-Fetch-Site, else Origin); anything but this same origin is refused —
 * a sibling subdomain (`same-site`) too, an opaque `Origin: null` (sandboxed frames) and an
 * Origin that is not a URL. Clients that are not browsers send neither header and carry no
 * ambient cookie to abuse.
 */
export function installCsrfGuard(app: FastifyInstance): void {
  app.addHook('onRequest', async (request) => {
    if (SAFE.has(request.method)) return;
    const site = request.headers['sec-fetch-site'];
    if (typeof site === 'string') {
      if (site === 'same-origin' || site === 'none') return;
      throw new AppError('auth.csrf');
    }
    const origin = request.headers.origin;
    if (typeof origin === 'string' && !isSameOrigin(origin, request))
      throw new AppError('auth.csrf');
  });
}

function isSameOrigin(origin: string, request: FastifyRequest): boolean {
  // `request.host` is the Host header, or X-Forwarded-Host from a trusted proxy; both go
  // through URL so a default port (`:80`, `:443`) compares equal to none.
  const ours = `${request.protocol}://${request.host}`;
  if (!URL.canParse(origin) || !URL.canParse(ours)) return false;
  return new URL(origin).origin === new URL(ours).origin;
}
