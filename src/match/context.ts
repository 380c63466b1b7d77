// The article a block belongs to. A page (or a file) is matched block by block, in reading order,
// with one DocumentContext per document: it remembers what earlier blocks named (the parties a
// later sentence may refer to as "the company", the story's years and sources), so a sentence is
// read in its article, not alone. Pure: the background keeps one per tab and document, the CLI one
// per file, and both feed it the same blocks in the same order, so page and CLI agree.
import type { CompiledMatcher } from './compile';
import {
  claimWordsIn,
  distinctiveWordsIn,
  matchWithDocumentParties,
  namesOnlySiblingKey,
  recordNamedParties,
  siblingsOf,
} from './rules/document';
import { matchFeatureAnswers } from './rules/feature-answer';
import { matchDenialEchoes, namesClaimBeyondParties, type StatedClaim } from './rules/denial-echo';
import { areSiblings } from './rules/siblings';
import { headlineStance } from './rules/headline';
import { matchRestatements, rejectionTestFor, type StatedClaims } from './rules/restated';
import { countStories, mayRoute, namesStorySource, nextStory, routeByStory } from './rules/story';
import { matchEarlierDenials } from './rules/earlier-denial';
import { orderTiedMatches, recordClaimsInArticle, type ClaimInArticle } from './rules/tie-order';
import { dropMatchesWithoutParties } from './rules/unnamed-party';
import { matchText } from './scan';
import type { ClaimMatch } from './types';

/** What a block is in its document: the headline, a heading, or body text (paragraph, list item, quote). */
export type BlockKind = 'title' | 'heading' | 'paragraph';

/** A party (a lendable concept) as the document last named it. */
export interface NamedConcept {
  /** The block that named it last. */
  block: number;
  kind: BlockKind;
  /** Has the headline named it (at any time)? "We" may refer to the party the headline named. */
  inTitle: boolean;
  /** Its words as written there, for "matched because". */
  surface: string;
  /** Has the document named it by its name (at any time), not only by a description ("the streaming service")? */
  byName: boolean;
}

export class DocumentContext {
  /** The matcher this context's concept ids belong to; another matcher starts it afresh. */
  matcher: CompiledMatcher | null = null;
  /** Blocks read so far: the index of the block being read. */
  blocks = 0;
  /** Lendable concept → where the document named it last (a Map: ids are numbers, never names). */
  readonly named = new Map<number, NamedConcept>();
  /** Story concept (see rules/story.ts) → how many times the document has named it so far. */
  readonly story = new Map<number, number>();
  /** The texts of the blocks known to follow (see `expect`), the first of them block `aheadFrom`. */
  ahead: readonly string[] = [];
  aheadFrom = 0;
  /**
   * Story concept → how many times the first block ahead that names a story names it, once a block
   * needed it before the document named any: the story a headline belongs to is told further down.
   */
  storyAhead: Map<number, number> | null = null;
  /** The parties the blocks ahead name, once a match needed them (see rules/unnamed-party.ts). */
  partiesAhead: Set<number> | null = null;
  /** Claims the document stated (id → number) that record denials, for rules/denial-echo.ts. */
  readonly statedEver = new Map<string, StatedClaim>();
  /** The claims the document stated last, for a later "Meta denies it" (see rules/restated.ts). */
  readonly stated: StatedClaims = { block: -1, claimIds: [], byAuthor: new Map(), headline: [] };
  /** Claim id → what the article said of it so far: which claim a tied sentence paints on top (rules/tie-order.ts). */
  readonly claims = new Map<string, ClaimInArticle>();

  /** Forgets everything (a new matcher, or the document was replaced). */
  reset(matcher: CompiledMatcher | null = null): void {
    this.matcher = matcher;
    this.blocks = 0;
    this.named.clear();
    this.story.clear();
    this.ahead = [];
    this.aheadFrom = 0;
    this.storyAhead = null;
    this.partiesAhead = null;
    this.stated.block = -1;
    this.stated.claimIds = [];
    this.stated.byAuthor.clear();
    this.stated.headline = [];
    this.statedEver.clear();
    this.claims.clear();
  }
}

/**
 * Tells the context the texts of the blocks that follow, in reading order, starting with the next
 * block matchBlock will read (a page's batch, a file's blocks). Optional: without it a block is read
 * in what came before it only.
 */
export function expectBlocks(matcher: CompiledMatcher, context: DocumentContext, texts: readonly string[]): void {
  if (context.matcher !== matcher) context.reset(matcher);
  context.ahead = texts;
  context.aheadFrom = context.blocks;
  context.storyAhead = null;
  context.partiesAhead = null;
}

/** The story counts routing reads: the document's so far; before it named any, the one it names next. */
function storyCounts(context: DocumentContext): ReadonlyMap<number, number> {
  return context.story.size === 0 && context.storyAhead ? context.storyAhead : context.story;
}

export function createDocumentContext(): DocumentContext {
  return new DocumentContext();
}

/** Which kind of block an HTML element is (h1 → title, h2–h6 → heading, anything else → paragraph). */
export function blockKindOfTag(tag: string): BlockKind {
  const upper = tag.toUpperCase();
  if (upper === 'H1') return 'title';
  if (upper.length === 2 && upper[0] === 'H' && upper[1]! >= '2' && upper[1]! <= '6') return 'heading';
  return 'paragraph';
}

