// The checks on a downloaded list's bytes, each refusal worded for the reader: not UTF-8, a web
// page, cut short, not JSON, not a list, a ClaimReview feed with nothing usable; then the rules on
// the list itself (another list at the address, expired, older than the one held).
import { describe, expect, it } from 'vitest';
import { parseClaimList } from '../../../src/claims/parse';
import { checkAcceptance, decodeListBytes } from '../../../src/sync/envelope';
import { SyncError } from '../../../src/sync/errors';

const NOW = Date.parse('2026-06-01T12:00:00Z');
const source = { publisher: 'Example Fact Check', url: 'https://facts.example/a' };
const list = (extra: Record<string, unknown> = {}) => ({
  format: 'claimlens-list/1',
  id: 'example-list',
  title: 'Example list',
  publisher: 'Example',
  version: 3,
  published: '2026-05-01T00:00:00Z',
  claims: [
    {
      id: 'moon-made-of-cheese',
      text: 'The moon is made of cheese.',
      verdict: { label: 'False' },
      summary: 'It is rock.',
      context: [{ text: 'Samples brought back are rock.', sources: [source] }],
      match: { concepts: { moon: ['moon'], cheese: ['cheese'] }, all: [['moon'], ['cheese']] },
    },
  ],
  ...extra,
});
const bytes = (text: string) => new TextEncoder().encode(text);
const refusal = (run: () => unknown): SyncError => {
  try {
    run();
  } catch (error) {
    if (error instanceof SyncError) return error;
    throw error;
  }
  throw new Error('not refused');
};

describe('decodeListBytes', () => {
  it('reads a valid list, skipping only the claim that is broken', () => {
    const parsed = decodeListBytes(bytes(JSON.stringify(list({ claims: [...list().claims, { id: 'half' }] }))));
    expect(parsed.list.claims.map((c) => c.id)).toEqual(['moon-made-of-cheese']);
    expect(parsed.skipped).toHaveLength(1);
  });

  it('reads a list that starts with a byte order mark', () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes(JSON.stringify(list()))]);
    expect(decodeListBytes(withBom).list.id).toBe('example-list');
  });

  it('refuses bytes that are not UTF-8', () => {
    const error = refusal(() => decodeListBytes(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])));
    expect([error.code, error.message]).toEqual(['invalid-json', 'The list is not UTF-8 text']);
  });

  it('says a web page was sent, even after leading spaces', () => {
    const error = refusal(() => decodeListBytes(bytes('  \n<!doctype html><p>Not found</p>')));
    expect([error.code, error.message]).toEqual([
      'invalid-json',
      'The server sent a web page (HTML), not a claim list',
    ]);
  });

  it('says the list is cut short when the download ended early or is empty', () => {
    for (const text of ['', '   ', JSON.stringify(list()).slice(0, 120), '{"format": "claimlens-list/1", "id": "exa'])
      expect(refusal(() => decodeListBytes(bytes(text))).code, text).toBe('truncated');
    expect(refusal(() => decodeListBytes(bytes(''))).message).toBe(
      'The list is cut short (incomplete JSON): the download may have been interrupted',
    );
  });

  it("names JSON's own complaint for text that is not JSON, even with a '<' inside", () => {
    expect(refusal(() => decodeListBytes(bytes('{"a": <b>}'))).message).toMatch(/^The list is not valid JSON \(/);
    const error = refusal(() => decodeListBytes(bytes('{"a": nope}')));
    expect(error.code).toBe('invalid-json');
    expect(error.message).toMatch(/^The list is not valid JSON \(.+\)$/);
  });

  it('gives the first problem of a document that is not a claim list', () => {
    const error = refusal(() => decodeListBytes(bytes(JSON.stringify({ ...list(), version: 0 }))));
    expect(error.code).toBe('invalid-list');
    expect(error.message).toMatch(/^The list is not a valid claim list: version/);
  });

  it('reads ClaimReview JSON-LD only when told where it came from, and says what is wrong with a feed', () => {
    const feed = { '@context': 'https://schema.org', '@type': 'ClaimReview', url: 'https://facts.example/r' };
    const context = { url: 'https://facts.example/feed.json', now: NOW };
    const error = refusal(() => decodeListBytes(bytes(JSON.stringify(feed)), context));
    expect(error.code).toBe('invalid-list');
    expect(error.message).toMatch(/^The address serves ClaimReview JSON-LD, but: /);
    expect(refusal(() => decodeListBytes(bytes(JSON.stringify(feed)))).message).toMatch(
      /^The list is not a valid claim list: /,
    );
  });
});

describe('checkAcceptance', () => {
  const parsed = (extra: Record<string, unknown> = {}) => parseClaimList(list(extra));

  it('takes a newer version, and calls the same version the same', () => {
    expect(checkAcceptance(parsed(), { version: 0 }, NOW)).toEqual({ kind: 'newer' });
    expect(checkAcceptance(parsed(), { listId: 'example-list', version: 2 }, NOW)).toEqual({ kind: 'newer' });
    expect(checkAcceptance(parsed(), { listId: 'example-list', version: 3 }, NOW)).toEqual({ kind: 'same-version' });
  });

  it('refuses another list at the same address, naming both', () => {
    const error = refusal(() => checkAcceptance(parsed(), { listId: 'other-list', version: 1 }, NOW));
    expect([error.code, error.message]).toEqual([
      'list-id-changed',
      'The address now serves a different list ("example-list" instead of "other-list"): refused',
    ]);
  });

  it('refuses a list that expired, at the very moment it expires, with the date', () => {
    const at = '2026-06-01T12:00:00.000Z';
    const error = refusal(() => checkAcceptance(parsed({ expires: at }), { version: 0 }, Date.parse(at)));
    expect([error.code, error.message]).toEqual([
      'expired',
      'The list expired on 2026-06-01; the publisher has not published a newer version',
    ]);
    expect(checkAcceptance(parsed({ expires: at }), { version: 0 }, Date.parse(at) - 1)).toEqual({ kind: 'newer' });
  });

  it('refuses an older version than the one held (a rollback)', () => {
    const error = refusal(() => checkAcceptance(parsed(), { listId: 'example-list', version: 4 }, NOW));
    expect([error.code, error.message]).toEqual([
      'older-version',
      'The server offers version 3, older than version 4 you already have: refused (rollback)',
    ]);
  });
});
