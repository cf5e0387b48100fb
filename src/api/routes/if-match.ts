import { z } from 'zod';
import { AppError } from '../../domain/app-error.ts';

export const ifMatchHeaders = z.object({ 'if-match': z.string().optional() }).loose();

/** `If-Match: "7"` (or W/"7", or 7) → 7; absent → undefined; anything else is a bad header. */
export function versionFromIfMatch(header: string | undefined): number | undefined {
  if (header === undefined) return undefined;
  const match = /^(?:W\/)?"?(\d+)"?$/.exec(header.trim());
  if (!match) throw new AppError('validation.invalid', { field: 'If-Match' });
  return Number(match[1]);
}
