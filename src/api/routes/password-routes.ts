import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app/context.ts';
import { changeOwnPassword } from '../../app/auth/change-own-password.ts';
import { AppError } from '../../domain/app-error.ts';
import { contextFor } from '../request-context.ts';
import { sessionTokenOf } from '../session-cookie.ts';
import { authErrors, errorSchema } from '../schemas/common-schemas.ts';
import type { AuthRouteOptions } from './auth-routes.ts';

export function passwordRoutes(base: AppContext, options: AuthRouteOptions): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/me/password',
      {
        config: { rateLimit: { max: 20, timeWindow: '1 minute' } },
        schema: {
          tags: ['auth'],
          summary: '修改密码 Change my password',
          description:
            'The current password, then the new one: 8–128 characters of any script, not a commonly used password. A wrong current password counts in the sign-in throttle. Ends every other session of the user; this one stays. Audited as auth.password_change.',
          body: z.object({
            currentPassword: z.string().min(1).max(1024),
            newPassword: z.string().min(1).max(1024),
          }),
          response: { 204: z.null(), 400: errorSchema, ...authErrors, 423: errorSchema },
        },
      },
      async (request, reply) => {
        const ctx = contextFor(base, request);
        const token = sessionTokenOf(request, options.cookies);
        if (!token) throw new AppError('auth.required');
        await changeOwnPassword(ctx, request.user!, { ...request.body, token });
        // Other processes' caches let the ended sessions go within their time to live.
        options.sessions.deleteUser(request.user!.userId);
        return reply.status(204).send(null);
      },
    );
  };
}
