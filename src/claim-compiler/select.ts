// From units to match data: which parts a sentence must cover (k of n, weighted), written as the
// list's own notation so the existing matcher reads it and a maintainer can copy and edit it.
// - Required in every pattern: the claim's most distinctive name or number (its anchor) and its
//   predicate. The other units are optional: a pattern adds the fewest of them whose weight, with
//   the required ones, reaches `threshold` of the claim's total weight.
// - Patterns that differ only in their last optional unit are one pattern with an any-of group.
// - Terms: a unit's own forms are never given to another unit, and a synonym that is another
//   unit's word is dropped, so one word of a sentence never fills two groups.
import type { MatchSpec } from '../claims/schema';
import { phraseKey, type Lexicon, type Neighbour } from './lexicon';
import type { Unit } from './units';
import { CLAIM_TALK, CLAIM_TALK_CONCEPT, referencePairs } from './reference';
import { FILLER_WORDS, FUNCTION_WORDS } from './words';

export interface SelectOptions {
  /** Share of the claim's total unit weight a pattern must cover (0..1). */
  threshold: number;
  maxPatterns: number;
  /** Units considered, most distinctive first. */
  maxUnits: number;
  maxTermsPerConcept: number;
  /** How many of the most distinctive units make up the claim's total weight. */
  topUnits: number;
  /** The fewest parts a pattern may have (fewer only when the claim has fewer). */
  minParts: number;
  /** Also patterns without the anchor, when the other parts alone cover the threshold. */
  withoutAnchor: boolean;
  /** The claim's verbs are one part (see mergePredicates). */
  onePredicate: boolean;
  /** A pattern without the claim's person needs a word that stands for them ("she", "the minister"). */
  standIn: boolean;
  /** A name anchor may be named in the paragraph's previous sentences (`carry`). */
  carryAnchor: boolean;
  /** A pattern holds a party from each side of the predicate when the claim has both. */
  bothSides: boolean;
  /** Also patterns for a sentence that refers to the claim: two of its parts with claim talk (reference.ts). */
  references: boolean;
  /** The lightest part a reference pattern may use. */
  referenceWeight: number;
  /**
   * Words used as the claim's act is (neighbours.json: GloVe neighbours WordNet relates): 'off';
   * 'plain', one more wording of the part; 'anchored', a part of its own that only patterns holding
   * the claim's anchor (its rarest name or its exact number) accept in the act's place.
   */
  near: 'off' | 'plain' | 'anchored';
  /** The closest a neighbour must be (cosine of the word vectors). */
  nearCosine: number;
  /** How WordNet must relate a neighbour to the claim's word. */
  nearRelations: readonly Neighbour['relation'][];
  /** Neighbours per word. */
  nearPerWord: number;
  /** Also the claim's key nouns (not only its act). */
  nearNouns: boolean;
}

export const DEFAULT_SELECT: SelectOptions = {
  threshold: 0.5,
  maxPatterns: 8,
  maxUnits: 9,
  maxTermsPerConcept: 40,
  topUnits: 4,
  minParts: 3,
  withoutAnchor: true,
  standIn: true,
  onePredicate: true,
  carryAnchor: true,
  bothSides: true,
  references: true,
  referenceWeight: 3.5,
  near: 'anchored',
  nearCosine: 0.6,
  nearRelations: ['synonym'],
  nearPerWord: 6,
  nearNouns: false,
};

/** A number this distinctive (units.ts numberWeight: exact, not round) may be the claim's anchor. */
const EXACT_NUMBER = 5;

/** Single words this common are no evidence of anything ("give", "all"). */
const COMMON_ZIPF = 6;
/** A neighbour this common says little that the claim's own word does not ("begin", "hold"). */
const NEAR_COMMON_ZIPF = 5;

function slug(label: string): string {
  return label
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
}

