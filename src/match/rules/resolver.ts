// Concept names → concept ids, for one claim. Names come from lists, so they are looked up as own
// properties only: a concept called "constructor" or "__proto__" is a name like any other, and a
// name the claim does not define resolves to nothing (the list validator reports it).
import type { MatchSpec } from '../../claims/schema';
import type { VocabularyBuilder } from '../engine/vocabulary';

export interface ConceptResolver {
  /** The concept id of the name, or null when the claim does not define it (or gives it no terms). */
  one(name: string): number | null;
  /** The ids of the names that resolve, in order. */
  all(names: readonly string[]): number[];
}

export function conceptResolver(match: MatchSpec, vocabulary: VocabularyBuilder): ConceptResolver {
  const concepts = match.concepts;
  const one = (name: string): number | null => {
    if (!concepts || !Object.hasOwn(concepts, name)) return null;
    const terms = concepts[name];
    return Array.isArray(terms) && terms.length > 0 ? vocabulary.conceptOf(terms) : null;
  };
  return {
    one,
    all: (names) => names.map(one).filter((id): id is number => id !== null),
  };
}
