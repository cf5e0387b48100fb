import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app/context.ts';
import { signIn } from '../../app/auth/sign-in.ts';
import { signOut } from '../../app/auth/sign-out.ts';
import { toMe } from '../../app/auth/me.ts';
import { acceptAgreement } from '../../app/auth/accept-agreement.ts';
import { SESSION_IDLE_MS } from '../../app/auth/session-policy.ts';
import { contextFor, SESSION_COOKIE } from '../request-context.ts';
import type { SessionCache } from '../session-cache.ts';
import { authErrors, errorSchema } from '../schemas/common-schemas.ts';

const tags = ['auth'];

const agreementTextSchema = z.object({
  title: z.string(),
  paragraphs: z.array(z.string()).readonly(),
});

export const agreementSchema = z
  .object({
    version: z.string(),
    required: z
      .boolean()
      .describe(
        'True until accepted; every customer-data route answers 403 auth.agreement_required',
      ),
    text: z
      .object({
        'zh-CN': agreementTextSchema,
        'zh-TW': agreementTextSchema,
        en: agreementTextSchema,
      })
      .nullable()
      .describe('The agreement in each language, while acceptance is required; null after'),
  })
  .meta({ id: 'ConfidentialityAgreement' });

export const meSchema = z
  .object({
    id: z.number(),
    username: z.string(),
    displayName: z.string(),
    orgUnit: z.object({ id: z.number(), code: z.string(), name: z.string(), kind: z.string() }),
    roles: z.array(z.string()),
    permissions: z.object({
      viewCustomers: z.boolean(),
      createCustomer: z.boolean(),
      waiveCreditCodeCheck: z.boolean(),
      manageUsers: z.boolean(),
    }),
    agreement: agreementSchema,
  })
  .meta({ id: 'Me' });

export type AuthRouteOptions = { secureCookies: boolean; sessions: SessionCache };

export function authRoutes(base: AppContext, options: AuthRouteOptions): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/auth/login',
      {
        // Per-IP brute-force brake on top of the per-account lockout in signIn.
        config: { rateLimit: { max: 20, timeWindow: '1 minute' } },
        schema: {
          tags,
          summary: '登录 Sign in',
          body: z.object({
            username: z.string().min(1).max(100),
            password: z.string().min(1).max(200),
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
        const { token, me } = await signIn(base, {
          ...request.body,
          ip: request.ip,
          userAgent: request.headers['user-agent'] ?? '',
          requestId: request.id,
        });
        reply.setCookie(SESSION_COOKIE, token, {
          path: '/',
          httpOnly: true,
          sameSite: 'lax',
          secure: options.secureCookies,
          maxAge: Math.floor(SESSION_IDLE_MS / 1000),
        });
        return { user: me };
      },
    );

    app.post(
      '/auth/logout',
      {
        schema: { tags, summary: '退出登录 Sign out', response: { 204: z.null(), ...authErrors } },
      },
      async (request, reply) => {
        const token = request.cookies[SESSION_COOKIE];
        if (token) {
          options.sessions.delete(token);
          await signOut(request.user ? contextFor(base, request) : base, token);
        }
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
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
        const token = request.cookies[SESSION_COOKIE];
        if (token) options.sessions.set(token, user);
        return toMe(user);
      },
    );
  };
}
