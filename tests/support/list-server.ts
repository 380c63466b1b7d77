// A real HTTP server on 127.0.0.1 (random port) that publishes claim lists and misbehaves on
// request: the faults a subscribed list meets in the wild. Used by the unit tests of the fetch
// pipeline and by the e2e sync test. Nothing here reaches the internet.
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

export type Handler = (request: IncomingMessage, response: ServerResponse) => void;

export interface ListServer {
  origin: string;
  server: Server;
  url(path: string): string;
  /** Sets what a path answers; later calls replace earlier ones. */
  route(path: string, handler: Handler): void;
  /** Every request seen, newest last. */
  requests: { path: string; headers: IncomingMessage['headers'] }[];
  close(): Promise<void>;
}

export async function startListServer(): Promise<ListServer> {
  const routes = new Map<string, Handler>();
  const requests: ListServer['requests'] = [];
  const sockets = new Set<import('node:net').Socket>();
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push({ path, headers: request.headers });
    const handler = routes.get(path);
    if (handler) return handler(request, response);
    response.writeHead(404, { 'content-type': 'text/plain' });
    response.end('not found');
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    origin,
    server,
    url: (path) => `${origin}${path}`,
    route: (path, handler) => routes.set(path, handler),
    requests,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}

const etagOf = (body: string | Buffer) => `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`;

/** Answers like a well-behaved static server: JSON, an ETag, and 304 when the client has it. */
export function json(
  body: unknown,
  options: { type?: string; status?: number; headers?: Record<string, string> } = {},
): Handler {
  const text = typeof body === 'string' ? body : JSON.stringify(body, null, 2);
  const etag = etagOf(text);
  return (request, response) => {
    if (request.headers['if-none-match'] === etag) {
      response.writeHead(304, { etag });
      return response.end();
    }
    response.writeHead(options.status ?? 200, {
      'content-type': options.type ?? 'application/json',
      etag,
      'cache-control': 'no-cache',
      ...options.headers,
    });
    response.end(text);
  };
}

export function text(status: number, body: string, type = 'text/plain', headers: Record<string, string> = {}): Handler {
  return (_request, response) => {
    response.writeHead(status, { 'content-type': type, ...headers });
    response.end(body);
  };
}

/** Never answers. */
export const hang: Handler = () => undefined;

/** Sends headers at once, then one byte every `everyMs`, forever. */
export function drip(everyMs = 200): Handler {
  return (request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.write('{"format":"claimlens-list/1",');
    const timer = setInterval(() => response.write(' '), everyMs);
    const stop = () => clearInterval(timer);
    request.socket.on('close', stop);
    response.on('close', stop);
  };
}

/** A JSON body of `megabytes`, streamed without a Content-Length (so only a streaming cap stops it). */
export function huge(megabytes: number): Handler {
  return (_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    let left = megabytes * 16;
    response.write('{"claims":[');
    const pump = () => {
      while (left > 0) {
        left--;
        if (!response.write(chunk)) return void response.once('drain', pump);
      }
      response.end(']}');
    };
    response.on('close', () => (left = 0));
    pump();
  };
}

export function redirect(location: string, status = 302): Handler {
  return (_request, response) => {
    response.writeHead(status, { location, 'access-control-allow-origin': '*' });
    response.end();
  };
}
