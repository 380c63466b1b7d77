// A synthetic ClaimReview feed the size aggregated fact-check feeds have, for the benchmarks: JSON-LD
// as fact-checkers publish it (schema.org ClaimReview, one review per claim), on varied topics that
// share one vocabulary (the same people, places, numbers and topic words recur across thousands of
// reviews, as they do in real feeds), seeded so two runs read the same feed. Its claims are compiled
// by the importer (src/claims/claim-review.ts, which calls the claim compiler), exactly as a
// subscribed ClaimReview list is. `unrelatedSentences` writes news prose with the same names and topic
// words that states none of the claims: what a false match is measured on.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readyToMatch } from '../src/claim-check';
import { importClaimReviews } from '../src/claims/claim-review';
import type { MatchableClaim } from '../src/match/types';
import { createRandom } from './corpus';

type Random = ReturnType<typeof createRandom>;

const FIRST = [
  'Maria',
  'James',
  'Aisha',
  'Chen',
  'Olga',
  'Rahul',
  'Fatima',
  'Lucas',
  'Ingrid',
  'Kwame',
  'Sofia',
  'Daniel',
  'Priya',
  'Mateo',
  'Hannah',
  'Yusuf',
  'Elena',
  'Tomas',
  'Grace',
  'Dmitri',
  'Amara',
  'Pedro',
  'Leila',
  'Samuel',
];
const LAST = [
  'Hartley',
  'Okafor',
  'Lindqvist',
  'Moreau',
  'Castellano',
  'Nakamura',
  'Brennan',
  'Petrov',
  'Adeyemi',
  'Whitfield',
  'Ramos',
  'Kowalski',
  'Haddad',
  'Sorensen',
  'Delacroix',
  'Mbeki',
  'Valdez',
  'Fitzgerald',
  'Ivanova',
  'Thornton',
  'Okonkwo',
  'Bergstrom',
  'Caruso',
  'Yilmaz',
  'Ashworth',
  'Novak',
  'Quintero',
  'Lambert',
  'Osei',
  'Marchetti',
];
const ROLES = ['Senator', 'Governor', 'Mayor', 'President', 'Minister', 'Representative', 'Prime Minister', 'Dr.'];
const PLACES = [
  'Ohio',
  'Texas',
  'Kenya',
  'Brazil',
  'Ontario',
  'Bavaria',
  'Lagos',
  'Manila',
  'Scotland',
  'Queensland',
  'Arizona',
  'Michigan',
  'Catalonia',
  'Punjab',
  'Sicily',
  'Alberta',
  'Georgia',
  'Nevada',
  'Oslo',
  'Lisbon',
  'Nairobi',
  'Denver',
];
const ORGS = [
  'the World Health Organization',
  'the Federal Reserve',
  'the European Union',
  'the United Nations',
  'NASA',
  'the Pentagon',
  'the IMF',
  'Pfizer',
  'Moderna',
  'Tesla',
  'Amazon',
  'Google',
  'the CDC',
  'the FDA',
  'Bill Gates',
  'George Soros',
  'the Red Cross',
  'UNICEF',
  'the Supreme Court',
  'the Election Commission',
  'Microsoft',
  'Meta',
];
const PUBLISHERS = [
  ['FactCheck Desk', 'factcheck-desk.example'],
  ['Truth Meter', 'truthmeter.example'],
  ['Verify Now', 'verifynow.example'],
  ['Lead Stories Lab', 'leadstories.example'],
  ['Check Your Fact Daily', 'checkyourfact.example'],
  ['Full Fact Review', 'fullfact.example'],
  ['AFP Fact Check Unit', 'afp-factcheck.example'],
  ['Africa Check Desk', 'africacheck.example'],
] as const;
const RATINGS = [
  'False',
  'Mostly False',
  'Misleading',
  'Missing context',
  'Half True',
  'Pants on Fire',
  'Altered',
  'Satire',
];
const NUMBERS = [
  '40 percent',
  '3 million',
  '$2 billion',
  '500,000',
  '90%',
  '12,000',
  '1.5 million',
  '80 percent',
  '$600',
  '7,000',
  '25 percent',
  'two thirds',
  '300',
  '$50,000',
  '10 times',
  '60,000',
  '4.7 million',
  'half',
];
const YEARS = ['2019', '2020', '2021', '2022', '2023', '2024', '2025'];

