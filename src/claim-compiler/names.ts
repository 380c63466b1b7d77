// Names in a claim: people and organisations, read from capitals and from the curated entity
// table, with the other names a page may use — the full name and the surname (never a first name
// alone), a former or bracketed name ("Meta (Facebook)", "X, formerly Twitter"), an acronym of an
// organisation, the descriptions news uses ("the 44th president"). A name keeps its digits
// ("COVID-19", "5G", "Apollo 11").
import { stem } from '../match/normalize';
import { phraseKey, type Lexicon } from './lexicon';
import type { ClaimToken } from './tokens';
import { FILLER_WORDS, FUNCTION_WORDS, lemmaOf } from './words';

export interface ClaimName {
  first: number;
  last: number;
  /** The name as written, lower case ("bill gates", "covid-19"). */
  name: string;
  /** Every form a page may use for it. */
  forms: string[];
  /** A person's name (two to four capitalised words, no organisation word): found by surname too. */
  person?: boolean;
}

/** Words that mark an organisation, not a person ("World Health Organization" has no surname). */
const ORGANISATION_WORDS = new Set(
  `organization organisation party university college company corporation corp inc ltd group foundation institute bank council
  ministry department agency association union commission committee court board church network news times post journal
  service services administration authority center centre school hospital fund league club agency systems airlines motors
  technologies labs laboratory forum society federation republic kingdom states nations county city state island islands
  river lake mountain mountains valley province district region act law treaty accord`.split(/\s+/),
);
const CONNECTORS = new Set(['of', 'for', 'and', 'the', 'de', 'la', 'van', 'von', 'der', 'del', 'da', 'on']);
/** Titles and roles written before a name ("Actor Denzel Washington", "President Joe Biden"): not part of it. */
export const TITLES = new Set(
  `actor actress singer rapper star president former vice senator sen governor gov mayor minister prime chancellor secretary
  ceo founder billionaire dr doctor professor prof mr mrs ms sir dame lady lord king queen prince princess pope judge rep
  representative congressman congresswoman general gen host comedian director chairman chief late says said`.split(
    /\s+/,
  ),
);
/** Month and day names read as dates, never as names. */
export const DATE_WORDS = new Set(
  `january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept
  oct nov dec monday tuesday wednesday thursday friday saturday sunday`.split(/\s+/),
);
const FORMER =
  /^\s*(?:\(\s*(?:formerly|previously|now|aka|also known as|known as)?|,?\s*(?:formerly|previously|aka|also known as|known as))\s*$/i;

function capitalised(token: ClaimToken): boolean {
  return /^\p{Lu}/u.test(token.raw) || (/\d/.test(token.raw) && /\p{L}/u.test(token.raw));
}

/** A form that would match everywhere ("us", "who", "x") is replaced by its phrase with "the", or dropped. */
function safeForm(form: string, lexicon: Lexicon): string | undefined {
  const key = phraseKey(form);
  if (!key) return undefined;
  if (key.includes(' ')) return form;
  if (FUNCTION_WORDS.has(key) || key.length < 2) return undefined;
  const zipf = lexicon.zipf.get(key) ?? 0;
  return zipf >= 5.5 ? undefined : form;
}

/** Forms of one name as written. */
/** Is the name as written a person's (two to four capitalised words, no organisation word, no digits, no product)? */
function isPersonName(tokens: readonly ClaimToken[], first: number, last: number): boolean {
  const words = tokens.slice(first, last + 1);
  const capitals = words.filter(capitalised);
  const isOrganisation =
    words.some((t) => ORGANISATION_WORDS.has(t.lower)) || words.some((t) => CONNECTORS.has(t.lower));
  const allCaps = words.every((t) => t.raw === t.raw.toUpperCase());
  // "Apple's NameDrop", "Google's iPhone": a possessive inside the name, or a word capitalised
  // inside, is a product.
  const product = words.some(
    (t, i) => /\p{Ll}\p{Lu}/u.test(t.raw) || (i < words.length - 1 && /['\u2019]s$/i.test(t.raw)),
  );
  return (
    !isOrganisation &&
    !allCaps &&
    !product &&
    capitals.length >= 2 &&
    capitals.length <= 4 &&
    words.every((t) => !/\d/.test(t.raw))
  );
}

function formsOfName(tokens: readonly ClaimToken[], first: number, last: number, lexicon: Lexicon): string[] {
  const words = tokens.slice(first, last + 1);
  const name = words
    .map((t, i) => (i === 0 ? t.lower : `${/-/.test(t.gapBefore) ? '-' : ' '}${t.lower}`))
    .join('')
    .replace(/^the /, '');
  const forms = new Set<string>([name]);
  const capitals = words.filter(capitalised);
  const isOrganisation =
    words.some((t) => ORGANISATION_WORDS.has(t.lower)) || words.some((t) => CONNECTORS.has(t.lower));
  const allCaps = words.every((t) => t.raw === t.raw.toUpperCase());
  if (
    !isOrganisation &&
    !allCaps &&
    capitals.length >= 2 &&
    capitals.length <= 4 &&
    words.every((t) => !/\d/.test(t.raw))
  ) {
    // A person: the surname alone finds them; the first name alone never does.
    const surname = capitals[capitals.length - 1]!.lower;
    if ((lexicon.zipf.get(surname) ?? 0) < 5) forms.add(surname);
  }
  if (isOrganisation && capitals.length >= 2) {
    const acronym = capitals.map((t) => t.lower.charAt(0)).join('');
    forms.add(`the ${acronym}`);
    if ((lexicon.zipf.get(acronym) ?? 0) < 3.5 && !FUNCTION_WORDS.has(acronym)) forms.add(acronym);
  }
  // The entity table: the whole name or its surname / short form.
  for (const candidate of [...forms]) {
    const names = lexicon.entityNames.get(phraseKey(candidate));
    if (names) for (const other of names) forms.add(other);
  }
  // WordNet's instances: a person's or organisation's other full names and what they are ("the
  // physicist"), when the name as written picks out one instance.
  const found = name.includes(' ') ? lexicon.instances.get(phraseKey(name)) : undefined;
  if (found && found.length === 1) {
    const [instance] = found;
    for (const other of instance!.names) if (other.includes(' ')) forms.add(other);
    for (const description of instance!.descriptions) forms.add(`the ${description}`);
  }
  return [...forms].map((form) => safeForm(form, lexicon)).filter((form): form is string => form !== undefined);
}

/**
 * The names in a claim's tokens. `taken` marks tokens already read as part of something else
 * (a number); a capitalised first word of a sentence counts only when it is not a common word.
 */
export function findNames(tokens: readonly ClaimToken[], lexicon: Lexicon, taken: ReadonlySet<number>): ClaimName[] {
  const names: ClaimName[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    // "US", "WHO" in capitals are names; "The", "It" are not.
    const acronym = token.raw.length >= 2 && token.raw === token.raw.toUpperCase() && /\p{L}/u.test(token.raw);
    // Titles, dates and a capitalised first word that is an ordinary verb or filler ("Says", "Posting").
    // ("Mark Zuckerberg" keeps "Mark": a verb-like first word before another capital is a first name.)
    const nextCapital = i + 1 < tokens.length && capitalised(tokens[i + 1]!) && /^ $/.test(tokens[i + 1]!.gapBefore);
    const ordinaryStart =
      token.sentenceStart &&
      (FILLER_WORDS.has(token.lower) ||
        /ing$/.test(token.lower) ||
        (!nextCapital && lexicon.related.get(token.lower)?.pos === 'v'));
    if (
      taken.has(i) ||
      !capitalised(token) ||
      (FUNCTION_WORDS.has(token.lower) && !acronym) ||
      TITLES.has(token.lower) ||
      DATE_WORDS.has(token.lower) ||
      (ordinaryStart && !lexicon.entityNames.has(token.lower))
    ) {
      i++;
      continue;
    }
    let last = i;
    for (let j = i + 1; j < tokens.length; j++) {
      const next = tokens[j]!;
      if (taken.has(j) && !/\d/.test(next.raw)) break;
      const gap = next.gapBefore;
      if (!/^[ \-.]*$/.test(gap) || /\.\s/.test(gap)) break;
      if (DATE_WORDS.has(next.lower) || TITLES.has(next.lower)) break;
      // A known name in capitals after another name is a second name ("AstraZeneca COVID-19 vaccine").
      const upper = (t: ClaimToken) => t.raw.length >= 2 && t.raw === t.raw.toUpperCase() && /\p{L}/u.test(t.raw);
      if (upper(next) && !upper(tokens[j - 1]!) && lexicon.entityNames.has(next.lower)) break;
      // "Apollo 11" is a name; "Oslo 90%", "Texas 300 million" a place and an amount.
      const amount =
        /^%/.test(next.gapAfter) || /^(?:percent|per|million|billion|thousand|times)$/.test(tokens[j + 1]?.lower ?? '');
      if (
        capitalised(next) ||
        (/^\d+$/.test(next.raw) && /^[ -]$/.test(gap) && capitalised(tokens[j - 1]!) && !amount)
      ) {
        last = j;
        continue;
      }
      // "of", "for" inside an organisation's name; "and" only inside one ("Netflix and Spotify" are two).
      const joins =
        CONNECTORS.has(next.lower) &&
        j + 1 < tokens.length &&
        capitalised(tokens[j + 1]!) &&
        /^ $/.test(tokens[j + 1]!.gapBefore) &&
        (next.lower !== 'and' || tokens.slice(j + 1, j + 5).some((t) => ORGANISATION_WORDS.has(t.lower)));
      if (joins) continue;
      break;
    }
    // A trailing connector is not part of the name ("Centers for" … cut short).
    while (last > i && CONNECTORS.has(tokens[last]!.lower)) last--;
    const single = last === i;
    // (Its plural or inflected form counts as the word: "Humans use…", "Bananas imported…".)
    const common = Math.max(lexicon.zipf.get(token.lower) ?? 0, lexicon.zipf.get(stem(token.lower)) ?? 0) >= 4;
    // (So is a word WordNet knows as an ordinary word and not as a name: "Inflation was at 9%…".)
    const ordinaryWord =
      lexicon.related.has(lemmaOf(token.lower, lexicon)) && !lexicon.instances.has(phraseKey(token.lower));
    if (single && token.sentenceStart && (common || ordinaryWord) && !lexicon.entityNames.has(phraseKey(token.lower))) {
      i++;
      continue;
    }
    // A sentence-initial capital that is an ordinary word does not start a longer name either ("Vaccines Cause…" headlines aside).
    const first = token.sentenceStart && !single && common && FUNCTION_WORDS.has(token.lower) ? i + 1 : i;
    names.push({
      first,
      last,
      name: '',
      forms: formsOfName(tokens, first, last, lexicon),
      ...(isPersonName(tokens, first, last) && { person: true }),
    });
    names[names.length - 1]!.name = names[names.length - 1]!.forms[0] ?? token.lower;
    i = last + 1;
  }
  // "Meta (Facebook)", "X, formerly Twitter": the second name is another name of the first.
  for (let n = names.length - 1; n > 0; n--) {
    const before = names[n - 1]!;
    const after = names[n]!;
    const between = tokens
      .slice(before.last + 1, after.first)
      .map((t) => `${t.gapBefore}${t.raw}`)
      .join('');
    const gap = `${between}${tokens[after.first]!.gapBefore}`;
    if (FORMER.test(gap)) {
      before.forms = [...new Set([...before.forms, ...after.forms])];
      before.last = after.last;
      names.splice(n, 1);
    }
  }
  return names;
}
