// The matcher as the card and the CLI see it: which claim a sentence states, with what stance, why.
import { describe, expect, it } from 'vitest';
import bundledList from '../../../assets/claims/bundled-list.json';
import { readyListClaims } from '../../../src/claim-check';
import { parseClaimList } from '../../../src/claims/parse';
import { compileMatcher, matchText, type MatchableClaim } from '../../../src/match';
import { bundledMatcher } from './dev-set-eval';

const matcher = bundledMatcher();
const idsIn = (text: string) => matchText(matcher, text).map((match) => match.claimId);
const only = (text: string) => {
  const matches = matchText(matcher, text);
  expect(matches, text).toHaveLength(1);
  return matches[0]!;
};

describe('recognising a claim in other words', () => {
  it.each([
    // Netflix getting access to (reading) inboxes is the court filing's allegation; handing messages over is the viral claim.
    ["Meta handed Netflix access to users' DMs.", 'netflix-inbox-api-access'],
    ["The social network let the streaming giant read people's inboxes.", 'netflix-inbox-api-access'],
    ['Did Facebook sell Netflix access to private messages?', 'meta-sold-messages-to-netflix'],
    ['Netflix never received access to personal messages, Meta says.', 'netflix-inbox-api-access'],
    [
      'Facebook said its Inbox API only reached messages sent inside a partner’s own feature.',
      'netflix-inbox-api-access',
    ],
    [
      'Facebook let Spotify and Netflix read people’s messages, the New York Times reported.',
      'facebook-partners-read-messages-2018',
    ],
    ['Netflix could read, write and delete messages, not only send them.', 'facebook-partners-read-messages-2018'],
    ['The FTC made Meta cough up $5bn over its users’ privacy.', 'ftc-5-billion-fine'],
    [
      'Facebook shuttered its streaming division so as not to compete with Netflix.',
      'facebook-watch-sabotaged-for-netflix',
    ],
    ['E2EE for everyone, except Netflix?', 'netflix-e2ee-exception'],
    ['Netflix, whose chief executive sat on Facebook’s board, got the deal.', 'hastings-on-facebook-board'],
    ['The political consultancy harvested data on 87m Facebook profiles.', 'cambridge-analytica-87-million'],
    [
      'In 2017 Netflix guaranteed $150 million in Facebook ad spending in exchange for user data.',
      'netflix-data-for-ad-spend',
    ],
    ["FB gave Netflix its members' private chats.", 'meta-sold-messages-to-netflix'],
    ['Zuckerberg’s company sold users’ private conversations to the streamer.', 'meta-sold-messages-to-netflix'],
    ['Netflix got programmatic access to inboxes through an “Inbox API” deal.', 'netflix-inbox-api-access'],
    ['The FTC fined Facebook $5bn for privacy violations.', 'ftc-5-billion-fine'],
    ['Reed Hastings sat on the board of Facebook until 2019.', 'hastings-on-facebook-board'],
  ])('%s → %s', (text, claimId) => {
    expect(idsIn(text)).toEqual([claimId]);
  });

  it('does not fire on text that merely shares words with a claim', () => {
    for (const text of [
      'Messenger turns on end-to-end encryption.',
      'Netflix raises prices.',
      'Netflix lets members message their Facebook friends about what they are watching.',
      'Facebook users shared memes about Netflix’s new series in their chats.',
      'Google paid a $5 billion settlement over tracking.',
      'The suit was filed on behalf of non-Netflix advertisers.',
      'Yahoo users who opted in could see what their Facebook friends had read.',
      'Hastings stepped down as Netflix CEO in 2023.',
      'Messenger now encrypts chats end to end for everyone.',
    ])
      expect(idsIn(text), text).toEqual([]);
  });

  it('needs the concepts in one sentence, not spread over two', () => {
    expect(idsIn('Facebook sold ads. Netflix bought private messages from a vendor.')).toEqual([]);
  });
});

