// `claimlens list test` and `claimlens list explain`: a maintainer sees what the matcher makes of
// each claim before publishing. `test` runs every claim's example sentences; `explain` prints a
// claim's match data (compiled when the list gives none) in the list's own notation, ready to
// paste into the claim's `match` and edit. `validate` uses compileWarnings for its checks.
import { claimsMissingTheirOwnText, readyToMatch, runExamples, type ExampleResult } from '../claim-check';
import { basename } from 'node:path';
import { claimReviewFeedAsList, isClaimReviewDocument } from '../claims/claim-review-feed';
import { parseClaimList, resolveClaim } from '../claims/parse';
import type { ClaimList } from '../claims/schema';
import { compileMatcher } from '../match';
import { ListFileError, UsageError, err, out, readJson } from './list-io';

/**
 * A valid list (strict: every claim must be valid) with the lexicon folded into each claim's match,
 * or ClaimReview JSON-LD read as the extension reads a subscription to it.
 */
function loadList(file: string): ClaimList {
  const { json } = readJson(file);
  if (isClaimReviewDocument(json)) {
    const { list } = claimReviewFeedAsList(json, { url: `https://example.invalid/${basename(file)}`, now: Date.now() });
    // A ClaimReview has no match data of its own: what the import compiled is compiled again here, so
    // validate, test and explain say (and show) what the compiler makes of the review.
    return { ...list, claims: list.claims.map(({ match: _compiled, ...claim }) => claim) };
  }
  const { list } = parseClaimList(json, { strict: true });
  return { ...list, claims: list.claims.map((claim) => resolveClaim(claim, list)) };
}

const quote = (sentence: string) => `"${sentence.replace(/\s+/g, ' ').trim()}"`;

function describeFailure(result: ExampleResult): string {
  if (result.expected === 'nomatch')
    return `should not match, but did (matched because: ${result.why.join(' · ')}): ${quote(result.sentence)}`;
  if (result.others.length)
    return `should match, but was taken for ${result.others.join(', ')}: ${quote(result.sentence)}`;
  return `should match, but did not: ${quote(result.sentence)}`;
}

export function testList(args: string[]): number {
  const [file] = args;
  if (!file) throw new UsageError('test needs a FILE');
  const list = loadList(file);
  const ready = readyToMatch(list.claims);
  const results = runExamples(ready.claims, compileMatcher(ready.claims));
  const withExamples = new Set(results.map((r) => r.claimId));
  const unusable = ready.skipped.filter(({ claimId }) =>
    list.claims.some((c) => c.id === claimId && (c.examples?.match.length || c.examples?.nomatch.length)),
  );
  const failed = results.filter((r) => !r.passed);
  const claimCount = withExamples.size + unusable.length;
  if (claimCount === 0) {
    out(`${file}: no claim has examples (add "examples": {"match": […], "nomatch": […]} to a claim)`);
    return 0;
  }
  const problems = failed.length + unusable.length;
  out(
    `${file}: ${results.length} example${results.length === 1 ? '' : 's'} of ${claimCount} claim${claimCount === 1 ? '' : 's'}: ${problems ? `${problems} failed` : 'all passed'}`,
  );
  for (const result of failed) out(`  FAIL ${result.claimId}: ${describeFailure(result)}`);
  for (const { claimId, problem } of unusable) out(`  FAIL ${claimId}: ${problem}`);
  return problems ? 1 : 0;
}

/**
 * JSON laid out for people: objects one key a line, arrays of plain values on one line when they
 * fit, so a claim's groups read as `[["facebook"], ["netflix"]]`.
 */
export function formatMatchJson(value: unknown, indent = ''): string {
  const inner = `${indent}  `;
  const flat = JSON.stringify(value);
  if (flat === undefined) return 'null';
  if (value === null || typeof value !== 'object') return flat;
  if (Array.isArray(value)) {
    const simple = value.every((item) => item === null || typeof item !== 'object' || Array.isArray(item));
    if (simple && indent.length + flat.length <= 100) return flat.replace(/,(?=["[\d])/g, ', ');
    return `[\n${value.map((item) => `${inner}${formatMatchJson(item, inner)}`).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(([, item]) => item !== undefined);
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([key, item]) => `${inner}${JSON.stringify(key)}: ${formatMatchJson(item, inner)}`).join(',\n')}\n${indent}}`;
}

export function explain(args: string[]): number {
  const [file, claimId] = args;
  if (!file || !claimId) throw new UsageError('explain needs FILE and CLAIM_ID');
  const list = loadList(file);
  const claim = list.claims.find((c) => c.id === claimId);
  if (!claim) {
    const ids = list.claims.map((c) => c.id);
    const near = ids.filter((id) => id.includes(claimId) || claimId.includes(id)).slice(0, 5);
    throw new ListFileError(
      `${file}: no claim with id "${claimId}"${near.length ? ` (did you mean ${near.join(', ')}?)` : ids.length ? ` (its ids: ${ids.slice(0, 5).join(', ')}${ids.length > 5 ? ', …' : ''})` : ''}`,
    );
  }
  const ready = readyToMatch([claim]);
  const skipped = ready.skipped[0];
  if (skipped) throw new ListFileError(`${file}: ${claimId}: ${skipped.problem}`);
  const { match } = ready.claims[0]!;
  const read = [
    'its text',
    ...(claim.aliases?.length ? ['aliases'] : []),
    ...(claim.examples ? ['examples'] : []),
    ...(claim.review?.headline || claim.review?.appearanceHeadlines?.length ? ['the fact-check’s headlines'] : []),
  ];
  const from = read.length > 1 ? `${read.slice(0, -1).join(', ')} and ${read.at(-1)}` : read[0];
  err(
    ready.compiled.has(claimId)
      ? `${claimId}: compiled from ${from}. Paste it into the claim as "match" to edit it by hand (hand-written match data is used as is).`
      : `${claimId}: hand-written "match" (concepts from the list's lexicon folded in), used as is.`,
  );
  out(formatMatchJson(match));
  return 0;
}

/**
 * What `validate` adds for claims without `match`: those that cannot be compiled (a subscriber
 * would skip them) are problems; those whose own text does not match themselves are warnings.
 */
export function compileWarnings(list: ClaimList): { problems: string[]; warnings: string[] } {
  const claims = list.claims.map((claim) => resolveClaim(claim, list));
  const index = new Map(claims.map((claim, i) => [claim.id, i]));
  const ready = readyToMatch(claims);
  const problems = ready.skipped.map(
    ({ claimId, problem }) => `claims[${index.get(claimId)}] (${claimId}): ${problem}`,
  );
  const warnings = claimsMissingTheirOwnText(ready.claims, ready.compiled).map(
    (result) =>
      `claims[${index.get(result.claimId)}] (${result.claimId}): its compiled match data does not find its own text${result.others.length ? ` (the text is taken for ${result.others.join(', ')})` : ''}; add "aliases" or "examples", or write "match" by hand (see \`list explain\`)`,
  );
  return { problems, warnings };
}
