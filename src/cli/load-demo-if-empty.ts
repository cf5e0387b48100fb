import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { queryRows } from '../db/query-rows.ts';
import { loadDemoData } from '../app/demo/load-demo-data.ts';
import type { Runtime } from './open-runtime.ts';
import { printDemoUsers } from './print-demo-users.ts';

/** First start: an empty database gets the demo organisation, users and customers. */
export async function loadDemoIfEmpty(runtime: Runtime): Promise<void> {
  const [row] = await queryRows<{ n: number }>(
    runtime.handle.db,
    sql`SELECT count(*)::int AS n FROM users`,
  );
  if (Number(row?.n ?? 0) > 0) return;
  await loadDemo(runtime, {});
}

export async function loadDemo(
  runtime: Runtime,
  options: { customers?: number; seed?: number },
): Promise<void> {
  const password = runtime.config.demoPassword ?? `Demo-${randomBytes(6).toString('base64url')}`;
  console.log('正在载入演示数据 loading demo data…');
  const started = Date.now();
  const summary = await loadDemoData(runtime.handle, {
    password,
    customers: options.customers,
    seed: options.seed,
    asOf: runtime.ctx.clock.now(),
    keyring: runtime.ctx.keyring,
  });
  console.log(
    `演示数据已载入 loaded ${summary.customers} customers, ${summary.transactions} transactions in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  printDemoUsers(summary.users, password, runtime.config.demoPassword !== undefined);
}
