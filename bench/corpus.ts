// Generated workloads for the benchmarks: article-like English text, claim lists of any size in
// the bundled list's shape, and the heavy pages the browser benchmarks load. Everything is
// deterministic (seeded), so two runs measure the same text and the same claims.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readyListClaims } from '../src/claim-check';
import { parseClaimList } from '../src/claims/parse';
import type { MatchableClaim } from '../src/match/types';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BUNDLED_LIST = resolve(root, 'assets/claims/bundled-list.json');
const SEEDS_DIR = resolve(root, '../shared/seeds');

/** mulberry32: small, fast, good enough to pick words. */
export function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  return { next, int, pick, chance: (p: number) => next() < p };
}
type Random = ReturnType<typeof createRandom>;

// --- vocabulary -----------------------------------------------------------------------------

const ORG_STEMS = [
  'Northwind',
  'Globex',
  'Initech',
  'Umbrella',
  'Hooli',
  'Vandelay',
  'Stark',
  'Wayne',
  'Tyrell',
  'Cyberdyne',
  'Soylent',
  'Massive',
  'Pied Piper',
  'Aperture',
  'Black Mesa',
  'Oscorp',
  'Wonka',
  'Acme',
  'Contoso',
  'Fabrikam',
  'Litware',
  'Adatum',
  'Tailspin',
  'Woodgrove',
  'Blue Yonder',
  'Lucerne',
  'Margie',
  'Proseware',
  'Wide World',
  'Alpine',
  'Coho',
  'Fourth Coffee',
  'Humongous',
  'Lamna',
  'Trey',
  'Wingtip',
  'Bluebird',
  'Redwood',
  'Silverline',
  'Ironclad',
  'Brightwater',
  'Kestrel',
  'Meridian',
  'Halcyon',
  'Orion',
  'Pinnacle',
  'Summit',
  'Cobalt',
];
const ORG_SUFFIXES = [
  'Corp',
  'Group',
  'Holdings',
  'Bank',
  'Pharma',
  'Media',
  'Energy',
  'Airlines',
  'Labs',
  'Foods',
  'Telecom',
  'Motors',
  'Capital',
  'Health',
  'Networks',
];
const FIRST_NAMES = [
  'James',
  'Mary',
  'Robert',
  'Patricia',
  'John',
  'Jennifer',
  'Michael',
  'Linda',
  'David',
  'Elizabeth',
  'William',
  'Barbara',
  'Richard',
  'Susan',
  'Joseph',
  'Jessica',
  'Thomas',
  'Sarah',
  'Charles',
  'Karen',
  'Amara',
  'Kenji',
  'Priya',
  'Mateo',
  'Olga',
  'Tariq',
  'Ines',
  'Wei',
  'Fatima',
  'Lars',
];
const LAST_NAMES = [
  'Smith',
  'Johnson',
  'Williams',
  'Brown',
  'Jones',
  'Garcia',
  'Miller',
  'Davis',
  'Rodriguez',
  'Martinez',
  'Hernandez',
  'Lopez',
  'Wilson',
  'Anderson',
  'Taylor',
  'Moore',
  'Jackson',
  'Martin',
  'Lee',
  'Thompson',
  'Okafor',
  'Tanaka',
  'Sharma',
  'Rossi',
  'Ivanova',
  'Haddad',
  'Silva',
  'Chen',
  'Nasser',
  'Nilsson',
];
const ROLES = [
  'a spokesperson for',
  'the chief executive of',
  'a senior analyst at',
  'a former director at',
  'the general counsel of',
  'an engineer at',
  'a board member of',
];
const TITLES = ['Mr.', 'Ms.', 'Dr.', 'Prof.', 'Sen.', 'Gov.'];
const PLACES = [
  'Brussels',
  'Washington',
  'London',
  'Nairobi',
  'São Paulo',
  'Jakarta',
  'Toronto',
  'the U.S.',
  'the E.U.',
  'Texas',
  'Bavaria',
  'Lagos',
  'Seoul',
  'Sydney',
];
const TIMES = [
  'on Tuesday',
  'last week',
  'in 2019',
  'earlier this month',
  'in March 2021',
  'two years ago',
  'on Friday evening',
  'since 2015',
  'late last year',
  'in the third quarter',
];
/** [base, past, -ing, third person]: claims use several forms, some as a `*` prefix. */
const VERBS: [string, string, string, string][] = [
  ['sell', 'sold', 'selling', 'sells'],
  ['share', 'shared', 'sharing', 'shares'],
  ['leak', 'leaked', 'leaking', 'leaks'],
  ['hide', 'hid', 'hiding', 'hides'],
  ['fund', 'funded', 'funding', 'funds'],
  ['ban', 'banned', 'banning', 'bans'],
  ['poison', 'poisoned', 'poisoning', 'poisons'],
  ['fake', 'faked', 'faking', 'fakes'],
  ['buy', 'bought', 'buying', 'buys'],
  ['track', 'tracked', 'tracking', 'tracks'],
  ['censor', 'censored', 'censoring', 'censors'],
  ['destroy', 'destroyed', 'destroying', 'destroys'],
  ['rig', 'rigged', 'rigging', 'rigs'],
  ['suppress', 'suppressed', 'suppressing', 'suppresses'],
  ['steal', 'stole', 'stealing', 'steals'],
  ['approve', 'approved', 'approving', 'approves'],
  ['recall', 'recalled', 'recalling', 'recalls'],
  ['spy', 'spied', 'spying', 'spies'],
  ['contaminate', 'contaminated', 'contaminating', 'contaminates'],
  ['bribe', 'bribed', 'bribing', 'bribes'],
  ['delete', 'deleted', 'deleting', 'deletes'],
  ['manipulate', 'manipulated', 'manipulating', 'manipulates'],
  ['record', 'recorded', 'recording', 'records'],
  ['block', 'blocked', 'blocking', 'blocks'],
];
const OBJ_ADJECTIVES = [
  'customer',
  'patient',
  'voter',
  'student',
  'employee',
  'financial',
  'medical',
  'location',
  'biometric',
  'private',
  'internal',
  'classified',
  'genetic',
  'payroll',
  'tax',
  'election',
  'safety',
  'climate',
  'vaccine',
  'water',
];
const OBJ_NOUNS = [
  'data',
  'records',
  'emails',
  'messages',
  'photos',
  'results',
  'reports',
  'files',
  'test results',
  'samples',
  'contracts',
  'passwords',
  'recordings',
  'accounts',
  'documents',
  'ballots',
  'studies',
  'supplies',
];
const OBJ_SYNONYMS: Record<string, string[]> = {
  data: ['information', 'datasets'],
  records: ['files', 'histories'],
  emails: ['mails', 'correspondence'],
  messages: ['chats', 'texts'],
  photos: ['pictures', 'images'],
  results: ['findings', 'outcomes'],
  reports: ['assessments', 'audits'],
  files: ['documents', 'archives'],
  'test results': ['lab results', 'tests'],
  samples: ['specimens', 'batches'],
  contracts: ['agreements', 'deals'],
  passwords: ['credentials', 'logins'],
  recordings: ['tapes', 'audio'],
  accounts: ['profiles', 'users'],
  documents: ['papers', 'files'],
  ballots: ['votes', 'ballot papers'],
  studies: ['trials', 'research'],
  supplies: ['stocks', 'deliveries'],
};
const RECIPIENTS = [
  'advertisers',
  'the government',
  'foreign agents',
  'hedge funds',
  'insurers',
  'the police',
  'data brokers',
  'rival firms',
  'the military',
  'political campaigns',
];
const FILLER_SUBJECTS = [
  'The report',
  'The investigation',
  'A spokesperson',
  'The lawsuit',
  'Critics',
  'Regulators',
  'Analysts',
  'The company',
  'Officials',
  'Researchers',
  'The committee',
  'Shareholders',
];
const FILLER_VERBS = [
  'said',
  'argued',
  'noted',
  'suggested',
  'warned',
  'claimed',
  'added',
  'found',
  'reported',
  'concluded',
];
const FILLER_CLAUSES = [
  'that the numbers did not add up',
  'that the review would take several months',
  'that nothing had been decided yet',
  'that the rules had changed in the meantime',
  'that the figures were preliminary',
  'that further hearings were planned',
  'that the matter was under review',
  'that earlier statements had been misread',
  'that costs had risen sharply',
  'that the deal was still pending approval',
  'that the agency lacked the staff to check every case',
];
const NUMBERS = [
  '$4.2 billion',
  '37 percent',
  '1.5 million',
  '12,000',
  '$650 million',
  'nearly half',
  'about 3,400',
  'a third',
  '98 percent',
  'more than 200',
];
const HEDGES = ['allegedly', 'reportedly', 'secretly', 'quietly', 'repeatedly', 'deliberately'];

