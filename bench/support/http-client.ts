import http from 'node:http';

export type HttpResponse = { status: number; headers: http.IncomingHttpHeaders; body: string };

/**
 * A bare keep-alive client over node:http, so the latency scenarios time the server rather
 * than a heavier client stack. One socket: requests are sequential anyway.
 */
export class HttpClient {
  private readonly agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

  constructor(private readonly baseUrl: string) {}

  request(
    method: 'GET' | 'POST',
    path: string,
    headers: Record<string, string> = {},
    body?: string,
  ): Promise<HttpResponse> {
    return new Promise((resolve, reject) => {
      const req = http.request(
        new URL(path, this.baseUrl),
        { method, headers, agent: this.agent },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              headers: res.headers,
              body: Buffer.concat(chunks).toString('utf8'),
            }),
          );
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  }

  /** GET that must answer 200; returns the parsed JSON. */
  async getJson<T>(path: string, headers: Record<string, string> = {}): Promise<T> {
    const response = await this.request('GET', path, headers);
    if (response.status !== 200) {
      throw new Error(`bench: GET ${path} → ${response.status} ${response.body.slice(0, 300)}`);
    }
    return JSON.parse(response.body) as T;
  }

  close(): void {
    this.agent.destroy();
  }
}
