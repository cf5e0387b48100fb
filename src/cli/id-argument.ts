import { AppError } from '../domain/app-error.ts';

/** A record id given on the command line (as the web app's address shows it, /customers/123). */
export function idArgument(text: string, field: string): number {
  const id = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(id) || id < 1)
    throw new AppError('validation.invalid', { field });
  return id;
}
