// The claim compiler's facade: match data for a claim that arrives without any (imported from a
// ClaimReview, in a subscribed list without `match`, or written in the options page), compiled from
// its text and whatever other wordings the list gives. Pure: runs in the background and the CLI.
// Hand-written `match` always wins; callers only come here when a claim has none.
//
// The output is ordinary match data in the list's notation (concepts, `all`, `alternatives`,
// `none`), read by the existing matcher: see units.ts (what a claim's parts are), select.ts (which
// of them a sentence must cover), lexicon.ts (the word data), numbers.ts and names.ts.
import type { MatchSpec } from '../claims/schema';
import { compileMatcher, matchText } from '../match';
import wordnet from '../../assets/lexicon/wordnet.json';
import predicates from '../../assets/lexicon/predicates.json';
import paraphrases from '../../assets/lexicon/paraphrases.json';
import entities from '../../assets/lexicon/entities.json';
import neighbours from '../../assets/lexicon/neighbours.json';
import { loadLexicon, phraseKey, type Lexicon } from './lexicon';
import { DEFAULT_SELECT, selectPatterns, type SelectOptions } from './select';
import { idf, readUnits, type Unit } from './units';
import { FUNCTION_WORDS, FILLER_WORDS } from './words';
import { tokenize } from './tokens';

/**
 * What the compiler makes of a claim changes with its code and its word data: claims stored with
 * compiled match data are compiled again when this changes (db/lists.ts recompileStoredClaims).
 * Bump the number when the code's output changes; the word data's sizes are read, so an edit that
 * adds or removes a family or a WordNet entry counts without a bump.
 */
export const COMPILER_VERSION = [
  // 5: shared concepts (claim talk, stand-in pronouns) are stored by name (shared-concepts.ts).
  // 6: background clauses, record superlatives, relation phrases, organisation stand-ins (feed5).
  // 7: the act's word neighbours (neighbours.json), participles after "be", "about to" (feed6).
  7,
  wordnet.related.length,
  wordnet.forms.length,
  predicates.families.reduce((sum, family) => sum + family.terms.length, 0),
  paraphrases.families.reduce((sum, family) => sum + family.length, 0),
  JSON.stringify(entities).length,
  neighbours.neighbours.length,
].join('.');

/** Concept names the compiler gives ("name-…", "number-…", "predicate-…", "word-…", "veto-…"). */
const COMPILED_CONCEPT = /^(?:name|number|predicate|word|veto)-/;

/**
 * Is this match data what the compiler made (every concept named as it names them)? Claims imported
 * from ClaimReview by older versions carry their compiled data as `match`: they are compiled again.
 */
export function looksCompiled(match: MatchSpec): boolean {
  const names = Object.keys(match.concepts ?? {});
  return names.length > 0 && names.every((name) => COMPILED_CONCEPT.test(name));
}

/** What the compiler reads of a claim. */
export interface ClaimSource {
  /** The claim as the list states it (a ClaimReview's claimReviewed). */
  text: string;
  /** Other names of the claim's people and organisations ("Meta" for "Facebook"). */
  aliases?: readonly string[];
  /** Sentences that state, report or deny the claim (`match`), and sentences that must not match (`nomatch`). */
  examples?: { readonly match?: readonly string[]; readonly nomatch?: readonly string[] };
  /**
   * Other statements of the claim: the fact-check's headline or name, `examples.match`. Their words
   * widen the claim's own parts; parts only they name are optional evidence (never the anchor).
   */
  wordings?: readonly string[];
  /**
   * Titles of the pages the claim appeared in: they may restate it or only say where it was made
   * ("Hannity interview, Fox News"), so their words only widen parts the claim already has.
   */
  titles?: readonly string[];
  /** Who made the claim (a ClaimReview's itemReviewed.author.name): the "I" of a claim in the first person. */
  claimant?: string;
}

