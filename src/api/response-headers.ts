import type { FastifyInstance } from 'fastify';
import { randomUUID } from 'node:crypto';

/**
 * A fresh random id for every request. The client's own `X-Request-Id` is ignored on purpose:
 * the id is written to the audit log, and an id the client chose could be reused to make two
 * requests look like one, or carry text into the log. A proxy's id stays in the proxy's logs.
 */
export function newRequestId(): string {
  return randomUUID();
}

/**
 * Headers set before anything else runs, so even a refused request (CSRF, 401, 403) carries
 * them: the request id (to quote when reporting a problem; it is the audit row's `request_id`),
 * and `Cache-Control: no-store` on every API answer — they hold customer data, and neither the
 * browser nor a proxy may keep a copy (a shared computer's back button, a disk cache).
 */
export function installResponseHeaders(app: FastifyInstance): void {
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
    if (request.url.startsWith('/api/') || request.url === '/api') {
      reply.header('cache-control', 'no-store');
    }
  });
}
