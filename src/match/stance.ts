// Stance of a matched sentence: does it deny the claim, attribute it to someone, or state it?
// Cues are English function words and reporting verbs, the same for every claim, so they live here
// rather than in the lists. Denial wins over reporting: "Meta denied reports that …" denies.
import type { Stance } from './types';
import { phraseWords } from './normalize';

/** Anywhere in the sentence, these reject the claim. A trailing `*` matches any ending. */
const DENIAL_CUES = [
  'deny',
  'denies',
  'denied',
  'denying',
  'denial',
  'untrue',
  'not true',
  'false',
  'falsely',
  'refut*',
  'rebut*',
  'debunk*',
  'at no time',
  'at no point',
  'no evidence',
  'baseless',
  'hoax',
  'myth',
  'misleading',
  'misinformation',
  'disinformation',
  'push back',
  'pushed back',
  'pushing back',
  'dismissed',
  'rejected',
  'rejects',
  'disputed',
  'disputes',
  'inaccurate',
  'incorrect',
  'fact check false',
  'never happened',
  'nothing of the sort',
  'categorically',
  'no proof',
  'no document',
  'no documents',
  'nothing in the',
  'no sign',
  'no indication',
  'no record',
  'no basis',
  'no room for',
  'not the case',
  'did not happen',
  "didn't happen",
  'unfounded',
  'fabricat*',
  'bogus',
  'overstated',
  'exaggerat*',
  'meritless',
  'without merit',
  'nonsense',
  // Verdicts that say the claim was never shown: "No one has shown that…", "is unsupported".
  'no one has shown',
  'nobody has shown',
  'unsupported',
  'unproven',
  'unverified',
  'not supported',
  // Headline verbs: "Meta slams claims it sold…", "Netflix nixes report…".
  'slams claim',
  'slams viral',
  'slammed viral',
  'slams claims',
  'slams report',
  'slams reports',
  'slammed claims',
  'slammed reports',
  'nixes claim',
  'nixes claims',
  'nixes report',
  'hits back',
  'hit back',
  'shoots down',
  'shot down',
];

/** Anywhere in the sentence, these attribute the claim to someone else. */
const REPORT_CUES = [
  'allege*',
  'allegation*',
  'asserted',
  'read that',
  'reportedly',
  'report',
  'reports',
  'reported',
  'according to',
  'accus*',
  'claim',
  'claims',
  'claimed',
  'claiming',
  'said',
  'says',
  'say',
  'told',
  'wrote',
  'stated',
  'stating',
  'suggested that',
  'suggests that',
  'suggesting that',
  'suggested in',
  'purport*',
  // "per the Times", "as detailed in", ", the records show": attributions that are not verbs of saying.
  'per the',
  'as detailed',
  'detailed in',
  'records show',
  'documents show',
  'filing shows',
  'records showed',
  'documents showed',
  'the times found',
  'acknowledg*',
  'added that',
  'noted that',
  'citing',
  'court papers',
  'unsealed',
  'posts on x',
  'supposedly',
  'apparently',
  'rumor*',
  'rumour*',
  'viral',
  'court docs',
  'court documents',
  'court records',
  'court filing',
  'plaintiff*',
  'explain*',
  'the documents',
  'as per',
  'investigation',
  'describ*',
  'so called',
  'insists',
  'insisted',
  'contends',
  'argues',
  'argued',
  // What someone holds or found, not a verb of saying: "the headline finding is that", "this spring's
  // version was that", "everyone's convinced", "by their account", "I read Facebook sold…".
  'finding is',
  'findings are',
  'version was',
  'version is',
  'convinced',
  'by their account',
  'by its account',
  'by his account',
  'by her account',
  'i read',
  'in the filing',
  'the filing puts',
  'theory',
];