export const MEGABYTE = 1_000_000;

// --- claims ---------------------------------------------------------------------------------

export interface GeneratedClaim extends MatchableClaim {
  /** One phrase a naive highlighter would search for (a case-insensitive RegExp). */
  phrase: string;
  /** A sentence that states the claim, planted in the generated text. */
  sentence: string;
}

const lower = (text: string) => text.toLowerCase();

/** Claim number `index` (≥ 0) of the generated list: the same claim whatever the list's size. */
export function generatedClaim(index: number): GeneratedClaim {
  const random = createRandom(0x5eed + index * 7919);
  const stem = random.pick(ORG_STEMS);
  const suffix = random.pick(ORG_SUFFIXES);
  const org = `${stem} ${suffix}`;
  const verb = random.pick(VERBS);
  const adjective = random.pick(OBJ_ADJECTIVES);
  const noun = random.pick(OBJ_NOUNS);
  const recipient = random.pick(RECIPIENTS);
  const orgTerms = [lower(org), lower(stem), ...(random.chance(0.5) ? [lower(`${stem}'s`)] : [])];
  // Some claims use the `*` ending, most list the forms.
  const verbTerms = random.chance(0.3) ? [`${verb[0].replace(/e$/, '')}*`, verb[1]] : [...new Set(verb)];
  const synonyms = OBJ_SYNONYMS[noun] ?? [];
  const objectTerms = [
    `${adjective} ${noun}`,
    ...synonyms.map((synonym) => `${adjective} ${synonym}`),
    ...(random.chance(0.4) ? [noun] : []),
  ];
  const concepts: Record<string, string[]> = { org: orgTerms, act: verbTerms, object: objectTerms };
  const all: string[][] = [['org'], ['act'], ['object']];
  if (random.chance(0.35)) {
    concepts.to = [recipient, ...(recipient.startsWith('the ') ? [recipient.slice(4)] : [])];
    all.push(['to']);
  }
  const none: string[] = [];
  if (random.chance(0.2)) {
    concepts.rumour = ['hoax', 'satire', 'parody'];
    none.push('rumour');
  }
  const id = `gen-${index}-${lower(stem).replace(/[^a-z0-9]+/g, '-')}-${verb[1]}-${lower(adjective)}-${lower(noun).replace(/ /g, '-')}`;
  const overrides = index > 0 && random.chance(0.05) ? [generatedClaimId(index - 1)] : [];
  const phrase = `${org} ${verb[1]} ${adjective} ${noun}`;
  const sentence = `${capitalise(random.pick(TIMES))}, ${org} ${random.chance(0.5) ? `${random.pick(HEDGES)} ` : ''}${verb[1]} ${adjective} ${noun}${all.length > 3 ? ` to ${recipient}` : ''}, ${random.pick(FILLER_SUBJECTS).toLowerCase()} ${random.pick(FILLER_VERBS)}.`;
  return { id, match: { concepts, all, none, overrides }, phrase, sentence };
}

