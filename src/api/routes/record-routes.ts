import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app/context.ts';
import { creditRoutes } from './credit-routes.ts';
import { groupRoutes } from './group-routes.ts';
import { needRoutes } from './need-routes.ts';
import { paymentRoutes } from './payment-routes.ts';
import { projectRoutes } from './project-routes.ts';
import { timelineRoutes } from './timeline-routes.ts';
import { transactionRoutes } from './transaction-routes.ts';

/** The records kept around a customer (C1.5–C1.9) and its group (C1.13). */
export function recordRoutes(base: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(transactionRoutes(base));
    await app.register(paymentRoutes(base));
    await app.register(creditRoutes(base));
    await app.register(needRoutes(base));
    await app.register(projectRoutes(base));
    await app.register(timelineRoutes(base));
    await app.register(groupRoutes(base));
  };
}