/** A negator within NEGATION_WINDOW words before a matched term flips the sentence to a denial. */
const NEGATORS = [
  'not',
  'no',
  'never',
  'nor',
  'none',
  'nobody',
  'neither',
  'cannot',
  "didn't",
  "doesn't",
  "don't",
  "couldn't",
  "can't",
  "wasn't",
  "weren't",
  "hasn't",
  "haven't",
  "hadn't",
  "won't",
  "wouldn't",
  "isn't",
  "aren't",
  "shouldn't",
  'nothing',
];
const NEGATION_WINDOW = 4;

interface CueSet {
  /** Single-word cues (stemmed), and prefixes for `*` cues (unstemmed). */
  words: Set<string>;
  prefixes: string[];
  phrases: string[][];
}

function cueSet(cues: readonly string[]): CueSet {
  const set: CueSet = { words: new Set(), prefixes: [], phrases: [] };
  for (const cue of cues) {
    if (cue.endsWith('*')) set.prefixes.push(cue.slice(0, -1));
    else {
      const words = phraseWords(cue);
      if (words.length === 1) set.words.add(words[0]!);
      else set.phrases.push(words);
    }
  }
  return set;
}

const denialCues = cueSet(DENIAL_CUES);
const reportCues = cueSet(REPORT_CUES);
// Compared with the whole word, not its stem: the stem of "none" is "non", as in "non-Netflix advertisers".
const negators = new Set(NEGATORS);

// A word's stance code: what it can mean for stance, worked out once per word form (see stanceCode)
// and kept in a typed array, so a sentence's stance reads one number per word.
const DENIAL = 1;
const REPORT = 2;
const NEGATOR = 4;
/** The word is "only" ("not only" does not deny). */
const ONLY = 8;
/** Denial or report phrases start with this word's stem. */
const DENIAL_PHRASE = 16;
const REPORT_PHRASE = 32;
/** Set in every code, so 0 can mean "not worked out yet". */
const KNOWN = 64;
/** The word is "that": after a reporting verb, it opens what was reported. */
const THAT = 128;
/** Above these bits: the id of the word's stem among the stems of cue phrases (0: in none). */
const STEM_SHIFT = 8;

/** Stems that occur in cue phrases, numbered from 1: phrases compare ids rather than strings. */
const phraseStemIds = new Map<string, number>();
const stemId = (stem: string) => phraseStemIds.get(stem) ?? 0;
for (const phrase of [...denialCues.phrases, ...reportCues.phrases]) {
  for (const stem of phrase) if (!phraseStemIds.has(stem)) phraseStemIds.set(stem, phraseStemIds.size + 1);
}

/** Stem id → the phrases (as stem ids) that start with it. */
function phrasesByFirstStem(cues: CueSet): readonly (readonly Int32Array[])[] {
  const byFirst: Int32Array[][] = Array.from({ length: phraseStemIds.size + 1 }, () => []);
  for (const phrase of cues.phrases) byFirst[stemId(phrase[0]!)]!.push(Int32Array.from(phrase, stemId));
  return byFirst;
}

const denialPhrases = phrasesByFirstStem(denialCues);
const reportPhrases = phrasesByFirstStem(reportCues);

function isCueWord(word: string, stem: string, cues: CueSet): boolean {
  if (cues.words.has(stem)) return true;
  for (const prefix of cues.prefixes) if (word.startsWith(prefix)) return true;
  return false;
}

/** The stance code of a normalised word and its stem (callers cache these per word form). */
export function stanceCode(word: string, stem: string): number {
  const id = stemId(stem);
  let code = KNOWN | (id << STEM_SHIFT);
  if (isCueWord(word, stem, denialCues)) code |= DENIAL;
  if (isCueWord(word, stem, reportCues)) code |= REPORT;
  if (negators.has(word)) code |= NEGATOR;
  if (word === 'only') code |= ONLY;
  if (word === 'that') code |= THAT;
  if (denialPhrases[id]!.length > 0) code |= DENIAL_PHRASE;
  if (reportPhrases[id]!.length > 0) code |= REPORT_PHRASE;
  return code;
}

