import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SyncError } from '../../../src/sync/errors';
import { checkListUrl, fetchList, isJsonContentType, type FetchListOptions } from '../../../src/sync/fetch-list';
import { generateKeyPair, signBytes } from '../../../src/sync/signature';
import { drip, hang, huge, json, redirect, startListServer, text, type ListServer } from '../../support/list-server';
import { moonClaim, publishedList } from '../../support/lists';

let server: ListServer;
let other: ListServer;
beforeAll(async () => {
  server = await startListServer();
  other = await startListServer();
});
afterAll(async () => {
  await server.close();
  await other.close();
});

const NOW = Date.parse('2026-06-01T00:00:00Z');
let n = 0;
const path = () => `/list-${n++}.json`;

function fetchFrom(url: string, options: Partial<FetchListOptions> = {}) {
  return fetchList({ url, fetch, now: () => NOW, held: { version: 0 }, timeoutMs: 2000, ...options });
}

async function refusal(promise: Promise<unknown>): Promise<SyncError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SyncError);
  return error as SyncError;
}

describe('the address', () => {
  it('must be https, except plain http on localhost for developing a list', () => {
    expect(checkListUrl('https://lists.example/desk.json').hostname).toBe('lists.example');
    expect(checkListUrl('http://localhost:8080/desk.json').port).toBe('8080');
    expect(checkListUrl('http://127.0.0.1/desk.json').hostname).toBe('127.0.0.1');
    expect(() => checkListUrl('http://lists.example/desk.json')).toThrow(/https/);
    expect(() => checkListUrl('ftp://lists.example/desk.json')).toThrow(SyncError);
    expect(() => checkListUrl('desk.json')).toThrow(/not a web address/);
  });
});

