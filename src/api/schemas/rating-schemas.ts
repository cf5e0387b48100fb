import { z } from 'zod';

const localised = z.object({ 'zh-CN': z.string(), 'zh-TW': z.string(), en: z.string() });

export const ratingParamsSchema = z.object({
  id: z.coerce.number().int().positive(),
  indicatorId: z.string().min(1).max(63),
});

export const ratingInputSchema = z
  .object({
    value: z.number().int().describe('a point of the indicator scale in the adopted model'),
    note: z.string().max(2000).nullable().optional(),
  })
  .strict();

export const ratingScaleSchema = z.object({
  points: z.array(z.object({ value: z.number(), score: z.number(), labels: localised })),
  defaultValue: z.number(),
});

export const customerRatingsSchema = z
  .object({
    modelVersionId: z.number().nullable().describe('the adopted version; null before adoption'),
    mayRate: z.boolean().describe('the viewer may rate this customer'),
    lines: z.array(
      z.object({
        indicatorId: z.string(),
        labels: localised,
        scale: ratingScaleSchema,
        value: z.number().nullable().describe('null: not rated, the scale default counts'),
        defaulted: z.boolean(),
        onScale: z.boolean(),
        ratedBy: z.string().nullable(),
        ratedAt: z.string().nullable(),
        note: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'CustomerRatings' });

export const ratingSchema = z
  .object({
    id: z.number(),
    customerId: z.number(),
    indicatorId: z.string(),
    modelVersionId: z.number(),
    value: z.number(),
    note: z.string().nullable(),
    ratedAt: z.string(),
  })
  .meta({ id: 'Rating' });

export const ratingHistorySchema = z
  .object({
    items: z.array(
      z.object({
        id: z.number(),
        value: z.number(),
        modelVersionId: z.number(),
        note: z.string().nullable(),
        ratedBy: z.string().nullable(),
        ratedAt: z.string(),
      }),
    ),
  })
  .meta({ id: 'RatingHistory' });
