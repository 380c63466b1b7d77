// Rule `earlier denial`: a denial given in one story, quoted by an article that tells a sibling's
// story, answers that story too. An article about the 2024 court filing (the inbox claim) that
// recalls "Netflix said in 2018 it never accessed anyone's Facebook messages" quotes the answer to
// the 2018 report as the answer to its own claim: the sentence denies both. Only when:
// - the sentence says the denial is an earlier one: it names the denied claim's story (its year,
//   year) or a time gone by ("back then", "at the time", "years ago");
// - the claim it also answers overrides the denied one (`overrides`: the more specific retelling),
//   tells another story (`story` data), and the sentence names nothing that claim rules out (its
//   `none`: "Spotify" is the 2018 report's, not the filing's);
// - the speaker is named, not only described ("the streamer said in 2018…" may be any earlier
//   answer the article is about; the rule stays with the sentence's own claim);
// - the article has told that claim's story (asserted or reported it in an earlier block) and
//   never told the denied claim's own: an article that tells both keeps the denial where it was.
import type { CompiledMatcher } from '../compile';
import type { ClaimMatch } from '../types';
import { describesPartyAt } from '../reference';
import { wordsNamingConcept } from './document';
import type { ClaimInArticle } from './tie-order';

/** A time gone by, said of a denial: "back then", "at the time", "years ago", "earlier", "previously". */
const TIME_GONE_BY =
  /(?<![\p{L}])(?:back then|at the time|years? (?:ago|earlier|before)|earlier|previously|in the past|long ago|since|back in)(?![\p{L}])/iu;

/**
 * Adds to the block's matches (ordered by start) the sibling each denial also answers, right after
 * the denial's match. `article(claimId)` says what earlier blocks said of a claim.
 */
export function matchEarlierDenials(
  matcher: CompiledMatcher,
  matches: ClaimMatch[],
  article: (claimId: string) => ClaimInArticle | undefined,
): ClaimMatch[] {
  let out: ClaimMatch[] | null = null;
  for (let i = 0; i < matches.length; i++) {
    const match = matches[i]!;
    const answered = match.stance === 'denies' ? answeredSibling(matcher, match.claimId, article, match) : undefined;
    if (answered === undefined || statedInSentence(matches, match, answered)) {
      out?.push(match);
      continue;
    }
    out ??= matches.slice(0, i);
    out.push(match, { ...match, claimId: answered });
  }
  return out ?? matches;
}

/** The sibling whose story the article tells instead of the denied claim's, if any. */
function answeredSibling(
  matcher: CompiledMatcher,
  claimId: string,
  article: (claimId: string) => ClaimInArticle | undefined,
  match: ClaimMatch,
): string | undefined {
  const { claimIndex, claimStory, siblingStart, siblings } = matcher.story;
  const claim = claimIndex.get(claimId);
  if (claim === undefined || claimStory[claim]! < 0 || (article(claimId)?.told ?? 0) > 0) return undefined;
  if (describesPartyAt(match.text) >= 0) return undefined;
  const { overrideStart, overrideClaims } = matcher.siblings;
  for (let k = siblingStart[claim]!; k < siblingStart[claim + 1]!; k++) {
    const other = siblings[k]!;
    if (claimStory[other] === claimStory[claim] || claimStory[other]! < 0) continue;
    let overrides = false;
    for (let o = overrideStart[other]!; o < overrideStart[other + 1]! && !overrides; o++)
      overrides = overrideClaims[o] === claim;
    const id = matcher.claimIds[other]!;
    if (!overrides || (article(id)?.told ?? 0) === 0 || namesRuledOut(matcher, other, match)) continue;
    if (saysEarlier(matcher, claimStory[claim]!, match)) return id;
  }
  return undefined;
}

/** Does the sentence name the year of story `story`, or a time gone by? Call while the scan registers hold the block. */
function saysEarlier(matcher: CompiledMatcher, story: number, match: ClaimMatch): boolean {
  if (TIME_GONE_BY.test(match.text)) return true;
  const named = wordsNamingConcept(matcher, match.start, match.end, (concept) => concept === story);
  // Its year: a source named ("Andy Stone") may be quoted in any year.
  return named !== null && /^\d{4}$/.test(named);
}

function statedInSentence(matches: readonly ClaimMatch[], match: ClaimMatch, claimId: string): boolean {
  return matches.some((other) => other.claimId === claimId && other.start === match.start && other.end === match.end);
}

/** Does the sentence name a concept the claim's `none` rules out? Call while the scan registers hold the block. */
function namesRuledOut(matcher: CompiledMatcher, claim: number, match: ClaimMatch): boolean {
  const { noneStart, noneConcepts } = matcher.veto;
  if (noneStart[claim + 1] === noneStart[claim]) return false;
  const ruledOut = (concept: number) => {
    for (let k = noneStart[claim]!; k < noneStart[claim + 1]!; k++) if (noneConcepts[k] === concept) return true;
    return false;
  };
  return wordsNamingConcept(matcher, match.start, match.end, ruledOut) !== null;
}
