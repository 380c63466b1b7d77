// Concept names → concept ids, for the claim being read. Names come from lists, so they are looked up
// as own properties only: a concept called "constructor" or "__proto__" is a name like any other, and
// a name the claim does not define resolves to nothing (the list validator reports it). One resolver
// reads every claim of a list in turn (`read`), so reading a claim makes no closures. A claim may name
// concepts it does not hold, defined beside it (the compiler's shared concepts, stored by name only):
// those are looked up in the table given with the claim, after the claim's own.
import type { MatchSpec } from '../../claims/schema';
import type { CsrBuilder } from '../engine/csr';
import type { VocabularyBuilder } from '../engine/vocabulary';

/** A claim names a few concepts, most of them more than once (in `all`, its alternatives, `near`…). */
const REMEMBERED = 16;

export class ConceptResolver {
  private concepts: MatchSpec['concepts'] | undefined = undefined;
  private beside: Readonly<Record<string, readonly string[]>> | undefined = undefined;
  /** The claim's names resolved so far, and their ids: a name is looked up once per claim. */
  private readonly names: string[] = [];
  private readonly ids: (number | null)[] = [];
  private remembered = 0;

  constructor(readonly vocabulary: VocabularyBuilder) {}

  /** Resolves names against this claim's concepts from now on, then against `beside` (no prototype). */
  read(match: MatchSpec, beside?: Readonly<Record<string, readonly string[]>>): this {
    this.concepts = match.concepts;
    this.beside = beside;
    this.remembered = 0;
    return this;
  }

  /** The concept id of the name, or null when the claim does not define it (or gives it no terms). */
  one(name: string): number | null {
    for (let i = 0; i < this.remembered; i++) if (this.names[i] === name) return this.ids[i]!;
    const concepts = this.concepts;
    let id: number | null = null;
    const beside = this.beside;
    const terms =
      concepts && Object.hasOwn(concepts, name)
        ? concepts[name]
        : beside && Object.hasOwn(beside, name)
          ? beside[name]
          : undefined;
    if (Array.isArray(terms) && terms.length > 0) id = this.vocabulary.conceptOf(terms);
    if (this.remembered < REMEMBERED) {
      this.names[this.remembered] = name;
      this.ids[this.remembered++] = id;
    }
    return id;
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