/**
 * Finds every claim stated in one block of a document, read in its context: blocks must come in
 * reading order, each once (a block re-read after a mutation is read as a new block at the end).
 */
export function matchBlock(
  matcher: CompiledMatcher,
  context: DocumentContext,
  text: string,
  kind: BlockKind = 'paragraph',
): ClaimMatch[] {
  if (context.matcher !== matcher) context.reset(matcher);
  const block = context.blocks;
  let matches = matchText(matcher, text);
  // matchText leaves the block's words and hits in the scan registers: the rules below read them.
  matchWithDocumentParties(matcher, context, text, matches);
  countStories(matcher, context.story);
  const later = block + 1 - context.aheadFrom;
  if (
    context.story.size === 0 &&
    !context.storyAhead &&
    later >= 0 &&
    later < context.ahead.length &&
    mayRoute(matcher, matches)
  ) {
    // Once per document, only when a match may be routed and nothing so far says which story: read
    // the story of the blocks still to come, then scan this block again (that overwrote its hits).
    context.storyAhead = nextStory(matcher, context.ahead.slice(later));
    matches = matchText(matcher, text);
    matchWithDocumentParties(matcher, context, text, matches);
  }
  const routed = routeByStory(matcher, storyCounts(context), context.named, matches);
  recordNamedParties(matcher, context, text, block, kind);
  context.blocks = block + 1;
  const found = matchRestatements(
    rejectionTestFor(matcher, text),
    (claimId, start, end) => {
      const claim = matcher.story.claimIndex.get(claimId);
      return claim === undefined ? null : distinctiveWordsIn(matcher, claim, start, end);
    },
    (claimId, start, end) => {
      const claim = matcher.story.claimIndex.get(claimId);
      return claim !== undefined && namesOnlySiblingKey(matcher, claim, start, end);
    },
    (claimId) => {
      const claim = matcher.story.claimIndex.get(claimId);
      return claim === undefined || matcher.settled[claim] !== 1;
    },
    context.stated,
    block,
    text,
    kind === 'title',
    headlineStance(kind, text, routed, (start, end) => namesStorySource(matcher, start, end)),
  );
  const echoed =
    matcher.denials.size === 0
      ? found
      : matchDenialEchoes(
          matcher.denials,
          matcher.story.claimIndex,
          (a, b) => areSiblings(matcher, a, b),
          (claim, start, end) => namesClaimBeyondParties(matcher, claim, start, end),
          context.statedEver,
          block,
          text,
          found,
        );
  const answered =
    context.statedEver.size === 0
      ? echoed
      : matchFeatureAnswers(matcher, context.statedEver, (claim) => siblingsOf(matcher, claim), block, text, echoed);
  if (answered.length === 0) return answered;
  const withEarlier = matchEarlierDenials(matcher, answered, (claimId) => context.claims.get(claimId));
  // Own words read while the scan registers still hold the block (dropping the unnamed may scan the blocks ahead).
  const ownWords = new Map<ClaimMatch, Set<number>>();
  for (let i = 1; i < withEarlier.length; i++)
    if (withEarlier[i]!.start === withEarlier[i - 1]!.start)
      for (const match of [withEarlier[i - 1]!, withEarlier[i]!])
        if (!ownWords.has(match)) ownWords.set(match, ownWordsOf(matcher, match));
  const kept = dropMatchesWithoutParties(matcher, context, block, withEarlier);
  if (ownWords.size > 0)
    orderTiedMatches(
      kept,
      (match) => ownWords.get(match) ?? new Set(),
      (claimId) => context.claims.get(claimId),
    );
  recordClaimsInArticle(context.claims, kept, kind === 'title');
  return kept;
}

/** The words of the match's sentence naming what its claim says beyond its parties (scan registers: its block). */
function ownWordsOf(matcher: CompiledMatcher, match: ClaimMatch): Set<number> {
  const words = new Set<number>();
  const claim = matcher.story.claimIndex.get(match.claimId);
  if (claim !== undefined) claimWordsIn(matcher, claim, match.start, match.end, words);
  return words;
}

/** A block of a document's text: where it is in the text, and what it is. */
export interface DocumentBlock {
  start: number;
  end: number;
  kind: BlockKind;
}

/**
 * A whole document read as the extension reads a page: its blocks in order, in one context, each
 * announced ahead. Offsets are the text's (`claimlens scan` and the evaluation scripts share it).
 */
export function matchDocument(matcher: CompiledMatcher, text: string, blocks: readonly DocumentBlock[]): ClaimMatch[] {
  const context = createDocumentContext();
  expectBlocks(
    matcher,
    context,
    blocks.map(({ start, end }) => text.slice(start, end)),
  );
  const matches: ClaimMatch[] = [];
  for (const { start, end, kind } of blocks) {
    for (const match of matchBlock(matcher, context, text.slice(start, end), kind))
      matches.push({ ...match, start: match.start + start, end: match.end + start });
  }
  return matches;
}
