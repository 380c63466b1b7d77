// Does a sentence refer back to parties named before it? Pronouns and a few definite descriptions
// ("the company", "the two companies"): English function words, the same for every claim, so they
// live here rather than in the lists (see `carry` in the claim schema).

/** Words that can stand for two or more parties named earlier ("they", "the two companies"). */
const PLURAL = String.raw`they|them|their|theirs|both|(?:the|these|both|those) (?:two|companies|firms|pair|partners)`;
/** A definite description of one organisation named earlier: what names a party across paragraphs. */
const DESCRIPTION = String.raw`the (?:company|firm|platform|service|network|streamer|giant|board|deal|agreement|arrangement|spend)`;
/** Words that can stand for one organisation named earlier ("it", "we", "the company", "the board"). */
const SINGULAR = String.raw`it|its|we|us|our|${DESCRIPTION}`;

const REFERS_TO_SEVERAL = new RegExp(String.raw`(?<![\p{L}\p{N}'’])(?:${PLURAL})(?![\p{L}\p{N}])`, 'iu');
const REFERS_TO_ONE = new RegExp(String.raw`(?<![\p{L}\p{N}'’])(?:${PLURAL}|${SINGULAR})(?![\p{L}\p{N}])`, 'iu');

const DESCRIBES_ONE = new RegExp(String.raw`(?<![\p{L}\p{N}'’])(?:${DESCRIPTION})(?![\p{L}\p{N}])`, 'iu');

const REFERS_TO_ONE_ONLY = new RegExp(String.raw`(?<![\p{L}\p{N}'’])(?:${SINGULAR})(?![\p{L}\p{N}])`, 'iu');

/** Where the sentence first refers back to exactly one party ("it", "the company"; not "they"), or -1. */
export function refersBackToOneAt(sentence: string): number {
  return REFERS_TO_ONE_ONLY.exec(sentence)?.index ?? -1;
}

/** Where the sentence first names a party by a definite description ("the company"), or -1. */
export function describesPartyAt(sentence: string): number {
  return DESCRIBES_ONE.exec(sentence)?.index ?? -1;
}

/** Does the sentence refer back to one party (`parties` 1) or to two or more (`parties` 2)? */
export function refersBack(sentence: string, parties: 1 | 2): boolean {
  return (parties === 1 ? REFERS_TO_ONE : REFERS_TO_SEVERAL).test(sentence);
}

/**
 * Is a party's term, as written, its name rather than a description of it? A one-word term
 * ("Netflix", "fb", "netflix" in a forum post) or words with a capital after the first letter ("Reed
 * Hastings' company", "Facebook Messenger") name it; lower-case words ("streaming service", "the
 * social network") only describe it, and describe another firm as well ("Fennix, the sports-streaming
 * service"). `oneWord`: the term's hit spans one word (the caller knows it from the scan).
 */
export function namesPartyByName(surface: string, oneWord: boolean): boolean {
  return oneWord || UPPER_AFTER_FIRST.test(surface);
}

const UPPER_AFTER_FIRST = /^.[^]*\p{Lu}/u;
