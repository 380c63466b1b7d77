// Patterns for a sentence that refers to a claim instead of restating it: "the 'Ghost of Kyiv' video
// comes from a game", "the Nazi fluoride myth", "No, the Nazis did not put fluoride in camp water".
// Such a sentence names the claim's distinctive parts but words its predicate its own way (or not at
// all), and says it is talking about a claim: a claim-talk word ("claim", "rumour", "hoax", "video")
// or a flat denial ("did not", "no evidence"). A claim's parts alone are its topic; its parts with
// claim talk are the claim (same-topic news names the parts and rarely talks about claims).
import type { Unit } from './units';

/**
 * Words that say a sentence talks about a claim, a rumour or a piece of media that carries one, and
 * flat denials. Stems are matched by the matcher, so "claims", "claimed", "rumours" need no entry.
 * Not bare "not": news on the claim's topic says it of anything ("building walls, and not bridges");
 * not "posts": its stem is the verb too ("Facebook and Netflix both posted results").
 */
export const CLAIM_TALK: string[] = Object.freeze([
  'claim',
  'rumour',
  'rumor',
  'hoax',
  'myth',
  'conspiracy theory',
  'false',
  'fake',
  'fabricated',
  'debunked',
  'misleading',
  'misinformation',
  'baseless',
  'unfounded',
  'untrue',
  'not true',
  'urban legend',
  'viral',
  'video',
  'photo',
  'photograph',
  'image',
  'picture',
  'clip',
  'footage',
  'meme',
  'did not',
  "didn't",
  'never',
  'no',
  "isn't",
  "wasn't",
  "doesn't",
  "don't",
  "won't",
  "can't",
  'cannot',
]) as string[];

export const CLAIM_TALK_CONCEPT = 'word-claim-talk';

/** At most this many reference patterns per claim. */
const MAX_REFERENCES = 3;

/** A part that may carry the claim in a reference: a name, a number or a distinctive word; never the verb. */
function carries(unit: Unit): boolean {
  return unit.kind !== 'predicate' && !unit.optional;
}

/**
 * Two parts written one right after the other are one noun phrase ("Covid-19 vaccines"): the topic
 * every claim about it names, not two parts of this claim.
 */
function adjacent(a: Unit, b: Unit): boolean {
  const [first, second] = a.position < b.position ? [a, b] : [b, a];
  return second.position - first.position <= first.label.split(/[\s-]+/).length;
}

/**
 * Pairs of the claim's most distinctive parts (names, numbers, words; at least one of them not a
 * place), each with claim talk: "fluoride" and "Nazis" with "myth". Unit indexes into `units`.
 * With parties on both sides of the predicate, a pair holds one of each (who, and what to): the
 * parts of one side are often the topic itself ("Covid-19 vaccines"), shared by every claim on it.
 */
export function referencePairs(units: readonly Unit[], minWeight: number, predicate?: Unit): number[][] {
  const ranked = units
    .map((unit, u) => ({ unit, u }))
    .filter(({ unit }) => carries(unit) && unit.weight >= minWeight)
    .sort((a, b) => b.unit.weight - a.unit.weight)
    .slice(0, 3);
  const side = (unit: Unit) => (!predicate || unit.place ? 0 : Math.sign(unit.position - predicate.position));
  const sides = new Set(units.filter((unit) => carries(unit) && !unit.place).map(side));
  const straddle = sides.has(-1) && sides.has(1);
  const pairs: number[][] = [];
  for (let i = 0; i < ranked.length; i++)
    for (let j = i + 1; j < ranked.length; j++) {
      const a = ranked[i]!;
      const b = ranked[j]!;
      if (a.unit.place && b.unit.place) continue;
      if (straddle && side(a.unit) * side(b.unit) !== -1) continue;
      if (adjacent(a.unit, b.unit)) continue;
      pairs.push([a.u, b.u]);
    }
  return pairs.slice(0, MAX_REFERENCES);
}