function generatedClaimId(index: number): string {
  return generatedClaim(index).id;
}

export interface BenchClaim extends MatchableClaim {
  phrase: string;
}

let bundledCache: BenchClaim[] | null = null;

/** The bundled list's claims, resolved (lexicon folded in) the way the background compiles them. */
export function bundledClaims(): BenchClaim[] {
  if (bundledCache) return bundledCache;
  const { list } = parseClaimList(JSON.parse(readFileSync(BUNDLED_LIST, 'utf8')), { strict: true });
  bundledCache = readyListClaims(list).claims.map((resolved) => {
    // A naive highlighter's phrase: the first term of each required concept group.
    const phrase = resolved.match.all.map((group) => resolved.match.concepts[group[0]!]?.[0] ?? group[0]!).join(' ');
    return { id: resolved.id, match: resolved.match, phrase };
  });
  return bundledCache;
}

/** A list of `size` claims: the bundled ones first, then generated ones. */
export function claimList(size: number): BenchClaim[] {
  const bundled = bundledClaims().slice(0, size);
  const generated: BenchClaim[] = [];
  for (let index = 0; bundled.length + generated.length < size; index++) {
    const { id, match, phrase } = generatedClaim(index);
    generated.push({ id, match, phrase });
  }
  return [...bundled, ...generated];
}

