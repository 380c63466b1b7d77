// A wording of a claim read as units: the parts a sentence stating the claim has to cover — its
// names, its numbers, its predicate, its other distinctive words and set phrases — each with the
// terms a page may use for it (word forms, synonyms, paraphrases, other names, number forms) and
// a weight (how distinctive it is: IDF from word frequencies, more for names and numbers).
import { stem } from '../match/normalize';
import { RELATIVES } from '../match/rules/false-names';
import { phraseKey, type Lexicon } from './lexicon';
import { DATE_WORDS, findNames, TITLES } from './names';
import { findNumbers, numberForms, type ClaimNumber } from './numbers';
import { tokenize, type ClaimToken } from './tokens';
import { FILLER_WORDS, FUNCTION_WORDS, HEADLINE_WORDS, lemmaOf } from './words';

export type UnitKind = 'name' | 'number' | 'predicate' | 'word';

export interface Unit {
  kind: UnitKind;
  /** A predicate from the curated relation lexicon (fact-checks' verbs): preferred as the claim's predicate. */
  relation?: boolean;
  /** What the unit is, for concept names and "explain" ("gates", "5-billion", "cause"). */
  label: string;
  /** The unit's own forms (as written, its lemma and inflections): never taken by another unit. */
  primary: string[];
  /** Curated terms (relation and paraphrase families, entity names): kept even when common ("give"). */
  curated: string[];
  /** Synonyms, paraphrases and other names: dropped where they collide with another unit. */
  secondary: string[];
  weight: number;
  /** A name read as where something happened ("in Lisbon"): a circumstance, not a party to the claim. */
  place?: boolean;
  /** Only another wording of the claim names it: evidence, never the anchor or the predicate. */
  optional?: boolean;
  /** Position of its first token in the wording. */
  position: number;
  /** Stems of the unit's own words: units of two wordings with a shared stem are one unit. */
  keys: string[];
  /**
   * Words an article uses for the party once it has named it ("she", "the governor"): the title the
   * claim writes before a person's name, and a person's pronouns (the matcher's `roles`).
   */
  roles?: string[];
  /** A person's name (not an organisation's, a place's or a thing's). */
  person?: boolean;
  /** A superlative carrying a record claim ("the largest crowd ever"): an act with no sides. */
  record?: boolean;
  /**
   * Where the word stands in the neighbour table (`v:release`): words used as it is in running text
   * ("handed", "leaked"), which select.ts may add, weighted lower, where the claim's words are too narrow.
   */
  neighbourKeys?: string[];
  /** Which clause of the wording it is in (", and there was…" opens the next): sides of an act are read in its clause. */
  clause?: number;
}

/** Pronouns that stand for a person named earlier in the document (subjects only: "his" in "Obama's father … his hotel" may be anyone's). */
const PERSON_PRONOUNS = ['he', 'she'];
/** Titles that say nothing of who someone is ("former", "Mr", "says"). */
const NOT_ROLES = new Set([
  'prime',
  'former',
  'vice',
  'late',
  'says',
  'said',
  'mr',
  'mrs',
  'ms',
  'sir',
  'dame',
  'lady',
  'lord',
  'sen',
  'gov',
  'gen',
  'rep',
  'prof',
  'dr',
]);

/** Zipf of an unseen word: rarer than anything counted. */
const UNSEEN_ZIPF = 1;
const MAX_RELATED_PER_WORD = 6;

export function idf(word: string, lexicon: Lexicon): number {
  const zipf = lexicon.zipf.get(stem(word)) ?? UNSEEN_ZIPF;
  return Math.max(0.3, 7 - zipf);
}

/**
 * Every inflection the matcher's stemmer will not join for a lemma ("sell" → "sold"), of its
 * part of speech when known ("wind" the noun has no "wound").
 */
function irregular(lemma: string, lexicon: Lexicon, pos?: string): string[] {
  if (pos) return lexicon.formsOfLemma.get(`${pos}:${lemma}`) ?? [];
  return ['v', 'n', 'a'].flatMap((p) => lexicon.formsOfLemma.get(`${p}:${lemma}`) ?? []);
}

/** Prepositions before a name that say where ("in Lisbon", "across Texas"), not who. */
const LOCATIVES = new Set(['in', 'at', 'near', 'across', 'throughout', 'inside', 'outside', 'around']);

