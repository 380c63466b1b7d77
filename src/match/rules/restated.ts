// Rule `restated`: a sentence that rejects a claim the article has just stated, by referring to it
// rather than by repeating it. "Meta denies it.", "Spokesman Andy Stone called the claim
// 'shockingly untrue.'", "The company says that never happened.", "We found no document supporting
// that." name none of the claim's words, yet they deny the claim the sentence before stated. The
// document remembers the claims of the last sentence that stated any (in this block or at most
// RESTATED_BLOCKS blocks back); a sentence with no match of its own that rejects "it", "this",
// "the claim", "the report", "both"… denies those claims. The forms are English function words and verdict
// words, the same for every claim, so they live here, not in the lists. Nothing is restated in a
// document that stated no claim: a page without claims is never matched by this rule.
// A settled fact (the board seat, the fine) is never what "Meta denies it" rejects: the referent is
// the last disputed claim. Past the blocks a referent reaches, "it" is the claim the headline stated:
// a comment under a post ("Of course they denied it.") answers the post, not its last paragraph.
// A sentence may also refer to a claim by its key noun: one that names what only that claim says
// ("a sale", where its siblings say "access") and negates ("It doesn't say 'sold' anywhere.", "What's
// not in it: any sale of messages") denies that one of the claims just stated; a sentence that names
// only a sibling's key noun ("no document supporting the idea of a sale") restates none of the others.
import type { CompiledMatcher } from '../compile';
import { registers } from '../engine/scan-state';
import { sentenceStanceCodes } from '../engine/stance-codes';
import { hasDenialCue } from '../stance';
import type { ClaimMatch } from '../types';
import { SentenceBounds, splitSentenceBounds } from '../sentences';

/** A restatement reaches back to the claims of a sentence at most this many blocks before it. */
export const RESTATED_BLOCKS = 2;
const RESTATED_SCORE = 0.5;

/** Reused for every block: most blocks a restatement is looked for in are split here. */
const bounds = new SentenceBounds();

/** What the document stated last: the claims of its last sentence that stated any. */
export interface StatedClaims {
  /** The block that sentence is in, or -1 before any. */
  block: number;
  claimIds: string[];
  /**
   * In a thread ("mira_k: …", "@jo · 2h: …"): author → the claims their last post stated last. A
   * reply that opens by addressing an author ("@mira_k the company denies it") refers to that post,
   * however far back (a Map: authors are the page's words).
   */
  byAuthor: Map<string, string[]>;
  /** The disputed claims the headline stated: what "it" refers to when nothing recent does. */
  headline: string[];
}

/** A thread post's author label: "mira_k:", "@jo · 2h:", "@jo | 3 hours ago:". */
const AUTHOR = /^\s*@?([\p{L}\p{N}_.-]{2,30})(?:\s*[·•|]\s*[^:\n]{1,20})?:\s+/u;
/** The author a post addresses first, right after its own label: "@techreporterjo …". */
const ADDRESSEE = /^@([\p{L}\p{N}_.-]{2,30})(?![\p{L}\p{N}_])/u;

/** The block's author, and the author it replies to, when it reads as a thread post. */
function threadPost(text: string): { author: string; addressee: string | null } | null {
  const label = AUTHOR.exec(text);
  if (!label) return null;
  const addressee = ADDRESSEE.exec(text.slice(label[0].length));
  return { author: label[1]!.toLowerCase(), addressee: addressee ? addressee[1]!.toLowerCase() : null };
}