describe('fetching a list', () => {
  it('accepts a valid newer list and remembers its validators; an unchanged list then costs a 304', async () => {
    const p = path();
    server.route(p, json(publishedList({ version: 3 })));
    const first = await fetchFrom(server.url(p));
    expect(first.kind).toBe('updated');
    if (first.kind !== 'updated') return;
    expect(first.parsed.list.version).toBe(3);
    expect(first.parsed.list.claims).toHaveLength(10);
    expect(first.etag).toMatch(/^"/);
    const second = await fetchFrom(server.url(p), { held: { listId: 'fact-desk', version: 3 }, etag: first.etag });
    expect(second).toEqual({ kind: 'not-modified' });
    expect(server.requests.at(-1)!.headers['if-none-match']).toBe(first.etag);
  });

  it('sends If-Modified-Since when the server gave Last-Modified', async () => {
    const p = path();
    server.route(p, (request, response) => {
      if (request.headers['if-modified-since'] === 'Mon, 01 Jun 2026 00:00:00 GMT')
        return void response.writeHead(304).end();
      json(publishedList({ version: 2 }), { headers: { 'last-modified': 'Mon, 01 Jun 2026 00:00:00 GMT' } })(
        request,
        response,
      );
    });
    const first = await fetchFrom(server.url(p));
    expect(first.kind === 'updated' && first.lastModified).toBe('Mon, 01 Jun 2026 00:00:00 GMT');
    expect(
      await fetchFrom(server.url(p), { held: { version: 2 }, lastModified: 'Mon, 01 Jun 2026 00:00:00 GMT' }),
    ).toEqual({ kind: 'not-modified' });
  });

  it('treats the same version again as unchanged, not as an error', async () => {
    const p = path();
    server.route(p, json(publishedList({ version: 4 })));
    expect((await fetchFrom(server.url(p), { held: { listId: 'fact-desk', version: 4 } })).kind).toBe('same-version');
  });

  it('skips a claim with a missing field, counts it, and keeps the good ones', async () => {
    const p = path();
    const { summary: _dropped, ...broken } = moonClaim('broken-claim');
    server.route(p, json(publishedList({ version: 2, claims: [moonClaim(), broken, moonClaim('moon-again')] })));
    const result = await fetchFrom(server.url(p));
    expect(result.kind).toBe('updated');
    if (result.kind !== 'updated') return;
    expect(result.parsed.list.claims.map((c) => c.id)).toEqual(['moon-green-cheese', 'moon-again']);
    expect(result.parsed.skipped).toEqual([
      expect.objectContaining({ claimId: 'broken-claim', problem: expect.stringContaining('summary') }),
    ]);
  });
});

describe('a list is refused, with the reason in words, when', () => {
  const cases: [string, () => import('../../support/list-server').Handler, RegExp, string][] = [
    ['the server errs (500)', () => text(500, 'oops'), /server had an error \(HTTP 500/, 'http-status'],
    ['it is not there (404)', () => text(404, 'nope'), /not found at this address \(HTTP 404\)/, 'http-status'],
    [
      'a web page comes back with status 200',
      () => text(200, '<!doctype html><p>Welcome</p>', 'text/html'),
      /sent a web page, not JSON/,
      'content-type',
    ],
    [
      'HTML is labelled as JSON',
      () => text(200, '<!doctype html><p>Welcome</p>', 'application/json'),
      /web page \(HTML\)/,
      'invalid-json',
    ],
    [
      'the JSON is cut short',
      () => text(200, JSON.stringify(publishedList()).slice(0, 500), 'application/json'),
      /cut short/,
      'truncated',
    ],
    [
      'the content type is not JSON',
      () => text(200, JSON.stringify(publishedList()), 'text/plain'),
      /"text\/plain", not JSON/,
      'content-type',
    ],
    ['the envelope is invalid', () => json({ ...publishedList(), version: 'two' }), /version/, 'invalid-list'],
    [
      'the list has expired',
      () => json(publishedList({ version: 9, expires: '2026-05-01T00:00:00Z' })),
      /expired on 2026-05-01/,
      'expired',
    ],
  ];
  it.each(cases)('%s', async (_name, handler, message, code) => {
    const p = path();
    server.route(p, handler());
    const error = await refusal(fetchFrom(server.url(p)));
    expect(error.message).toMatch(message);
    expect(error.code).toBe(code);
  });

  it('the version is older than the one held (rollback)', async () => {
    const p = path();
    server.route(p, json(publishedList({ version: 2 })));
    const error = await refusal(fetchFrom(server.url(p), { held: { listId: 'fact-desk', version: 5 } }));
    expect(error.message).toBe(
      'The server offers version 2, older than version 5 you already have: refused (rollback)',
    );
  });

  it('the address now serves a different list', async () => {
    const p = path();
    server.route(p, json(publishedList({ id: 'someone-else', version: 9 })));
    expect((await refusal(fetchFrom(server.url(p), { held: { listId: 'fact-desk', version: 1 } }))).code).toBe(
      'list-id-changed',
    );
  });

  it('the body grows past the size cap, stopped while streaming (no Content-Length)', async () => {
    const p = path();
    server.route(p, huge(50));
    const started = Date.now();
    const error = await refusal(fetchFrom(server.url(p), { maxBytes: 1024 * 1024, timeoutMs: 10_000 }));
    expect(error.message).toBe('The list is larger than the 1 MB limit: refused');
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('a declared Content-Length is over the cap, before any byte is read', async () => {
    const p = path();
    // Declares 3000 bytes and never sends one: only the header can refuse it before the deadline.
    server.route(p, (_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': '3000' });
      response.flushHeaders();
    });
    const error = await refusal(fetchFrom(server.url(p), { maxBytes: 2048, timeoutMs: 5000 }));
    expect(error.code).toBe('too-large');
    expect(error.message).toBe('The list is larger than the 2 KB limit: refused');
  });

  it.each([
    ['hangs', hang],
    ['drips one byte at a time', drip(100)],
  ])('the server %s: gives up at the deadline', async (_name, handler) => {
    const p = path();
    server.route(p, handler);
    const started = Date.now();
    const error = await refusal(fetchFrom(server.url(p), { timeoutMs: 600 }));
    expect(error.code).toBe('timeout');
    expect(error.message).toMatch(/did not send the list within 1 second \(/);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('the server redirects to another host', async () => {
    const p = path();
    other.route('/elsewhere.json', json(publishedList({ version: 7 })));
    // 127.0.0.1 → localhost: another host, even on this machine.
    server.route(p, redirect(other.url('/elsewhere.json').replace('127.0.0.1', 'localhost')));
    const error = await refusal(fetchFrom(server.url(p)));
    expect(error.message).toMatch(/redirected the list to another host \(localhost:\d+\): refused/);
  });

  it('but follows a redirect on the same host', async () => {
    const p = path();
    server.route('/moved.json', json(publishedList({ version: 7 })));
    server.route(p, redirect('/moved.json', 301));
    expect((await fetchFrom(server.url(p))).kind).toBe('updated');
  });

  it('the server cannot be reached: said in words, never the browser\'s "Failed to fetch"', async () => {
    const error = await refusal(fetchFrom('http://127.0.0.1:9/list.json'));
    expect(error.code).toBe('network');
    expect(error.message).toBe(
      'Could not reach 127.0.0.1:9: the server did not answer, refused the connection or redirected in a loop (check the address; ClaimLens will try again later)',
    );
  });

  it('a redirect loop is a network failure in words', async () => {
    const p = path();
    server.route(p, redirect(p));
    const error = await refusal(fetchFrom(server.url(p)));
    expect(error.code).toBe('network');
    expect(error.message).not.toMatch(/fetch failed|Failed to fetch|redirect count/i);
    expect(error.message).toMatch(/redirected in a loop/);
  });

  it('a redirect from https to http on the same host is refused', async () => {
    const answer = new Response('{}', { headers: { 'content-type': 'application/json' } });
    Object.defineProperty(answer, 'redirected', { value: true });
    Object.defineProperty(answer, 'url', { value: 'http://lists.example/desk.json' });
    const error = await refusal(fetchFrom('https://lists.example/desk.json', { fetch: async () => answer }));
    expect(error.code).toBe('redirect');
  });

  it.each([
    [204, 'The server answered HTTP 204 No Content instead of the list'],
    [206, 'The server answered HTTP 206 Partial Content instead of the list'],
    [300, 'The server answered HTTP 300 Multiple Choices instead of the list'],
  ])('an answer other than 200 (HTTP %i) is refused', async (status, message) => {
    const p = path();
    server.route(p, text(status, status === 204 ? '' : '{}', 'application/json'));
    const error = await refusal(fetchFrom(server.url(p)));
    expect(error.code).toBe('http-status');
    expect(error.message).toBe(message);
  });

  it('tells the same version with other content by a hash of its bytes', async () => {
    const a = path();
    const b = path();
    server.route(a, json(publishedList({ version: 3, claims: [moonClaim()] })));
    server.route(b, json(publishedList({ version: 3, claims: [moonClaim(), moonClaim('moon-two')] })));
    const held = { listId: 'fact-desk', version: 3 };
    const first = await fetchFrom(server.url(a), { held });
    const again = await fetchFrom(server.url(a), { held });
    const other = await fetchFrom(server.url(b), { held });
    expect(first).toMatchObject({ kind: 'same-version', contentHash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(again).toEqual(first);
    expect(other.kind === 'same-version' && other.contentHash).not.toBe(
      first.kind === 'same-version' && first.contentHash,
    );
  });

  it('the server asks to be left alone: Retry-After is kept for the scheduler', async () => {
    const p = path();
    server.route(p, text(503, 'busy', 'text/plain', { 'retry-after': '120' }));
    expect((await refusal(fetchFrom(server.url(p)))).retryAfterMs).toBe(120_000);
  });
});

describe('with a pinned public key', () => {
  it('accepts the list only with a valid signature over its exact bytes', async () => {
    const keys = await generateKeyPair();
    const body = JSON.stringify(publishedList({ version: 2 }));
    const p = path();
    server.route(p, text(200, body, 'application/json'));
    server.route(`${p}.sig`, text(200, `${await signBytes(keys.privateKey, new TextEncoder().encode(body))}\n`));
    const result = await fetchFrom(server.url(p), { publicKey: keys.publicKey });
    expect(result.kind === 'updated' && result.signed).toBe(true);
  });

  it('refuses an unsigned list', async () => {
    const keys = await generateKeyPair();
    const p = path();
    server.route(p, json(publishedList({ version: 2 })));
    const error = await refusal(fetchFrom(server.url(p), { publicKey: keys.publicKey }));
    expect(error.message).toBe('The list is not signed, but you pinned a public key for it: refused');
  });

  it('refuses a list changed after signing, and one signed by another key', async () => {
    const keys = await generateKeyPair();
    const intruder = await generateKeyPair();
    const body = JSON.stringify(publishedList({ version: 2 }));
    const p = path();
    server.route(p, text(200, body.replace('"version":2', '"version":3'), 'application/json'));
    server.route(`${p}.sig`, text(200, await signBytes(keys.privateKey, new TextEncoder().encode(body))));
    expect((await refusal(fetchFrom(server.url(p), { publicKey: keys.publicKey }))).code).toBe('signature-invalid');
    server.route(p, text(200, body, 'application/json'));
    server.route(`${p}.sig`, text(200, await signBytes(intruder.privateKey, new TextEncoder().encode(body))));
    expect((await refusal(fetchFrom(server.url(p), { publicKey: keys.publicKey }))).message).toMatch(
      /does not match the public key you pinned/,
    );
  });
});

/** A fetch that answers once with exactly this response (what a server or a proxy can send). */
function answering(
  body: BodyInit | null,
  init: ResponseInit & { redirectedTo?: string } = {},
): typeof fetch & { calls: { url: string; headers: Record<string, string> }[] } {
  const calls: { url: string; headers: Record<string, string> }[] = [];
  const impl = async (input: RequestInfo | URL, requestInit?: RequestInit) => {
    calls.push({ url: String(input), headers: { ...(requestInit?.headers as Record<string, string>) } });
    const response = new Response(body, init);
    if (init.redirectedTo) {
      Object.defineProperty(response, 'redirected', { value: true });
      Object.defineProperty(response, 'url', { value: init.redirectedTo });
    }
    return response;
  };
  return Object.assign(impl, { calls }) as never;
}

/** A body that arrives in these pieces, one per read. */
function inPieces(pieces: Uint8Array[]): ReadableStream<Uint8Array> {
  let next = 0;
  return new ReadableStream(
    {
      pull(controller) {
        if (next < pieces.length) controller.enqueue(pieces[next++]!);
        else controller.close();
      },
    },
    { highWaterMark: 0 },
  );
}

const listBytes = (version = 2) => new TextEncoder().encode(JSON.stringify(publishedList({ version })));
const JSON_TYPE = { 'content-type': 'application/json' };

describe('the address, in detail', () => {
  it('allows plain http on every name of this machine, and trims the pasted address', () => {
    expect(checkListUrl('http://[::1]:8080/desk.json').port).toBe('8080');
    expect(checkListUrl('  https://lists.example/desk.json \n').href).toBe('https://lists.example/desk.json');
  });

  it('names the problem: not an address, plain http elsewhere, another scheme even on this machine', () => {
    const codeOf = (text: string) => {
      try {
        checkListUrl(text);
      } catch (error) {
        return [(error as SyncError).code, (error as SyncError).message];
      }
      return null;
    };
    expect(codeOf('desk.json')).toEqual(['bad-url', '"desk.json" is not a web address']);
    expect(codeOf('http://lists.example/desk.json')).toEqual([
      'insecure-url',
      'Lists must be fetched over https (plain http is allowed only for localhost, while developing a list)',
    ]);
    expect(codeOf('ftp://localhost/desk.json')).toEqual(['bad-url', 'Lists are fetched over https, not ftp']);
  });
});

describe('the content type', () => {
  it.each([
    'application/json',
    'Application/JSON; charset=utf-8',
    'application/json ; charset=utf-8',
    'application/ld+json',
    'application/vnd.example.claims+json',
  ])('accepts %s', async (type) => {
    expect(isJsonContentType(type)).toBe(true);
    const result = await fetchFrom('https://lists.example/desk.json', {
      fetch: answering(listBytes(), { headers: { 'content-type': type } }),
    });
    expect(result.kind).toBe('updated');
  });

  it.each(['text/json', 'xapplication/ld+json', 'application/ld+jsonp', 'application/+json', 'text/plain'])(
    'refuses %s',
    (type) => expect(isJsonContentType(type)).toBe(false),
  );

  it('says when the server sent no content type at all', async () => {
    const error = await refusal(fetchFrom('https://lists.example/desk.json', { fetch: answering(listBytes()) }));
    expect(error.message).toBe('The server sent no content type, not JSON (Content-Type must be application/json)');
  });
});

describe('an answer other than the list is worded for the reader', () => {
  it.each([
    [410, 'Gone', 'The list was not found at this address (HTTP 410)'],
    [401, 'Unauthorized', 'The server refused access to the list (HTTP 401)'],
    [403, 'Forbidden', 'The server refused access to the list (HTTP 403)'],
    [429, 'Too Many Requests', 'The server says too many requests (HTTP 429); ClaimLens will wait before trying again'],
    [500, 'Internal Server Error', 'The server had an error (HTTP 500 Internal Server Error)'],
    [502, '', 'The server had an error (HTTP 502)'],
    [418, '', 'The server answered HTTP 418 instead of the list'],
  ])('HTTP %i %s', async (status, statusText, message) => {
    const error = await refusal(
      fetchFrom('https://lists.example/desk.json', {
        fetch: answering('{}', { status, statusText, headers: JSON_TYPE }),
      }),
    );
    expect(error.code).toBe('http-status');
    expect(error.message).toBe(message);
  });
});

describe('the size cap, at its edge', () => {
  const body = JSON.stringify(publishedList({ version: 2 }));
  const size = Buffer.byteLength(body);

  it('accepts a list of exactly the cap, declared or streamed, and refuses one byte more', async () => {
    const declared = path();
    server.route(declared, text(200, body, 'application/json', { 'content-length': String(size) }));
    const streamed = path();
    server.route(streamed, text(200, body, 'application/json'));
    for (const p of [declared, streamed]) {
      expect((await fetchFrom(server.url(p), { maxBytes: size })).kind).toBe('updated');
      const error = await refusal(fetchFrom(server.url(p), { maxBytes: size - 1 }));
      expect(error.code).toBe('too-large');
    }
  });

  it('puts the pieces of a list that arrives in several reads together in order', async () => {
    const bytes = listBytes(6);
    const thirds = [bytes.slice(0, 100), bytes.slice(100, 2000), bytes.slice(2000)];
    const result = await fetchFrom('https://lists.example/desk.json', {
      fetch: answering(inPieces(thirds), { headers: JSON_TYPE }),
    });
    expect(result.kind === 'updated' && [result.parsed.list.version, result.bytes]).toEqual([6, bytes.byteLength]);
  });

  it('says an empty answer is cut short, not that the download broke off', async () => {
    const error = await refusal(
      fetchFrom('https://lists.example/desk.json', { fetch: answering(null, { headers: JSON_TYPE }) }),
    );
    expect(error.message).toBe('The list is cut short (incomplete JSON): the download may have been interrupted');
  });

  it('says so in words when the connection drops in the middle of the list', async () => {
    const p = path();
    server.route(p, (_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': '5000' });
      response.write('{"format":"claimlens-list/1",', () => response.destroy());
    });
    const error = await refusal(fetchFrom(server.url(p)));
    expect(error.code).toBe('truncated');
    expect(error.message).toBe('The download broke off before the end of the list; ClaimLens will try again later');
  });
});

describe('what the request asks for', () => {
  it('asks for JSON', async () => {
    const p = path();
    server.route(p, json(publishedList({ version: 2 })));
    await fetchFrom(server.url(p));
    expect(server.requests.at(-1)!.headers.accept).toBe('application/json');
  });

  it('downloads a list it does not hold yet in full, whatever validators it was given', async () => {
    const p = path();
    const list = json(publishedList({ version: 2 }));
    server.route(p, (request, response) =>
      request.headers['if-none-match'] || request.headers['if-modified-since']
        ? void response.writeHead(304).end()
        : list(request, response),
    );
    const result = await fetchFrom(server.url(p), {
      held: { version: 0 },
      etag: '"stale"',
      lastModified: 'Mon, 01 Jun 2026 00:00:00 GMT',
    });
    expect(result.kind).toBe('updated');
  });

  it('sends no conditional header it has no value for', async () => {
    const p = path();
    server.route(p, json(publishedList({ version: 2 })));
    await fetchFrom(server.url(p), { held: { listId: 'fact-desk', version: 1 } });
    expect(Object.keys(server.requests.at(-1)!.headers)).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/^if-/)]),
    );
  });

  it('follows an upgrade from http to https on the same host', async () => {
    const fetchImpl = answering(listBytes(), {
      headers: JSON_TYPE,
      redirectedTo: 'https://localhost/desk.json',
    });
    expect((await fetchFrom('http://localhost/desk.json', { fetch: fetchImpl })).kind).toBe('updated');
  });
});

describe('progress while a list downloads', () => {
  it('reports connecting, the bytes received of the declared total, then verifying', async () => {
    const bytes = listBytes();
    const reports: unknown[] = [];
    await fetchFrom('https://lists.example/desk.json', {
      fetch: answering(inPieces([bytes.slice(0, 1000), bytes.slice(1000)]), {
        headers: { ...JSON_TYPE, 'content-length': String(bytes.byteLength) },
      }),
      onProgress: (progress) => reports.push(progress),
    });
    expect(reports).toEqual([
      { phase: 'connecting', receivedBytes: 0 },
      { phase: 'downloading', receivedBytes: 1000, totalBytes: bytes.byteLength },
      { phase: 'downloading', receivedBytes: bytes.byteLength, totalBytes: bytes.byteLength },
      { phase: 'verifying', receivedBytes: bytes.byteLength },
    ]);
  });

  it('leaves the total unknown when the server does not declare it', async () => {
    const bytes = listBytes();
    const reports: { phase: string; totalBytes?: number }[] = [];
    await fetchFrom('https://lists.example/desk.json', {
      fetch: answering(inPieces([bytes]), { headers: JSON_TYPE }),
      onProgress: (progress) => reports.push(progress),
    });
    expect(reports.find((report) => report.phase === 'downloading')).toEqual({
      phase: 'downloading',
      receivedBytes: bytes.byteLength,
      totalBytes: undefined,
    });
  });
});

describe('the deadline, in words', () => {
  it('counts whole seconds, in the plural', async () => {
    const p = path();
    server.route(p, hang);
    const error = await refusal(fetchFrom(server.url(p), { timeoutMs: 1600 }));
    expect(error.message).toBe('The server did not send the list within 2 seconds (it hung or sent too slowly)');
  });
});

describe('the signature, in detail', () => {
  it('calls an unsigned list without a pinned key unsigned', async () => {
    const p = path();
    server.route(p, json(publishedList({ version: 2 })));
    const result = await fetchFrom(server.url(p));
    expect(result.kind === 'updated' && result.signed).toBe(false);
  });

  it('asks for the signature as text next to the list', async () => {
    const keys = await generateKeyPair();
    const body = JSON.stringify(publishedList({ version: 2 }));
    const p = path();
    server.route(p, text(200, body, 'application/json'));
    server.route(`${p}.sig`, text(200, await signBytes(keys.privateKey, new TextEncoder().encode(body))));
    await fetchFrom(server.url(p), { publicKey: keys.publicKey });
    expect(server.requests.at(-1)).toMatchObject({
      path: `${p}.sig`,
      headers: { accept: 'text/plain, application/octet-stream' },
    });
  });

  it.each([
    [
      'missing',
      () => text(404, 'nope'),
      'signature-missing',
      'The list is not signed, but you pinned a public key for it: refused',
    ],
    [
      'behind a server error',
      () => text(500, 'oops'),
      'signature-missing',
      "Could not fetch the list's signature (The server had an error (HTTP 500 Internal Server Error))",
    ],
    ['too large', () => text(200, 'A'.repeat(5000)), 'too-large', 'The signature file is too large: refused'],
    [
      'dripping past the deadline',
      () => drip(100),
      'timeout',
      'The server did not send the list within 1 second (it hung or sent too slowly)',
    ],
  ])('refuses the list when its signature is %s', async (_name, handler, code, message) => {
    const keys = await generateKeyPair();
    const p = path();
    server.route(p, json(publishedList({ version: 2 })));
    server.route(`${p}.sig`, handler());
    const error = await refusal(fetchFrom(server.url(p), { publicKey: keys.publicKey, timeoutMs: 800 }));
    expect([error.code, error.message]).toEqual([code, message]);
  });

  it('refuses the list when the pinned key cannot be read, rather than letting it through', async () => {
    const keys = await generateKeyPair();
    const body = JSON.stringify(publishedList({ version: 2 }));
    const p = path();
    server.route(p, text(200, body, 'application/json'));
    server.route(`${p}.sig`, text(200, await signBytes(keys.privateKey, new TextEncoder().encode(body))));
    const error = await refusal(fetchFrom(server.url(p), { publicKey: 'AAAA' }));
    expect(error.code).toBe('signature-invalid');
  });
});