/**
 * Word index → 1 inside a multi-word matched term of the sentence stanceOf is looking at, all 0
 * between calls. Reused: every match needs a stance, and a Set per match cost more than the rest.
 */
let shielded = new Uint8Array(64);

/** Is there a cue outside the matched terms? ("a written report every two weeks" is the claim, not a reporting verb.) */
function hasCue(codes: Int32Array, count: number, denial: boolean, anyShielded: boolean): boolean {
  const cue = denial ? DENIAL : REPORT;
  const startsPhrase = denial ? DENIAL_PHRASE : REPORT_PHRASE;
  for (let i = 0; i < count; i++) {
    const code = codes[i]!;
    if (anyShielded && shielded[i] === 1) {
      // A source the claim names ("the Times reported") still reports what follows its verb:
      // "the Times reported that Netflix could read messages".
      const endsTerm = i + 1 >= count || shielded[i + 1] === 0;
      if (!denial && endsTerm && (code & REPORT) !== 0 && i + 1 < count && (codes[i + 1]! & THAT) !== 0) return true;
      continue;
    }
    if ((code & cue) !== 0) return true;
    if ((code & startsPhrase) === 0) continue;
    const phrases = (denial ? denialPhrases : reportPhrases)[code >>> STEM_SHIFT]!;
    for (let p = 0; p < phrases.length; p++) {
      const phrase = phrases[p]!;
      if (i + phrase.length > count) continue;
      let all = true;
      for (let k = 1; k < phrase.length && all; k++) all = codes[i + k]! >>> STEM_SHIFT === phrase[k];
      if (all) return true;
    }
  }
  return false;
}

/** Does the sentence reject something outright ("denied", "untrue", "no evidence")? Negators alone do not count. */
export function hasDenialCue(codes: Int32Array, count: number): boolean {
  return hasCue(codes, count, true, false);
}

/**
 * `codes[0 .. count)` are the sentence's words (see stanceCode); `evidence` holds the word ranges
 * [first, last] of the matched terms. A negator shortly before one of them ("didn't share", "could
 * not access") denies; "not only" does not.
 */
export function stanceOf(
  codes: Int32Array,
  count: number,
  evidence: readonly (readonly [number, number])[],
  isQuestion: boolean,
): Stance {
  // Only phrases shield their words: a lone "report" may well be the reporting verb.
  if (shielded.length < count) shielded = new Uint8Array(Math.max(count, shielded.length * 2));
  let anyShielded = false;
  for (let e = 0; e < evidence.length; e++) {
    const range = evidence[e]!;
    const first = range[0];
    const last = range[1];
    if (last <= first) continue;
    anyShielded = true;
    for (let i = Math.max(0, first); i <= last && i < count; i++) shielded[i] = 1;
  }
  const stance = shieldedStance(codes, count, evidence, isQuestion, anyShielded);
  if (anyShielded) shielded.fill(0, 0, count);
  return stance;
}

function shieldedStance(
  codes: Int32Array,
  count: number,
  evidence: readonly (readonly [number, number])[],
  isQuestion: boolean,
  anyShielded: boolean,
): Stance {
  if (hasCue(codes, count, true, anyShielded)) return 'denies';
  for (let e = 0; e < evidence.length; e++) {
    const at = evidence[e]![0];
    for (let i = Math.max(0, at - NEGATION_WINDOW); i < at; i++) {
      // A negator inside a matched phrase is the claim's own ("so it would not compete with Netflix").
      if (anyShielded && shielded[i] === 1) continue;
      if ((codes[i]! & NEGATOR) !== 0 && (i + 1 >= count || (codes[i + 1]! & ONLY) === 0)) return 'denies';
    }
  }
  if (isQuestion || hasCue(codes, count, false, anyShielded)) return 'reports';
  return 'asserts';
}
