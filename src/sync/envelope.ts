// A published list is one JSON document in the claim list format (src/claims/schema.ts), or
// schema.org ClaimReview JSON-LD (a review, an array, a @graph or a DataFeed) read as a list by
// src/claims/claim-review-feed.ts. These checks run on the exact bytes a server sent, after the
// transport rules in fetch-list.ts: the document must parse, its header must be valid, it must be
// newer than what we hold and not expired. Claims that fail validation are skipped and counted;
// the rest of the list is used.
import { claimReviewFeedAsList, isClaimReviewDocument, type FeedContext } from '../claims/claim-review-feed';
import { ClaimListError, parseClaimList, type ParsedList } from '../claims/parse';
import { SyncError } from './errors';

/** What we already hold for this subscription (nothing before the first sync). */
export interface HeldList {
  /** The list id from the document we hold. */
  listId?: string;
  /** 0 when nothing is held yet. */
  version: number;
}

/**
 * The list in the bytes. `feed` (the address, the server's Last-Modified, the time) is needed only
 * when the document turns out to be ClaimReview JSON-LD, to give it a list header.
 */
export function decodeListBytes(bytes: Uint8Array, feed?: FeedContext): ParsedList {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new SyncError('invalid-json', 'The list is not UTF-8 text');
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const trimmed = text.trim();
    if (/^</.test(trimmed)) throw new SyncError('invalid-json', 'The server sent a web page (HTML), not a claim list');
    if (trimmed === '' || /end of (json )?input|unterminated|unexpected end/i.test(String(error))) {
      throw new SyncError(
        'truncated',
        'The list is cut short (incomplete JSON): the download may have been interrupted',
      );
    }
    throw new SyncError(
      'invalid-json',
      `The list is not valid JSON (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  if (feed && isClaimReviewDocument(json)) {
    try {
      return claimReviewFeedAsList(json, feed);
    } catch (error) {
      if (error instanceof ClaimListError)
        throw new SyncError('invalid-list', `The address serves ClaimReview JSON-LD, but: ${error.message}`);
      throw error;
    }
  }
  try {
    return parseClaimList(json, { strict: false });
  } catch (error) {
    if (error instanceof ClaimListError)
      throw new SyncError('invalid-list', `The list is not a valid claim list: ${error.problems[0] ?? error.message}`);
    throw error;
  }
}

export type Acceptance = { kind: 'newer' } | { kind: 'same-version' };

/** The rules on the list itself. Throws a SyncError when the list must be refused. */
export function checkAcceptance(parsed: ParsedList, held: HeldList, now: number): Acceptance {
  const { list } = parsed;
  if (held.listId && held.listId !== list.id) {
    throw new SyncError(
      'list-id-changed',
      `The address now serves a different list ("${list.id}" instead of "${held.listId}"): refused`,
    );
  }
  if (list.expires && Date.parse(list.expires) <= now) {
    throw new SyncError(
      'expired',
      `The list expired on ${list.expires.slice(0, 10)}; the publisher has not published a newer version`,
    );
  }
  if (list.version < held.version) {
    throw new SyncError(
      'older-version',
      `The server offers version ${list.version}, older than version ${held.version} you already have: refused (rollback)`,
    );
  }
  if (list.version === held.version) return { kind: 'same-version' };
  return { kind: 'newer' };
}
