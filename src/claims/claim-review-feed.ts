// A subscription address may serve what fact-checkers and aggregators already publish — schema.org
// ClaimReview JSON-LD (one review, an array, a @graph, or a DataFeed of reviews) — instead of a
// ClaimLens list. The document becomes a list here, so it goes through the same acceptance rules,
// signature check, last-good fallback and status as any list (src/sync/envelope.ts).
// A feed has no list header, so the header is derived:
// - id: from the subscription address (stable, so "a different list at this address" still holds);
// - version: the newest date the feed gives (its dateModified, its reviews' dates, the server's
//   Last-Modified) in seconds, so a republished feed is newer and an old copy is a rollback;
//   with no date at all, the time of the download (the server's ETag still saves re-downloads);
// - title and publisher: the feed's name and publisher, else the reviews' fact-checker, else the host.
import { importClaimReviews, reviewNodes, slugify } from './claim-review';
import * as v from 'valibot';
import { ClaimListError, type ParsedList } from './parse';
import { ListHeaderSchema } from './schema';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => !!value && typeof value === 'object' && !Array.isArray(value);
const asArray = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];

function types(node: Json): string[] {
  return asArray(node['@type'])
    .filter((t): t is string => typeof t === 'string')
    .map((t) => t.replace(/^(https?:\/\/schema\.org\/|schema:)/, ''));
}

/** Whether a parsed JSON document is ClaimReview JSON-LD rather than a ClaimLens list. */
export function isClaimReviewDocument(json: unknown): boolean {
  if (isObject(json) && json.format !== undefined) return false;
  // The first review decides; reading the whole of a large feed is left to the import.
  const first = (node: unknown, depth: number): boolean => {
    if (depth > 4) return false;
    if (Array.isArray(node)) return node.some((item) => first(item, depth + 1));
    if (!isObject(node)) return false;
    if (types(node).includes('ClaimReview')) return true;
    return [node['@graph'], node.dataFeedElement, node.item].some(
      (inner) => inner !== undefined && first(inner, depth + 1),
    );
  };
  return first(json, 0);
}

function name(value: unknown): string | undefined {
  for (const item of asArray(value)) {
    const found = typeof item === 'string' ? item : isObject(item) ? item.name : undefined;
    if (typeof found === 'string' && found.trim()) return found.replace(/\s+/g, ' ').trim();
  }
  return undefined;
}

/** Milliseconds of an ISO date or an HTTP date; NaN when absent or unreadable. */
const time = (value: unknown) => (typeof value === 'string' ? Date.parse(value) : NaN);

/** The feed node itself, when the document is a DataFeed (directly or inside a @graph). */
function feedNode(json: unknown): Json | undefined {
  const candidates = isObject(json) && Array.isArray(json['@graph']) ? json['@graph'] : asArray(json);
  return candidates.find((node): node is Json => isObject(node) && types(node).includes('DataFeed'));
}

export interface FeedContext {
  /** The subscription address. */
  url: string;
  /** The server's Last-Modified header, if it sent one. */
  lastModified?: string;
  now: number;
}

function newestDate(json: unknown, feed: Json | undefined, context: FeedContext): number {
  const dates = [time(feed?.dateModified), time(feed?.datePublished), time(context.lastModified)];
  for (const node of reviewNodes(json))
    if (isObject(node)) dates.push(time(node.dateModified), time(node.datePublished));
  const newest = Math.max(...dates.filter((d) => Number.isFinite(d) && d <= context.now + 24 * 3600_000));
  return Number.isFinite(newest) ? newest : context.now;
}

function mostCommonAuthor(json: unknown): string | undefined {
  const counts = new Map<string, number>();
  for (const node of reviewNodes(json)) {
    const author = isObject(node) ? (name(node.author) ?? name(node.publisher)) : undefined;
    if (author) counts.set(author, (counts.get(author) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/**
 * The ClaimReview document as a parsed list. Reviews that cannot become a claim are skipped with
 * the reason ("reviews[3]: claimReviewed: missing"); a document none of whose reviews can be used is
 * refused, so a broken feed never replaces the last good copy with nothing.
 */
export function claimReviewFeedAsList(json: unknown, context: FeedContext): ParsedList {
  const feed = feedNode(json);
  const url = new URL(context.url);
  const host = url.hostname.replace(/^www\./, '');
  const { claims, skipped } = importClaimReviews(json);
  const reviewCount = claims.length + skipped.length;
  if (claims.length === 0) {
    const problems = skipped.map((s) => s.problem.replace(/^\[(\d+)\]/, 'reviews[$1]:'));
    const first = problems[0] ?? 'it holds no ClaimReview';
    throw new ClaimListError(
      reviewCount
        ? `None of the ${reviewCount} ClaimReviews could be used (${first})`
        : 'The document holds no ClaimReview',
      problems.length ? problems : [first],
    );
  }
  const version = Math.max(1, Math.floor(newestDate(json, feed, context) / 1000));
  const header = v.parse(ListHeaderSchema, {
    format: 'claimlens-list/1',
    id: slugify(`${host}${url.pathname}`, 80),
    title: name(feed) ?? `ClaimReview feed from ${host}`,
    publisher: name(feed?.publisher) ?? name(feed?.author) ?? mostCommonAuthor(json) ?? host,
    ...(typeof feed?.url === 'string' && /^https?:\/\//i.test(feed.url) && { homepage: feed.url }),
    version,
    published: new Date(version * 1000).toISOString(),
  });
  // The claims were validated one by one on import, with unique ids: not validated again here
  // (a feed can hold thousands; each pass costs about 0.1 ms a claim).
  return {
    list: { ...header, claims },
    skipped: skipped.map((s) => ({ index: s.index, problem: s.problem.replace(/^\[(\d+)\]/, 'reviews[$1]:') })),
  };
}