// --- text -----------------------------------------------------------------------------------

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function person(random: Random): string {
  return random.chance(0.3)
    ? `${random.pick(TITLES)} ${random.pick(LAST_NAMES)}`
    : `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`;
}

function organisation(random: Random): string {
  return `${random.pick(ORG_STEMS)} ${random.pick(ORG_SUFFIXES)}`;
}

function randomSentence(random: Random): string {
  const org = organisation(random);
  const verb = random.pick(VERBS);
  const object = `${random.pick(OBJ_ADJECTIVES)} ${random.pick(OBJ_NOUNS)}`;
  switch (random.int(9)) {
    case 0:
      return `${person(random)}, ${random.pick(ROLES)} ${org}, told reporters ${random.pick(TIMES)} ${random.pick(FILLER_CLAUSES)}.`;
    case 1:
      return `“We have never ${verb[1]} ${object},” ${person(random)} said in a statement.`;
    case 2:
      return `${capitalise(random.pick(TIMES))}, ${org} ${random.pick(['announced', 'confirmed', 'denied'])} plans to ${verb[0]} ${object} in ${random.pick(PLACES)}.`;
    case 3:
      return `${random.pick(FILLER_SUBJECTS)} ${random.pick(FILLER_VERBS)} ${random.pick(FILLER_CLAUSES)}, and ${random.pick(NUMBERS)} of the ${random.pick(OBJ_NOUNS)} were affected.`;
    case 4:
      return `Did ${org} really ${verb[0]} ${object}?`;
    case 5:
      return `The ${random.pick(['audit', 'ruling', 'filing', 'memo', 'survey'])} (published by ${org} in ${random.pick(PLACES)}) put the cost at ${random.pick(NUMBERS)}.`;
    case 6:
      return `According to ${person(random)}, ${random.pick(RECIPIENTS)} had been ${random.pick(['asking for', 'paying for', 'looking into'])} ${object} ${random.pick(TIMES)}.`;
    case 7:
      return `${random.pick(FILLER_SUBJECTS)} ${random.pick(FILLER_VERBS)} that posts claiming ${org} ${random.chance(0.5) ? `${random.pick(HEDGES)} ` : ''}${verb[1]} ${object} were misleading.`;
    default:
      return `${capitalise(random.pick(RECIPIENTS))} in ${random.pick(PLACES)} ${random.pick(['welcomed', 'criticised', 'questioned'])} the decision, which ${random.pick(FILLER_SUBJECTS).toLowerCase()} ${random.pick(FILLER_VERBS)} was overdue.`;
  }
}

let seedSentencesCache: string[] | null = null;

