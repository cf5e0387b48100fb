import { authErrors, errorSchema } from '../schemas/common-schemas.ts';

/** Answers a write on a customer's record may give. */
export const recordWriteErrors = {
  400: errorSchema,
  404: errorSchema,
  409: errorSchema,
  412: errorSchema,
  428: errorSchema,
  ...authErrors,
} as const;

export const recordReadErrors = { 400: errorSchema, 404: errorSchema, ...authErrors } as const;

export const recordTags = ['customer records'];
