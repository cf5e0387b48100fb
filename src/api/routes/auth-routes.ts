import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app/context.ts';
import { signIn } from '../../app/auth/sign-in.ts';
import { signOut } from '../../app/auth/sign-out.ts';
import { toMe } from '../../app/auth/me.ts';
import { acceptAgreement } from '../../app/auth/accept-agreement.ts';
import { contextFor } from '../request-context.ts';
import type { SessionCache } from '../session-cache.ts';
import {
  clearSessionCookie,
  sessionTokenOf,
  setSessionCookie,
  type SessionCookieOptions,
} from '../session-cookie.ts';
import { authErrors, errorSchema } from '../schemas/common-schemas.ts';
import { meSchema } from '../schemas/me-schema.ts';
import { secondFactorRoutes } from './second-factor-routes.ts';
import { passwordRoutes } from './password-routes.ts';

const tags = ['auth'];

export type AuthRouteOptions = { cookies: SessionCookieOptions; sessions: SessionCache };

export function authRoutes(base: AppContext, options: AuthRouteOptions): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/auth/login',
      {
        // A request-rate brake per address, on top of the failure throttle in signIn.
        config: { rateLimit: { max: 20, timeWindow: '1 minute' } },
        schema: {
          tags,
          summary: '登录 Sign in',
          description:
            'The password step. Always a new session (a session cookie sent along is ended). When `user.secondFactor.pending` is set, the session may reach only /api/auth/*, /api/me and health until the code is given (POST /api/auth/second-factor) or an authenticator set up.',
          body: z.object({
            username: z.string().min(1).max(100),
            // Up to 128 characters of any script; UTF-16 may take two units for one.
            password: z.string().min(1).max(1024),
          }),
          response: {
            200: z.object({ user: meSchema }),
            400: errorSchema,
            401: errorSchema,
            403: errorSchema,
            423: errorSchema,
            429: errorSchema,
          },
        },
      },
      async (request, reply) => {
        const previousToken = sessionTokenOf(request, options.cookies);
        if (previousToken) options.sessions.delete(previousToken);
        const { token, me } = await signIn(base, {
          ...request.body,
          ip: request.ip,
          userAgent: request.headers['user-agent'] ?? '',
          requestId: request.id,
          ...(previousToken ? { previousToken } : {}),
        });
        setSessionCookie(request, reply, token, options.cookies);
        return { user: me };
      },
    );

    app.post(
      '/auth/logout',
      {
        schema: { tags, summary: '退出登录 Sign out', response: { 204: z.null(), ...authErrors } },
      },
      async (request, reply) => {
        const token = sessionTokenOf(request, options.cookies);
        if (token) {
          options.sessions.delete(token);
          await signOut(request.user ? contextFor(base, request) : base, token);
        }
        clearSessionCookie(request, reply, options.cookies);
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/me',
      {
        schema: {
          tags,
          summary: '当前用户 The signed-in user',
          response: { 200: meSchema, 401: errorSchema },
        },
      },
      async (request) => {
        contextFor(base, request);
        return toMe(request.user!);
      },
    );

    app.post(
      '/me/agreement',
      {
        schema: {
          tags,
          summary: '接受保密协议 Accept the confidentiality agreement',
          description:
            'Accepts the version in force for the signed-in user (once per user and version; audited as auth.agreement_accept). Answers the updated user.',
          response: { 200: meSchema, ...authErrors },
        },
      },
      async (request) => {
        await acceptAgreement(contextFor(base, request));
        const user = { ...request.user!, agreementAccepted: true };
        // This process's cached session would otherwise refuse data for a few more seconds.
        const token = sessionTokenOf(request, options.cookies);
        if (token) options.sessions.set(token, user);
        return toMe(user);
      },
    );

    await app.register(secondFactorRoutes(base, options));
    await app.register(passwordRoutes(base, options));
  };
}
