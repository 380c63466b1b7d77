// A synthetic ClaimReview feed the size aggregated fact-check feeds have, for the benchmarks: JSON-LD
// as fact-checkers publish it (schema.org ClaimReview, one review per claim), on varied topics that
// share one vocabulary (the same people, places, numbers and topic words recur across thousands of
// reviews, as they do in real feeds) with nearly every claim distinct (see composedClaim), seeded so
// two runs read the same feed. Its claims are compiled as a subscribed ClaimReview list's are (the
// importer, then the claim compiler where the claims are stored: readyToMatch). `unrelatedSentences` writes news prose with the same names and topic
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

// Claims as real feeds hold them: one per fact-check, nearly all distinct. A template filled from a
// few lists repeats itself (a feed of 100,000 held hundreds of near-identical "5G towers in Texas are
// spreading Covid-19" claims, so one real sentence matched hundreds of them), so most claims are
// composed instead: who (an organisation, a thing, or one of thousands of invented people) + what
// they did (one of many relations) + to what (one of many objects of that relation) + where, when or
// how much. The same names, places and topic words recur across thousands of reviews; the same
// claim rarely does. One review in five still comes from the topic templates above.

/** Invented surnames (no real sentence names them): syllables, so there are thousands. */
const SYLLABLES_A = [
  'Bran',
  'Cal',
  'Dor',
  'Fen',
  'Gar',
  'Hal',
  'Kel',
  'Lor',
  'Mar',
  'Nor',
  'Pel',
  'Ros',
  'Tal',
  'Vor',
  'Wex',
];
const SYLLABLES_B = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea'];
const SYLLABLES_C = ['brook', 'dane', 'field', 'gard', 'holt', 'mont', 'nash', 'ridge', 'stein', 'ton', 'vell', 'wick'];

function inventedPerson(random: Random): string {
  const last = `${random.pick(SYLLABLES_A)}${random.pick(SYLLABLES_B)}${random.pick(SYLLABLES_C)}`;
  return `${random.pick(ROLES)} ${random.pick(FIRST)} ${last}`;
}

/** Subjects that real fact-checks are about, besides organisations and people. */
const THINGS = [
  '5G towers',
  'Wind turbines',
  'Smart meters',
  'Face masks',
  'Chemtrails',
  'Fluoride in tap water',
  'Electric cars',
  'Solar farms',
  'Heat pumps',
  'Contact tracing apps',
  'Digital ID cards',
  'Lab-grown meat',
  'Bug-based flour',
  'Seed oils',
  'Microwave ovens',
  'Mobile phone masts',
  'Cash machines',
  'Cloud seeding',
  'Self-driving buses',
  'Nuclear plants',
];