/** The sentences of the seed articles (real reporting about the bundled claims). */
export function seedSentences(): string[] {
  if (seedSentencesCache) return seedSentencesCache;
  let sentences: string[] = [];
  try {
    for (const name of [
      '000_705871242ff19cf9.txt',
      '001_96be5315941498a2.txt',
      '002_51c3e45330e6546b.txt',
      '003_17c15c931e64251e.txt',
      '004_1bd47ac8bb818bbc.txt',
    ]) {
      const text = readFileSync(resolve(SEEDS_DIR, name), 'utf8');
      sentences.push(
        ...text.split(/\n\s*\n/).flatMap((paragraph) =>
          paragraph
            .replace(/\s+/g, ' ')
            .trim()
            .split(/(?<=[.?!”])\s+(?=[A-Z“(])/),
        ),
      );
    }
  } catch {
    sentences = ['Meta denied that Facebook sold private messages to Netflix.'];
  }
  seedSentencesCache = sentences.filter((sentence) => sentence.length > 30);
  return seedSentencesCache;
}

/**
 * Article paragraphs totalling about `chars` characters: mostly generated reporting, about one
 * sentence in 40 from the seed articles (matches for the bundled claims), and one in 25 a planted
 * statement of a generated claim (claims 0..9,989; a smaller list holds only some of them).
 */
export function articleParagraphs(chars: number, seed = 1): string[] {
  const random = createRandom(seed);
  const seeds = seedSentences();
  const paragraphs: string[] = [];
  let total = 0;
  while (total < chars) {
    const count = 2 + random.int(5);
    const sentences: string[] = [];
    for (let i = 0; i < count; i++) {
      const roll = random.next();
      if (roll < 0.025) sentences.push(random.pick(seeds));
      else if (roll < 0.065) sentences.push(generatedClaim(random.int(9990)).sentence);
      else sentences.push(randomSentence(random));
    }
    const paragraph = sentences.join(' ');
    paragraphs.push(paragraph);
    total += paragraph.length + 2;
  }
  return paragraphs;
}

// --- pages for the browser ------------------------------------------------------------------

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const pageHead = (title: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>` +
  `<style>body{font:16px/1.5 Georgia,serif;max-width:760px;margin:30px auto;padding:0 20px}</style></head><body>`;

/** One long article of about `chars` characters of text. */
export function articlePage(chars: number): string {
  const paragraphs = articleParagraphs(chars, 2);
  return `${pageHead('A long article')}<article><h1>A long article</h1>\n${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}\n</article></body></html>`;
}

/**
 * A page with about `nodes` DOM nodes (elements and text nodes), like a long comment thread:
 * each item is 10 nodes (article, header, b, text, time, text, p, text, a, text).
 */
export function manyNodesPage(nodes: number): string {
  const random = createRandom(3);
  const seeds = seedSentences();
  const items: string[] = [];
  for (let i = 0; i < Math.ceil(nodes / 10); i++) {
    const sentence = random.chance(0.01) ? random.pick(seeds) : randomSentence(random);
    items.push(
      `<article><header><b>${escapeHtml(person(random))}</b><time>${1 + random.int(23)}h</time></header><p>${escapeHtml(sentence)}</p><a href="#r${i}">reply</a></article>`,
    );
  }
  return `${pageHead('Many nodes')}<main>${items.join('')}</main></body></html>`;
}

/**
 * A page that adds `perSecond` paragraphs a second for `seconds` seconds (in 20 steps a second),
 * then sets `window.__growDone`.
 */
export function growingPage(perSecond: number, seconds: number): string {
  const paragraphs = articleParagraphs(200_000, 4).slice(0, 400);
  const perStep = Math.max(1, Math.round(perSecond / 20));
  const steps = Math.round(seconds * 20);
  const script = `
const texts = ${JSON.stringify(paragraphs).replace(/</g, '\\u003c')};
const feed = document.getElementById('feed');
let step = 0, n = 0;
const timer = setInterval(() => {
  const fragment = document.createDocumentFragment();
  for (let i = 0; i < ${perStep}; i++) {
    const p = document.createElement('p');
    p.textContent = texts[n++ % texts.length];
    fragment.append(p);
  }
  feed.append(fragment);
  if (++step >= ${steps}) { clearInterval(timer); window.__growDone = n; }
}, 50);`;
  return `${pageHead('A growing page')}<h1>Live updates</h1><div id="feed"></div><script>${script}</script></body></html>`;
}
