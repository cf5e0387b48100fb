import { request as send, type IncomingHttpHeaders } from 'node:http';

export type HttpRequest = {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  path: string;
  headers?: Record<string, string>;
  /** An object goes as JSON; a Buffer as it is (set its content-type in `headers`). */
  body?: object | Buffer;
};

export type HttpResponse = { status: number; headers: IncomingHttpHeaders; text: string };

/**
 * One real HTTP request over TCP to a listening server (not `app.inject`): requests sent
 * together really run together. Like a script or the CLI, it sends no Origin or Sec-Fetch-Site
 * header, which the CSRF guard lets through.
 */
export function httpRequest(baseUrl: string, options: HttpRequest): Promise<HttpResponse> {
  const { method = 'GET', path, headers = {}, body } = options;
  const payload =
    body === undefined
      ? undefined
      : Buffer.isBuffer(body)
        ? body
        : Buffer.from(JSON.stringify(body));
  const contentType =
    body !== undefined && !Buffer.isBuffer(body) ? { 'content-type': 'application/json' } : {};
  return new Promise((resolve, reject) => {
    const outgoing = send(
      new URL(path, baseUrl),
      {
        method,
        agent: false,
        headers: {
          ...contentType,
          ...(payload ? { 'content-length': String(payload.length) } : {}),
          ...headers,
        },
      },
      (incoming) => {
        let text = '';
        incoming.setEncoding('utf8');
        incoming.on('data', (chunk: string) => (text += chunk));
        incoming.on('end', () =>
          resolve({ status: incoming.statusCode ?? 0, headers: incoming.headers, text }),
        );
        incoming.on('error', reject);
      },
    );
    outgoing.on('error', reject);
    outgoing.end(payload);
  });
}

/** The session cookie (`name=value`) a sign-in answered with. */
export function sessionCookieOf(response: HttpResponse): string {
  const cookie = (response.headers['set-cookie'] ?? []).find((c) =>
    c.startsWith('patron_session='),
  );
  if (!cookie) throw new Error(`no session cookie (HTTP ${response.status}: ${response.text})`);
  return cookie.split(';')[0]!;
}