describe('stance', () => {
  it.each([
    ["Meta didn't share people's private messages with Netflix.", 'denies'],
    ['Facebook denied that it gave Netflix access to DMs.', 'denies'],
    ['At no time did Netflix access private messages on Facebook.', 'denies'],
    ['Plaintiffs allege that Facebook gave Netflix access to DMs.', 'reports'],
    ['Facebook reportedly sold private messages to Netflix.', 'reports'],
    ['Did Facebook sell your DMs to Netflix?', 'reports'],
    ['Facebook gave Netflix access to private messages.', 'asserts'],
    ['Not only did Facebook give Netflix access to DMs, it sold them.', 'asserts'],
  ] as const)('%s → %s', (text, stance) => {
    expect(only(text).stance).toBe(stance);
  });
});

describe('what a match says', () => {
  it('covers the sentence, lists the terms that made it, and scores it between 0 and 1', () => {
    const text = 'Intro here. Court records allege that Facebook sold Netflix users’ direct messages. More.';
    const match = only(text);
    expect(text.slice(match.start, match.end)).toBe(
      'Court records allege that Facebook sold Netflix users’ direct messages.',
    );
    expect(match.text).toBe(text.slice(match.start, match.end));
    expect(match.why).toEqual(['Facebook', 'sold', 'Netflix', 'direct messages']);
    expect(match.score).toBeGreaterThan(0.5);
    expect(match.score).toBeLessThanOrEqual(1);
  });

  it('scores a tight statement above a loose one', () => {
    const tight = only('Facebook sold private messages to Netflix.');
    const loose = only(
      'Facebook, which has faced many scandals over the years, sold users’ private messages, according to posts that were shared widely and that named Netflix.',
    );
    expect(tight.score).toBeGreaterThan(loose.score);
  });

  it('lets the more specific sibling win one sentence, and keeps distinct claims side by side', () => {
    expect(idsIn('The Inbox API gave Netflix programmatic access to Facebook users’ private messages.')).toEqual([
      'netflix-inbox-api-access',
    ]);
    expect(idsIn('The Times reported Facebook let Netflix and Spotify read private messages.')).toEqual([
      'facebook-partners-read-messages-2018',
    ]);
    expect(idsIn('Facebook gave Netflix access to DMs while Reed Hastings sat on Facebook’s board.').sort()).toEqual([
      'hastings-on-facebook-board',
      'netflix-inbox-api-access',
    ]);
    // Netflix as an advertiser is who it is, not the ad-spend deal.
    expect(
      idsIn('Facebook cut spending on original shows so as not to compete with Netflix, a major advertiser.'),
    ).toEqual(['facebook-watch-sabotaged-for-netflix']);
    // A claim that is overridden does not, in turn, knock out the claim that overrides it.
    expect(idsIn('Meta let Netflix read DMs.')).toEqual(['netflix-inbox-api-access']);
  });

  it('orders matches by position and gives offsets into the text as passed', () => {
    const text =
      'In 2019 the FTC fined Facebook $5 billion over privacy.\n\nCambridge Analytica harvested data on 87 million users.';
    const matches = matchText(matcher, text);
    expect(matches.map((match) => match.claimId)).toEqual(['ftc-5-billion-fine', 'cambridge-analytica-87-million']);
    for (const match of matches) expect(text.slice(match.start, match.end)).toBe(match.text);
  });
});