/** Topic → claim templates. `{P}` a person, `{O}` an organisation, `{L}` a place, `{N}` a number, `{Y}` a year. */
const TOPICS: Record<string, readonly string[]> = {
  vaccines: [
    '{O} admitted the {X} vaccine causes {D} in {N} of recipients',
    'The {X} vaccine contains {M} that alter human DNA',
    '{N} of people who died of {D} in {L} were fully vaccinated',
    '{P} said vaccinated children in {L} are {N} more likely to develop {D}',
    '{O} secretly paid doctors in {L} {N} to promote the {X} vaccine',
  ],
  elections: [
    '{N} dead voters cast ballots in {L} in the {Y} election',
    '{P} won {L} by {N} votes before the count was stopped',
    'Voting machines in {L} switched {N} votes from {P} to {Q}',
    'Mail-in ballots in {L} were printed by {O} in {Y}',
    '{P} said {N} non-citizens are registered to vote in {L}',
  ],
  economy: [
    'Unemployment in {L} rose by {N} under {P}',
    '{P} raised taxes on the middle class by {N} in {Y}',
    'Petrol prices in {L} doubled since {P} took office',
    '{O} printed {N} in new money in {Y} alone',
    'Food prices in {L} went up {N} last year because of {O}',
  ],
  climate: [
    'Sea levels in {L} have not risen since {Y}',
    '{O} admitted that {D} is caused by wind turbines',
    'Wind farms in {L} killed {N} birds in {Y}',
    '{P} said electric cars produce {N} more carbon than petrol cars',
    'The wildfires in {L} were started by {O} to clear land for {M}',
  ],
  immigration: [
    '{N} migrants crossed into {L} in a single week in {Y}',
    '{P} gave every asylum seeker in {L} a free phone and {N}',
    'Migrants in {L} receive {N} a month in benefits from {O}',
    '{P} said crime in {L} rose {N} because of migrants',
  ],
  crime: [
    'Violent crime in {L} fell {N} after police funding was cut',
    '{P} released {N} prisoners in {L} in {Y}',
    'Shoplifting under {N} is no longer a crime in {L}',
    '{O} is funding gangs in {L} with {N}',
  ],
  health: [
    'Drinking {M} every morning cures {D} within {N} days',
    '{O} banned {M} in {L} because it prevents {D}',
    'Hospitals in {L} are paid {N} for every {D} death',
    '{P} said {M} reduces the risk of {D} by {N}',
    '5G towers in {L} are spreading {D}',
  ],
  technology: [
    '{O} is listening to your phone calls to sell ads in {L}',
    '{O} will delete every account that shares {M} posts',
    '{P} owns {N} of the shares of {O}',
    '{O} put microchips in {M} sold in {L}',
  ],
};
const DISEASES = [
  'cancer',
  'autism',
  'heart attacks',
  'infertility',
  'dementia',
  'measles',
  'Covid-19',
  'diabetes',
  'strokes',
];
const MATTERS = [
  'nanoparticles',
  'graphene',
  'lemon water',
  'vitamin D',
  'ivermectin',
  'baking soda',
  'aluminium',
  'fluoride',
  'garlic',
  'bleach',
];
const VACCINES = ['Covid', 'flu', 'measles', 'HPV', 'polio', 'mRNA'];

const TOPIC_NAMES = Object.keys(TOPICS);

function person(random: Random): string {
  return `${random.pick(ROLES)} ${random.pick(FIRST)} ${random.pick(LAST)}`;
}

function fill(template: string, random: Random): { text: string; claimant: string } {
  let claimant = '';
  const text = template.replace(/\{([A-Z])\}/g, (_, slot: string) => {
    switch (slot) {
      case 'P': {
        const who = person(random);
        claimant ||= who;
        return who;
      }
      case 'Q':
        return `${random.pick(FIRST)} ${random.pick(LAST)}`;
      case 'O':
        return random.pick(ORGS);
      case 'L':
        return random.pick(PLACES);
      case 'N':
        return random.pick(NUMBERS);
      case 'Y':
        return random.pick(YEARS);
      case 'D':
        return random.pick(DISEASES);
      case 'M':
        return random.pick(MATTERS);
      default:
        return random.pick(VACCINES);
    }
  });
  return { text: text.charAt(0).toUpperCase() + text.slice(1), claimant };
}

