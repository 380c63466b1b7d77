// Rule `denial-echo`: once an article has stated a claim, a later sentence that repeats, in its own
// words, a denial the list records for that claim denies it. "Facebook said in response that it did
// not give partners access to information without people's permission" names none of the claim's
// parties or acts (Bing, friends' names), yet it is Facebook's recorded answer to it. The denial's
// words come from the list (each claim's `denials`: who said it and what), so the rule holds for any
// claim that records its denials, and for none that does not. A sentence echoes a denial when it
// negates ("not", "none", "never") and most of its content words (ECHO_SHARE, at least ECHO_WORDS)
// are the denial's or its speaker's. Only claims the document stated at most ECHO_BLOCKS blocks
// before are tried (a page that stated none costs nothing), and never a sibling (`overrides`, either
// way) of a claim the sentence states by itself: siblings are one story told two ways, and the
// sentence has already said which. The sentence must also name something of the claim besides its
// parties (a word of one of its patterns' other concepts): "Meta never shared private messages"
// answers a claim about messages, not one about ad spending that records the same denial.
// A shorter sentence echoes too when it is framed as the answer ("Facebook's reply is that people
// gave permission", "Netflix has said it never accessed anyone's messages"): a speech or answer verb,
// and at least ECHO_WORDS_ANSWER content words, most of them the denial's. A denial is an answer
// without a negator as well when the sentence says so ("responded", "answer"). A sentence whose
// speaker is named, and is not the denial's ("Netflix said it never…" is not Facebook's answer),
// echoes nobody else's denial.
import type { CompiledMatcher } from '../compile';
import type { ClaimMatch } from '../types';
import { visitHitsNaming } from '../engine/hits-in-range';
import { patternUses } from '../engine/patterns';
import { splitSentences } from '../sentences';
import { isCarried } from './carry';

/** At least this many of the sentence's content words must be the denial's. */
export const ECHO_WORDS = 5;
/** A sentence framed as someone's answer ("X says", "X's reply is") needs only this many. */
export const ECHO_WORDS_ANSWER = 3;
/** And at least this share of them. */
export const ECHO_SHARE = 0.5;
const ECHO_SCORE = 0.5;
/** A denial answers a claim stated at most this many blocks before it. */
export const ECHO_BLOCKS = 4;

/** A claim's recorded denials, as the list gives them (see the claims schema). */
export interface DenialData {
  by?: string;
  speaker?: string;
  text: string;
}