/** A claim in the first person ("Inflation was at 9% when I came to office"): its "I" is the claimant. */
const FIRST_PERSON = /(?:^|[^\p{L}'’])(?:I|I'm|I’m|I've|I’ve|I'd|I’d|my|me|myself)(?![\p{L}'’])/u;

/** Data shared by every compile (the lexicon), and the knobs calibrated on the tuning set. */
export interface CompilerContext {
  lexicon: Lexicon;
  select: SelectOptions;
}

export function compilerContext(select: Partial<SelectOptions> = {}): CompilerContext {
  return { lexicon: loadLexicon(), select: { ...DEFAULT_SELECT, ...select } };
}

let defaultContext: CompilerContext | undefined;

/** The claim's unit that a unit of another wording names: by a shared word or term. */
function sameUnit(units: readonly Unit[], unit: Unit): Unit | undefined {
  const termKeys = new Set([...unit.primary, ...unit.secondary].map(phraseKey));
  return units.find(
    (other) =>
      other.keys.some((key) => unit.keys.includes(key)) ||
      // "morgan" of a lower-cased headline is a word of the name "morgan freeman".
      (other.kind === 'name' && other.keys.some((key) => key.split(' ').some((word) => unit.keys.includes(word)))) ||
      other.primary.some((term) => termKeys.has(phraseKey(term))) ||
      unit.primary.some((term) => other.secondary.some((s) => phraseKey(s) === phraseKey(term))),
  );
}

/** Words that deny what follows them in a fact-check's headline ("No, X did not cause Y"). */
const NEGATORS = new Set([
  'no',
  'not',
  'never',
  "didn't",
  "doesn't",
  "don't",
  "isn't",
  "aren't",
  "wasn't",
  "weren't",
  "won't",
  "can't",
  'cannot',
  'nor',
]);

/**
 * Does the wording deny the act at this token ("were not caused by", "No, Biden is not banning")?
 * A headline words the correction: its verb is the claim's act only where it is the act it denies;
 * a verb before the denial belongs to the true story ("Oxford traffic filters are not a lockdown").
 */
function deniedAct(text: string, position: number): boolean {
  return tokenize(text)
    .slice(0, position)
    .some((token) => NEGATORS.has(token.lower) || /n['’]t$/.test(token.lower));
}

/** A unit of another wording joins the claim's unit it shares a word or a term with. */
function absorb(units: Unit[], extra: readonly Unit[], mode: 'wording' | 'title', text = ''): void {
  // A wording that shares fewer than two parts with the claim is about its topic, not a restatement
  // ("Fact check: false claim about health"): it widens the parts it shares and adds none.
  const restates = extra.filter((unit) => sameUnit(units, unit)).length >= 2;
  // The claim's act as a restating wording words it ("were not caused by" for "were started by") is
  // one more wording of the claim's predicate, not a part of its own a sentence may leave out.
  const predicate = units.find((unit) => unit.kind === 'predicate' && !unit.optional);
  for (const unit of extra) {
    if (mode === 'wording' && restates && predicate && unit.kind === 'predicate' && !sameUnit(units, unit)) {
      if (!deniedAct(text, unit.position)) continue;
      predicate.secondary = [...new Set([...predicate.secondary, ...unit.primary, ...unit.curated])];
      continue;
    }
    const same = sameUnit(units, unit);
    // Its own forms only: a word's thesaurus entries belong to the word ("trump card" is not Trump).
    if (same) same.secondary = [...new Set([...same.secondary, ...unit.primary])];
    else if (mode === 'wording' && restates) units.push({ ...unit, optional: true, weight: unit.weight * 0.8 });
    // A part only a title names is left out: titles often say where the claim was made, not what it says.
  }
}

/** Aliases ("Meta", "Facebook") join the name they share a word with, or the claim's first name. */
function addAliases(units: Unit[], aliases: readonly string[]): void {
  const names = units.filter((unit) => unit.kind === 'name');
  for (const alias of aliases) {
    const key = phraseKey(alias);
    if (!key) continue;
    const target =
      names.find((unit) => unit.keys.some((k) => key.split(' ').some((word) => k.split(' ').includes(word)))) ??
      names[0] ??
      units[0];
    if (target) target.secondary = [...new Set([...target.secondary, alias.toLowerCase()])];
  }
}

/** Words of a sentence that a nomatch example has and no wording of the claim has: a safe veto. */
function vetoWord(sentence: string, known: ReadonlySet<string>, lexicon: Lexicon): string | undefined {
  const candidates = tokenize(sentence)
    .map((token) => token.lower)
    .filter(
      (word) => !FUNCTION_WORDS.has(word) && !FILLER_WORDS.has(word) && !known.has(phraseKey(word)) && word.length > 2,
    )
    .sort((a, b) => idf(b, lexicon) - idf(a, lexicon));
  return candidates[0];
}

/** Match data for the claim; throws when the text has no words to match on. */
export function compileClaim(claim: ClaimSource, context?: CompilerContext): MatchSpec {
  const ctx = context ?? (defaultContext ??= compilerContext());
  const { lexicon } = ctx;
  const units = readUnits(claim.text, lexicon);
  for (const wording of claim.wordings ?? [])
    absorb(units, readUnits(wording, lexicon, { headline: true }), 'wording', wording);
  for (const example of claim.examples?.match ?? []) absorb(units, readUnits(example, lexicon), 'wording', example);
  for (const title of claim.titles ?? []) absorb(units, readUnits(title, lexicon, { headline: true }), 'title');
  addAliases(units, claim.aliases ?? []);
  // The claimant of a claim in the first person is its subject: "Biden said inflation was 9% when he
  // took office" names him where the claim says "I". Evidence only, never the anchor.
  if (claim.claimant && FIRST_PERSON.test(claim.text))
    for (const unit of readUnits(claim.claimant, lexicon, { headline: true }))
      if (unit.kind === 'name' && !sameUnit(units, unit))
        units.push({ ...unit, optional: true, weight: unit.weight * 0.8, position: units.length });
  const { spec } = selectPatterns(units, lexicon, ctx.select);

  // A `nomatch` example the data still matches gets a veto: its most distinctive word that no
  // wording or `match` example of the claim uses (so the veto cannot cost a sentence that states it).
  const nomatch = claim.examples?.nomatch ?? [];
  if (nomatch.length > 0) {
    const known = new Set<string>();
    for (const text of [claim.text, ...(claim.wordings ?? []), ...(claim.examples?.match ?? [])])
      for (const token of tokenize(text)) known.add(phraseKey(token.lower));
    for (const terms of Object.values(spec.concepts)) for (const term of terms) known.add(phraseKey(term));
    const vetoes: string[] = [];
    for (const sentence of nomatch) {
      const matcher = compileMatcher([{ id: 'claim', match: spec }]);
      if (matchText(matcher, sentence).length === 0) continue;
      const word = vetoWord(sentence, known, lexicon);
      if (!word) continue;
      const name = `veto-${vetoes.length + 1}`;
      Object.defineProperty(spec.concepts, name, {
        value: [word],
        enumerable: true,
        writable: true,
        configurable: true,
      });
      vetoes.push(name);
      spec.none = vetoes;
    }
  }
  return spec;
}