describe('sentences that lean on the ones before them', () => {
  const matchesOf = (text: string) =>
    matchText(matcher, text).map((match) => ({
      claimId: match.claimId,
      text: match.text,
      why: match.why,
      score: match.score,
    }));

  it('takes a party named in the previous sentence of the paragraph, and says so in "why"', () => {
    const [match, ...rest] = matchesOf(
      'Netflix and Spotify struck deals with Facebook. The two companies were given the ability to read Facebook users’ private messages.',
    );
    expect(rest).toEqual([]);
    expect(match).toMatchObject({
      claimId: 'facebook-partners-read-messages-2018',
      text: 'The two companies were given the ability to read Facebook users’ private messages.',
    });
    expect(match!.why).toEqual(expect.arrayContaining(['Netflix', 'Spotify']));
    // Less certain than a sentence that names everything itself.
    expect(match!.score).toBeLessThan(only('Facebook let Netflix and Spotify read users’ private messages.').score);
  });

  it('does not reach across a paragraph break', () => {
    expect(
      idsIn(
        'Netflix and Spotify struck deals with Facebook.\n\nThe two companies were given the ability to read Facebook users’ private messages.',
      ),
    ).toEqual([]);
  });

  it('borrows two parties only when the sentence refers back to several ("they", "the two companies")', () => {
    expect(
      idsIn('Meta and Netflix signed a deal in 2013. They shared users’ private messages, the filing says.'),
    ).toEqual(['meta-sold-messages-to-netflix']);
    expect(
      idsIn('Meta and Netflix signed a deal in 2013. He shared users’ private messages, the filing says.'),
    ).toEqual([]);
  });

  it('needs two concepts of the sentence’s own, and leaves a sentence that states a claim alone', () => {
    expect(idsIn('Facebook sold private messages to Netflix. It was a scandal.')).toEqual([
      'meta-sold-messages-to-netflix',
    ]);
    expect(
      matchesOf('Facebook sold private messages to Netflix. Netflix denied it.').map((match) => match.text),
    ).toEqual(['Facebook sold private messages to Netflix.']);
  });
});

describe('benign readings', () => {
  it('veto a sentence that only describes the harmless feature, but not one that denies the claim', () => {
    expect(idsIn('Meta shared private messages with Netflix so people could message their friends.')).toEqual([]);
    const denial = only(
      'Meta denies sharing private messages with Netflix, saying the feature let people message their friends.',
    );
    expect(denial).toMatchObject({ claimId: 'meta-sold-messages-to-netflix', stance: 'denies' });
  });
});

describe('match specs as data', () => {
  const claim = (
    id: string,
    match: Partial<MatchableClaim['match']> & Pick<MatchableClaim['match'], 'all' | 'concepts'>,
  ): MatchableClaim => ({
    id,
    match: { none: [], overrides: [], ...match },
  });

  it('reads `*` as any ending, `none` as a veto, `alternatives` as other ways to say it', () => {
    const custom = compileMatcher([
      claim('moon-cheese', {
        concepts: { moon: ['moon', 'lunar surface'], cheese: ['chees*'], joke: ['joke', 'satire'], dairy: ['dairy'] },
        all: [['moon'], ['cheese']],
        alternatives: [[['moon'], ['dairy']]],
        none: ['joke'],
      }),
    ]);
    const ids = (text: string) => matchText(custom, text).map((match) => match.claimId);
    expect(ids('The lunar surface is made of cheeses.')).toEqual(['moon-cheese']);
    expect(ids('The moon is pure dairy.')).toEqual(['moon-cheese']);
    expect(ids('The moon is cheese, as a joke.')).toEqual([]);
    expect(ids('Cheddar is a cheese.')).toEqual([]);
  });

  it('applies `near` to keep two concepts within a clause', () => {
    const custom = compileMatcher([
      claim('sold-messages', {
        concepts: { sold: ['sold'], messages: ['messages'] },
        all: [['sold'], ['messages']],
        near: [{ concepts: ['sold', 'messages'], words: 3 }],
      }),
    ]);
    expect(matchText(custom, 'They sold the private messages.')).toHaveLength(1);
    expect(matchText(custom, 'They sold the house and, years later, wrote long messages.')).toHaveLength(0);
  });

  it('finds the same claims whether the list holds 10 or 5,000 other claims', () => {
    const filler = Array.from({ length: 5000 }, (_, i) =>
      claim(`filler-${i}`, { concepts: { a: [`zork${i}`], b: ['netflix', `quux${i}`] }, all: [['a'], ['b']] }),
    );
    const text = 'Meta didn’t share people’s private messages with Netflix. Zork17 met Netflix.';
    const small = matchText(bundledMatcher(), text).map((match) => match.claimId);
    const { list } = parseClaimList(bundledList, { strict: true });
    const big = compileMatcher([...filler, ...readyListClaims(list).claims]);
    expect(matchText(big, text).map((match) => match.claimId)).toEqual([...small, 'filler-17']);
  });
});
