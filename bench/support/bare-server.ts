import Fastify from 'fastify';
import { listenOnFreePort, type RunningServer } from './app-server.ts';
import { handWrittenList, runHandWrittenList } from './hand-written-list-sql.ts';
import type { RawSql } from './raw-sql.ts';

type BareQuery = {
  orgUnitId?: string;
  tier?: string;
  q?: string;
  page?: string;
  pageSize?: string;
};

/**
 * The baseline route: a bare Fastify GET running the hand-written list SQL. No session, no
 * zod, no record scope, no schema serialiser; org unit paths are read once at start, where the
 * app looks the unit up on every request (that lookup is part of what the app costs).
 */
export async function startBareServer(raw: RawSql, label: string): Promise<RunningServer> {
  const paths = new Map<number, string>();
  for (const unit of await raw.query<{ id: number; path: string }>(
    'SELECT id, path FROM org_units',
  )) {
    paths.set(Number(unit.id), unit.path);
  }
  const query = (text: string, params: unknown[]) => raw.query(text, params);
  const app = Fastify({ logger: false });
  app.get('/customers', async (request) => {
    const input = request.query as BareQuery;
    const page = Number(input.page ?? 1);
    const pageSize = Number(input.pageSize ?? 50);
    const orgUnitPath = input.orgUnitId ? paths.get(Number(input.orgUnitId)) : undefined;
    const sql = handWrittenList({ orgUnitPath, tier: input.tier, q: input.q }, page, pageSize);
    const { items, total } = await runHandWrittenList(query, sql);
    return { items, total, page, pageSize };
  });
  return listenOnFreePort(app, label);
}