/** Each unit's terms, so that no word is a term of two units. */
function termsOf(units: readonly Unit[], lexicon: Lexicon, maxTerms: number): string[][] {
  const owner = new Map<string, number>();
  const wordOwner = new Map<string, number>();
  units.forEach((unit, u) => {
    for (const term of unit.primary) {
      const key = phraseKey(term);
      if (!key) continue;
      if (!owner.has(key)) owner.set(key, u);
      if (!key.includes(' ') && !wordOwner.has(key)) wordOwner.set(key, u);
    }
  });
  const taken = new Set<string>();
  return units.map((unit, u) => {
    const terms: string[] = [];
    const add = (term: string, own: boolean, curated = false) => {
      const key = phraseKey(term);
      if (!key || taken.has(key) || terms.length >= maxTerms) return;
      const words = key.split(' ');
      if (!own) {
        if ((owner.get(key) ?? u) !== u) return;
        if (words.some((word) => (wordOwner.get(word) ?? u) !== u)) return;
        if (words.length === 1 && FUNCTION_WORDS.has(key)) return;
        if (!curated && words.length === 1 && (lexicon.zipf.get(key) ?? 0) >= COMMON_ZIPF) return;
      } else if ((owner.get(key) ?? u) !== u) return;
      taken.add(key);
      terms.push(term);
    };
    for (const term of unit.primary) add(term, true);
    for (const term of unit.curated) add(term, false, true);
    for (const term of unit.secondary) add(term, false);
    return terms;
  });
}

/**
 * Each unit's neighbour words (with their irregular forms) no unit already has: never a name or a
 * number, never a filler or common word, never a word another part of the claim uses.
 */
function nearTermsOf(
  units: readonly Unit[],
  terms: readonly string[][],
  lexicon: Lexicon,
  options: SelectOptions,
): string[][] {
  // Most claims' words have no neighbours: no need to collect every term's words for them.
  const hasAny = units.some((unit) => unit.neighbourKeys?.some((key) => lexicon.neighbours.has(key)));
  if (!hasAny) return units.map(() => []);
  const taken = new Set<string>();
  for (const list of terms) for (const term of list) for (const word of phraseKey(term).split(' ')) taken.add(word);
  for (const unit of units) for (const key of unit.keys) taken.add(key);
  return units.map((unit) => {
    const prefix =
      unit.kind === 'predicate' && !unit.record ? 'v:' : unit.kind === 'word' && options.nearNouns ? 'n:' : '';
    if (!prefix) return [];
    const near: string[] = [];
    for (const key of unit.neighbourKeys ?? []) {
      if (!key.startsWith(prefix) && !(prefix === 'v:' && key.startsWith('f:'))) continue;
      const list = (lexicon.neighbours.get(key) ?? [])
        .filter((n) => n.cosine >= options.nearCosine && options.nearRelations.includes(n.relation))
        .slice(0, options.nearPerWord);
      for (const { word } of list) {
        // A neighbour of another part of speech in most of its uses is matched in those ("freed" for
        // "released" is the term "free", and "registering is free" is no release).
        const pos = lexicon.related.get(word)?.pos;
        if (pos && pos !== prefix.charAt(0)) continue;
        const stemmed = phraseKey(word);
        if (!stemmed || taken.has(stemmed) || FUNCTION_WORDS.has(word) || FILLER_WORDS.has(word)) continue;
        // A common word ("begin", "hold", "give") is weak evidence, and the topic tier counts it over a whole page.
        if ((lexicon.zipf.get(stemmed) ?? 0) >= NEAR_COMMON_ZIPF) continue;
        taken.add(stemmed);
        near.push(word, ...(lexicon.formsOfLemma.get(`${prefix}${word}`) ?? []));
      }
    }
    return near;
  });
}

function popcount(mask: number): number {
  let count = 0;
  for (let rest = mask; rest !== 0; rest &= rest - 1) count++;
  return count;
}

/**
 * Subsets (as unit index lists) that cover the threshold and hold the required units; minimal ones
 * only. Every condition holds for a superset of a set it holds for, so a set is minimal exactly
 * when removing any one of its units breaks it: 2^n · n checks on bit masks, no set comparisons.
 */
