// Concepts the compiler gives many claims unchanged — the claim talk ("myth", "hoax", "video"…) and
// the stand-in pronouns — held once, here, and named by the claims that use them, as a list's
// `lexicon` is named by its claims. In memory a compiled claim holds the very array of this table
// (the matcher compiles it once, engine/vocabulary.ts); stored (IndexedDB, the benchmark's feed) it
// holds only the name, and `withSharedConcepts` folds the table back in when it is read. A claim
// whose copy differs (claim talk without the words its own parts use, a title before the pronouns)
// keeps its own, and its own wins. The table changes only with the compiler (COMPILER_VERSION).
import type { MatchSpec } from '../claims/schema';
import { CLAIM_TALK, CLAIM_TALK_CONCEPT } from './reference';
import { STAND_IN_CONCEPT, STAND_IN_PRONOUNS } from './select';

/** Shared concept name → its terms. No prototype: only these names are in it. */
export const SHARED_CONCEPTS: Readonly<Record<string, readonly string[]>> = Object.freeze(
  Object.assign(Object.create(null) as Record<string, readonly string[]>, {
    [CLAIM_TALK_CONCEPT]: CLAIM_TALK,
    [STAND_IN_CONCEPT]: STAND_IN_PRONOUNS,
  }),
);

const SHARED_NAMES = Object.keys(SHARED_CONCEPTS);

function sameTerms(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Every concept name the match data uses. */
function namesUsed(spec: MatchSpec): Set<string> {
  return new Set([
    ...spec.all.flat(),
    ...(spec.alternatives ?? []).flat(2),
    ...spec.none,
    ...(spec.near ?? []).flatMap((rule) => rule.concepts),
    ...(spec.benign ?? []),
    ...(spec.carry ?? []),
  ]);
}

function conceptTable(entries: Iterable<[string, string[]]>): Record<string, string[]> {
  const table = Object.create(null) as Record<string, string[]>;
  for (const [name, terms] of entries)
    Object.defineProperty(table, name, { value: terms, enumerable: true, writable: true, configurable: true });
  return table;
}

/**
 * Compiled match data as stored: a shared concept the claim uses unchanged is named, not copied.
 * The same data when it has none.
 */
export function storedMatchOf(spec: MatchSpec): MatchSpec {
  const shared = (name: string) =>
    Object.hasOwn(SHARED_CONCEPTS, name) && sameTerms(spec.concepts[name]!, SHARED_CONCEPTS[name]!);
  const names = Object.keys(spec.concepts);
  if (!names.some(shared)) return spec;
  return {
    ...spec,
    concepts: conceptTable(names.filter((name) => !shared(name)).map((name) => [name, spec.concepts[name]!])),
  };
}

/**
 * Stored compiled match data made whole: each shared concept it names and does not hold itself is
 * the table's own array (the same for every claim). The same data when it names none.
 */
export function withSharedConcepts(spec: MatchSpec): MatchSpec {
  const missing = SHARED_NAMES.filter((name) => !Object.hasOwn(spec.concepts, name));
  if (missing.length === 0) return spec;
  const used = namesUsed(spec);
  const folded = missing.filter((name) => used.has(name));
  if (folded.length === 0) return spec;
  return {
    ...spec,
    concepts: conceptTable([
      ...Object.keys(spec.concepts).map((name): [string, string[]] => [name, spec.concepts[name]!]),
      ...folded.map((name): [string, string[]] => [name, SHARED_CONCEPTS[name] as string[]]),
    ]),
  };
}
