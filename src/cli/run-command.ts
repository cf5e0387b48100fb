import { isAppError } from '../domain/app-error.ts';
import { errorMessage } from '../domain/i18n/error-messages.ts';
import { pickLocale } from '../domain/i18n/locale.ts';
import { exitCodeOf } from './exit-codes.ts';
import { openRuntime, type Runtime } from './open-runtime.ts';

export const cliLocale = () =>
  pickLocale(process.env.PATRON_LANG ?? process.env.LANG?.split('.')[0]);

/** Opens the runtime, runs one command, closes, and turns errors into messages and exit codes. */
export async function runCommand(work: (runtime: Runtime) => Promise<void>): Promise<void> {
  let runtime: Runtime | undefined;
  try {
    runtime = await openRuntime();
    await work(runtime);
  } catch (error) {
    reportError(error);
  } finally {
    await runtime?.close();
  }
}

export function reportError(error: unknown): void {
  const locale = cliLocale();
  if (isAppError(error)) {
    console.error(errorMessage(error.code, locale, error.field, error.params));
    for (const issue of error.issues)
      console.error(`  - ${errorMessage(issue.code, locale, issue.field, issue.params)}`);
    process.exitCode = exitCodeOf(error.code);
    return;
  }
  console.error(error instanceof Error ? error.message : String(error));
  // A failed query's message is the SQL; the database's reason is its cause (drizzle wraps it).
  let cause = error instanceof Error ? error.cause : undefined;
  while (cause instanceof Error) {
    console.error(`  ${cause.message}`);
    cause = cause.cause;
  }
  process.exitCode = 1;
}
