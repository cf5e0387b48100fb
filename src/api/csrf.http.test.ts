import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../testing/test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  await server.signIn(['director']);
});
afterAll(async () => {
  await server.close();
});

const METHODS = ['POST', 'PUT', 'PATCH', 'DELETE'] as const;

describe('CSRF: every state change must come from this origin (ASVS 4.2.2)', () => {
  it.each(METHODS)('%s from another site is refused before the route runs', async (method) => {
    for (const headers of [
      { 'sec-fetch-site': 'cross-site' },
      // A sibling subdomain is the same site but not this origin.
      { 'sec-fetch-site': 'same-site' },
      { origin: 'https://evil.example' },
      // Sandboxed frames and data: pages send an opaque origin.
      { origin: 'null' },
      { origin: 'not a url' },
      // The same host under another scheme is another origin.
      { origin: 'https://localhost:80' },
    ]) {
      const response = await server.request('director', '/api/customers/1', { method, headers });
      expect(response.statusCode, JSON.stringify(headers)).toBe(403);
      expect(response.json().code, JSON.stringify(headers)).toBe('auth.csrf');
    }
  });

  it('lets this origin and non-browser clients through to the route', async () => {
    for (const headers of [
      { 'sec-fetch-site': 'same-origin' },
      { 'sec-fetch-site': 'none' },
      { origin: 'http://localhost:80' },
      {},
    ]) {
      const response = await server.request('director', '/api/customers', {
        method: 'POST',
        headers,
        payload: {},
      });
      // Past the guard: the route's own validation answers.
      expect(response.statusCode, JSON.stringify(headers)).toBe(400);
    }
  });

  it('does not check reads: a cross-site GET changes nothing and gets no cookie of use', async () => {
    const response = await server.request('director', '/api/customers', {
      headers: { 'sec-fetch-site': 'cross-site' },
    });
    expect(response.statusCode).toBe(200);
  });
});