const iso = (random: Random) =>
  `${random.pick(YEARS)}-${String(1 + random.int(12)).padStart(2, '0')}-${String(1 + random.int(28)).padStart(2, '0')}`;

/** ClaimReview number `index` of the feed: the same review whatever the feed's size. */
export function claimReview(index: number): Record<string, unknown> {
  const random = createRandom(0xc1a1 + index * 104_729);
  const topic = TOPIC_NAMES[index % TOPIC_NAMES.length]!;
  const { text, claimant } = fill(random.pick(TOPICS[topic]!), random);
  const [publisher, host] = random.pick(PUBLISHERS);
  const rating = random.pick(RATINGS);
  const published = iso(random);
  const slug = `${topic}-${index}`;
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: `https://${host}/${topic}/${slug}`,
    datePublished: published,
    author: { '@type': 'Organization', name: publisher, url: `https://${host}/` },
    claimReviewed: text,
    headline: `Fact check: ${rating.toLowerCase()} claim about ${topic}`,
    reviewBody: `${publisher} found no evidence for this claim; the figures it cites do not match official records.`,
    reviewRating: {
      '@type': 'Rating',
      alternateName: rating,
      ratingValue: 1 + random.int(2),
      bestRating: 5,
      worstRating: 1,
    },
    itemReviewed: {
      '@type': 'Claim',
      datePublished: published,
      ...(claimant && { author: { '@type': 'Person', name: claimant } }),
      appearance: [{ '@type': 'CreativeWork', url: `https://social.example/post/${index * 31 + 7}` }],
    },
  };
}

/** The first `size` reviews of the feed, as a JSON-LD document ({"@graph": [...]}). */
export function claimReviewFeed(size: number): { '@context': string; '@graph': Record<string, unknown>[] } {
  return { '@context': 'https://schema.org', '@graph': Array.from({ length: size }, (_, i) => claimReview(i)) };
}

