// Serves the seed articles (../shared/seeds) and test pages as HTML on 127.0.0.1, for the demo,
// the e2e tests and the benchmarks. Nothing here reaches the internet.
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SEEDS_DIR = resolve(root, '../shared/seeds');
export const PAGES_DIR = join(root, 'tests/fixtures/pages');

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A seed article's blocks as its page shows them: the first line the headline, then blank-line-separated paragraphs. */
export function seedBlocks(text: string): { title: string; paragraphs: string[] } {
  const [title = '', ...rest] = text.split(/\r?\n/);
  const paragraphs = rest
    .join('\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  return { title, paragraphs };
}

/** A seed article as a page: first line the headline, blank-line-separated paragraphs. */
export function seedToHtml(text: string, options: { dark?: boolean } = {}): string {
  const { title, paragraphs } = seedBlocks(text);
  const colours = options.dark ? 'background:#14161a;color:#e3e6ea' : 'background:#fff;color:#222';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>body{font:18px/1.6 Georgia,serif;max-width:720px;margin:40px auto;padding:0 20px;${colours}}</style></head>
<body><article><h1>${escapeHtml(title)}</h1>
${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
</article></body></html>`;
}

export function seedNames(): string[] {
  return readdirSync(SEEDS_DIR)
    .filter((name) => name.endsWith('.txt'))
    .sort();
}

export interface PageServer {
  origin: string;
  server: Server;
  close(): Promise<void>;
}

/**
 * Routes: /seed/<file>.html (add ?dark for a dark page), /page/<fixture>.html, and anything
 * passed in `extraRoutes` (path → body) for a test's own pages.
 */
export async function startPageServer(
  extraRoutes: Record<string, { body: string | Buffer; type?: string }> = {},
): Promise<PageServer> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const send = (status: number, body: string | Buffer, type = 'text/html; charset=utf-8') => {
      response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      response.end(body);
    };
    try {
      const extra = extraRoutes[url.pathname];
      if (extra) return send(200, extra.body, extra.type);
      const seed = /^\/seed\/([\w.-]+)\.html$/.exec(url.pathname);
      if (seed)
        return send(
          200,
          seedToHtml(readFileSync(join(SEEDS_DIR, seed[1]!), 'utf8'), { dark: url.searchParams.has('dark') }),
        );
      const page = /^\/page\/([\w.-]+\.html)$/.exec(url.pathname);
      if (page) return send(200, readFileSync(join(PAGES_DIR, page[1]!)));
      send(404, 'not found', 'text/plain');
    } catch {
      send(404, 'not found', 'text/plain');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    server,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