/** Words that open a subordinate clause. */
const SUBORDINATORS = new Set([
  'before',
  'after',
  'until',
  'when',
  'while',
  'because',
  'since',
  'unless',
  'although',
  'if',
]);

/** Words before "to" that make it the claim's own future act, not a purpose ("about to be released", "going to ban"). */
const FUTURE_MARKERS = new Set(['about', 'going', 'set', 'due', 'poised', 'planning', 'plans', 'plan']);

/** Words that open a relative clause about the noun before them (", which contains…"). */
const RELATIVE_PRONOUNS = new Set(['which', 'who', 'whom', 'whose']);

/** Words that open an adverbial clause presupposing its act ("in addition to winning…", "besides…"). */
const PRESUPPOSING = [['in', 'addition', 'to'], ['besides'], ['apart', 'from'], ['as', 'well', 'as']];

/**
 * Token spans [first, last] of a wording's background clauses. A clause opened by a subordinator
 * at the start of the text or after a comma ends at the next comma; one opened mid-clause runs to
 * the end ("won Texas before the count was stopped"). A purpose clause ("to promote") runs to the
 * end; a relative clause (", which …") to the next comma or the end. (Not a participle after its
 * noun, "a penny dropped from the roof": its act is often the claim's own, and "the crowd laughed
 * at him" reads the same.)
 */
export function backgroundClauses(tokens: readonly ClaimToken[], lexicon: Lexicon): [number, number][] {
  const spans: [number, number][] = [];
  const nextComma = (from: number) => {
    for (let i = from; i < tokens.length; i++) if (/,/.test(tokens[i]!.gapAfter)) return i;
    return tokens.length - 1;
  };
  const opensClause = (i: number) => i === 0 || /[,;:(]/.test(tokens[i - 1]!.gapAfter);
  // The end of the coordinate clause a token is in (", but Pelosi rejected them" is a clause of its own).
  const clauses = clauseIndexes(tokens);
  const clauseEnd = (from: number) => {
    let i = from;
    while (i + 1 < tokens.length && clauses[i + 1] === clauses[from]) i++;
    return i;
  };
  let subordinateSeen = false;
  tokens.forEach((token, i) => {
    const word = token.lower;
    // Inside a clause already read ("in addition to winning" is not also a purpose clause).
    if (spans.some(([first, last]) => i > first && i <= last)) return;
    const presupposing = PRESUPPOSING.find((words) => words.every((w, k) => tokens[i + k]?.lower === w));
    if (presupposing && opensClause(i)) {
      spans.push([i, nextComma(i)]);
      return;
    }
    if (SUBORDINATORS.has(word) && (i > 0 || opensClause(i))) {
      // The first subordinator mid-clause runs to the end, as before; one that opens a clause to its comma.
      if (opensClause(i)) spans.push([i, nextComma(i)]);
      else if (!subordinateSeen) spans.push([i, clauseEnd(i)]);
      subordinateSeen = true;
      return;
    }
    if (
      i > 0 &&
      word === 'to' &&
      !FUTURE_MARKERS.has(tokens[i - 1]!.lower) &&
      lexicon.related.get(lemmaOf(tokens[i + 1]?.lower ?? '', lexicon))?.pos === 'v'
    ) {
      if (!subordinateSeen) spans.push([i, clauseEnd(i)]);
      subordinateSeen = true;
      return;
    }
    if (i > 0 && RELATIVE_PRONOUNS.has(word) && /,/.test(tokens[i - 1]!.gapAfter)) {
      spans.push([i, nextComma(i)]);
      return;
    }
  });
  return spans;
}

/** The relation lexicon's family of superlatives, by its first term. */
const SUPERLATIVE_FAMILY = 'family:largest';

/** Words that open a coordinate clause after a comma or semicolon (", and there was nobody there"). */
const COORDINATORS = new Set(['and', 'but', 'while', 'whereas', 'yet', 'so']);

/** Each token's clause: a new one starts at ", and …", ", but …", "; …" or a sentence break. */
function clauseIndexes(tokens: readonly ClaimToken[]): number[] {
  let clause = 0;
  return tokens.map((token, i) => {
    if (i > 0 && (/[;.!?]/.test(token.gapBefore) || (/,/.test(token.gapBefore) && COORDINATORS.has(token.lower))))
      clause++;
    return clause;
  });
}

/** Auxiliaries before a participle ("be released", "has leaked"). */
const AUXILIARIES = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'get', 'got']);