export interface FeedClaim extends MatchableClaim {
  /** A naive highlighter's phrase: the claim as reviewed. */
  phrase: string;
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CACHE_DIR = join(root, 'node_modules/.cache/claimlens-bench');

/** A hash of everything the imported claims depend on: this generator, the importer and the claim compiler. */
function sourcesHash(): string {
  const hash = createHash('sha256');
  const files = [
    join(root, 'bench/claimreview-feed.ts'),
    ...['src/claims', 'src/claim-compiler', 'assets/lexicon'].flatMap((dir) => {
      const full = join(root, dir);
      return existsSync(full)
        ? readdirSync(full, { recursive: true, encoding: 'utf8' }).map((name) => join(full, name))
        : [];
    }),
  ].sort();
  for (const file of files) {
    try {
      hash.update(relative(root, file)).update(readFileSync(file));
    } catch {
      // A folder: its files are listed too.
    }
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * The feed's first `size` reviews, imported (and their match data compiled) as a subscribed list is.
 * Importing 100,000 reviews takes tens of seconds, so the result is cached on disk under a hash of
 * the sources that make it.
 */
export function feedClaims(size: number): FeedClaim[] {
  // Cached at the next power of ten: importing is sequential, so a feed's first n claims are the same
  // whatever its length.
  const cached = 10 ** Math.max(1, Math.ceil(Math.log10(Math.max(size, 1))));
  if (cached !== size) return feedClaims(cached).slice(0, size);
  const file = join(CACHE_DIR, `feed-${size}-${sourcesHash()}.json`);
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as FeedClaim[];
  // Imported claims carry compiled match data (a review whose text cannot compile is skipped).
  const { claims } = importClaimReviews(claimReviewFeed(size));
  const result = readyToMatch(claims).claims.map((claim) => ({ id: claim.id, match: claim.match, phrase: claim.text }));
  mkdirSync(CACHE_DIR, { recursive: true });
  writeFileSync(file, JSON.stringify(result));
  return result;
}

const NEUTRAL = [
  '{P} visited {L} on Tuesday to meet farmers and local business owners.',
  'Officials from {O} will present the annual report in {L} next month.',
  'The council in {L} approved a budget of {N} for new schools in {Y}.',
  '{P} told reporters the talks with {O} had been constructive.',
  'A new clinic for {D} patients opened in {L}, staffed by volunteers.',
  'Researchers in {L} are studying whether {M} affects sleep in older adults.',
  'The {X} vaccination campaign in {L} begins in schools after the holidays.',
  'Turnout in {L} was about {N} in {Y}, similar to the previous election.',
  '{O} said its offices in {L} would close early for the public holiday.',
  'Police in {L} asked residents to report stolen bicycles online.',
  'Prices for fresh vegetables in {L} were stable over the summer.',
  '{P} and {Q} debated transport policy on local radio in {L}.',
  'Wind and solar supplied {N} of the electricity used in {L} in {Y}.',
  'The museum in {L} reopened with an exhibition about migrants who arrived in {Y}.',
];

/** `count` sentences of ordinary news with the feed's names, places and topic words, stating none of its claims. */
export function unrelatedSentences(count: number, seed = 7): string[] {
  const random = createRandom(seed);
  return Array.from({ length: count }, () => fill(random.pick(NEUTRAL), random).text);
}

/** Sentences of one text: paragraphs, then sentence ends before a capital or a quote. */
function sentencesOf(text: string): string[] {
  return text
    .split(/\n\s*\n|\n(?=\S)/)
    .flatMap((paragraph) =>
      paragraph
        .replace(/\s+/g, ' ')
        .trim()
        .split(/(?<=[.?!”"])\s+(?=[A-Z“"(])/),
    )
    .filter((sentence) => sentence.length >= 25);
}

/**
 * The second unrelated corpus: the sentences of the repository's real-world text that state no
 * fact-checked claim — the seed articles, the whole-article tuning set, the ClaimReview tuning set's
 * articles and the matcher's dev and tuning sentences (never a held-out or final set), less every
 * sentence their labels say states a claim. Written by people about the topics real fact-checks
 * cover (vaccines, 5G, elections, Meta, Gates…), so they share the feed's organisations and topic
 * words in wording no template has. (Labelled sentences are left out because the feed's templates
 * restate real claims with other parties — "5G towers in Texas are spreading Covid-19" — which a
 * sentence stating the real claim rightly matches.)
 */
export function fixtureSentences(): string[] {
  const texts: string[] = [];
  const labelled: string[] = [];
  const read = (file: string) => {
    try {
      return readFileSync(file, 'utf8');
    } catch {
      return '';
    }
  };
  const seeds = join(root, '../shared/seeds');
  if (existsSync(seeds)) for (const name of readdirSync(seeds).sort()) texts.push(read(join(seeds, name)));
  const articles = join(root, 'tests/fixtures/articles-tune');
  if (existsSync(articles))
    for (const name of readdirSync(articles).sort()) {
      if (!name.endsWith('.json')) continue;
      const article = JSON.parse(read(join(articles, name)) || '{}') as {
        blocks?: { text?: string }[];
        labels?: { text?: string }[];
      };
      texts.push((article.blocks ?? []).map((block) => block.text ?? '').join('\n\n'));
      for (const label of article.labels ?? []) if (label.text) labelled.push(label.text);
    }
  const reviewSet = join(root, 'tests/fixtures/claimreview-tune');
  if (existsSync(join(reviewSet, 'articles')))
    for (const name of readdirSync(join(reviewSet, 'articles')).sort())
      texts.push(read(join(reviewSet, 'articles', name)));
  const labels = JSON.parse(read(join(reviewSet, 'labels.json')) || '{}') as {
    articles?: { sentences?: { text?: string }[] }[];
  };
  for (const article of labels.articles ?? [])
    for (const sentence of article.sentences ?? []) if (sentence.text) labelled.push(sentence.text);
  for (const name of ['dev.jsonl', 'blind-tune.jsonl']) {
    for (const line of read(join(root, 'tests/fixtures/dev-set', name)).split('\n')) {
      if (!line.trim()) continue;
      const entry = JSON.parse(line) as { text: string; ids?: string[] };
      if ((entry.ids ?? []).length > 0) labelled.push(entry.text);
      else texts.push(entry.text);
    }
  }
  const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
  const states = labelled.map(squash);
  return [...new Set(texts.flatMap(sentencesOf))].filter((sentence) => {
    const text = squash(sentence);
    return !states.some((label) => label.includes(text) || text.includes(label));
  });
}
