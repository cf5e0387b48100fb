import type { FastifyInstance } from 'fastify';
import { AppError } from '../domain/app-error.ts';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * CSRF defence beside SameSite cookies: a browser tells where a request came from
 * (Sec-Fetch-Site, else Origin); a cross-site one is refused. Clients that are not browsers
 * send neither header and carry no ambient cookie to abuse.
 */
export function installCsrfGuard(app: FastifyInstance): void {
  app.addHook('onRequest', async (request) => {
    if (!UNSAFE.has(request.method)) return;
    const site = request.headers['sec-fetch-site'];
    if (typeof site === 'string') {
      if (site === 'same-origin' || site === 'none') return;
      throw new AppError('auth.csrf');
    }
    const origin = request.headers.origin;
    if (typeof origin === 'string' && origin !== 'null') {
      const host = request.headers.host;
      if (host && new URL(origin).host === host) return;
      throw new AppError('auth.csrf');
    }
  });
}
