// Rule `settled`: a claim that is established fact (the board seat, the fine; `settled: true` in its
// match data). Whether a sentence attributes it ("the plaintiffs point out that Hastings sat on the
// board") or has a negator near it ("Meta is no stranger to regulators: it paid $5 billion") does
// not change that it states the fact: such a sentence asserts it, unless it rejects it outright (a
// denial cue: "denied", "untrue").
import type { MatchSpec } from '../../claims/schema';
import type { CompiledMatcher } from '../compile';
import { registers } from '../engine/scan-state';
import { hasDenialCue, stanceOf } from '../stance';
import { stanceWithoutAside } from './disputed-aside';
import type { Stance } from '../types';

export function readSettled(match: MatchSpec): boolean {
  return match.settled === true;
}

export function compileSettled(entries: readonly boolean[]): Uint8Array {
  return Uint8Array.from(entries, (settled) => (settled ? 1 : 0));
}

/** Is offset `at` of the text inside a quotation that opened at or after `from`? */
function isQuoted(text: string, from: number, at: number): boolean {
  let open = false;
  for (let i = from; i < at; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x22) open = !open;
    else if (code === 0x201c) open = true;
    else if (code === 0x201d) open = false;
  }
  return open;
}

/**
 * The stance of the claim in the sentence starting at `start` whose stance codes are in
 * `registers.stanceCodes` (`count` words from `firstWord`), its matched terms at `evidence` (word
 * ranges within the sentence). A sentence that only quotes the claim ("that turned into “Facebook
 * sold your DMs”") reports it.
 */
export function stanceFor(
  matcher: CompiledMatcher,
  claim: number,
  start: number,
  firstWord: number,
  count: number,
  evidence: readonly (readonly [number, number])[],
  question: boolean,
): Stance {
  if (matcher.settled[claim] === 1) return hasDenialCue(registers.stanceCodes, count) ? 'denies' : 'asserts';
  const stance = stanceOf(registers.stanceCodes, count, evidence, question);
  if (stance === 'denies') return stanceWithoutAside(firstWord, count, evidence, question) ?? stance;
  if (stance !== 'asserts' || evidence.length === 0) return stance;
  const { text, wordStart } = registers;
  for (let e = 0; e < evidence.length; e++)
    if (!isQuoted(text, start, wordStart[firstWord + evidence[e]![0]]!)) return stance;
  return 'reports';
}
