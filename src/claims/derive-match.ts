// Matching terms for a claim that arrives without any: a claim imported from a ClaimReview or
// written by the user in the options page. The claim's content words become 2–4 required
// concept groups (the strongest words spread over the groups, weaker words as alternatives),
// with an inflection wildcard on longer words ("messages" → "messag*").
import type { MatchSpec } from './schema';

const STOPWORDS = new Set(
  `a about above after again against all also am an and any are as at be because been before being below between both but by can
  could did do does doing down during each few for from further had has have having he her here hers herself him himself his how
  i if in into is it its itself just me more most my myself no nor not now of off on once only or other our ours ourselves out over
  own same she should so some such than that the their theirs them themselves then there these they this those through to too under
  until up very was we were what when where which while who whom why will with would you your yours yourself yourselves said says
  say claim claims claimed according reportedly allegedly new one two many much via per us`.split(/\s+/),
);

const MAX_GROUPS = 4;
const MAX_WORDS_PER_GROUP = 3;
const MAX_WILDCARDS = 4;

interface Word {
  term: string;
  weight: number;
  position: number;
}

/** The content words of a text, most distinctive first: names and numbers, then longer words. */
export function contentWords(text: string): Word[] {
  const words = new Map<string, Word>();
  const pattern = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
  let position = 0;
  for (const found of text.matchAll(pattern)) {
    const raw = found[0].replace(/['’]s$/i, '').replace(/['’]/g, '');
    const term = raw.toLowerCase();
    const index = found.index ?? 0;
    if (term.length < 2 || STOPWORDS.has(term) || words.has(term)) continue;
    const sentenceStart = index === 0 || /[.!?]\s*$/.test(text.slice(0, index));
    const capitalised = /^\p{Lu}/u.test(raw) && !sentenceStart;
    const weight = (capitalised ? 3 : 0) + (/\d/.test(term) ? 2 : 0) + Math.min(term.length, 12) / 12;
    words.set(term, { term, weight, position: position++ });
  }
  return [...words.values()].sort((a, b) => b.weight - a.weight || a.position - b.position);
}

function withWildcard(word: Word, budget: { left: number }): string {
  if (budget.left <= 0 || word.weight >= 2 || word.term.length < 5) return word.term;
  const stem = word.term.replace(/(ing|ed|es|s)$/, '');
  if (stem.length < 4 || stem === word.term) return word.term;
  budget.left--;
  return `${stem}*`;
}

export function deriveMatchSpec(text: string): MatchSpec {
  const words = contentWords(text).slice(0, MAX_GROUPS * MAX_WORDS_PER_GROUP);
  if (words.length === 0) throw new Error('the claim has no words to match on');
  const groups = words.length === 1 ? 1 : Math.min(MAX_GROUPS, Math.max(2, Math.ceil(words.length / 2)));
  const concepts: Record<string, string[]> = {};
  const all: string[][] = Array.from({ length: groups }, () => []);
  const budget = { left: MAX_WILDCARDS };
  words.forEach((word, index) => {
    concepts[word.term] = [withWildcard(word, budget)];
    all[index % groups]!.push(word.term);
  });
  return { concepts, all, none: [], overrides: [] };
}
