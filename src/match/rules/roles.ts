// Rule `roles`: the words an article uses for a party it has already named ("the streamer", "the
// firm", "the executive"), as data per party (`roles` in the claim's match data; a claim compiler
// can emit them for the parties it finds). Role words are terms like any other; a hit on one stands
// for its party only where the document context says the party was named before (rules/document.ts).
import type { MatchSpec } from '../../claims/schema';
import { toCsr } from '../engine/csr';
import type { VocabularyBuilder } from '../engine/vocabulary';
import type { ConceptResolver } from './resolver';

export interface RoleTables {
  /** Role concept → the parties it can stand for (CSR). */
  readonly roleStart: Int32Array;
  readonly roleParties: Int32Array;
  /** Term → 1 when it is a role word. */
  readonly roleTerms: Uint8Array;
}

/** Party, role concept; two numbers a role. */
export type RoleEntry = number[];

export function readRoles(match: MatchSpec, resolve: ConceptResolver, vocabulary: VocabularyBuilder): RoleEntry {
  const roles = match.roles;
  const entry: number[] = [];
  if (!roles) return entry;
  // Names come from lists: own properties only ("constructor" is a party name like any other).
  for (const name of Object.keys(roles)) {
    const words = roles[name];
    const party = resolve.one(name);
    if (party === null || !Array.isArray(words) || words.length === 0) continue;
    entry.push(party, vocabulary.conceptOf(words));
  }
  return entry;
}

export function compileRoles(
  entries: readonly RoleEntry[],
  conceptTerms: readonly (readonly number[])[],
  termCount: number,
): RoleTables {
  const lists: number[][] = conceptTerms.map(() => []);
  const roleTerms = new Uint8Array(termCount);
  for (const entry of entries) {
    for (let i = 0; i < entry.length; i += 2) {
      const party = entry[i]!;
      const role = entry[i + 1]!;
      if (!lists[role]!.includes(party)) lists[role]!.push(party);
      for (const term of conceptTerms[role]!) roleTerms[term] = 1;
    }
  }
  const csr = toCsr(lists);
  return { roleStart: csr.start, roleParties: csr.items, roleTerms };
}
