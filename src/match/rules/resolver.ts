// Concept names → concept ids, for the claim being read. Names come from lists, so they are looked up
// as own properties only: a concept called "constructor" or "__proto__" is a name like any other, and
// a name the claim does not define resolves to nothing (the list validator reports it). One resolver
// reads every claim of a list in turn (`read`), so reading a claim makes no closures.
import type { MatchSpec } from '../../claims/schema';
import type { CsrBuilder } from '../engine/csr';
import type { VocabularyBuilder } from '../engine/vocabulary';

export class ConceptResolver {
  private concepts: MatchSpec['concepts'] | undefined = undefined;

  constructor(readonly vocabulary: VocabularyBuilder) {}

  /** Resolves names against this claim's concepts from now on. */
  read(match: MatchSpec): this {
    this.concepts = match.concepts;
    return this;
  }

  /** The concept id of the name, or null when the claim does not define it (or gives it no terms). */
  one(name: string): number | null {
    const concepts = this.concepts;
    if (!concepts || !Object.hasOwn(concepts, name)) return null;
    const terms = concepts[name];
    return Array.isArray(terms) && terms.length > 0 ? this.vocabulary.conceptOf(terms) : null;
  }

  /** Appends the ids of the names that resolve, in order, to the open row of `out`. */
  allInto(names: readonly string[] | undefined, out: CsrBuilder): void {
    if (!names) return;
    for (let i = 0; i < names.length; i++) {
      const id = this.one(names[i]!);
      if (id !== null) out.push(id);
    }
  }
}
