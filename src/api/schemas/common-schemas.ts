import { z } from 'zod';

export const errorSchema = z
  .object({
    code: z.string(),
    message: z.string(),
    field: z.string().optional(),
    issues: z
      .array(z.object({ field: z.string(), code: z.string(), message: z.string() }))
      .optional(),
  })
  .meta({ id: 'Error', description: 'Error with a code and a message in the Accept-Language' });

export const idParamsSchema = z.object({ id: z.coerce.number().int().positive() });

/** Error responses every authenticated route may give. */
export const authErrors = { 401: errorSchema, 403: errorSchema } as const;
