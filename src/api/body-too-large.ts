import type { FastifyRequest } from 'fastify';
import type { AppError } from '../domain/app-error.ts';

/**
 * A route's own answer when its body is over its `bodyLimit`: Fastify stops reading and raises
 * 413 before the route runs, so the route says it in its route config and the one error
 * handler uses it; without one, the import's message is used.
 */
export type BodyTooLargeConfig = { bodyTooLarge: () => AppError };

export function bodyTooLargeOf(request: FastifyRequest): AppError | undefined {
  // Route config is an open record at run time; only this module reads this key.
  const config = request.routeOptions.config as Partial<BodyTooLargeConfig>;
  return config.bodyTooLarge?.();
}
