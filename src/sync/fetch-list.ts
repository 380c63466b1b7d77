// Downloads one subscribed list and applies every transport rule before the list is looked at:
// https only (http for localhost while developing), no redirect to another host, status 200,
// a JSON content type, a size cap enforced while the bytes arrive, and a deadline for servers
// that hang or drip. Then the signature (when a key is pinned) and the list rules (envelope.ts).
// Pure: fetch and the clock are injected; nothing here touches the database.
import type { ParsedList } from '../claims/parse';
import { checkAcceptance, decodeListBytes, type HeldList } from './envelope';
import { SyncError } from './errors';
import { parseRetryAfter } from './schedule';
import { verifyBytes } from './signature';

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
export const DEFAULT_TIMEOUT_MS = 30_000;
const MAX_SIGNATURE_BYTES = 4096;

export type FetchPhase = 'connecting' | 'downloading' | 'verifying';

export interface FetchProgress {
  phase: FetchPhase;
  receivedBytes: number;
  totalBytes?: number;
}

export interface FetchListOptions {
  url: string;
  fetch: typeof fetch;
  now: () => number;
  held: HeldList;
  /** Validators of the version we hold, for a conditional request. */
  etag?: string;
  lastModified?: string;
  /** A pinned Ed25519 public key: the list must then carry a valid detached signature. */
  publicKey?: string;
  maxBytes?: number;
  /** The whole download (list and signature) must finish within this time. */
  timeoutMs?: number;
  onProgress?: (progress: FetchProgress) => void;
}

export type FetchListResult =
  /** 304: the server says nothing changed. */
  | { kind: 'not-modified' }
  /** The server sent the version we already hold. */
  | { kind: 'same-version'; etag?: string; lastModified?: string; contentHash: string }
  | {
      kind: 'updated';
      parsed: ParsedList;
      etag?: string;
      lastModified?: string;
      bytes: number;
      signed: boolean;
      contentHash: string;
    };

/** SHA-256 of the list's bytes, hex: tells a re-published version with other content from the same one. */
export async function contentHashOf(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The address rule, also used by the options page before it asks for a permission. */
export function checkListUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    throw new SyncError('bad-url', `"${text}" is not a web address`);
  }
  if (url.protocol === 'https:') return url;
  if (url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname)) return url;
  if (url.protocol === 'http:')
    throw new SyncError(
      'insecure-url',
      'Lists must be fetched over https (plain http is allowed only for localhost, while developing a list)',
    );
  throw new SyncError('bad-url', `Lists are fetched over https, not ${url.protocol.replace(':', '')}`);
}

export function isJsonContentType(header: string | null): boolean {
  const type = (header ?? '').split(';')[0]!.trim().toLowerCase();
  return type === 'application/json' || /^application\/[\w.-]+\+json$/.test(type);
}

