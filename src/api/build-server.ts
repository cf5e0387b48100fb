import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { AppContext } from '../app/context.ts';
import { PATRON_VERSION } from '../app/version.ts';
import { installErrorHandler } from './error-handler.ts';
import { installCsrfGuard } from './csrf-guard.ts';
import {
  installAgreementGate,
  installSecondFactorGate,
  installSessionResolver,
} from './request-context.ts';
import { installResponseHeaders, newRequestId } from './response-headers.ts';
import { createSessionCache } from './session-cache.ts';
import { authRoutes } from './routes/auth-routes.ts';
import { contactRoutes } from './routes/contact-routes.ts';
import { customerRoutes } from './routes/customer-routes.ts';
import { dataQualityRoutes } from './routes/data-quality-routes.ts';
import { exportRoutes } from './routes/export-routes.ts';
import { importRoutes } from './routes/import-routes.ts';
import { healthRoutes } from './routes/health-routes.ts';
import { orgUnitRoutes } from './routes/org-unit-routes.ts';
import { recordRoutes } from './routes/record-routes.ts';
import { scoringRunRoutes } from './routes/scoring-run-routes.ts';
import { scoringModelRoutes } from './routes/scoring-model-routes.ts';
import { ratingRoutes } from './routes/rating-routes.ts';
import { overrideRoutes } from './routes/override-routes.ts';
import { appealRoutes } from './routes/appeal-routes.ts';
import { auditRoutes } from './routes/audit-routes.ts';
import { privacyRoutes } from './routes/privacy-routes.ts';
import {
  loadRetentionSettings,
  type RetentionSettings,
} from '../app/privacy/retention-settings.ts';
import { teamRoutes } from './routes/team-routes.ts';
import { serveWebApp } from './serve-web-app.ts';

export type ServerOptions = {
  /** Built web app (dist/web); omitted in API tests. */
  webRoot?: string | undefined;
  logger?: boolean;
  /**
   * Always set Secure (and the `__Host-` name) on the session cookie, even when a request does
   * not look like HTTPS; otherwise that is decided per request (session-cookie.ts).
   */
  secureCookies?: boolean;
  /**
   * Which proxies' X-Forwarded-For/-Proto/-Host to believe (Fastify's `trustProxy`):
   * PATRON_TRUST_PROXY. The client address feeds the sign-in throttle and the audit log, and
   * the protocol the cookie's Secure flag, so an untrusted client must not set them.
   */
  trustProxy?: boolean | string | undefined;
  /** The retention rules the purge runs with (config), shown with the register; else defaults. */
  retention?: RetentionSettings | undefined;
};

/** A proxy on this machine (nginx in front of `patron serve`) is believed; no other. */
export const DEFAULT_TRUST_PROXY = 'loopback';

/** The HTTP server: one instance per process, sharing the base context's database. */
export async function buildServer(
  base: AppContext,
  options: ServerOptions = {},
): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    trustProxy: options.trustProxy ?? DEFAULT_TRUST_PROXY,
    bodyLimit: 1024 * 1024,
    // Our own random id per request, never the client's header (see response-headers.ts).
    genReqId: newRequestId,
    requestIdHeader: false,
  });
  installResponseHeaders(app);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        // antd injects styles at runtime (CSS-in-JS); scripts stay same-origin only.
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:'],
        // Nobody may frame the app (clickjacking); helmet's default would allow the same origin.
        'frame-ancestors': ["'none'"],
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
  });
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Patron API',
        version: PATRON_VERSION,
        description: 'Patron 大客户管理 — HTTP API',
      },
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'patron_session' } },
      },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  installCsrfGuard(app);
  const sessions = createSessionCache({ now: () => base.clock.now().getTime() });
  const cookies = { alwaysSecure: options.secureCookies ?? false };
  installSessionResolver(app, base, sessions, cookies);
  installSecondFactorGate(app);
  installAgreementGate(app);

  await app.register(
    async (api) => {
      const typed = api.withTypeProvider<ZodTypeProvider>();
      await typed.register(healthRoutes(base));
      await typed.register(authRoutes(base, { cookies, sessions }));
      await typed.register(orgUnitRoutes(base));
      await typed.register(customerRoutes(base));
      await typed.register(dataQualityRoutes(base));
      await typed.register(contactRoutes(base));
      await typed.register(recordRoutes(base));
      await typed.register(exportRoutes(base));
      await typed.register(importRoutes(base));
      await typed.register(scoringModelRoutes(base));
      await typed.register(ratingRoutes(base));
      await typed.register(overrideRoutes(base));
      await typed.register(appealRoutes(base));
      await typed.register(scoringRunRoutes(base));
      await typed.register(auditRoutes(base));
      await typed.register(privacyRoutes(base, options.retention ?? loadRetentionSettings({})));
      await typed.register(teamRoutes(base));
      api.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
    },
    { prefix: '/api' },
  );
  await serveWebApp(app, options.webRoot);
  return app;
}
