import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError } from '../../domain/app-error.ts';
import type { AppContext } from '../../app/context.ts';
import { confirmTotpEnrolment } from '../../app/auth/confirm-totp-enrolment.ts';
import { startTotpEnrolment } from '../../app/auth/start-totp-enrolment.ts';
import { verifySecondFactor } from '../../app/auth/verify-second-factor.ts';
import { contextFor } from '../request-context.ts';
import { sessionTokenOf, setSessionCookie } from '../session-cookie.ts';
import { authErrors, errorSchema } from '../schemas/common-schemas.ts';
import { meSchema } from '../schemas/me-schema.ts';
import type { AuthRouteOptions } from './auth-routes.ts';

const tags = ['auth'];

const codeBody = z.object({
  code: z
    .string()
    .min(1)
    .max(40)
    .describe(
      'The 6-digit code of the authenticator app, or a recovery code (xxxx-xxxx-xxxx-xxxx)',
    ),
});

const codeErrors = { 400: errorSchema, ...authErrors, 409: errorSchema, 423: errorSchema };

/**
 * The TOTP second factor's routes. All sit under /api/auth/, which a session still lacking its
 * second factor may reach (installSecondFactorGate). A code accepted gives the session a new
 * token, sent as a new cookie.
 */
export function secondFactorRoutes(
  base: AppContext,
  options: AuthRouteOptions,
): FastifyPluginAsyncZod {
  /** The signed-in user and their session token; the use cases rotate the token. */
  const session = (request: FastifyRequest) => {
    const ctx = contextFor(base, request);
    const token = sessionTokenOf(request, options.cookies);
    if (!token) throw new AppError('auth.required');
    return { ctx, user: request.user!, token };
  };
  const replace = (request: FastifyRequest, reply: FastifyReply, old: string, token: string) => {
    options.sessions.delete(old);
    setSessionCookie(request, reply, token, options.cookies);
  };

  return async (app) => {
    app.post(
      '/auth/second-factor',
      {
        config: { rateLimit: { max: 20, timeWindow: '1 minute' } },
        schema: {
          tags,
          summary: '两步验证 Give the second factor',
          description:
            'The second step of signing in. A code counts once (a replay is refused); a recovery code is used up. Wrong codes count in the sign-in throttle like wrong passwords (423 auth.locked at the limit). Audited as auth.totp_verified, auth.recovery_code_used or auth.totp_failed.',
          body: codeBody,
          response: { 200: z.object({ user: meSchema }), ...codeErrors },
        },
      },
      async (request, reply) => {
        const { ctx, user, token } = session(request);
        const done = await verifySecondFactor(ctx, user, {
          token,
          code: request.body.code,
          userAgent: request.headers['user-agent'],
        });
        replace(request, reply, token, done.token);
        return { user: done.me };
      },
    );

    app.post(
      '/auth/totp/enrolment',
      {
        schema: {
          tags,
          summary: '开始绑定身份验证器 Start setting up an authenticator',
          description:
            'A new secret for the signed-in user, shown this once (base32 and an otpauth:// URI for a QR code), stored sealed and unconfirmed until POST /api/auth/totp/enrolment/confirmation. 409 when an authenticator is already set up (an administrator resets it: patron user totp-reset).',
          response: {
            201: z
              .object({ secret: z.string(), otpauthUri: z.string() })
              .meta({ id: 'TotpEnrolment' }),
            ...authErrors,
            409: errorSchema,
          },
        },
      },
      async (request, reply) => {
        const { ctx, user } = session(request);
        return reply.status(201).send(await startTotpEnrolment(ctx, user));
      },
    );

    app.post(
      '/auth/totp/enrolment/confirmation',
      {
        config: { rateLimit: { max: 20, timeWindow: '1 minute' } },
        schema: {
          tags,
          summary: '确认绑定身份验证器 Confirm the authenticator',
          description:
            "The first code of the new authenticator confirms it and counts as this session's second factor (a new session cookie). Answers ten one-time recovery codes, shown only now. Audited as auth.totp_enrolled.",
          body: codeBody,
          response: {
            200: z.object({ user: meSchema, recoveryCodes: z.array(z.string()) }),
            ...codeErrors,
          },
        },
      },
      async (request, reply) => {
        const { ctx, user, token } = session(request);
        const done = await confirmTotpEnrolment(ctx, user, {
          token,
          code: request.body.code,
          userAgent: request.headers['user-agent'],
        });
        replace(request, reply, token, done.token);
        return { user: done.me, recoveryCodes: done.recoveryCodes };
      },
    );
  };
}