function statusMessage(status: number, statusText: string): string {
  if (status === 404 || status === 410) return `The list was not found at this address (HTTP ${status})`;
  if (status === 401 || status === 403) return `The server refused access to the list (HTTP ${status})`;
  if (status === 429) return 'The server says too many requests (HTTP 429); ClaimLens will wait before trying again';
  if (status >= 500) return `The server had an error (HTTP ${status}${statusText ? ` ${statusText}` : ''})`;
  return `The server answered HTTP ${status}${statusText ? ` ${statusText}` : ''} instead of the list`;
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${Math.round(bytes / 1024)} KB`;
}

async function readCapped(
  response: Response,
  maxBytes: number,
  tooLarge: string,
  onChunk: (received: number) => void,
): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw new SyncError('too-large', tooLarge);
  }
  const chunks: Uint8Array[] = [];
  let received = 0;
  if (response.body) {
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      received += value.byteLength;
      if (received > maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw new SyncError('too-large', tooLarge);
      }
      chunks.push(value);
      onChunk(received);
    }
  }
  const bytes = new Uint8Array(received);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

export async function fetchList(options: FetchListOptions): Promise<FetchListResult> {
  const url = checkListUrl(options.url);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);

  const get = async (target: URL, headers: Record<string, string>): Promise<Response> => {
    let response: Response;
    try {
      response = await options.fetch(target.href, {
        signal: controller.signal,
        redirect: 'follow',
        credentials: 'omit',
        cache: 'no-store',
        headers,
      });
    } catch {
      if (timedOut) throw timeoutError(timeoutMs);
      // The browser says only "Failed to fetch" for a refused connection, a missing host, a TLS error
      // or a redirect loop alike: say what it can be, not the browser's words.
      throw new SyncError(
        'network',
        `Could not reach ${target.host}: the server did not answer, refused the connection or redirected in a loop (check the address; ClaimLens will try again later)`,
      );
    }
    if (response.redirected && response.url) {
      const final = new URL(response.url);
      if (final.host !== target.host || (final.protocol !== target.protocol && final.protocol !== 'https:')) {
        await response.body?.cancel().catch(() => undefined);
        throw new SyncError('redirect', `The server redirected the list to another host (${final.host}): refused`);
      }
    }
    return response;
  };

  try {
    options.onProgress?.({ phase: 'connecting', receivedBytes: 0 });
    const headers: Record<string, string> = { accept: 'application/json' };
    if (options.held.version > 0 && options.etag) headers['if-none-match'] = options.etag;
    if (options.held.version > 0 && options.lastModified) headers['if-modified-since'] = options.lastModified;
    const response = await get(url, headers);
    if (response.status === 304) {
      await response.body?.cancel().catch(() => undefined);
      return { kind: 'not-modified' };
    }
    if (response.status !== 200) {
      await response.body?.cancel().catch(() => undefined);
      const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), options.now());
      throw new SyncError('http-status', statusMessage(response.status, response.statusText), retryAfterMs);
    }
    const type = response.headers.get('content-type');
    if (!isJsonContentType(type)) {
      await response.body?.cancel().catch(() => undefined);
      const what = /html/i.test(type ?? '') ? 'a web page' : type ? `"${type.split(';')[0]}"` : 'no content type';
      throw new SyncError('content-type', `The server sent ${what}, not JSON (Content-Type must be application/json)`);
    }
    const totalBytes = Number(response.headers.get('content-length') ?? NaN);
    const bytes = await readCapped(
      response,
      maxBytes,
      `The list is larger than the ${formatBytes(maxBytes)} limit: refused`,
      (receivedBytes) =>
        options.onProgress?.({
          phase: 'downloading',
          receivedBytes,
          totalBytes: Number.isFinite(totalBytes) ? totalBytes : undefined,
        }),
    ).catch((error: unknown) => {
      if (timedOut) throw timeoutError(timeoutMs);
      if (error instanceof SyncError) throw error;
      throw new SyncError(
        'truncated',
        'The download broke off before the end of the list; ClaimLens will try again later',
      );
    });
    options.onProgress?.({ phase: 'verifying', receivedBytes: bytes.byteLength });

    let signed = false;
    if (options.publicKey) {
      const sigResponse = await get(new URL(`${url.href}.sig`), { accept: 'text/plain, application/octet-stream' });
      if (sigResponse.status === 404) {
        await sigResponse.body?.cancel().catch(() => undefined);
        throw new SyncError('signature-missing', 'The list is not signed, but you pinned a public key for it: refused');
      }
      if (sigResponse.status !== 200) {
        await sigResponse.body?.cancel().catch(() => undefined);
        throw new SyncError(
          'signature-missing',
          `Could not fetch the list's signature (${statusMessage(sigResponse.status, sigResponse.statusText)})`,
        );
      }
      const sigBytes = await readCapped(
        sigResponse,
        MAX_SIGNATURE_BYTES,
        'The signature file is too large: refused',
        () => undefined,
      ).catch((error: unknown) => {
        if (timedOut) throw timeoutError(timeoutMs);
        throw error;
      });
      const valid = await verifyBytes(options.publicKey, bytes, new TextDecoder().decode(sigBytes)).catch(() => false);
      if (!valid)
        throw new SyncError(
          'signature-invalid',
          "The list's signature does not match the public key you pinned: refused (the list may have been tampered with)",
        );
      signed = true;
    }

    const parsed = decodeListBytes(bytes);
    const etag = response.headers.get('etag') ?? undefined;
    const lastModified = response.headers.get('last-modified') ?? undefined;
    const acceptance = checkAcceptance(parsed, options.held, options.now());
    const contentHash = await contentHashOf(bytes);
    if (acceptance.kind === 'same-version') return { kind: 'same-version', etag, lastModified, contentHash };
    return { kind: 'updated', parsed, etag, lastModified, bytes: bytes.byteLength, signed, contentHash };
  } finally {
    clearTimeout(timer);
  }
}

function timeoutError(timeoutMs: number): SyncError {
  const seconds = Math.max(1, Math.round(timeoutMs / 1000));
  return new SyncError(
    'timeout',
    `The server did not send the list within ${seconds} second${seconds === 1 ? '' : 's'} (it hung or sent too slowly)`,
  );
}
