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

/** Does the match data use the concept name anywhere? Read without building lists: it runs per stored claim. */
function uses(spec: MatchSpec, name: string): boolean {
  const inGroups = (groups: readonly (readonly string[])[]) => groups.some((group) => group.includes(name));
  return (
    inGroups(spec.all) ||
    (spec.alternatives ?? []).some(inGroups) ||
    spec.none.includes(name) ||
    (spec.benign ?? []).includes(name) ||
    (spec.carry ?? []).includes(name) ||
    (spec.near ?? []).some((rule) => rule.concepts.includes(name))
  );
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
 * Stored compiled match data made whole, in place: each shared concept it names and does not hold
 * itself becomes the table's own array (the same for every claim). For data just read from storage
 * (the reader's own copy): it runs for every stored claim when the background compiles its matcher,
 * so it allocates nothing. Returns the same object.
 */
export function withSharedConcepts(spec: MatchSpec): MatchSpec {
  for (const name of SHARED_NAMES) {
    if (Object.hasOwn(spec.concepts, name) || !uses(spec, name)) continue;
    Object.defineProperty(spec.concepts, name, {
      value: SHARED_CONCEPTS[name],
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return spec;
}