/** Particles of phrasal verbs ("give away", "cover up", "shut down"). */
const PARTICLES = new Set(['away', 'up', 'out', 'off', 'over', 'down', 'back']);

/** Words after which a word is a noun ("our wind", "the shot"), whatever WordNet says it mostly is. */
const DETERMINERS = new Set(['the', 'a', 'an', 'our', 'their', 'his', 'its', 'my', 'your', 'these', 'those']);

function wordUnit(
  token: ClaimToken,
  position: number,
  lexicon: Lexicon,
  previous?: ClaimToken,
  afterNumber = false,
): Unit {
  const word = token.lower;
  const lemma = lemmaOf(word, lexicon);
  // A mostly-verb word used as a noun ("our wind") takes neither the verb's forms ("wound") nor its relations.
  // (Also after a number: "2.7 million votes" are things, not an act of voting.)
  // (And the claim's first word: its subject, "Rents in Porto went up", "Drinking hot water kills".)
  const nounUse =
    afterNumber ||
    previous === undefined ||
    (previous !== undefined &&
      (DETERMINERS.has(previous.lower) ||
        // After a possessive: "Harris' rally", "the company's ban".
        /(?:['\u2019]s$)/i.test(previous.raw) ||
        /^['\u2019]\s/.test(previous.gapAfter) ||
        /^\d/.test(previous.raw) ||
        /^(?:thousand|million|billion|trillion)s?$/.test(previous.lower)));
  const verbEntry = lexicon.related.get(lemma);
  const entry = nounUse && verbEntry?.pos === 'v' ? undefined : verbEntry;
  const primary = new Set([
    word,
    lemma,
    ...(nounUse && verbEntry?.pos === 'v' ? [] : irregular(lemma, lexicon, entry?.pos)),
  ]);
  const secondary = new Set<string>();
  const verbFamily = lexicon.predicateFamily.get(stem(lemma)) ?? lexicon.predicateFamily.get(stem(word));
  // A noun brings a relation only when the relation has that noun ("votes"), not the verb's ("doctors" is no "doctored").
  const family =
    nounUse && verbFamily && !verbFamily.some((term) => phraseKey(term) === stem(word)) ? undefined : verbFamily;
  const paraphrases = lexicon.paraphraseFamily.get(phraseKey(word)) ?? lexicon.paraphraseFamily.get(phraseKey(lemma));
  const curated = [...(family ?? []), ...(paraphrases ?? [])];
  // Relations of the word's dominant part of speech only when the claim uses it so: "owned",
  // "spreading" are verbs whatever sense the word mostly has.
  const verbForm = word !== lemma && /(?:ed|ing)$/.test(word);
  const agrees = !(verbForm && entry?.pos !== 'v');
  for (const related of agrees ? (entry?.words ?? []).slice(0, MAX_RELATED_PER_WORD) : []) {
    secondary.add(related);
    for (const form of irregular(related, lexicon, entry?.pos)) secondary.add(form);
  }
  // A participle after a form of "be" or "have" is a verb whatever the word mostly is ("are about to
  // be released", "has leaked"): WordNet's verbs are those the neighbour table has a verb entry for.
  const passive =
    previous !== undefined &&
    AUXILIARIES.has(previous.lower) &&
    /(?:ed|en)$/.test(word) &&
    entry?.pos !== 'v' &&
    lexicon.neighbours.has(`v:${lemma}`);
  // A word of a paraphrase family names a thing ("vaccinated" → vaccine), even when it is a verb form.
  const isPredicate =
    !nounUse && (family !== undefined || passive || (entry?.pos === 'v' && paraphrases === undefined));
  const weight = idf(word, lexicon);
  return {
    kind: isPredicate ? 'predicate' : 'word',
    relation: family !== undefined,
    label: lemma,
    primary: [...primary],
    curated,
    secondary: [...secondary],
    weight: isPredicate ? Math.max(weight, 2.5) : weight,
    position,
    // Words of one curated family are one part ("died … dead").
    keys: [...new Set([stem(word), stem(lemma), ...(family ? [`family:${family[0]}`] : [])])],
    // An irregular form has its own sense and its own neighbours ("born" is no "bear", carry).
    ...(isPredicate && { neighbourKeys: [lexicon.lemmaOfForm.has(word) ? `f:${word}` : `v:${lemma}`] }),
    ...(!isPredicate && entry?.pos === 'n' && { neighbourKeys: [`n:${lemma}`] }),
  };
}

/**
 * Phrases of the relation lexicon ("side effect of" is a wording of cause): the claim's act, though
 * written as a noun ("The outbreak is a side effect of the vaccine").
 */
function findRelationPhrases(tokens: readonly ClaimToken[], lexicon: Lexicon, taken: Set<number>): Unit[] {
  const units: Unit[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    for (let length = Math.min(3, tokens.length - i); length >= 2; length--) {
      const span = tokens.slice(i, i + length);
      if (span.some((_, k) => taken.has(i + k)) || span.slice(1).some((t) => !/^[ -]$/.test(t.gapBefore))) continue;
      const phrase = span.map((t) => t.lower).join(' ');
      const family = lexicon.predicateFamily.get(phraseKey(phrase));
      if (!family) continue;
      for (let k = 0; k < length; k++) taken.add(i + k);
      units.push({
        kind: 'predicate',
        relation: true,
        label: phrase,
        primary: [phrase],
        curated: [...family],
        secondary: [],
        weight: Math.max(2.5, ...span.map((t) => idf(t.lower, lexicon))),
        position: i,
        keys: [phraseKey(phrase), `family:${family[0]}`],
      });
      i += length - 1;
      break;
    }
  }
  return units;
}

/** Longest set phrases of the paraphrase table in the tokens ("climate change", "moon landing"). */
function findPhrases(tokens: readonly ClaimToken[], lexicon: Lexicon, taken: Set<number>): Unit[] {
  const units: Unit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (let length = Math.min(lexicon.maxPhraseWords, tokens.length - i); length >= 2; length--) {
      const span = tokens.slice(i, i + length);
      if (span.some((_, k) => taken.has(i + k)) || span.slice(1).some((t) => !/^[ -]$/.test(t.gapBefore))) continue;
      const phrase = span.map((t) => t.lower).join(' ');
      const family = lexicon.paraphraseFamily.get(phraseKey(phrase));
      if (!family) continue;
      for (let k = 0; k < length; k++) taken.add(i + k);
      const weight =
        Math.max(...span.filter((t) => !FUNCTION_WORDS.has(t.lower)).map((t) => idf(t.lower, lexicon)), 1) + 1;
      units.push({
        kind: 'word',
        label: phrase,
        primary: [phrase],
        curated: [...family],
        secondary: [],
        weight,
        position: i,
        keys: [phraseKey(phrase)],
      });
      break;
    }
  }
  return units;
}

/**
 * WordNet's compound nouns are one part ("heart attacks", "baking soda", "face mask"): their words
 * are not the claim's predicate ("attacks", "baking") nor two parts of it. The head noun alone may
 * stand for the compound ("masks"), unless it is mostly a verb or a relation ("attack").
 */
function findWordNetCompounds(tokens: readonly ClaimToken[], lexicon: Lexicon, taken: Set<number>): Unit[] {
  const units: Unit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (let length = Math.min(3, tokens.length - i); length >= 2; length--) {
      const span = tokens.slice(i, i + length);
      if (span.some((t, k) => taken.has(i + k) || FUNCTION_WORDS.has(t.lower) || /\d/.test(t.raw))) continue;
      if (span.slice(1).some((t) => !/^[ -]$/.test(t.gapBefore))) continue;
      const phrase = span.map((t) => t.lower).join(' ');
      const key = phraseKey(phrase);
      if (!lexicon.compounds.has(key)) continue;
      for (let k = 0; k < length; k++) taken.add(i + k);
      const head = span[length - 1]!.lower;
      const headLemma = lemmaOf(head, lexicon);
      const headIsThing =
        lexicon.related.get(headLemma)?.pos !== 'v' &&
        !lexicon.predicateFamily.has(stem(headLemma)) &&
        (lexicon.zipf.get(stem(head)) ?? 0) < COMMON_HEAD_ZIPF;
      units.push({
        kind: 'word',
        label: phrase,
        primary: [phrase],
        curated: [...(lexicon.paraphraseFamily.get(key) ?? [])],
        secondary: headIsThing ? [head] : [],
        weight: Math.max(1, ...span.map((t) => idf(t.lower, lexicon))) + 1,
        position: i,
        keys: [key],
      });
      i += length - 1;
      break;
    }
  }
  return units;
}

/** A compound's head this common names too much on its own ("level" of "sea level"). */
const COMMON_HEAD_ZIPF = 5;

/**
 * Hyphenated compounds are one part ("end-to-end", "long-sleeved", "mail-in"): the matcher reads
 * "end-to-end" and "end to end" alike, and "end" alone is not what the claim says.
 */
function findCompounds(tokens: readonly ClaimToken[], lexicon: Lexicon, taken: Set<number>): Unit[] {
  const units: Unit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let last = i;
    while (last + 1 < tokens.length && tokens[last + 1]!.gapBefore === '-' && !taken.has(last + 1)) last++;
    if (last === i || taken.has(i) || tokens.slice(i, last + 1).some((t) => /\d/.test(t.raw))) continue;
    const span = tokens.slice(i, last + 1);
    const phrase = span.map((t) => t.lower).join('-');
    for (let k = i; k <= last; k++) taken.add(k);
    const content = span.filter((t) => !FUNCTION_WORDS.has(t.lower));
    units.push({
      kind: 'word',
      label: phrase,
      primary: [phrase],
      curated: [...(lexicon.paraphraseFamily.get(phraseKey(phrase)) ?? [])],
      secondary: [],
      weight: Math.max(1, ...content.map((t) => idf(t.lower, lexicon))) + 1,
      position: i,
      keys: [phraseKey(phrase)],
    });
    i = last;
  }
  return units;
}

