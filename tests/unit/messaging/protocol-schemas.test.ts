// What each context accepts from another: every message the content script, the popup and the
// options page send passes its schema, and a message of another shape is refused before any
// handler sees it (a compromised page may send anything). Also the words an oversized import gets.
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { isMessageError, ToBackgroundSchema, ToContentSchema } from '../../../src/messaging/protocol';
import {
  FromSyncSchema,
  importSizeProblem,
  MAX_IMPORT_BYTES,
  ToSyncSchema,
} from '../../../src/messaging/sync-protocol';

const accepts = (schema: v.GenericSchema, message: unknown) => v.safeParse(schema, message).success;

describe('content script → background', () => {
  it('accepts every message the content script and popup send', () => {
    expect(accepts(ToBackgroundSchema, { type: 'match-blocks', texts: ['One.', 'Two.'] })).toBe(true);
    expect(
      accepts(ToBackgroundSchema, {
        type: 'match-blocks',
        texts: ['Headline', 'Section', 'Body.'],
        kinds: ['title', 'heading', 'paragraph'],
        document: 'doc-1',
      }),
    ).toBe(true);
    expect(accepts(ToBackgroundSchema, { type: 'report-count', count: 0 })).toBe(true);
    expect(accepts(ToBackgroundSchema, { type: 'report-count', count: 12 })).toBe(true);
    expect(accepts(ToBackgroundSchema, { type: 'get-page-topics', document: 'doc-1' })).toBe(true);
    expect(accepts(ToBackgroundSchema, { type: 'get-database-summary' })).toBe(true);
  });

  it('refuses unknown types, missing fields and values of the wrong kind', () => {
    expect(accepts(ToBackgroundSchema, { type: 'delete-everything' })).toBe(false);
    expect(accepts(ToBackgroundSchema, { type: '' })).toBe(false);
    expect(accepts(ToBackgroundSchema, { type: 'match-blocks' })).toBe(false);
    expect(accepts(ToBackgroundSchema, { type: 'match-blocks', texts: [1] })).toBe(false);
    expect(accepts(ToBackgroundSchema, { type: 'match-blocks', texts: ['a'], kinds: ['footer'] })).toBe(false);
    expect(accepts(ToBackgroundSchema, { type: 'match-blocks', texts: ['a'], document: 7 })).toBe(false);
    expect(accepts(ToBackgroundSchema, { type: 'report-count', count: -1 })).toBe(false);
    expect(accepts(ToBackgroundSchema, { type: 'report-count', count: 1.5 })).toBe(false);
    expect(accepts(ToBackgroundSchema, { type: 'report-count', count: '3' })).toBe(false);
    expect(accepts(ToBackgroundSchema, { type: 'get-page-topics' })).toBe(false);
  });

  it('refuses a batch past its limits: 20,000 blocks, 5,000,000 characters a block, a 100-character document id', () => {
    expect(accepts(ToBackgroundSchema, { type: 'match-blocks', texts: new Array(20_001).fill('a') })).toBe(false);
    expect(accepts(ToBackgroundSchema, { type: 'match-blocks', texts: new Array(20_000).fill('a') })).toBe(true);
    expect(accepts(ToBackgroundSchema, { type: 'match-blocks', texts: ['a'.repeat(5_000_001)] })).toBe(false);
    expect(accepts(ToBackgroundSchema, { type: 'match-blocks', texts: ['a'], document: 'd'.repeat(101) })).toBe(false);
    expect(accepts(ToBackgroundSchema, { type: 'get-page-topics', document: 'd'.repeat(100) })).toBe(true);
    expect(accepts(ToBackgroundSchema, { type: 'get-page-topics', document: 'd'.repeat(101) })).toBe(false);
  });
});

describe('background or popup → content script', () => {
  it('accepts each request the content script answers', () => {
    for (const type of ['get-page-claims', 'focus-next-claim', 'claims-changed', 'get-scan-state']) {
      expect(accepts(ToContentSchema, { type }), type).toBe(true);
    }
    expect(accepts(ToContentSchema, { type: 'reveal-claim', claimId: 'constructor' })).toBe(true);
  });

  it('refuses a reveal without a claim id, and a message of the other direction', () => {
    expect(accepts(ToContentSchema, { type: 'reveal-claim' })).toBe(false);
    expect(accepts(ToContentSchema, { type: 'reveal-claim', claimId: 3 })).toBe(false);
    expect(accepts(ToContentSchema, { type: 'get-database-summary' })).toBe(false);
    expect(accepts(ToContentSchema, { type: '' })).toBe(false);
  });
});

describe('isMessageError', () => {
  it('recognises an error answer by its string `error`, and nothing else', () => {
    expect(isMessageError({ error: 'refused' })).toBe(true);
    expect(isMessageError({ error: '' })).toBe(true);
    expect(isMessageError({ error: 3 })).toBe(false);
    expect(isMessageError({ matches: [], claims: {} })).toBe(false);
    expect(isMessageError('error')).toBe(false);
    expect(isMessageError(null)).toBe(false);
    expect(isMessageError(undefined)).toBe(false);
    expect(isMessageError(0)).toBe(false);
  });
});

