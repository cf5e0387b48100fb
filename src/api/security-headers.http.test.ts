import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildServer } from './build-server.ts';
import { startTestServer, type TestServer } from '../testing/test-server.ts';

let server: TestServer;
let withWeb: FastifyInstance;
let webRoot: string;
beforeAll(async () => {
  server = await startTestServer();
  await server.signIn(['director']);
  // The same server with a (stand-in) built web app, as `patron serve` runs it.
  webRoot = mkdtempSync(join(tmpdir(), 'patron-web-'));
  writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>Patron</title>');
  withWeb = await buildServer(server.ctx, { webRoot });
});
afterAll(async () => {
  await withWeb.close();
  await server.close();
  rmSync(webRoot, { recursive: true, force: true });
});

function expectSecurityHeaders(response: LightMyRequestResponse) {
  const csp = String(response.headers['content-security-policy']);
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(response.headers['x-frame-options']).toBe('DENY');
  expect(response.headers['x-content-type-options']).toBe('nosniff');
  expect(response.headers['referrer-policy']).toBe('no-referrer');
}

describe('security headers (C7, issue 5)', () => {
  it('an API answer with customer data is never stored, and carries every header', async () => {
    const response = await server.request('director', '/api/customers');
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    expectSecurityHeaders(response);
  });

  it('so are API errors and unknown API paths', async () => {
    for (const url of ['/api/customers', '/api/no-such-thing']) {
      const response = await server.app.inject({ url });
      expect(response.statusCode, url).toBeGreaterThanOrEqual(400);
      expect(response.headers['cache-control'], url).toBe('no-store');
      expectSecurityHeaders(response);
    }
  });

  it("the web app's index carries the same security headers", async () => {
    for (const url of ['/', '/customers/42']) {
      const response = await withWeb.inject({ url });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['content-type'], url).toContain('text/html');
      expectSecurityHeaders(response);
    }
  });
});