/** Relations, each with the objects it takes. */
const RELATIONS: readonly (readonly [string, readonly string[]])[] = [
  [
    'causes',
    [
      'cancer',
      'autism',
      'dementia',
      'infertility',
      'strokes',
      'heart attacks',
      'migraines',
      'asthma',
      'hair loss',
      'blindness',
      'miscarriages',
      'diabetes',
      'tinnitus',
      'insomnia',
      'depression',
    ],
  ],
  [
    'is spreading',
    [
      'measles',
      'Covid-19',
      'bird flu',
      'monkeypox',
      'tuberculosis',
      'cholera',
      'mpox',
      'the flu',
      'scabies',
      'meningitis',
    ],
  ],
  [
    'cures',
    [
      'cancer',
      'diabetes',
      'Covid-19',
      'arthritis',
      'psoriasis',
      "Alzheimer's disease",
      'high blood pressure',
      'kidney stones',
      'asthma',
      'gout',
    ],
  ],
  [
    'secretly funds',
    [
      'climate protesters',
      'migrant caravans',
      'the riots',
      'fact-checkers',
      'election observers',
      "teachers' unions",
      'vaccine trials',
      'cartels',
      'student groups',
      'local newspapers',
    ],
  ],
  [
    'banned',
    [
      'raw milk',
      'home gardens',
      'petrol cars',
      'gas stoves',
      'cash payments',
      'beef',
      'fishing',
      'bonfires',
      'Christmas markets',
      'school prayers',
      'herbal remedies',
      'rainwater tanks',
    ],
  ],
  [
    'is selling',
    [
      "users' private messages",
      "patients' medical records",
      "children's photos",
      'voter rolls',
      'location data',
      'fingerprints',
      'DNA samples',
      'bank details',
      'school records',
      'search histories',
    ],
  ],
  [
    'hid a report on',
    [
      'vaccine injuries',
      'water contamination',
      'rising crime',
      'hospital deaths',
      'radiation leaks',
      'food shortages',
      'bridge failures',
      'toxic mould',
      'lead pipes',
      'ballot errors',
    ],
  ],
  [
    'is paying',
    [
      'protesters',
      'migrants',
      'doctors',
      'influencers',
      'journalists',
      'judges',
      'pensioners',
      'farmers',
      'students',
      'nurses',
    ],
  ],
  [
    'will confiscate',
    [
      'guns',
      'savings accounts',
      'farmland',
      'pensions',
      'gold',
      'second homes',
      'petrol cars',
      'garden tools',
      'private jets',
      'horses',
    ],
  ],
  [
    'put microchips in',
    [
      'vaccines',
      'banknotes',
      'school meals',
      'COVID tests',
      'passports',
      'pet food',
      'tap water',
      'tyres',
      'toothpaste',
      'contact lenses',
    ],
  ],
  [
    'is tracking',
    [
      'smartphone users',
      'shoppers',
      'drivers',
      'schoolchildren',
      'voters',
      'church-goers',
      'cyclists',
      'tenants',
      'dog owners',
      'anglers',
    ],
  ],
  [
    'poisoned',
    [
      'the water supply',
      'school milk',
      'bread flour',
      'baby formula',
      'the river',
      'crops',
      'cattle feed',
      'honey',
      'rice imports',
      'orange juice',
    ],
  ],
  [
    'rigged',
    [
      'the election',
      'the census',
      'the lottery',
      'the referendum',
      'the primary',
      'the jobs figures',
      'the inflation data',
      'the exam results',
      'the poll',
      'the vote count',
    ],
  ],
  [
    'faked',
    [
      'the moon landing',
      'the pandemic',
      'the flood',
      'the heatwave',
      'the earthquake',
      'the shooting',
      'the wildfire',
      'the power cut',
      'the food shortage',
      'the crash',
    ],
  ],
  [
    'shut down',
    [
      'the power grid',
      'the hospitals',
      'the internet',
      'the oil pipeline',
      'the schools',
      'the ports',
      'the airports',
      'the farms',
      'the banks',
      'the railways',
    ],
  ],
];

/** Circumstances: where, when or how much (the claim's most distinctive parts in real feeds). */
function circumstance(random: Random): string {
  switch (random.int(5)) {
    case 0:
      return ` in ${random.pick(PLACES)}`;
    case 1:
      return ` in ${random.pick(YEARS)}`;
    case 2:
      return ` in ${random.pick(PLACES)} in ${random.pick(YEARS)}`;
    case 3:
      return `, affecting ${((1 + random.int(98)) * 1000 + random.int(1000)).toLocaleString('en-US')} people`;
    default:
      return ` for $${1 + random.int(900)} million`;
  }
}

function composedClaim(random: Random): { text: string; claimant: string } {
  const who = random.int(10);
  const person = who < 4 ? inventedPerson(random) : '';
  const subject = person || (who < 7 ? random.pick(ORGS) : random.pick(THINGS));
  const [verb, objects] = random.pick(RELATIONS);
  // A thing does not pay or hide: things take the relations of effects.
  const relation = person || who < 7 ? verb : random.pick(['causes', 'is spreading', 'poisoned', 'shut down']);
  const pair = RELATIONS.find(([v]) => v === relation)!;
  const object = random.pick(relation === verb ? objects : pair[1]);
  const plural = !person && who >= 7 && /s$/.test(subject);
  const verbForm = plural ? relation.replace(/^causes$/, 'cause').replace(/^is /, 'are ') : relation;
  const text = `${subject} ${verbForm} ${object}${circumstance(random)}`;
  return { text: text.charAt(0).toUpperCase() + text.slice(1), claimant: person };
}

/** ClaimReview number `index` of the feed: the same review whatever the feed's size. */
export function claimReview(index: number): Record<string, unknown> {
  const random = createRandom(0xc1a1 + index * 104_729);
  const topic = TOPIC_NAMES[index % TOPIC_NAMES.length]!;
  const { text, claimant } = index % 20 === 0 ? fill(random.pick(TOPICS[topic]!), random) : composedClaim(random);
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
  // Claims are compiled as where a subscription is stored (a review whose text cannot compile is skipped).
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
