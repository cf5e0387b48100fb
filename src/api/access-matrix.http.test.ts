import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  MATRIX_USERS,
  startMatrixFixture,
  type MatrixFixture,
} from '../testing/access-matrix/matrix-fixture.ts';
import {
  RELATIONS,
  expectedForCustomer,
  mayRead,
  type Outcome,
} from '../testing/access-matrix/access-oracle.ts';
import {
  ROUTE_EXPECTATIONS,
  type MatrixRequest,
} from '../testing/access-matrix/route-expectations.ts';

/**
 * The role × route × relation matrix (SPEC C7.2, docs/access.md). Every route the built server
 * registers must have an entry in route-expectations.ts; each entry is checked for every matrix
 * user (one per role, and two combinations) and, for customer routes, every relation (own,
 * team-read, team-edit, same region, other region, unrelated). Routes on a state machine build
 * a world of their own per case (matrix-worlds.ts), so every case is a real request.
 */

// Every route the server registers, recorded by an onRoute hook on the Fastify instance that
// buildServer creates — hidden routes (docs, openapi.json) included.
const registered = vi.hoisted(() => new Set<string>());
vi.mock('fastify', async (importOriginal) => {
  const original = await importOriginal<typeof import('fastify')>();
  const create = ((options?: object) => {
    const app = original.default(options);
    app.addHook('onRoute', (route) => {
      const methods = Array.isArray(route.method) ? route.method : [route.method];
      for (const method of methods) if (method !== 'HEAD') registered.add(`${method} ${route.url}`);
    });
    return app;
  }) as unknown as typeof original.default;
  return { ...original, default: create };
});

let fx: MatrixFixture;
beforeAll(async () => {
  fx = await startMatrixFixture();
}, 120_000);
afterAll(async () => {
  await fx?.server.close();
});

const DENIED = new Set([401, 403, 404]);

function verdict(status: number, expected: Outcome, okStatuses?: number[]): boolean {
  if (expected !== 'ok') return status === expected;
  if (okStatuses) return okStatuses.includes(status);
  return status >= 200 && status < 300 && !DENIED.has(status);
}

/** The case's request, or why it could not be built (a world the app refused to reach). */
async function build(
  make: () => MatrixRequest | Promise<MatrixRequest>,
): Promise<MatrixRequest | string> {
  try {
    return await make();
  } catch (error) {
    return `could not build the case: ${error instanceof Error ? error.message : String(error)}`;
  }
}

async function send(user: string | null, request: MatrixRequest) {
  const options = {
    method: request.method,
    url: request.url,
    ...(request.payload !== undefined ? { payload: request.payload } : {}),
    ...(request.headers ? { headers: request.headers } : {}),
  };
  return user === null ? fx.server.app.inject(options) : fx.call(user, options);
}

describe('access matrix: every route the server registers has an entry', () => {
  it('names each route missing from the matrix', () => {
    expect(registered.size).toBeGreaterThan(50);
    const missing = [...registered].filter((key) => !(key in ROUTE_EXPECTATIONS)).sort();
    expect(missing, `routes without an access-matrix entry: ${missing.join(', ')}`).toEqual([]);
    const stale = Object.keys(ROUTE_EXPECTATIONS).filter((key) => !registered.has(key));
    expect(stale, `matrix entries for routes that no longer exist: ${stale.join(', ')}`).toEqual(
      [],
    );
  });
});

describe('access matrix: role × route × relation', () => {
  for (const [route, entry] of Object.entries(ROUTE_EXPECTATIONS)) {
    if (entry.scope === 'elsewhere') {
      it.todo(`${route} — covered elsewhere: ${entry.reason}`);
      continue;
    }
    it(route, async () => {
      const failures: string[] = [];
      for (const user of MATRIX_USERS) {
        if (entry.scope === 'role') {
          const expected: Outcome = entry.allowed(user.roles) ? 'ok' : (entry.denied ?? 403);
          const request = await build(() =>
            entry.request({ fx, user: user.name, roles: user.roles, expected, key: route }),
          );
          if (typeof request === 'string') {
            failures.push(`${user.name}: ${request}`);
            continue;
          }
          const response = await send(entry.anonymous ? null : user.name, request);
          if (!verdict(response.statusCode, expected, entry.okStatuses))
            failures.push(
              `${user.name}: expected ${expected}, got ${response.statusCode} ${response.body.slice(0, 120)}`,
            );
          continue;
        }
        for (const relation of RELATIONS) {
          const expected = expectedForCustomer(entry.kind, user.roles, relation);
          const customerId = fx.customerOf[relation];
          const bug = entry.knownBug?.find(
            (b) => b.relation === relation && b.roles.join() === user.roles.join(),
          );
          const request = await build(() =>
            entry.request({
              ...{ fx, user: user.name, roles: user.roles, expected, customerId, relation },
              key: `${route} ${relation}`,
            }),
          );
          if (typeof request === 'string') {
            failures.push(`${user.name} × ${relation}: ${request}`);
            continue;
          }
          const response = await send(user.name, request);
          const ok = verdict(response.statusCode, expected, entry.okStatuses);
          if (bug) {
            // Reported, not hidden: the case must still be wrong, else the entry is stale.
            if (ok)
              failures.push(
                `${user.name} × ${relation}: knownBug "${bug.reason}" no longer reproduces`,
              );
            continue;
          }
          if (!ok)
            failures.push(
              `${user.name} × ${relation}: expected ${expected}, got ${response.statusCode} ${response.body.slice(0, 120)}`,
            );
        }
      }
      expect(failures, failures.join('\n')).toEqual([]);
    });
  }
});

describe('access matrix: lists hold exactly the records in scope', () => {
  it('GET /api/customers lists, of the fixture customers, exactly those the oracle lets each user read', async () => {
    for (const user of MATRIX_USERS) {
      const response = await fx.call(user.name, {
        method: 'GET',
        url: '/api/customers?pageSize=200',
      });
      expect(response.statusCode).toBe(200);
      const ids = new Set((response.json().items as { id: number }[]).map((item) => item.id));
      const seen = RELATIONS.filter((relation) => ids.has(fx.customerOf[relation]));
      const expected = RELATIONS.filter((relation) => mayRead(user.roles, relation));
      expect(seen, user.name).toEqual(expected);
    }
  });
});
