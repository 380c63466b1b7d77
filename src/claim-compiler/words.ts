// Word classes the compiler needs beyond the lexicon: function words (never a concept), filler
// verbs (never required: a claim "shows" or "says" nothing a page must repeat), the words
// fact-check headlines wrap a claim in ("Fact check: viral post falsely claims…"), and the lemma
// of a word (WordNet's exception lists, then the regular endings WordNet's morphy strips).
import type { Lexicon } from './lexicon';

const set = (words: string) => new Set(words.trim().split(/\s+/));

export const FUNCTION_WORDS = set(`
  a about above across after again against all almost along also although am among an and another any anyone anything are
  around as at back be because been before being below between both but by can cannot could did do does doing done down during
  each either else even ever every few for from further had has have having he her here hers herself him himself his how however
  i if in into is it its itself just least less like many may me might more most much must my myself neither no nor not now of off
  on once one only onto or other others our ours ourselves out over own per quite rather same she should since so some such than
  that the their theirs them themselves then there these they this those though through thus to too toward towards under unless
  until up upon us very via was we well were what whatever when where whether which while who whom whose why will with within
  without would yet you your yours yourself yourselves didn't don't doesn't isn't aren't wasn't weren't won't can't couldn't
  shouldn't wouldn't hasn't haven't hadn't it's that's there's they're we're you're he's she's i'm let's
  mr mrs ms dr st etc eg ie vs
`);

/** Verbs and words a claim can use without them being what the claim says. */
export const FILLER_WORDS = set(`
  say said says saying tell told tells claim claims claimed claiming allege alleged allegedly alleges reportedly supposedly
  purportedly apparently show shows showed shown showing reveal reveals revealed prove proves proved proven suggest suggests
  suggested state states stated report reports reported find finds found know knows knew known think thinks thought believe
  believes believed see sees saw seen look looks looked seem seems seemed appear appears appeared come comes came go goes went
  gone get gets got make makes made take takes took taken become becomes became use uses used using want wants wanted let lets
  put puts keep keeps kept according actually really just now new recent recently currently still already people person thing
  things way ways fact facts true truth real last next ago today yesterday tomorrow week weeks month months image images photo photos picture video videos post posts posted posting tweet tweets
  viral online internet social media share shared sharing claim's thing lot lots part year years day days time times
  humans human everyone everybody anyone anybody someone somebody
`);

/** Words a fact-check's headline or name wraps the claim in; dropped from those wordings only. */
export const HEADLINE_WORDS = set(`
  fact check checks checking checked factcheck fact-check false falsely misleading misleadingly mislead misleads misled
  inaccurate incorrect wrong untrue baseless unfounded unsupported unproven bogus debunk debunked debunking myth myths rumour
  rumours rumor rumors no yes not don't doesn't didn't isn't aren't wasn't weren't without evidence lacks context missing
  altered satire satirical partly mostly pants fire verdict rating rated review reviewed explainer explained here's what know
  users user netizens circulating circulates circulated circulate spreading social media posts post shares shared share
  viral video videos photo photos image images clip misattributed attributed quote quotes repeat repeats repeated
  repeating amplify amplifies amplified revive revives revived resurface resurfaces resurfaced
`);

/** The lemma of a lower-case word: an irregular form's base ("sold" → "sell"), or a regular base WordNet knows. */
export function lemmaOf(word: string, lexicon: Lexicon): string {
  const irregular = lexicon.lemmaOfForm.get(word);
  if (irregular) return irregular;
  const candidates: string[] = [];
  if (word.endsWith('ies')) candidates.push(`${word.slice(0, -3)}y`);
  if (word.endsWith('es')) candidates.push(word.slice(0, -2));
  if (word.endsWith('s') && !word.endsWith('ss')) candidates.push(word.slice(0, -1));
  if (word.endsWith('ied')) candidates.push(`${word.slice(0, -3)}y`);
  if (word.endsWith('ed')) candidates.push(word.slice(0, -2), word.slice(0, -1), word.slice(0, -3));
  if (word.endsWith('ing')) candidates.push(word.slice(0, -3), `${word.slice(0, -3)}e`, word.slice(0, -4));
  // "eating" is the verb "eat" before the noun "eating"; "users" the noun "user".
  for (const candidate of candidates)
    if (candidate.length > 2 && lexicon.related.get(candidate)?.pos === 'v') return candidate;
  if (lexicon.related.has(word)) return word;
  for (const candidate of candidates) if (candidate.length > 2 && lexicon.related.has(candidate)) return candidate;
  // Comparatives only to an adjective ("user" is not more "us").
  const comparatives: string[] = [];
  if (word.endsWith('er')) comparatives.push(word.slice(0, -2), word.slice(0, -1));
  if (word.endsWith('est')) comparatives.push(word.slice(0, -3), word.slice(0, -2));
  for (const candidate of comparatives)
    if (candidate.length > 2 && lexicon.related.get(candidate)?.pos === 'a') return candidate;
  return word;
}