const B = String.raw`(?<![\p{L}\p{N}'’])`;
const E = String.raw`(?![\p{L}\p{N}])`;
/** The claim as a thing: "the claim", "the report", "such posts". */
const CLAIM_NOUN = String.raw`(?:the|this|that|these|those|such) (?:claims?|reports?|allegations?|story|stories|rumou?rs?|posts?|accusations?|suggestions?|characteri[sz]ations?|charges?|idea|theory|assertions?|notion|reporting|account)`;
/** A word that stands for a statement ("it", "this"); bare "that" only where no clause follows it ("denies that."). */
const REFERENT = String.raw`(?:${CLAIM_NOUN}|both(?: of them| claims| allegations| stories)?|it|this|them|that(?=\s*(?:[.,;:!?"”’)]|$)))`;
const REJECT_VERB = String.raw`(?:den(?:y|ies|ied|ying)|disput(?:e|es|ed|ing)|reject(?:s|ed|ing)?|refut(?:e|es|ed|ing)|rebut(?:s|ted|ting)?|contest(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|push(?:es|ed|ing)? back (?:on|against))`;
const VERDICT = String.raw`(?:untrue|false|inaccurate|wrong|baseless|unfounded|misleading|nonsense|fabricated|bogus|fake|a lie|lies|not true|not accurate|not correct)`;
/** A negated auxiliary that ends a clause: "Meta says they didn't.", "It did not." (the claim's verb left out). */
const ELLIPSIS = String.raw`(?:didn[’']t|did not|never did|doesn[’']t|does not|hasn[’']t|has not|wasn[’']t|was not)`;
const CALL_VERB = String.raw`(?:call(?:s|ed|ing)?|describ(?:es|ed|ing)|label(?:s|ed|led|ing)?|dub(?:s|bed)?|brand(?:s|ed)?)`;

/** Where a short reply starts: after a thread post's or a transcript turn's label and the handles it addresses. */
const LEAD = String.raw`^\s*(?:@?[\p{L}\p{N}_.-]{2,30}(?:\s*[·•|]\s*[^:\n]{1,20})?:\s+)?(?:@[\p{L}\p{N}_.-]{2,30},?\s+)*`;

