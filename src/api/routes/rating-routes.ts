import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app/context.ts';
import { listCustomerRatings } from '../../app/scoring/list-customer-ratings.ts';
import { listRatingHistory } from '../../app/scoring/list-rating-history.ts';
import { rateCustomerIndicator } from '../../app/scoring/rate-customer-indicator.ts';
import { contextFor } from '../request-context.ts';
import { authErrors, errorSchema, idParamsSchema } from '../schemas/common-schemas.ts';
import {
  customerRatingsSchema,
  ratingHistorySchema,
  ratingInputSchema,
  ratingParamsSchema,
  ratingSchema,
} from '../schemas/rating-schemas.ts';

const tags = ['scoring'];

/**
 * Ratings of the adopted model's rated indicators (C2.2), per customer, through the record
 * scope. Ratings are appended: a PUT records a new current rating and keeps the history.
 */
export function ratingRoutes(base: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/customers/:id/ratings',
      {
        schema: {
          tags,
          summary: '人工评价指标 Rated indicators of a customer, missing ones marked',
          params: idParamsSchema,
          response: { 200: customerRatingsSchema, 404: errorSchema, ...authErrors },
        },
      },
      async (request) => listCustomerRatings(contextFor(base, request), request.params.id),
    );

    app.put(
      '/customers/:id/ratings/:indicatorId',
      {
        schema: {
          tags,
          summary: '评分 Rate an indicator on the adopted model scale',
          params: ratingParamsSchema,
          body: ratingInputSchema,
          response: { 200: ratingSchema, 400: errorSchema, 404: errorSchema, ...authErrors },
        },
      },
      async (request) =>
        rateCustomerIndicator(contextFor(base, request), {
          customerId: request.params.id,
          indicatorId: request.params.indicatorId,
          value: request.body.value,
          note: request.body.note ?? null,
        }),
    );

    app.get(
      '/customers/:id/ratings/:indicatorId/history',
      {
        schema: {
          tags,
          summary: '评分记录 Rating history of one indicator, newest first',
          params: ratingParamsSchema,
          response: { 200: ratingHistorySchema, 404: errorSchema, ...authErrors },
        },
      },
      async (request) =>
        listRatingHistory(contextFor(base, request), request.params.id, request.params.indicatorId),
    );
  };
}