function coveringSets(
  units: readonly Unit[],
  required: readonly number[],
  options: SelectOptions,
  predicate?: Unit,
): number[][] {
  const n = units.length;
  // Who did what to whom: with parties on both sides of the predicate ("5G towers … are spreading
  // measles"), a pattern holds one after it (what the act is about), so a sentence about the
  // subject alone ("the 5G towers … spreading this virus") is not this claim. Places, years and
  // other wordings' parts are on no side.
  let leftMask = 0;
  let rightMask = 0;
  // (A record's superlative has no sides: "the largest audience" is one thing.)
  if (options.bothSides && predicate && !predicate.optional && !predicate.record) {
    units.forEach((unit, u) => {
      if (unit === predicate || unit.optional || unit.place || (unit.kind === 'number' && unit.weight <= 1)) return;
      // Another clause's parts are on neither side of this act (", and there was nobody there").
      if ((unit.clause ?? 0) !== (predicate.clause ?? 0)) return;
      if (unit.position < predicate.position) leftMask |= 1 << u;
      else if (unit.position > predicate.position) rightMask |= 1 << u;
    });
    if (leftMask === 0 || rightMask === 0) leftMask = rightMask = 0;
  }
  // The claim's weight is that of its most distinctive parts (the required ones and the heaviest
  // others, four in all): a long claim must not need more of its words restated than a short one.
  const byWeight = units.map((_, u) => u).sort((a, b) => units[b]!.weight - units[a]!.weight);
  const top = [...new Set([...required, ...byWeight])].slice(0, Math.max(options.topUnits, required.length));
  const total = top.reduce((sum, u) => sum + units[u]!.weight, 0);
  // Two parts are a topic more often than a claim: three when the claim has three. A place ("in
  // Ohio") adds weight but is not a part enough: "12,000 … funding … in Ohio" is a topic, not the
  // claim; places fill the parts only when the claim has too few others ("Obama … born in Kenya").
  let partMask = 0;
  units.forEach((unit, u) => {
    if (!unit.place) partMask |= 1 << u;
  });
  // (The anchor and predicate are parts wherever they stand: "In Springfield, they're eating…")
  for (const u of required) partMask |= 1 << u;
  const minSize = Math.min(n, options.minParts);
  const minParts = Math.min(popcount(partMask), options.minParts);
  // Names alone are a topic, not a claim: a pattern holds something else when the claim has it.
  let otherMask = 0;
  units.forEach((unit, u) => {
    if (unit.kind !== 'name' && unit.kind !== 'number') otherMask |= 1 << u;
  });
  const requiredMask = required.reduce((mask, u) => mask | (1 << u), 0);
  const size = new Uint8Array(1 << n);
  const weight = new Float64Array(1 << n);
  const valid = new Uint8Array(1 << n);
  for (let mask = 1; mask < 1 << n; mask++) {
    const low = mask & -mask;
    const u = 31 - Math.clz32(low);
    size[mask] = size[mask ^ low]! + 1;
    weight[mask] = weight[mask ^ low]! + units[u]!.weight;
    valid[mask] =
      (mask & requiredMask) === requiredMask &&
      size[mask]! >= minSize &&
      popcount(mask & partMask) >= minParts &&
      weight[mask]! >= options.threshold * total - 1e-9 &&
      (otherMask === 0 || (mask & otherMask) !== 0) &&
      (rightMask === 0 || (mask & rightMask) !== 0)
        ? 1
        : 0;
  }
  const minimal: number[] = [];
  for (let mask = 1; mask < 1 << n; mask++) {
    if (!valid[mask]) continue;
    let isMinimal = true;
    for (let rest = mask; rest !== 0 && isMinimal; rest &= rest - 1)
      if (valid[mask ^ (rest & -rest)]) isMinimal = false;
    if (isMinimal) minimal.push(mask);
  }
  minimal.sort((a, b) => size[a]! - size[b]! || weight[b]! - weight[a]!);
  return minimal.map((mask) => units.map((_, u) => u).filter((u) => (mask & (1 << u)) !== 0));
}