/** Sentence forms that reject the statement a referent stands for. */
const REJECTS_REFERENT: readonly RegExp[] = [
  // "Meta denies it.", "Both companies disputed the claim.", "Netflix pushed back on the report."
  new RegExp(String.raw`${B}${REJECT_VERB}\s+${REFERENT}${E}`, 'iu'),
  // "Stone called the claim 'shockingly untrue'", "calls it false".
  new RegExp(String.raw`${B}${CALL_VERB}\s+(?:${REFERENT}|that)\s+["“‘']?(?:[\p{L}-]+\s+){0,2}${VERDICT}${E}`, 'iu'),
  // "That is simply not true.", "The claim is false.", "It's baseless."
  // "Stone says that's “shockingly untrue.”", "said that was not true".
  new RegExp(
    String.raw`${B}(?:${REFERENT}|that)(?:\s+(?:is|was|are|were)|[’']s)\s+["“‘']?(?:[\p{L}-]+\s+){0,2}${VERDICT}${E}`,
    'iu',
  ),
  // "Meta says they didn't.", "It did no such thing.", "Meta says they didn't do it."
  new RegExp(
    String.raw`${B}(?:says?|said|insists?|insisted|maintains?|maintained)\s+(?:that\s+)?(?:it|they|he|she|we)\s+${ELLIPSIS}(?:\s+do\s+(?:it|that|this|so))?\s*[.!]?["”’']?\s*$`,
    'iu',
  ),
  new RegExp(String.raw`${B}(?:did|does|has done|had done|was doing)\s+no such thing${E}`, 'iu'),
  // An answer to the question or post before it: "Meta says no.", "The company's position is no.",
  // "Meta's position is that it wasn't.", "It did not.", "No, neither did.", "There's no evidence it did."
  new RegExp(
    String.raw`${B}(?:says?|said|(?:position|answer|reply|response|line|version) (?:is|was))\s+(?:simply\s+)?no\s*[.!]?["”’']?\s*$`,
    'iu',
  ),
  new RegExp(
    String.raw`${B}(?:position|answer|reply|response|line|version) (?:is|was) that (?:it|they|he|she)\s+(?:${ELLIPSIS}|wasn[’']t|was not|weren[’']t|were not|isn[’']t|is not)\s*[.!]?["”’']?\s*$`,
    'iu',
  ),
  new RegExp(String.raw`${LEAD}(?:no,?\s+)?(?:it|they|he|she)\s+${ELLIPSIS}\s*[.!]?\s*$`, 'iu'),
  new RegExp(String.raw`${LEAD}no,?\s+neither\s+did(?:\s+\p{L}+)?\s*[.!]?\s*$`, 'iu'),
  new RegExp(
    String.raw`${B}no (?:evidence|proof|sign) (?:that\s+)?(?:it|they|he|she) (?:did|was|were|has|had)\s*[.!]?\s*$`,
    'iu',
  ),
  // A source said not to hold it: "They don't say that.", "It isn't in the docs.", "Not in the letter I read."
  new RegExp(
    String.raw`${B}(?:don[’']t|doesn[’']t|do not|does not|didn[’']t|did not) say (?:that|so)\s*[.!]?\s*$`,
    'iu',
  ),
  new RegExp(
    String.raw`${LEAD}(?:it|that|this)(?:\s+is\s+not|\s+isn[’']t|[’']s\s+not|\s+was\s+not|\s+wasn[’']t)\s+(?:there|in (?:the|it|them|any)${E})`,
    'iu',
  ),
  // A short reply that limits the claim it answers: "Not as people understood it.", "Not in the sense
  // people imagine.", "Not through anything I ever saw, no."
  new RegExp(String.raw`${LEAD}not (?:in|as|through|from|by|according to|that I)${E}(?:\s+\S+){0,6}\s*[.!]?\s*$`, 'iu'),
  // The claim's source is said to show nothing: "It quoted no document.", "the site did not quote one",
  // "We found no passage about encryption", "we have not found one".
  new RegExp(
    String.raw`${B}(?:quoted|quotes|cited|cites|offered|offers|provided|provides)\s+(?:nothing|no (?:documents?|evidence|sources?|passages?|proof))${E}`,
    'iu',
  ),
  new RegExp(
    String.raw`${B}(?:did not|didn[’']t|does not|doesn[’']t|has not|hasn[’']t)\s+(?:quote|cite|name|produce|provide)\s+(?:any|one|a single|such)${E}`,
    'iu',
  ),
  new RegExp(String.raw`${B}found no (?:passages?|documents?|evidence|records?|mention|trace|support)${E}`, 'iu'),
  new RegExp(String.raw`${B}(?:have not|haven[’']t|could not|couldn[’']t)\s+(?:found|find)\s+(?:one|any)${E}`, 'iu'),
  new RegExp(String.raw`${B}${ELLIPSIS}\s+do\s+(?:it|that|this|so)${E}`, 'iu'),
  // "The company says that never happened.", "none of it happened".
  new RegExp(String.raw`${B}(?:it|this|that|none of (?:it|this|that|them)|${CLAIM_NOUN})\s+never\s+happened${E}`, 'iu'),
  new RegExp(String.raw`${B}none of (?:it|this|that) happened${E}`, 'iu'),
  // "We found no document supporting that.", "There is no evidence for the claim."
  new RegExp(
    String.raw`${B}no (?:evidence|documents?|proof|records?|sign)\s+(?:supporting|that supports|to support|for|of|backing)\s+${REFERENT}${E}`,
    'iu',
  ),
  // "It is not what the documents say."
  new RegExp(
    String.raw`${B}(?:it|this|that)(?:\s+is|[’']s)\s+(?:also\s+)?not what the (?:documents?|filings?|records?|court papers|lawsuit|report) says?${E}`,
    'iu',
  ),
];
/** A short verdict quoted at the start of a sentence: "“Shockingly untrue,” spokesman Andy Stone replied." */
const QUOTED_VERDICT = new RegExp(String.raw`^["“‘'](?:[\p{L}-]+\s+){0,2}${VERDICT}[.,!]?["”’']`, 'iu');
/** A short verdict quoted after a colon, ending the sentence: "Meta's response: “Shockingly untrue.”" */
const ANSWERED_VERDICT = new RegExp(String.raw`:\s*["“‘'](?:[\p{L}-]+\s+){0,2}${VERDICT}[.,!]?["”’']\s*$`, 'iu');

/**
 * Words of the forms above that are not denial cues of stance.ts (those are read from the scan), as
 * one expression: one pass over a block finds them all (13 searches for single words took twice as long).
 */
