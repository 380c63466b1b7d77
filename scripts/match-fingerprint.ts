// Fingerprints what the matcher finds on every text we have, so a change to the engine that must not
// change its output (a restructuring, a speed-up) can be checked byte for byte:
//   npx tsx scripts/match-fingerprint.ts --write /tmp/before.json   (on the old engine)
//   npx tsx scripts/match-fingerprint.ts --compare /tmp/before.json (on the new one; exit 1 on a difference)
// Texts: the benchmark corpus at every list size, the labelled dev sets (one sentence and whole
// paragraphs of them, for the carry rule), the seed articles (whole and a paragraph per block), and
// seeded random texts made of the lists' own words, stance words and punctuation.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unrelatedSentences } from '../bench/claimreview-feed';
import { articleParagraphs, claimList, createRandom } from '../bench/corpus';
import { benchList, type ListKind } from '../bench/lists';
import { compileMatcher, matchText, type ClaimMatch } from '../src/match';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

interface Corpus {
  name: string;
  claims: number;
  /** The list's kind (bench/lists.ts); hand-written by default. */
  kind?: ListKind;
  texts: string[];
}

function devSetTexts(): string[] {
  const dir = resolve(root, 'tests/fixtures/dev-set');
  const sentences = readdirSync(dir)
    .filter((name) => name.endsWith('.jsonl'))
    .flatMap((name) =>
      readFileSync(resolve(dir, name), 'utf8')
        .split('\n')
        .filter((line) => line.trim())
        .map((line) => (JSON.parse(line) as { text: string }).text),
    );
  // Paragraphs of three to five neighbouring sentences: what the carry rule and sibling order see.
  const paragraphs: string[] = [];
  for (let i = 0; i + 3 < sentences.length; i += 2) paragraphs.push(sentences.slice(i, i + 3 + (i % 3)).join(' '));
  return [...sentences, ...paragraphs];
}

function seedTexts(): string[] {
  const dir = resolve(root, '../shared/seeds');
  let names: string[] = [];
  try {
    names = readdirSync(dir).filter((name) => name.endsWith('.txt'));
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const text = readFileSync(resolve(dir, name), 'utf8');
    return [text, ...text.split('\n').filter((line) => line.trim())];
  });
}

function randomTexts(words: readonly string[], count: number, seed: number): string[] {
  const random = createRandom(seed);
  const glue = [
    ' ',
    ' ',
    ' ',
    ', ',
    '. ',
    '? ',
    '! ',
    '.\n\n',
    ' — ',
    ' "',
    '" ',
    ' (',
    ') ',
    "'s ",
    ' 5bn ',
    ' $150m ',
  ];
  const texts: string[] = [];
  for (let t = 0; t < count; t++) {
    const length = 3 + random.int(60);
    let text = '';
    for (let w = 0; w < length; w++) {
      const word = random.pick(words);
      text +=
        (random.chance(0.1) ? word.toUpperCase() : random.chance(0.2) ? word[0]!.toUpperCase() + word.slice(1) : word) +
        random.pick(glue);
    }
    texts.push(text);
  }
  return texts;
}

const STANCE_WORDS = `not never no didn't denied denies false untrue said says claimed alleged according reportedly
  viral posts it they the company the two companies did really ? however but critics argued that hoax rumor satire`.split(
  /\s+/,
);

function corpora(): Corpus[] {
  const out: Corpus[] = [];
  const article = articleParagraphs(400_000, 7);
  for (const size of [10, 100, 1000, 10_000, 100_000])
    out.push({ name: `bench-${size}`, claims: size, texts: article });
  // Claims compiled from a ClaimReview feed: a small vocabulary shared by every claim, so common words
  // anchor thousands of patterns (the bucketed anchors' path).
  const news = [...unrelatedSentences(3_000, 11), ...articleParagraphs(100_000, 8)];
  for (const size of [10_000, 100_000]) out.push({ name: `feed-${size}`, claims: size, kind: 'feed', texts: news });
  const bundled = claimList(10);
  const listWords = [
    ...new Set(
      bundled.flatMap((claim) =>
        Object.values(claim.match.concepts ?? {})
          .flat()
          .flatMap((term) => term.replace(/\*$/, '').split(/\s+/)),
      ),
    ),
  ];
  out.push({ name: 'dev-sets', claims: 10, texts: devSetTexts() });
  out.push({ name: 'seeds', claims: 10, texts: seedTexts() });
  out.push({ name: 'random', claims: 10, texts: randomTexts([...listWords, ...STANCE_WORDS], 4000, 42) });
  out.push({ name: 'random-1000', claims: 1000, texts: randomTexts([...listWords, ...STANCE_WORDS], 1000, 43) });
  return out;
}

function fingerprint(): Record<string, { texts: number; matches: number; sha256: string; lines: string[] }> {
  const result: Record<string, { texts: number; matches: number; sha256: string; lines: string[] }> = {};
  for (const corpus of corpora()) {
    const matcher = compileMatcher(corpus.kind ? benchList(corpus.kind, corpus.claims) : claimList(corpus.claims));
    const hash = createHash('sha256');
    const lines: string[] = [];
    let matches = 0;
    corpus.texts.forEach((text, i) => {
      const found: ClaimMatch[] = matchText(matcher, text);
      matches += found.length;
      const line = `${i}\t${JSON.stringify(found)}`;
      hash.update(line);
      lines.push(line);
    });
    result[corpus.name] = { texts: corpus.texts.length, matches, sha256: hash.digest('hex'), lines };
  }
  return result;
}

const [mode, file] = process.argv.slice(2);
if ((mode !== '--write' && mode !== '--compare') || !file) {
  console.error('usage: tsx scripts/match-fingerprint.ts --write FILE | --compare FILE');
  process.exit(2);
}
const now = fingerprint();
if (mode === '--write') {
  writeFileSync(file, JSON.stringify(now));
  for (const [name, { texts, matches, sha256 }] of Object.entries(now))
    console.log(`${name}: ${texts} texts, ${matches} matches, ${sha256.slice(0, 16)}`);
} else {
  const before = JSON.parse(readFileSync(file, 'utf8')) as ReturnType<typeof fingerprint>;
  let differ = 0;
  let texts = 0;
  for (const [name, corpus] of Object.entries(now)) {
    texts += corpus.texts;
    const old = before[name];
    if (old?.sha256 === corpus.sha256) {
      console.log(`same  ${name}: ${corpus.texts} texts, ${corpus.matches} matches`);
      continue;
    }
    differ++;
    const at = corpus.lines.findIndex((line, i) => line !== old?.lines[i]);
    console.log(`DIFF  ${name}: first at text ${at}\n  before: ${old?.lines[at]}\n  now:    ${corpus.lines[at]}`);
  }
  console.log(differ === 0 ? `identical on ${texts} texts` : `${differ} corpora differ`);
  process.exit(differ === 0 ? 0 : 1);
}