const userClaim = {
  text: 'The moon is made of green cheese.',
  verdict: 'False',
  summary: 'It is rock.',
  context: [
    {
      text: 'Apollo brought back rock.',
      sources: [{ publisher: 'NASA', url: 'https://nasa.gov/', date: '1969-07-24', title: 'Apollo 11' }],
    },
  ],
  examples: { match: ['The moon is cheese.'], nomatch: ['I like cheese.'] },
};

describe('options page → background', () => {
  it('accepts every message the options page sends', () => {
    const messages = [
      { type: 'sync:get-state' },
      { type: 'sync:subscribe', url: 'https://lists.example/claims.json' },
      { type: 'sync:subscribe', url: 'https://lists.example/claims.json', publicKey: 'ed25519:abc' },
      { type: 'sync:sync-now' },
      { type: 'sync:sync-now', listId: 'https://lists.example/claims.json' },
      { type: 'sync:set-paused', listId: 'l', paused: true },
      { type: 'sync:remove', listId: 'l' },
      { type: 'sync:set-settings' },
      { type: 'sync:set-settings', intervalMinutes: 60, timeoutSeconds: 30 },
      { type: 'sync:set-settings', intervalMinutes: 1, timeoutSeconds: 1 },
      { type: 'sync:set-settings', intervalMinutes: 7 * 24 * 60, timeoutSeconds: 300 },
      { type: 'sync:save-user-claim', claim: userClaim },
      { type: 'sync:save-user-claim', claim: { text: 'x', verdict: 'False', context: [] } },
      { type: 'sync:delete-user-claim', claimId: 'my-moon' },
      { type: 'sync:export-user-list', as: 'claimlens' },
      { type: 'sync:export-user-list', as: 'claimreview' },
      { type: 'sync:import-claimreview', json: '[]' },
      { type: 'sync:check-examples', text: 'x', examples: { match: ['a'], nomatch: [] } },
    ];
    for (const message of messages) expect(accepts(ToSyncSchema, message), JSON.stringify(message)).toBe(true);
  });

  it('refuses settings out of range, an empty list id and an unknown export format', () => {
    const refused = [
      { type: 'sync:unknown' },
      { type: 'sync:set-settings', intervalMinutes: 0 },
      { type: 'sync:set-settings', intervalMinutes: 7 * 24 * 60 + 1 },
      { type: 'sync:set-settings', intervalMinutes: 1.5 },
      { type: 'sync:set-settings', timeoutSeconds: 0 },
      { type: 'sync:set-settings', timeoutSeconds: 301 },
      { type: 'sync:remove', listId: '' },
      { type: 'sync:set-paused', listId: 'l' },
      { type: 'sync:delete-user-claim', claimId: '' },
      { type: 'sync:export-user-list', as: 'csv' },
      { type: 'sync:subscribe' },
      { type: 'sync:check-examples', text: 'x', examples: { match: ['a'] } },
      { type: 'sync:save-user-claim', claim: { ...userClaim, context: [{ text: 'c', sources: [{}] }] } },
      { type: 'sync:save-user-claim', claim: { ...userClaim, verdict: undefined } },
      { type: 'sync:save-user-claim', claim: { ...userClaim, examples: { match: [] } } },
    ];
    for (const message of refused) expect(accepts(ToSyncSchema, message), JSON.stringify(message)).toBe(false);
  });

  it('lets an import of up to twice the limit through, so the background can refuse it in words', () => {
    const big = 'x'.repeat(MAX_IMPORT_BYTES + 1);
    expect(accepts(ToSyncSchema, { type: 'sync:import-claimreview', json: big })).toBe(true);
    expect(accepts(ToSyncSchema, { type: 'sync:import-claimreview', json: 'x'.repeat(2 * MAX_IMPORT_BYTES + 1) })).toBe(
      false,
    );
  });

  it('the background tells extension pages only that the state changed', () => {
    expect(accepts(FromSyncSchema, { type: 'sync:state-changed' })).toBe(true);
    expect(accepts(FromSyncSchema, { type: 'sync:get-state' })).toBe(false);
  });
});

describe('importSizeProblem', () => {
  it('accepts a file of up to 5 MB and refuses a larger one with its size and what to do', () => {
    expect(MAX_IMPORT_BYTES).toBe(5 * 1024 * 1024);
    expect(importSizeProblem(0)).toBeUndefined();
    expect(importSizeProblem(MAX_IMPORT_BYTES)).toBeUndefined();
    expect(importSizeProblem(MAX_IMPORT_BYTES + 1)).toBe(
      'The file is 5.0 MB; ClaimLens imports ClaimReview files of up to 5 MB. Split it into smaller files.',
    );
    expect(importSizeProblem(12.34 * 1024 * 1024)).toBe(
      'The file is 12.3 MB; ClaimLens imports ClaimReview files of up to 5 MB. Split it into smaller files.',
    );
  });
});
