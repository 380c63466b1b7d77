// Stance of a matched sentence: does it deny the claim, attribute it to someone, or state it?
// Cues are English function words and reporting verbs, the same for every claim, so they live here
// rather than in the lists. Denial wins over reporting: "Meta denied reports that …" denies.
import type { Stance } from './types';
import { phraseWords } from './normalize';

/** Anywhere in the sentence, these reject the claim. A trailing `*` matches any ending. */
const DENIAL_CUES = [
  'deny', 'denies', 'denied', 'denying', 'denial', 'untrue', 'not true', 'false', 'falsely', 'refut*', 'rebut*', 'debunk*',
  'at no time', 'no evidence', 'baseless', 'hoax', 'myth', 'misleading', 'misinformation', 'disinformation', 'push back',
  'pushed back', 'pushing back', 'dismissed', 'rejected', 'rejects', 'disputed', 'disputes', 'inaccurate', 'incorrect',
  'fact check false', 'never happened', 'nothing of the sort', 'categorically',
];

/** Anywhere in the sentence, these attribute the claim to someone else. */
const REPORT_CUES = [
  'allege*', 'reportedly', 'report', 'reports', 'reported', 'according to', 'accus*', 'claim', 'claims', 'claimed', 'claiming',
  'said', 'says', 'say', 'told', 'wrote', 'stated', 'stating', 'suggest*', 'purport*', 'supposedly', 'apparently', 'rumor*',
  'rumour*', 'viral', 'court docs', 'court documents', 'court records', 'court filing', 'plaintiff*', 'explain*',
  'the documents', 'as per', 'investigation', 'describ*', 'so called', 'insists', 'insisted', 'contends', 'argues', 'argued',
];

/** A negator within NEGATION_WINDOW words before a matched term flips the sentence to a denial. */
const NEGATORS = [
  'not', 'no', 'never', 'nor', 'none', 'nobody', 'neither', 'cannot', "didn't", "doesn't", "don't", "couldn't", "can't",
  "wasn't", "weren't", "hasn't", "haven't", "hadn't", "won't", "wouldn't", "isn't", "aren't", "shouldn't", 'nothing',
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
const negators = new Set(NEGATORS.map((word) => phraseWords(word)[0]!));

/** One word of the sentence, with what it can mean for stance worked out once (see stanceWord). */
export interface StanceWord {
  /** Normalised form (prefix cues test it) and stem (word and phrase cues test it). */
  word: string;
  stem: string;
  /** A one-word denial or report cue; a negator. */
  denial: boolean;
  report: boolean;
  negator: boolean;
  /** The multi-word cues that start with this word. */
  denialPhrases: readonly (readonly string[])[];
  reportPhrases: readonly (readonly string[])[];
}

const NO_PHRASES: readonly (readonly string[])[] = [];

function isCueWord(word: string, stem: string, cues: CueSet): boolean {
  if (cues.words.has(stem)) return true;
  for (const prefix of cues.prefixes) if (word.startsWith(prefix)) return true;
  return false;
}

function phrasesFrom(stem: string, cues: CueSet): readonly (readonly string[])[] {
  const phrases = cues.phrases.filter((phrase) => phrase[0] === stem);
  return phrases.length === 0 ? NO_PHRASES : phrases;
}

/** A normalised word and its stem, classified against the cue lists (callers cache these per token). */
export function stanceWord(word: string, stem: string): StanceWord {
  return {
    word,
    stem,
    denial: isCueWord(word, stem, denialCues),
    report: isCueWord(word, stem, reportCues),
    negator: negators.has(stem),
    denialPhrases: phrasesFrom(stem, denialCues),
    reportPhrases: phrasesFrom(stem, reportCues),
  };
}

/**
 * Word index → 1 inside a multi-word matched term of the sentence stanceOf is looking at, all 0
 * between calls. Reused: every match needs a stance, and a Set per match cost more than the rest.
 */
let shielded = new Uint8Array(64);

/** Is there a cue outside the matched terms? ("a written report every two weeks" is the claim, not a reporting verb.) */
function hasCue(words: readonly StanceWord[], denial: boolean, anyShielded: boolean): boolean {
  for (let i = 0; i < words.length; i++) {
    if (anyShielded && shielded[i] === 1) continue;
    const word = words[i]!;
    if (denial ? word.denial : word.report) return true;
    const phrases = denial ? word.denialPhrases : word.reportPhrases;
    for (let p = 0; p < phrases.length; p++) {
      const phrase = phrases[p]!;
      if (i + phrase.length > words.length) continue;
      let all = true;
      for (let k = 1; k < phrase.length && all; k++) all = words[i + k]!.stem === phrase[k];
      if (all) return true;
    }
  }
  return false;
}

/**
 * `evidence` holds the word ranges [first, last] (indexes into `words`) of the matched terms. A
 * negator shortly before one of them ("didn't share", "could not access") denies; "not only" does not.
 */
export function stanceOf(words: readonly StanceWord[], evidence: readonly (readonly [number, number])[], isQuestion: boolean): Stance {
  // Only phrases shield their words: a lone "report" may well be the reporting verb.
  if (shielded.length < words.length) shielded = new Uint8Array(Math.max(words.length, shielded.length * 2));
  let anyShielded = false;
  for (let e = 0; e < evidence.length; e++) {
    const range = evidence[e]!;
    const first = range[0];
    const last = range[1];
    if (last <= first) continue;
    anyShielded = true;
    for (let i = Math.max(0, first); i <= last && i < words.length; i++) shielded[i] = 1;
  }
  const stance = shieldedStance(words, evidence, isQuestion, anyShielded);
  if (anyShielded) shielded.fill(0, 0, words.length);
  return stance;
}

function shieldedStance(words: readonly StanceWord[], evidence: readonly (readonly [number, number])[], isQuestion: boolean, anyShielded: boolean): Stance {
  if (hasCue(words, true, anyShielded)) return 'denies';
  for (let e = 0; e < evidence.length; e++) {
    const at = evidence[e]![0];
    for (let i = Math.max(0, at - NEGATION_WINDOW); i < at; i++) {
      if (words[i]!.negator && words[i + 1]?.word !== 'only') return 'denies';
    }
  }
  if (isQuestion || hasCue(words, false, anyShielded)) return 'reports';
  return 'asserts';
}
