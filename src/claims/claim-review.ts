// schema.org ClaimReview (JSON-LD, as fact-checkers publish it) to and from ClaimLens claims.
// Imported reviews carry no `match`: match data is compiled from claimReviewed and the review's other
// wordings of the claim (its headline or name, the headlines of the claim's appearances, kept in
// `claim.review`; src/claim-compiler) where the claim is stored or checked, so a newer compiler
// reaches claims imported before it (db/lists.ts). They show the fact-check as their source; the
// review's own fields are kept in `claim.review` so exporting gives the same ClaimReview back.
import * as v from 'valibot';
import type { ClaimSource } from '../claim-compiler';
import { unknownNames } from './parse';
import { ClaimSchema, type Claim, type Fact, type ReviewOrigin, type Source } from './schema';

export interface ImportedReviews {
  claims: Claim[];
  skipped: { index: number; problem: string }[];
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => !!value && typeof value === 'object' && !Array.isArray(value);
const asArray = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value.replace(/\s+/g, ' ').trim() : undefined;

function hasType(node: Json, type: string): boolean {
  return asArray(node['@type']).some(
    (t) => typeof t === 'string' && t.replace(/^(https?:\/\/schema\.org\/|schema:)/, '') === type,
  );
}

/** A name from "Name", {name} or an array of either (the first). */
function nameOf(value: unknown): string | undefined {
  for (const item of asArray(value)) {
    const name = typeof item === 'string' ? text(item) : isObject(item) ? text(item.name) : undefined;
    if (name) return name;
  }
  return undefined;
}

function httpUrl(value: unknown): string | undefined {
  const candidate =
    typeof value === 'string'
      ? value.trim()
      : isObject(value)
        ? typeof value.url === 'string'
          ? value.url.trim()
          : undefined
        : undefined;
  if (!candidate) return undefined;
  try {
    const url = new URL(candidate);
    return url.protocol === 'https:' || url.protocol === 'http:' ? candidate : undefined;
  } catch {
    return undefined;
  }
}

/** Dates as precise as the source gives them, at most a day ("2024-04-05T10:00Z" → "2024-04-05"). */
function partialDate(value: unknown): string | undefined {
  return typeof value === 'string' ? /^\d{4}(-\d{2}(-\d{2})?)?/.exec(value.trim())?.[0] : undefined;
}

export function slugify(value: string, maxLength = 60): string {
  const slug = value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug || 'claim';
  const cut = slug.slice(0, maxLength);
  return cut.slice(0, cut.lastIndexOf('-') > 20 ? cut.lastIndexOf('-') : maxLength).replace(/-+$/, '');
}

/**
 * The reviews in a JSON-LD document, in order: one node, an array, a {"@graph": [...]}, or a
 * schema.org DataFeed whose `dataFeedElement` items are reviews or DataFeedItems wrapping one
 * (`{"item": review}`), as aggregators publish them. Nesting is followed a few levels deep only.
 */
export function reviewNodes(input: unknown, depth = 0): unknown[] {
  if (depth > 4) return [input];
  if (Array.isArray(input)) return input.flatMap((node) => reviewNodes(node, depth + 1));
  if (!isObject(input)) return [input];
  if (Array.isArray(input['@graph'])) return input['@graph'].flatMap((node) => reviewNodes(node, depth + 1));
  if (hasType(input, 'DataFeed') || (!hasType(input, 'ClaimReview') && Array.isArray(input.dataFeedElement)))
    return asArray(input.dataFeedElement).flatMap((node) => reviewNodes(node, depth + 1));
  if (!hasType(input, 'ClaimReview') && isObject(input.item)) return reviewNodes(input.item, depth + 1);
  return [input];
}

function hostname(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

function factsOf(label: string, origin: ReviewOrigin, title?: string): Fact[] {
  const reviewSource: Source = {
    publisher: origin.author,
    ...(title && { title }),
    ...(origin.datePublished && { date: origin.datePublished }),
    ...(origin.url && { url: origin.url }),
  };
  const facts: Fact[] = [
    {
      text: `${origin.author} rated this claim "${label}"${origin.datePublished ? ` (${origin.datePublished})` : ''}.`,
      sources: [reviewSource],
    },
  ];
  if (origin.claimant || origin.appearances.length) {
    const who = origin.claimant
      ? `The claim was made by ${origin.claimant}${origin.claimDate ? ` (${origin.claimDate})` : ''}`
      : 'The claim appeared';
    const sources: Source[] = origin.appearances.length
      ? origin.appearances.map((url) => ({
          publisher: origin.claimant ?? hostname(url),
          url,
          ...(origin.claimDate && { date: origin.claimDate }),
        }))
      : [reviewSource];
    facts.push({
      text: `${who}${origin.appearances.length ? `, appearing in ${origin.appearances.map(hostname).join(', ')}` : ''}.`,
      sources,
    });
  }
  return facts;
}

/**
 * What the claim compiler reads of a review: claimReviewed, the fact-check's own headline or name
 * (another statement of the claim) and the titles of the pages the claim appeared in.
 */
export function claimSourceOf(node: Json): ClaimSource {
  const claimReviewed = text(node.claimReviewed) ?? '';
  const distinct = (values: (string | undefined)[]) => [
    ...new Set(values.filter((value): value is string => value !== undefined && value !== claimReviewed)),
  ];
  const item = asArray(node.itemReviewed).find(isObject);
  return {
    text: claimReviewed,
    wordings: distinct([text(node.headline), text(node.name)]),
    titles: distinct(
      item ? asArray(item.appearance).map((a) => (isObject(a) ? (text(a.headline) ?? text(a.name)) : undefined)) : [],
    ),
  };
}

function importOne(node: unknown, taken: Set<string>): Claim {
  if (!isObject(node) || !hasType(node, 'ClaimReview')) throw new Error('not a ClaimReview');
  const claimReviewed = text(node.claimReviewed);
  if (!claimReviewed) throw new Error('claimReviewed: missing');
  const rating = asArray(node.reviewRating).find(isObject);
  const label = text(rating?.alternateName) ?? text(rating?.name);
  if (!label) throw new Error('reviewRating.alternateName: missing');
  const author = nameOf(node.author) ?? nameOf(node.publisher);
  if (!author) throw new Error('author: missing');
  const item = asArray(node.itemReviewed).find(isObject);
  const origin: ReviewOrigin = {
    author,
    ...(httpUrl(node.url) && { url: httpUrl(node.url) }),
    ...(partialDate(node.datePublished) && { datePublished: partialDate(node.datePublished) }),
    ...(item && nameOf(item.author) && { claimant: nameOf(item.author) }),
    ...(item && partialDate(item.datePublished) && { claimDate: partialDate(item.datePublished) }),
    appearances: item
      ? [...asArray(item.appearance), ...asArray(item.firstAppearance)]
          .map(httpUrl)
          .filter((url): url is string => !!url)
      : [],
  };
  origin.appearances = [...new Set(origin.appearances)];
  // Other wordings of the claim, kept so the claim can be compiled again and exported without loss.
  const source = claimSourceOf(node);
  if (source.wordings?.[0]) origin.headline = source.wordings[0];
  if (source.wordings?.[1]) origin.name = source.wordings[1];
  if (source.titles?.length) origin.appearanceHeadlines = [...source.titles];

  const identifier = text(node.identifier);
  let id =
    identifier && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(identifier) ? identifier : slugify(`${author} ${claimReviewed}`);
  for (let n = 2; taken.has(id); n++) id = `${id.replace(/-\d+$/, '')}-${n}`;
  const summary = text(node.reviewBody) ?? text(node.description) ?? `${author} rated this claim "${label}".`;
  const claim = {
    id,
    text: claimReviewed,
    verdict: { label },
    summary,
    denials: [],
    context: factsOf(label, origin, text(node.headline) ?? text(node.name)),
    review: origin,
  };
  const parsed = v.safeParse(ClaimSchema, claim);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    throw new Error(`${(issue.path ?? []).map((p) => String(p.key)).join('.')}: ${issue.message}`);
  }
  const [unknown] = unknownNames(parsed.output, {}, taken);
  if (unknown) throw new Error(unknown);
  taken.add(id);
  return parsed.output;
}

/** Reviews that cannot become a claim are skipped with the reason; the rest are kept. */
export function importClaimReviews(input: unknown, existingIds: Iterable<string> = []): ImportedReviews {
  const taken = new Set(existingIds);
  const claims: Claim[] = [];
  const skipped: ImportedReviews['skipped'] = [];
  reviewNodes(input).forEach((node, index) => {
    try {
      claims.push(importOne(node, taken));
    } catch (error) {
      skipped.push({ index, problem: `[${index}] ${error instanceof Error ? error.message : String(error)}` });
    }
  });
  return { claims, skipped };
}

/** Claims as ClaimReview JSON-LD. Claims written natively are attributed to the list's publisher. */
export function exportClaimReviews(
  claims: readonly Claim[],
  defaults: { publisher: string; published?: string },
): Json[] {
  return claims.map((claim) => {
    const firstUrl = claim.context.flatMap((fact) => fact.sources).find((source) => source.url)?.url;
    const origin: ReviewOrigin = claim.review ?? {
      author: defaults.publisher,
      ...(partialDate(defaults.published) && { datePublished: partialDate(defaults.published) }),
      ...(firstUrl && { url: firstUrl }),
      appearances: [],
    };
    const itemReviewed: Json = { '@type': 'Claim' };
    if (origin.claimant) itemReviewed.author = { '@type': 'Organization', name: origin.claimant };
    if (origin.claimDate) itemReviewed.datePublished = origin.claimDate;
    const appearances: Json[] = [
      ...origin.appearances.map((url) => ({ '@type': 'CreativeWork', url })),
      ...(origin.appearanceHeadlines ?? []).map((headline) => ({ '@type': 'CreativeWork', headline })),
    ];
    if (appearances.length) itemReviewed.appearance = appearances;
    return {
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      identifier: claim.id,
      ...(origin.url && { url: origin.url }),
      ...(origin.datePublished && { datePublished: origin.datePublished }),
      ...(origin.headline && { headline: origin.headline }),
      ...(origin.name && { name: origin.name }),
      author: { '@type': 'Organization', name: origin.author },
      claimReviewed: claim.text,
      reviewBody: claim.summary,
      reviewRating: { '@type': 'Rating', alternateName: claim.verdict.label },
      itemReviewed,
    };
  });
}
