// Rule `disputed aside`: "They say Netflix had programmatic access to inboxes, which Meta disputes."
// reports the claim; the denial is an aside about it, a relative clause after the claim's words.
// Such a sentence is read without the aside: what the words before it do (report, deny) stands, and
// a claim they state as fact is, with the aside, someone's disputed claim: reported.
import { registers } from '../engine/scan-state';
import { stanceOf } from '../stance';
import type { Stance } from '../types';

/** ", which Meta disputes.", ", which the company also rejects": a last clause that only disputes. */
const DISPUTING_ASIDE =
  /,\s+which\s+(?:[\p{L}\p{N}'’.-]+\s+){0,4}(?:disputes?|disputed|denies|denied|rejects?|rejected|contests?|contested|calls? (?:false|untrue))\s*[.!]?\s*$/iu;

/**
 * The stance of a sentence that denies only in a disputing aside, or null when it has none. The
 * sentence's words are the `count` words from `firstWord` in `registers` (stance codes in
 * `registers.stanceCodes`), its matched terms at `evidence` (word ranges within the sentence).
 */
export function stanceWithoutAside(
  firstWord: number,
  count: number,
  evidence: readonly (readonly [number, number])[],
  question: boolean,
): Stance | null {
  if (count === 0) return null;
  const { text, wordStart, wordEnd } = registers;
  const sentence = text.slice(wordStart[firstWord]!, wordEnd[firstWord + count - 1]! + 2);
  const aside = DISPUTING_ASIDE.exec(sentence);
  if (!aside) return null;
  const asideAt = wordStart[firstWord]! + aside.index;
  let before = 0;
  while (before < count && wordStart[firstWord + before]! < asideAt) before++;
  for (const [, last] of evidence) if (last >= before) return null;
  const stance = stanceOf(registers.stanceCodes, before, evidence, question);
  return stance === 'asserts' ? 'reports' : stance;
}
