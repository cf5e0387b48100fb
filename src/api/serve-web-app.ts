import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../domain/app-error.ts';
import { sendAppError } from './error-handler.ts';

/**
 * Serves the built React app and falls back to index.html for client-side routes, so a reload
 * of /customers/42 works. Unknown /api paths stay JSON 404s.
 */
export async function serveWebApp(
  app: FastifyInstance,
  webRoot: string | undefined,
): Promise<void> {
  const hasWeb = webRoot !== undefined && existsSync(join(webRoot, 'index.html'));
  if (hasWeb) await app.register(fastifyStatic, { root: webRoot });
  app.setNotFoundHandler((request, reply) => {
    // Client routes have no file extension; a missing /assets/x.js must stay a 404.
    const path = request.url.split('?')[0] ?? '';
    if (hasWeb && request.method === 'GET' && !path.startsWith('/api') && !/\.\w+$/.test(path)) {
      return reply.type('text/html').sendFile('index.html');
    }
    return sendAppError(request, reply, new AppError('not_found'));
  });
}
