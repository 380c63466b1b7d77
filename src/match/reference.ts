// Does a sentence refer back to parties named before it? Pronouns and a few definite descriptions
// ("the company", "the two companies"): English function words, the same for every claim, so they
// live here rather than in the lists (see `carry` in the claim schema).
/** Words that can stand for one organisation named earlier. */
const SINGULAR = new Set(['it', 'its', 'we', 'us', 'our']);
/** Words that can stand for two or more parties named earlier ("they", "the two companies"). */
const PLURAL = new Set(['they', 'them', 'their', 'theirs', 'both', 'these', 'those']);
/** After "the": nouns that point back to a party already named. */
const SINGULAR_NOUNS = new Set(['company', 'firm', 'platform', 'service', 'network', 'streamer', 'giant', 'board', 'deal', 'agreement', 'arrangement', 'spend']);
const PLURAL_NOUNS = new Set(['two', 'companies', 'firms', 'pair', 'partners']);

/** Does the sentence refer back to one party (`parties` 1) or to two or more (`parties` 2)? */
export function refersBack(words: readonly string[], parties: 1 | 2): boolean {
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (PLURAL.has(word) || (parties === 1 && SINGULAR.has(word))) return true;
    if (word !== 'the' && word !== 'these' && word !== 'both') continue;
    const next = words[i + 1];
    if (next !== undefined && (PLURAL_NOUNS.has(next) || (parties === 1 && SINGULAR_NOUNS.has(next)))) return true;
  }
  return false;
}