/**
 * A claim with several verbs ("won the popular vote if you deduct the millions who voted
 * illegally") is stated by a sentence that restates any of them: the claim's verbs are one part,
 * named after its first curated relation.
 */
function mergePredicates(units: readonly Unit[]): Unit[] {
  const predicates = units
    .filter((unit) => unit.kind === 'predicate' && !unit.optional)
    .sort((a, b) => Number(b.relation ?? false) - Number(a.relation ?? false) || a.position - b.position);
  if (predicates.length < 2) return [...units];
  const [first, ...rest] = predicates;
  const merged: Unit = {
    ...first!,
    primary: [...new Set(predicates.flatMap((unit) => unit.primary))],
    curated: [...new Set(predicates.flatMap((unit) => unit.curated))],
    secondary: [...new Set(predicates.flatMap((unit) => unit.secondary))],
    keys: [...new Set(predicates.flatMap((unit) => unit.keys))],
    // Neighbours of the act the claim is about only: "so you must add your number" is advice, not the claim.
    ...(first!.neighbourKeys && { neighbourKeys: first!.neighbourKeys }),
    weight: Math.max(...predicates.map((unit) => unit.weight)),
  };
  return units.filter((unit) => !rest.includes(unit)).map((unit) => (unit === first ? merged : unit));
}

export interface Selection {
  spec: MatchSpec;
  /** The units that made it into concepts, in concept order. */
  units: Unit[];
}

/** The unit index that stands for the anchor's stand-in group in a covering set. */
const STAND_IN = -1;
export const STAND_IN_CONCEPT = 'word-stand-in';

/**
 * The stand-in words of a claim whose person has no title: one shared list (shared-concepts.ts), so
 * the claims that use it unchanged name it instead of each holding a copy.
 */
export const STAND_IN_PRONOUNS: string[] = Object.freeze(['he', 'she', 'him', 'his', 'her']) as string[];

/** Words for a person a sentence does not name: the claim's title for them and pronouns. */
function standInWords(person: Unit): string[] {
  if (!person.person) return [...new Set([...(person.roles ?? []), ...ORGANISATION_STAND_INS])];
  return [...new Set([...(person.roles ?? []), ...STAND_IN_PRONOUNS])];
}

/**
 * Words for an organisation a sentence does not name ("the company is selling…"). Not "it", "they":
 * said of anything ("It then connected that answer to research funded by…"). Not "giant": "tech
 * giants" are every company at once.
 */
const ORGANISATION_STAND_INS = [
  'the company',
  'the firm',
  'the agency',
  'the organisation',
  'the organization',
  'the group',
  'the platform',
  'the app',
  'the network',
  'the department',
  'the ministry',
  'the charity',
  'the foundation',
  'the brand',
  'the manufacturer',
  'the maker',
];

/**
 * The claim's party a pattern without it needs a stand-in for: its person, or else the organisation
 * it names before its act (not a place, not a thing the act is done to).
 */
function partyOf(units: readonly Unit[], predicate?: Unit): Unit | undefined {
  return (
    units.find((unit) => unit.person && !unit.optional) ??
    units.find(
      (unit) =>
        unit.kind === 'name' &&
        !unit.optional &&
        !unit.place &&
        isOrganisation(unit) &&
        predicate !== undefined &&
        unit.position < predicate.position,
    )
  );
}

/** Words that say a name is an organisation's, in it or in its other names ("the space agency", "meta platforms"). */
const ORGANISATION_HEADS = new Set(
  `company companies corporation corp inc ltd group foundation institute bank council ministry department agency
  association union commission committee network administration authority organisation organization platforms parent
  firm charity`.split(/\s+/),
);