/** Function words and reporting verbs: they say nothing about which statement a sentence repeats. */
const FUNCTION_WORDS = new Set(
  (
    'a an and are as at be been but by did do does for from had has have he her his i in is it its ' +
    'of on or our she so such than that the their them these they this those to was we were which who ' +
    'will with would said says say saying told added answered insists insisted stated response ' +
    'statement blog post company also only any ever years ago back'
  ).split(' '),
);
/** Negators; "nothing more" / "nothing else" limit (see LIMITS), they do not deny. */
const NEGATION =
  /(?<![\p{L}'’])(?:not|no|none|never|nor|nobody|nothing(?!\s+(?:more|else)(?![\p{L}]))|neither)(?![\p{L}])|n[’']t(?![\p{L}])/iu;
/** Someone speaks: the sentence gives their answer. */
const SPEECH =
  /(?<![\p{L}])(?:says?|said|told|tells|wr(?:ote|ites)|repl(?:y|ies|ied)|answer(?:s|ed)?|respon(?:se|ses|ded|ds)|statement|insist(?:s|ed)?|maintain(?:s|ed)?|counter(?:s|ed))(?![\p{L}])/iu;
/** The sentence answers, limits or negates: without one of these a repeated denial may be the claim itself. */
const ANSWERS =
  /(?<![\p{L}])(?:repl(?:y|ies|ied)|answer(?:s|ed)?|respon(?:se|ses|ded|ds)|insist(?:s|ed)?|maintain(?:s|ed)?|counter(?:s|ed))(?![\p{L}])/iu;
/** The sentence limits what happened ("only", "nothing more"): a recorded denial that limits is repeated that way. */
const LIMITS = /(?<![\p{L}])(?:only|solely|limited to|nothing (?:more|else))(?![\p{L}])/iu;
/** A recorded denial that limits ("only … inside their own feature", "beyond", "without permission"). */
const DENIAL_LIMITS = /(?<![\p{L}])(?:only|solely|beyond|without|except)(?![\p{L}])/iu;
/** Marks a recorded denial that limits, among its stems (no word's stem starts with "~"). */
const LIMITING = '~limits';
const WORD = /[\p{L}\p{N}]+(?:[’'][\p{L}]+)?/gu;

/** A word's crude stem: lower case, no possessive, at most five letters ("partners", "partnerships"). */
function stem(word: string): string {
  const bare = word.toLowerCase().replace(/[’']s$/u, '');
  return bare.length > 5 ? bare.slice(0, 5) : bare;
}

/** The text's content words, each as [as written, stem]. */
function contentWords(text: string): [string, string][] {
  const words: [string, string][] = [];
  for (const [word] of text.matchAll(WORD)) {
    const lower = word.toLowerCase().replace(/[’']s$/u, '');
    if (!FUNCTION_WORDS.has(lower) && !NEGATION.test(lower) && !/[’']t$/u.test(lower)) words.push([word, stem(lower)]);
  }
  return words;
}

/** The names before the sentence's first speech verb ("Netflix said …"): who gives the answer, when named. */
function namedSpeakers(sentence: string): [string, string][] {
  const verb = SPEECH.exec(sentence);
  if (!verb) return [];
  return contentWords(sentence.slice(0, verb.index)).filter(([word]) => /^\p{Lu}/u.test(word));
}

const NO_DENIALS: string[][] = [];

/** The claim's denials as content-word stems (each with its speaker's), for the compiled matcher. */
export function readDenialWords(denials: readonly DenialData[] | undefined): string[][] {
  // Most claims record none: one shared empty list, not one per claim.
  if (!denials || denials.length === 0) return NO_DENIALS;
  return denials.map((denial) => [
    ...new Set(contentWords(`${denial.by ?? ''} ${denial.speaker ?? ''} ${denial.text}`).map(([, stem]) => stem)),
    ...(DENIAL_LIMITS.test(denial.text) ? [LIMITING] : []),
  ]);
}

/** Claim number → its denials' stems, only for claims that record any (a Map: most claims do not). */
export function compileDenialWords(entries: readonly string[][][]): Map<number, string[][]> {
  const tables = new Map<number, string[][]>();
  entries.forEach((denials, claim) => {
    if (denials.length === 0) return;
    const kept = denials.filter((words) => words.length >= ECHO_WORDS);
    if (kept.length > 0) tables.set(claim, kept);
  });
  return tables;
}

/** The sentence's words the denial shares, when it repeats the denial (most of its content words are the denial's), else null. */
function echoed(
  sentenceWords: readonly [string, string][],
  speakers: readonly [string, string][],
  denial: readonly string[],
  least: number,
): string[] | null {
  if (speakers.length > 0 && !speakers.some(([, stem]) => denial.includes(stem))) return null;
  const shared = sentenceWords.filter(([, stem]) => denial.includes(stem)).map(([word]) => word);
  return shared.length >= least && shared.length >= ECHO_SHARE * sentenceWords.length ? shared : null;
}

/**
 * Does the block's text [start, end) name a concept of one of the claim's patterns that is not one of
 * its parties? Reads the block's hits in `registers`; runs only for a sentence that echoes a denial.
 */
export function namesClaimBeyondParties(matcher: CompiledMatcher, claim: number, start: number, end: number): boolean {
  const { patternClaim } = matcher.patterns;
  const namesBeyondParties = (concept: number): boolean => {
    if (isCarried(matcher, claim, concept)) return false;
    for (let p = 0; p < patternClaim.length; p++)
      if (patternClaim[p] === claim && patternUses(matcher, p, concept)) return true;
    return false;
  };
  return visitHitsNaming(matcher, start, end, namesBeyondParties, () => true);
}

/** A claim the document stated, and the last block that stated it. */
export interface StatedClaim {
  claim: number;
  block: number;
}

/**
 * Adds to the block's matches (ordered by start) the sentences that echo a recorded denial of a claim
 * the document stated before (`stated`, by id), then notes the block's own claims in `stated`.
 * `areSiblings` says whether two claims are siblings. Returns the matches ordered by start.
 */
export function matchDenialEchoes(
  denialWords: ReadonlyMap<number, string[][]>,
  claimIndex: ReadonlyMap<string, number>,
  areSiblings: (a: number, b: number) => boolean,
  namesClaim: (claim: number, start: number, end: number) => boolean,
  stated: Map<string, StatedClaim>,
  block: number,
  text: string,
  matches: ClaimMatch[],
): ClaimMatch[] {
  let out = matches;
  for (const [claimId, { block: at }] of stated) if (block - at > ECHO_BLOCKS) stated.delete(claimId);
  // Most blocks of a page state nothing and follow nothing stated: no expression runs on them.
  const limits = (stated.size > 0 || matches.length > 0) && LIMITS.test(text);
  if ((stated.size > 0 || limits) && (limits || NEGATION.test(text) || ANSWERS.test(text))) {
    out = [];
    let m = 0;
    for (const { start, end } of splitSentences(text)) {
      const own: ClaimMatch[] = [];
      while (m < matches.length && matches[m]!.start < end) own.push(matches[m++]!);
      out.push(...own);
      const sentence = text.slice(start, end);
      if (!NEGATION.test(sentence) && !ANSWERS.test(sentence) && !LIMITS.test(sentence)) continue;
      const least = SPEECH.test(sentence) ? ECHO_WORDS_ANSWER : ECHO_WORDS;
      const words = contentWords(sentence);
      if (words.length < least) continue;
      const speakers = namedSpeakers(sentence);
      // A sentence that only limits ("Facebook said partners only saw their own threads") repeats
      // a denial that limits, not a flat "we didn't share" (that answers a sale, not an access).
      const limitsOnly = !NEGATION.test(sentence) && !ANSWERS.test(sentence);
      // A sentence that states the claim and limits it in its recorded denial's words is that denial
      // ("Facebook said in 2018 that the interface only let a partner reach its own threads"): the
      // stance cues see no negator in it.
      if (limitsOnly)
        for (let k = out.length - own.length; k < out.length; k++) {
          const match = out[k]!;
          const claim = claimIndex.get(match.claimId);
          if (match.stance === 'denies' || claim === undefined) continue;
          for (const denial of denialWords.get(claim) ?? [])
            if (denial.includes(LIMITING) && echoed(words, speakers, denial, least)) {
              out[k] = { ...match, stance: 'denies' };
              break;
            }
        }
      for (const [claimId, { claim }] of stated) {
        if (own.some((match) => match.claimId === claimId || areSiblings(claim, claimIndex.get(match.claimId) ?? -1)))
          continue;
        let why: string[] | null = null;
        for (const denial of denialWords.get(claim) ?? [])
          if (!why && (!limitsOnly || denial.includes(LIMITING))) why = echoed(words, speakers, denial, least);
        if (why && namesClaim(claim, start, end))
          out.push({ claimId, start, end, text: sentence, score: ECHO_SCORE, stance: 'denies', why });
      }
    }
    while (m < matches.length) out.push(matches[m++]!);
  }
  for (const match of matches) {
    const claim = claimIndex.get(match.claimId);
    if (claim !== undefined && denialWords.has(claim)) stated.set(match.claimId, { claim, block });
  }
  return out;
}