const OTHER_TRIGGERS =
  /ontest|[wW]rong|onsense|[fF]ake| lie|Lie|not (?:accurate|correct|what)|happened|ispute|(?:did|does|has|was)n[’']t|(?:did|does|has|was) not|never did|no such|quote|cite|found no|n[’']t find|not f(?:i|ou)nd|\b[nN]o\s*[.!,"”’]|(?:^|\s)Not (?:in|as|through|from|by|according|that)|n[’']t say|(?:is|was)(?: not|n[’']t) (?:there|in )|[nN]either did/g;

/** The first word of the block's scan (in `registers`) that starts at or after offset `at`. */
function firstWordAt(at: number): number {
  const { wordStart, wordCount } = registers;
  let low = 0;
  let high = wordCount;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (wordStart[mid]! < at) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Where the block's text holds one of OTHER_TRIGGERS, ascending: found once per block, not once per sentence. */
function triggerStarts(text: string): number[] {
  const starts: number[] = [];
  OTHER_TRIGGERS.lastIndex = 0;
  for (let found = OTHER_TRIGGERS.exec(text); found; found = OTHER_TRIGGERS.exec(text)) starts.push(found.index);
  return starts;
}

/**
 * The block's test "can the text [start, end) of it reject anything?": a cheap test before the forms
 * are tried (and before the block is split into sentences). A denial cue of stance.ts ("denied",
 * "untrue", "no evidence"), read from the block's scan in `registers` (call while they hold it), or one
 * of the few other words the forms use, looked for once in the whole block on first need. Regular
 * expressions over every block after a claim cost far more.
 */
export function rejectionTestFor(matcher: CompiledMatcher, text: string): (start: number, end: number) => boolean {
  let triggers: number[] | null = null;
  return (start, end) => {
    const firstWord = firstWordAt(start);
    const endWord = end >= text.length ? registers.wordCount : firstWordAt(end);
    if (hasDenialCue(registers.stanceCodes, sentenceStanceCodes(matcher, text, firstWord, endWord))) return true;
    triggers ??= triggerStarts(text);
    // The first trigger at or after `start`.
    let low = 0;
    let high = triggers.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (triggers[mid]! < start) low = mid + 1;
      else high = mid;
    }
    return low < triggers.length && triggers[low]! < end;
  };
}

/** A sentence that asks: it ends with a question mark (before closing quotes). */
const QUESTION_END = /\?["”’')\]]*\s*$/u;

/** A sentence that negates something: "not", "no", "nothing", "doesn't". */
const NEGATED = /(?<![\p{L}])(?:not|no|never|nothing|none|nobody|no one)(?![\p{L}])|n[’']t(?![\p{L}])/iu;

/** The forms as one expression: one pass over a sentence, not one per form (the leftmost form found wins). */
const ANY_REJECTS_REFERENT = new RegExp(REJECTS_REFERENT.map((form) => `(?:${form.source})`).join('|'), 'iu');

/** Where the sentence rejects a statement it refers to (its words), or null. */
export function rejectedReference(sentence: string): string | null {
  const found = ANY_REJECTS_REFERENT.exec(sentence);
  if (found) return found[0];
  return QUOTED_VERDICT.exec(sentence)?.[0] ?? ANSWERED_VERDICT.exec(sentence)?.[0].replace(/^:\s*/u, '') ?? null;
}

/**
 * Adds to the block's matches (ordered by start) the sentences that deny a claim the document stated
 * just before by referring to it, and records what the block stated last in `stated`. Returns the
 * matches, ordered by start (the same array when nothing was added).
 */
export function matchRestatements(
  mayReject: (start: number, end: number) => boolean,
  keyNoun: (claimId: string, start: number, end: number) => string | null,
  namesOtherClaim: (claimId: string, start: number, end: number) => boolean,
  isDisputed: (claimId: string) => boolean,
  stated: StatedClaims,
  block: number,
  text: string,
  isHeadline: boolean,
  matches: ClaimMatch[],
): ClaimMatch[] {
  if (isHeadline) stated.headline = disputed(matches, isDisputed);
  const post = stated.byAuthor.size > 0 || matches.length > 0 ? threadPost(text) : null;
  const addressed = post?.addressee ? stated.byAuthor.get(post.addressee) : undefined;
  const recent = stated.block >= 0 && block - stated.block <= RESTATED_BLOCKS;
  const headline = stated.headline.length > 0 && !isHeadline ? stated.headline : null;
  // Nothing stated before this block and nothing in it: no sentence can refer to a claim.
  if (matches.length === 0 && !recent && !addressed && !headline) return matches;
  /** The claims "it" stands for: the addressed post's, else the document's last, else the headline's. */
  let referent: readonly string[] | null = addressed ?? (recent ? stated.claimIds : headline);
  const byKeyNoun = (claims: readonly string[] | null, start: number, end: number) =>
    claims !== null && claims.some((claimId) => keyNoun(claimId, start, end) !== null);
  // Nothing in the block can refer to a claim: only what it states counts for the blocks after it.
  if (!mayReject(0, text.length) && !byKeyNoun(referent, 0, text.length)) {
    if (matches.length > 0) {
      recordLast(stated, block, matches, isDisputed);
      if (post) stated.byAuthor.set(post.author, stated.claimIds);
    }
    return matches;
  }
  const out: ClaimMatch[] = [];
  let m = 0;
  // The block's break marks, from its scan (in `registers`): the text is not read again.
  const count = splitSentenceBounds(text, bounds, registers.breaks, registers.breakCount);
  for (let s = 0; s < count; s++) {
    const start = bounds.starts[s]!;
    const end = bounds.ends[s]!;
    const own: ClaimMatch[] = [];
    while (m < matches.length && matches[m]!.start < end) own.push(matches[m++]!);
    if (own.length > 0) {
      out.push(...own);
      if (recordLast(stated, block, own, isDisputed)) referent = stated.claimIds;
      if (post) stated.byAuthor.set(post.author, stated.claimIds);
      continue;
    }
    if (!referent || referent.length === 0) continue;
    const sentence = text.slice(start, end);
    // "Has anyone denied this?" asks; it rejects nothing.
    if (QUESTION_END.test(sentence)) continue;
    const words = mayReject(start, end) ? rejectedReference(sentence) : null;
    let restated: ClaimMatch[];
    if (words !== null) {
      // "We found no document supporting the idea of a sale" after the access claim points at the sale.
      restated = [];
      for (const claimId of referent)
        if (!namesOtherClaim(claimId, start, end)) restated.push(denial(claimId, start, end, sentence, words.trim()));
      if (restated.length === 0) continue;
    } else if (NEGATED.test(sentence)) {
      // By its key noun: only the claims whose own words the sentence names.
      restated = [];
      for (const claimId of referent) {
        const noun = keyNoun(claimId, start, end);
        if (noun !== null) restated.push(denial(claimId, start, end, sentence, noun));
      }
      if (restated.length === 0) continue;
    } else continue;
    out.push(...restated);
    // The next "it" may refer to the same claims: "Meta disputed the claim. 'Untrue,' Stone said."
    stated.block = block;
    stated.claimIds = restated.map((match) => match.claimId);
  }
  while (m < matches.length) out.push(matches[m++]!);
  return out;
}

function denial(claimId: string, start: number, end: number, sentence: string, why: string): ClaimMatch {
  return { claimId, start, end, text: sentence, score: RESTATED_SCORE, stance: 'denies', why: [why] };
}

/** The disputed claims among `matches` (settled facts are never what a denial refers to), in order, once each. */
function disputed(matches: readonly ClaimMatch[], isDisputed: (claimId: string) => boolean): string[] {
  const ids: string[] = [];
  for (const match of matches) if (isDisputed(match.claimId) && !ids.includes(match.claimId)) ids.push(match.claimId);
  return ids;
}

/**
 * Records the disputed claims of the last sentence of `matches` that states any; false (and nothing
 * recorded) when none does.
 */
function recordLast(
  stated: StatedClaims,
  block: number,
  matches: readonly ClaimMatch[],
  isDisputed: (claimId: string) => boolean,
): boolean {
  for (let last = matches.length - 1; last >= 0; last--) {
    if (!isDisputed(matches[last]!.claimId)) continue;
    const start = matches[last]!.start;
    stated.block = block;
    stated.claimIds = disputed(
      matches.filter((match) => match.start === start),
      isDisputed,
    );
    return true;
  }
  return false;
}
