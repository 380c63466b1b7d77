// Rule `tie order`: when one sentence states two or more claims, which one the page paints on top
// and opens on hover, click or keyboard focus. A sentence's matches come in paint order, bottom to
// top: the page paints the later of two marks of the same kind on top (highlight/painter.ts,
// `topmost`), and `claimlens scan` lists them in the same order, so page and CLI agree. The claim
// on top (listed last) is, in this order:
//   1. the one whose own words cover more of the sentence: words naming what the claim says beyond
//      its parties, and not said by the other claim too ("direct messages" vs "advertising deal";
//      "access", said by both, counts for neither);
//   2. the one the article is about: stated in its headline, then stated in more earlier blocks;
//   3. the claim id first in code-point order (a list's own order is not kept where the page reads
//      its claims: the database returns a list's claims by id).
// Matches of different sentences are never reordered; only the order of tied ones changes, never
// which claims match.
import type { ClaimMatch } from '../types';

/** What the article has said about a claim so far (rules/tie-order.ts reads it to find the story). */
export interface ClaimInArticle {
  /** The headline stated it. */
  inTitle: boolean;
  /** How many blocks stated it (or denied it, or reported it). */
  blocks: number;
  /** How many blocks asserted or reported it (denials left out): the article tells that story. */
  told: number;
}

/**
 * Reorders, in place, the matches that share a sentence (same start and end) into paint order, the
 * one on top last. `ownWords(match)` gives the words (any ids, e.g. word indices) of the sentence
 * naming what the match's claim says beyond its parties; `article(claimId)` what the article said of
 * it before. `matches` is ordered by start.
 */
export function orderTiedMatches(
  matches: ClaimMatch[],
  ownWords: (match: ClaimMatch) => ReadonlySet<number>,
  article: (claimId: string) => ClaimInArticle | undefined,
): ClaimMatch[] {
  let i = 0;
  while (i < matches.length) {
    let j = i + 1;
    while (j < matches.length && matches[j]!.start === matches[i]!.start) j++;
    if (j - i > 1) orderRun(matches, i, j, ownWords, article);
    i = j;
  }
  return matches;
}

/** Orders matches[from, to) (one start): by end, and the ones of one sentence by the rule. */
function orderRun(
  matches: ClaimMatch[],
  from: number,
  to: number,
  ownWords: (match: ClaimMatch) => ReadonlySet<number>,
  article: (claimId: string) => ClaimInArticle | undefined,
): void {
  const run = matches.slice(from, to);
  const words = run.map(ownWords);
  const coverage = run.map((match, i) => {
    let count = 0;
    for (const word of words[i]!) {
      let shared = false;
      for (let k = 0; k < run.length && !shared; k++)
        shared = k !== i && run[k]!.end === match.end && words[k]!.has(word);
      if (!shared) count++;
    }
    return count;
  });
  const order = run.map((_, i) => i);
  order.sort((a, b) => {
    const x = run[a]!;
    const y = run[b]!;
    if (x.end !== y.end) return x.end - y.end;
    if (coverage[a] !== coverage[b]) return coverage[a]! - coverage[b]!;
    const storyOrder = compareStory(article(x.claimId), article(y.claimId));
    if (storyOrder !== 0) return storyOrder;
    // The id first in code-point order goes on top, so last.
    return x.claimId < y.claimId ? 1 : x.claimId > y.claimId ? -1 : a - b;
  });
  for (let k = 0; k < order.length; k++) matches[from + k] = run[order[k]!]!;
}

/** Negative when `a` is less the article's story than `b` (so painted under it). */
function compareStory(a: ClaimInArticle | undefined, b: ClaimInArticle | undefined): number {
  const titleA = a?.inTitle === true ? 1 : 0;
  const titleB = b?.inTitle === true ? 1 : 0;
  if (titleA !== titleB) return titleA - titleB;
  return (a?.blocks ?? 0) - (b?.blocks ?? 0);
}

/** Notes the claims of a block's matches in `article` (one block counts once per claim). */
export function recordClaimsInArticle(
  article: Map<string, ClaimInArticle>,
  matches: readonly ClaimMatch[],
  isTitle: boolean,
): void {
  const seen = new Set<string>();
  const told = new Set<string>();
  for (const { claimId, stance } of matches) {
    let known = article.get(claimId);
    if (!known) article.set(claimId, (known = { inTitle: false, blocks: 0, told: 0 }));
    if (!seen.has(claimId)) {
      seen.add(claimId);
      known.blocks++;
      if (isTitle) known.inTitle = true;
    }
    if (stance !== 'denies' && !told.has(claimId)) {
      told.add(claimId);
      known.told++;
    }
  }
}