/** Is the name an organisation's (not a thing's: "MMR", "Covid-19", "NameDrop")? */
function isOrganisation(unit: Unit): boolean {
  return [unit.label, ...unit.curated].some((form) =>
    form.split(/[\s-]+/).some((word) => ORGANISATION_HEADS.has(word)),
  );
}

/** `roles` for one party, as a table no list-given name can corrupt. */
function roleTable(party: string, words: readonly string[]): Record<string, string[]> {
  const table: Record<string, string[]> = Object.create(null) as Record<string, string[]>;
  Object.defineProperty(table, party, { value: [...words], enumerable: true, writable: true, configurable: true });
  return table;
}

/** Match data from a claim's units. Throws when there is nothing to match on. */
export function selectPatterns(
  givenUnits: readonly Unit[],
  lexicon: Lexicon,
  options: SelectOptions = DEFAULT_SELECT,
): Selection {
  const allUnits = options.onePredicate ? mergePredicates(givenUnits) : givenUnits;
  // The claim's own parts first; parts only another wording names fill the places left.
  const ranked = [...allUnits].sort(
    (a, b) =>
      Number(a.optional ?? false) - Number(b.optional ?? false) || b.weight - a.weight || a.position - b.position,
  );
  // The anchor: the claim's number (what makes "87,000 agents" this claim) or else its rarest name.
  // Of the names, the claim's subject: the first one nearly as distinctive as the rarest (a place
  // named at the end, "in Vietnam", is rarer than the man the claim is about, not more central).
  // A place ("in Lisbon") is the anchor only when the claim names no one and nothing else.
  const claimNames = allUnits.filter((unit) => unit.kind === 'name' && !unit.optional);
  const parties = claimNames.filter((unit) => !unit.place);
  const nameUnits = parties.length > 0 ? parties : claimNames;
  const rarestName = Math.max(0, ...nameUnits.map((unit) => unit.weight));
  const anchor =
    ranked.find((unit) => unit.kind === 'number' && unit.weight >= EXACT_NUMBER && !unit.optional) ??
    [...nameUnits].sort((a, b) => a.position - b.position).find((unit) => unit.weight >= 0.75 * rarestName);
  // The predicate: the first relation the claim states (a curated verb family), else its first verb.
  const inOrder = [...allUnits].sort((a, b) => a.position - b.position);
  const predicate =
    inOrder.find((unit) => unit.kind === 'predicate' && unit.relation && !unit.optional) ??
    inOrder.find((unit) => unit.kind === 'predicate' && !unit.optional);
  const kept = ranked.slice(0, options.maxUnits);
  for (const must of [anchor, predicate]) if (must && !kept.includes(must)) kept[kept.length - 1] = must;
  const units = [...new Set(kept)];
  if (units.length === 0) throw new Error('the claim has no words to match on');
  const terms = termsOf(units, lexicon, options.maxTermsPerConcept);
  const usable = units.map((_, u) => u).filter((u) => terms[u]!.length > 0);
  const usableUnits = usable.map((u) => units[u]!);
  const required = [anchor, predicate]
    .map((unit) => (unit ? usableUnits.indexOf(unit) : -1))
    .filter((index) => index >= 0);
  if (usableUnits.length === 0) throw new Error('the claim has no words to match on');

  const names = new Set<string>();
  const conceptNames = usableUnits.map((unit, i) => {
    let name = `${unit.kind}-${slug(unit.label) || i}`;
    while (names.has(name)) name = `${name}-${i}`;
    names.add(name);
    return name;
  });
  const near =
    options.near === 'off'
      ? usableUnits.map(() => [])
      : nearTermsOf(
          usableUnits,
          usable.map((u) => terms[u]!),
          lexicon,
          options,
        );
  const concepts: Record<string, string[]> = {};
  usableUnits.forEach((_, i) => {
    Object.defineProperty(concepts, conceptNames[i]!, {
      value: options.near === 'plain' ? [...terms[usable[i]!]!, ...near[i]!] : terms[usable[i]!]!,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  });
  /** Concept name → its neighbours' concept, for the units that have neighbours (anchored use). */
  const nearConcept = new Map<string, string>();
  if (options.near === 'anchored')
    usableUnits.forEach((_, i) => {
      if (near[i]!.length === 0) return;
      const name = `${conceptNames[i]!}-near`;
      Object.defineProperty(concepts, name, { value: near[i]!, enumerable: true, writable: true, configurable: true });
      nearConcept.set(conceptNames[i]!, name);
    });

  // k of n, then patterns that differ in their lightest optional unit merged into one any-of group.
  // Sides are read from one predicate: a claim of several clauses (its verbs merged into one part)
  // has parties on both sides of each, and no one side to require.
  const clauses = givenUnits.filter((unit) => unit.kind === 'predicate' && !unit.optional).length;
  const sidesOf = clauses === 1 ? predicate : undefined;
  const sets = coveringSets(usableUnits, required, options, sidesOf);
  // A sentence may state the claim without its anchor ("the triple jab might trigger autism"): with
  // the predicate and parts enough to cover the threshold without the anchor's weight.
  const anchorIndex = anchor ? usableUnits.indexOf(anchor) : -1;
  // Without a number anchor, one part more: "87,000 agents" is what the claim says, "IRS hired
  // agents" alone is not it.
  if (options.withoutAnchor && anchorIndex >= 0) {
    const minParts = anchor!.kind === 'name' ? options.minParts : options.minParts + 1;
    const others = usableUnits.filter((_, u) => u !== anchorIndex);
    const otherRequired = required.filter((u) => u !== anchorIndex).map((u) => (u > anchorIndex ? u - 1 : u));
    // A sentence without the claim's party names it some other way ("she", "the governor", "the
    // company"): without one, "<anyone> is selling users' messages" is every such claim at once.
    // (The claim's person, whether the anchor or not: "Minister X is selling users' messages for $66
    // million" without its number or its minister is every minister's sale.)
    // (An organisation the claim names before its act is its party too: "The agency is selling users'
    // messages for $129 million" without its number or its agency is every seller's.)
    const party = options.standIn ? partyOf(usableUnits, predicate) : undefined;
    const personIndex = party ? usableUnits.indexOf(party) : -1;
    const extra = coveringSets(others, otherRequired, { ...options, minParts }, sidesOf)
      .filter((set) => set.length >= minParts && set.some((u) => others[u]!.kind !== 'name'))
      .map((set) => set.map((u) => (u >= anchorIndex ? u + 1 : u)))
      .map((set) => (personIndex >= 0 && !set.includes(personIndex) ? [...set, STAND_IN] : set));
    sets.push(...extra.slice(0, options.maxPatterns - Math.min(sets.length, options.maxPatterns - 2)));
  }
  const merged = new Map<string, { base: number[]; last: number[] }>();
  for (const set of sets) {
    const optional = set.filter((u) => u !== STAND_IN && !required.includes(u));
    if (optional.length === 0) {
      merged.set(set.join(','), { base: set, last: [] });
      continue;
    }
    const lightest = optional.reduce((a, b) => (usableUnits[b]!.weight < usableUnits[a]!.weight ? b : a));
    const base = set.filter((u) => u !== lightest);
    const key = base.join(',');
    const entry = merged.get(key) ?? { base, last: [] };
    entry.last.push(lightest);
    merged.set(key, entry);
  }
  const patterns = [...merged.values()]
    .slice(0, options.maxPatterns)
    .map(({ base, last }) => [
      ...base.map((u) => [u === STAND_IN ? STAND_IN_CONCEPT : conceptNames[u]!]),
      ...(last.length > 0 ? [last.map((u) => conceptNames[u]!)] : []),
    ]);
  if (patterns.length === 0) patterns.push(usableUnits.map((_, u) => [conceptNames[u]!]));
  if (patterns.some((pattern) => pattern.some((group) => group.includes(STAND_IN_CONCEPT)))) {
    const own = new Set(Object.values(concepts).flatMap((list) => list.map(phraseKey)));
    const person = partyOf(usableUnits, predicate)!;
    const words = standInWords(person).filter((word) => !own.has(phraseKey(word)));
    const shared = words.length === STAND_IN_PRONOUNS.length && words.every((word, i) => word === STAND_IN_PRONOUNS[i]);
    Object.defineProperty(concepts, STAND_IN_CONCEPT, {
      value: shared ? STAND_IN_PRONOUNS : words,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  if (options.references) {
    const pairs = referencePairs(
      usableUnits,
      options.referenceWeight,
      predicate && usableUnits.includes(predicate) ? predicate : undefined,
    );
    // Claim talk the claim's own parts do not use ("a photograph proves…" keeps "photograph" its own).
    const own = new Set(Object.values(concepts).flatMap((list) => list.map(phraseKey)));
    // One shared list for the claims that use all of it (most): 100,000 claims need not hold 100,000 copies.
    const kept = CLAIM_TALK.filter((term) => !own.has(phraseKey(term)));
    const talk = kept.length === CLAIM_TALK.length ? CLAIM_TALK : kept;
    if (pairs.length > 0 && patterns.length < options.maxPatterns && !Object.hasOwn(concepts, CLAIM_TALK_CONCEPT)) {
      Object.defineProperty(concepts, CLAIM_TALK_CONCEPT, {
        value: talk,
        enumerable: true,
        writable: true,
        configurable: true,
      });
      for (const pair of pairs.slice(0, Math.max(0, options.maxPatterns - patterns.length)))
        patterns.push([...pair.map((u) => [conceptNames[u]!]), [CLAIM_TALK_CONCEPT]]);
    }
  }
  // A sentence may word the claim's act or thing as a neighbour does ("handed to telemarketers" for
  // "released to telemarketers") only where it names the claim's anchor exactly: a neighbour is
  // weaker evidence than the claim's own word or a WordNet synonym, and a topic sentence wording the
  // act some other way without the party is every such claim at once.
  // The act alone may be worded so anywhere (one part: the others still hold the claim's own words).
  const anchorName = anchorIndex >= 0 ? conceptNames[anchorIndex] : undefined;
  const predicateName =
    predicate && usableUnits.includes(predicate) ? conceptNames[usableUnits.indexOf(predicate)] : undefined;
  if (nearConcept.size > 0)
    for (const pattern of patterns) {
      const anchored = anchorName !== undefined && pattern.some((group) => group.includes(anchorName));
      pattern.forEach((group, g) => {
        const extra = group.flatMap((name) => {
          const other = nearConcept.get(name);
          return other && name !== anchorName && (anchored || name === predicateName) ? [other] : [];
        });
        if (extra.length > 0) pattern[g] = [...group, ...extra];
      });
    }
  // Unused neighbour concepts are dropped: stored data holds only what a pattern reads.
  for (const name of nearConcept.values())
    if (!patterns.some((pattern) => pattern.some((group) => group.includes(name))))
      Reflect.deleteProperty(concepts, name);
  const [all, ...alternatives] = patterns;
  return {
    spec: {
      concepts,
      all: all!,
      ...(alternatives.length > 0 && { alternatives }),
      none: [],
      overrides: [],
      // The party a paragraph names once and then calls "he", "the company": it may come from the
      // sentences before (the matcher's `carry`; such a match scores lower).
      ...(options.carryAnchor &&
        anchor?.kind === 'name' &&
        anchorIndex >= 0 && { carry: [conceptNames[anchorIndex]!] }),
      // How the article names that party once it has named it ("she", "the governor"): a role word
      // stands for the party only where the document named it before (the matcher's `roles`).
      ...(options.carryAnchor &&
        anchor?.kind === 'name' &&
        anchorIndex >= 0 &&
        anchor.roles && { roles: roleTable(conceptNames[anchorIndex]!, anchor.roles) }),
    },
    units: usableUnits,
  };
}
