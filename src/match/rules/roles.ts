// Rule `roles`: the words an article uses for a party it has already named ("the streamer", "the
// firm", "the executive"), as data per party (`roles` in the claim's match data; a claim compiler
// can emit them for the parties it finds). Role words are terms like any other; a hit on one stands
// for its party only where the document context says the party was named before (rules/document.ts).
import type { MatchSpec } from '../../claims/schema';
import { toCsr, type Csr, type CsrBuilder } from '../engine/csr';
import type { ConceptResolver } from './resolver';

export interface RoleTables {
  /** Role concept → the parties it can stand for (CSR). */
  readonly roleStart: Int32Array;
  readonly roleParties: Int32Array;
  /** Term → 1 when it is a role word. */
  readonly roleTerms: Uint8Array;
}

/** Appends the claim's roles, two numbers each (party, role concept), to the open row. */
export function readRoles(match: MatchSpec, resolve: ConceptResolver, out: CsrBuilder): void {
  const roles = match.roles;
  if (!roles) return;
  // Names come from lists: own properties only ("constructor" is a party name like any other).
  for (const name of Object.keys(roles)) {
    const words = roles[name];
    const party = resolve.one(name);
    if (party === null || !Array.isArray(words) || words.length === 0) continue;
    out.push(party);
    out.push(resolve.vocabulary.conceptOf(words));
  }
}

export function compileRoles(entries: Csr, conceptTerms: Csr, termCount: number): RoleTables {
  const { start: termStart, items: terms } = conceptTerms;
  const lists: number[][] = Array.from({ length: termStart.length - 1 }, () => []);
  const roleTerms = new Uint8Array(termCount);
  const { items } = entries;
  for (let i = 0; i < items.length; i += 2) {
    const party = items[i]!;
    const role = items[i + 1]!;
    if (!lists[role]!.includes(party)) lists[role]!.push(party);
    for (let j = termStart[role]!; j < termStart[role + 1]!; j++) roleTerms[terms[j]!] = 1;
  }
  const csr = toCsr(lists);
  return { roleStart: csr.start, roleParties: csr.items, roleTerms };
}