/**
 * How distinctive a number is. A year is restated less often than an amount; a small bare number
 * is weak evidence; a round one ("25 percent", "300", "3 million") is said of many things, an
 * exact one ("87,000", "2.7 million") of few — only those may anchor a claim (select.ts).
 */
export function numberWeight(number: ClaimNumber): number {
  if (number.year) return 1;
  if (number.value < 10 && !number.percent) return 2;
  const digits = String(number.value).replace('.', '').replace(/^0+/, '').replace(/0+$/, '');
  const round = digits.length <= 1 || (number.percent && number.value % 5 === 0);
  return round ? 3.5 : 5;
}

export interface ReadOptions {
  /** A fact-check headline or an appearance's title: drop the words such headlines wrap a claim in. */
  headline?: boolean;
}

/** The units of one wording of the claim. */
export function readUnits(text: string, lexicon: Lexicon, options: ReadOptions = {}): Unit[] {
  let tokens = tokenize(text);
  // A wording in Title Case or capitals ("Did Einstein Fail Math?", "VACCINES CAUSE AUTISM") says
  // nothing by its capitals: read it in lower case, so only the entity table finds names in it.
  const letters = tokens.filter((t) => /^\p{L}/u.test(t.raw) && !FUNCTION_WORDS.has(t.lower));
  // Every content word: a sentence with one lower-case verb among names ("Barack Obama was born in
  // Kenya, not in Hawaii") is written in sentence case, and its capitals are names.
  if (letters.length >= 3 && letters.every((t) => /^\p{Lu}/u.test(t.raw)))
    tokens = tokens.map((t) => ({ ...t, raw: t.lower }));
  const taken = new Set<number>();
  const units: Unit[] = [];
  const numberTokens = new Set<number>();
  for (const number of findNumbers(tokens)) {
    for (let i = number.first; i <= number.last; i++) {
      taken.add(i);
      if (!number.year) numberTokens.add(i);
    }
    const forms = numberForms(number);
    units.push({
      kind: 'number',
      label: forms[0]!,
      primary: forms,
      curated: [],
      secondary: [],
      weight: numberWeight(number),
      position: number.first,
      keys: [`#${forms[0]}`],
    });
  }
  for (const name of findNames(tokens, lexicon, taken)) {
    for (let i = name.first; i <= name.last; i++) taken.add(i);
    // A role written before a name ("Prime Minister Grace Ramos") says who they are, not what the
    // claim says: a sentence about any president or minister would otherwise have a part of it.
    const titles: string[] = [];
    for (let i = name.first - 1; i >= 0 && TITLES.has(tokens[i]!.lower) && !taken.has(i); i--) {
      taken.add(i);
      if (!NOT_ROLES.has(tokens[i]!.lower)) titles.push(tokens[i]!.lower);
    }
    const roles = [...titles, ...(name.person || titles.length > 0 ? PERSON_PRONOUNS : [])];
    if (name.forms.length === 0) continue;
    const words = tokens.slice(name.first, name.last + 1).filter((t) => !FUNCTION_WORDS.has(t.lower));
    if (options.headline && words.every((t) => HEADLINE_WORDS.has(t.lower))) continue;
    const rarest = Math.max(...words.map((t) => idf(t.lower, lexicon)), 1);
    const before = tokens[name.first - 1]?.lower;
    // "Ted Cruz's father": the claim is about the relative, and the matcher does not count a possessive
    // name before a relative (match/rules/false-names.ts) unless the term holds both.
    const relative = tokens[name.last + 1];
    // "the son of Fidel Castro" is "Castro's son" too.
    const ofRelative = tokens[name.first - 1]?.lower === 'of' ? tokens[name.first - 2] : undefined;
    const relativeForms =
      /['\u2019]s$/i.test(tokens[name.last]!.raw) && relative && RELATIVES.has(relative.lower)
        ? name.forms.map((form) => `${form} ${relative.lower}`)
        : ofRelative && RELATIVES.has(ofRelative.lower)
          ? name.forms.map((form) => `${form} ${ofRelative.lower}`)
          : [];
    units.push({
      kind: 'name',
      ...(before !== undefined && LOCATIVES.has(before) && { place: true }),
      label: name.name,
      // (Own forms: "father" is also a part of its own, and may not take another part's words.)
      primary: [name.forms[0]!, ...relativeForms],
      curated: name.forms.slice(1),
      secondary: [],
      weight: rarest + 1,
      position: name.first,
      keys: [...new Set(name.forms.map(phraseKey))],
      ...(roles.length > 0 && { roles }),
      ...(name.person && { person: true }),
    });
  }
  units.push(...findRelationPhrases(tokens, lexicon, taken));
  units.push(...findPhrases(tokens, lexicon, taken));
  units.push(...findWordNetCompounds(tokens, lexicon, taken));
  units.push(...findCompounds(tokens, lexicon, taken));
  tokens.forEach((token, i) => {
    if (taken.has(i)) return;
    const word = token.lower;
    if (FUNCTION_WORDS.has(word) || DATE_WORDS.has(word) || word.length < 2 || /^\d/.test(word)) return;
    if (options.headline && HEADLINE_WORDS.has(word)) return;
    // A filler verb with its particle may be a relation fact-checks are about ("went up" = rose).
    const particle = tokens[i + 1];
    const lemma = lemmaOf(word, lexicon);
    if (
      particle &&
      PARTICLES.has(particle.lower) &&
      /^ $/.test(particle.gapBefore) &&
      (FILLER_WORDS.has(word) || FILLER_WORDS.has(lemma))
    ) {
      const family = lexicon.predicateFamily.get(phraseKey(`${lemma} ${particle.lower}`));
      if (family) {
        taken.add(i + 1);
        units.push({
          kind: 'predicate',
          relation: true,
          label: `${lemma} ${particle.lower}`,
          primary: [`${word} ${particle.lower}`],
          curated: [...family],
          secondary: [],
          weight: Math.max(idf(word, lexicon), 2.5),
          position: i,
          keys: [`family:${family[0]}`],
        });
        return;
      }
    }
    if (FILLER_WORDS.has(word) || FILLER_WORDS.has(lemma)) return;
    // A plural right after the claim's verb is its object ("paid doctors"), not a verb ("doctors a photo").
    const previousUnit = units[units.length - 1];
    const afterVerb = previousUnit?.kind === 'predicate' && previousUnit.position === i - 1 && /[^s]s$/.test(word);
    const unit = wordUnit(token, i, lexicon, tokens[i - 1], numberTokens.has(i - 1) || afterVerb);
    // A phrasal verb and its noun: "giving away" → "give away", "giveaway"; "cover up" → "cover-up".
    const next = tokens[i + 1];
    if (unit.kind === 'predicate' && next && PARTICLES.has(next.lower) && /^ $/.test(next.gapBefore)) {
      taken.add(i + 1);
      const lemma = lemmaOf(word, lexicon);
      const verbs = [word, ...unit.primary.filter((form) => form !== word)];
      unit.primary = verbs.map((verb) => `${verb} ${next.lower}`);
      unit.curated = [`${lemma}${next.lower}`, `${lemma}-${next.lower}`, ...unit.curated];
      unit.secondary = [];
      delete unit.neighbourKeys;
      unit.label = `${lemma} ${next.lower}`;
    }
    units.push(unit);
  });
  // A verb of a background clause says when, why or what else is so, not what the claim is: once
  // a clause outside every such clause has its predicate, it is an ordinary part. Background
  // clauses: subordinate ("won Texas … before the count was stopped"), purpose ("paid doctors … to
  // promote the vaccine"), relative (", which contains a chimpanzee virus") and "in addition to winning…". Their facts are
  // often true (the fact-check concedes them), so a sentence restating them is the true story.
  const background = backgroundClauses(tokens, lexicon);
  const inBackground = (position: number) => background.some(([first, last]) => position >= first && position <= last);
  if (units.some((unit) => unit.kind === 'predicate' && !inBackground(unit.position)))
    for (const unit of units)
      if (unit.kind === 'predicate' && inBackground(unit.position)) {
        unit.kind = 'word';
        unit.relation = false;
      }
  // "sold or gave", "Covid or flu": either word states the claim, so the two are one unit.
  units.sort((a, b) => a.position - b.position);
  for (let u = units.length - 1; u > 0; u--) {
    const before = units[u - 1]!;
    const after = units[u]!;
    const between = tokens.slice(before.position + 1, after.position).map((t) => t.lower);
    // Two participles are two wordings of one act whatever WordNet says each mostly is ("tapped or hacked").
    const participles = [before, after].every((unit) => /(?:ed|en)$/.test(tokens[unit.position]?.lower ?? ''));
    const verbs =
      [before.kind, after.kind].includes('predicate') &&
      [before.kind, after.kind].every((k) => k !== 'name' && k !== 'number');
    if (
      (before.kind === after.kind || (participles && verbs)) &&
      between.length >= 1 &&
      between[between.length - 1] === 'or' &&
      after.position - before.position <= 3
    ) {
      before.primary = [...before.primary, ...after.primary];
      before.secondary = [...before.secondary, ...after.secondary];
      before.curated = [...before.curated, ...after.curated];
      before.keys = [...before.keys, ...after.keys];
      before.neighbourKeys = [...(before.neighbourKeys ?? []), ...(after.neighbourKeys ?? [])];
      before.weight = Math.min(before.weight, after.weight);
      if (after.kind === 'predicate') {
        before.kind = 'predicate';
        before.relation = (before.relation ?? false) || (after.relation ?? false);
      }
      units.splice(u, 1);
    }
  }
  // A superlative is what a record claim says ("the largest audience ever", "the greatest economy in
  // history"): its act, whatever verb carries it ("drew", "built").
  for (const unit of units)
    if (unit.kind === 'word' && unit.keys.includes(SUPERLATIVE_FAMILY)) {
      unit.kind = 'predicate';
      unit.relation = true;
      unit.record = true;
      // Its own degree only: "a large crowd" is no record.
      const written = tokens[unit.position]?.lower;
      unit.primary = unit.primary.filter((form) => form === written);
      unit.secondary = unit.secondary.filter((form) => /(?:est|most)\b/.test(form));
      // The verb that carries the record ("drew", "built") is no act of its own.
      for (const other of units) if (other.kind === 'predicate' && !other.relation) other.kind = 'word';
    }
  const clauses = clauseIndexes(tokens);
  for (const unit of units) unit.clause = clauses[unit.position] ?? 0;
  // One unit per stem: "vaccines … vaccine" in a claim is one thing.
  const merged: Unit[] = [];
  for (const unit of units) {
    const same = merged.find((other) => other.keys.some((key) => unit.keys.includes(key)));
    if (same) {
      same.primary = [...new Set([...same.primary, ...unit.primary])];
      same.secondary = [...new Set([...same.secondary, ...unit.secondary])];
      same.curated = [...new Set([...same.curated, ...unit.curated])];
      same.neighbourKeys = [...new Set([...(same.neighbourKeys ?? []), ...(unit.neighbourKeys ?? [])])];
    } else merged.push(unit);
  }
  return merged.sort((a, b) => a.position - b.position);
}
