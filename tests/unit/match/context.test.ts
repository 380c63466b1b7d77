// Sentences read in their article (matchBlock with one DocumentContext per document): parties taken
// from the headline, headings and recent paragraphs, role words, routing between sibling claims by
// the story, and the stance headlines give.
import { describe, expect, it } from 'vitest';
import {
  compileMatcher,
  createDocumentContext,
  expectBlocks,
  matchBlock,
  matchText,
  type BlockKind,
  type ClaimMatch,
  type MatchableClaim,
} from '../../../src/match';
import { DOCUMENT_PARAGRAPHS } from '../../../src/match/rules/document';
import { ECHO_BLOCKS } from '../../../src/match/rules/denial-echo';
import { RESTATED_BLOCKS } from '../../../src/match/rules/restated';
import { bundledMatcher } from './dev-set-eval';

const matcher = bundledMatcher();

/** The matches of each block of an article read in order, as [kind, text] pairs. */
function readArticle(blocks: readonly (readonly [BlockKind, string])[], using = matcher): ClaimMatch[][] {
  const context = createDocumentContext();
  return blocks.map(([kind, text]) => matchBlock(using, context, text, kind));
}
const ids = (matches: readonly ClaimMatch[]) => matches.map((match) => `${match.claimId} ${match.stance}`);

describe('a sentence that takes its party from the article', () => {
  const denial = 'The company denies sharing people’s private messages with Netflix.';

  it('takes Meta from the headline ("the company"), and says it borrowed it', () => {
    const [, , last] = readArticle([
      ['title', 'Meta under fire over Netflix deal'],
      ['paragraph', 'Posts about the deal spread fast this week.'],
      ['paragraph', denial],
    ]);
    expect(ids(last!)).toEqual(['meta-sold-messages-to-netflix denies']);
    expect(last![0]!.why).toContain('Meta');
    // Alone, the sentence names no one who could have shared anything.
    expect(matchText(matcher, denial)).toEqual([]);
  });

  it(`takes a party from a paragraph at most ${DOCUMENT_PARAGRAPHS} blocks back, not from further`, () => {
    const filler: [BlockKind, string][] = Array.from({ length: DOCUMENT_PARAGRAPHS + 1 }, (_, i) => [
      'paragraph',
      `Filler paragraph number ${i} says nothing at all.`,
    ]);
    const near = readArticle([
      ['paragraph', 'Meta spoke to reporters on Monday.'],
      ...filler.slice(0, DOCUMENT_PARAGRAPHS - 1),
      ['paragraph', denial],
    ]);
    expect(ids(near.at(-1)!)).toEqual(['meta-sold-messages-to-netflix denies']);
    const far = readArticle([['paragraph', 'Meta spoke to reporters on Monday.'], ...filler, ['paragraph', denial]]);
    expect(far.at(-1)).toEqual([]);
  });

  it('leaves a party implied only when the sentence says the rest of the claim, in words only that claim uses', () => {
    const headline: [BlockKind, string] = ['title', 'What the Netflix documents say'];
    const [, sold] = readArticle([headline, ['paragraph', 'Nothing in the filing says Facebook sold the messages.']]);
    expect(ids(sold!)).toEqual(['meta-sold-messages-to-netflix denies']);
    // "Read" is said by the sale claim and its siblings alike: it does not say which claim, or whose.
    const [, read] = readArticle([headline, ['paragraph', 'Nothing in the filing says Facebook read the messages.']]);
    expect(read).toEqual([]);
    // Two groups of its own are not enough without a word that refers back.
    const [, bare] = readArticle([headline, ['paragraph', 'Nothing says the messages were sold.']]);
    expect(bare).toEqual([]);
  });

  it('takes a party from a heading however far back', () => {
    const filler: [BlockKind, string][] = Array.from({ length: 8 }, () => ['paragraph', 'Nothing to see here.']);
    const blocks = readArticle([['heading', 'What Meta said'], ...filler, ['paragraph', denial]]);
    expect(ids(blocks.at(-1)!)).toEqual(['meta-sold-messages-to-netflix denies']);
  });

  it('lets "we" refer to the party the headline named, even after a paragraph named it again', () => {
    const quote = '“At no time did we access people’s private messages on Facebook,” the company said.';
    const blocks = readArticle([
      ['title', 'Netflix says it never read Facebook users’ messages'],
      ['paragraph', 'Netflix pushed back on Wednesday.'],
      ['paragraph', 'It tried several ways to make its service more social.'],
      ['paragraph', quote],
    ]);
    expect(ids(blocks[3]!)).toEqual(['netflix-inbox-api-access denies']);
    // A paragraph alone reaches one block with a pronoun.
    const noHeadline = readArticle([
      ['paragraph', 'Netflix pushed back on Wednesday.'],
      ['paragraph', 'It tried several ways to make its service more social.'],
      ['paragraph', 'Nothing else was said.'],
      ['paragraph', quote],
    ]);
    expect(noHeadline[3]).toEqual([]);
  });

  it('needs a word that refers back: a sentence about someone else borrows nothing', () => {
    const [, last] = readArticle([
      ['title', 'Meta under fire over Netflix deal'],
      ['paragraph', 'Spammers share private messages with Netflix fans.'],
    ]);
    expect(last).toEqual([]);
  });

  it('never lets a figure or a bare fact stand for the claim without its party', () => {
    const blocks = readArticle([
      ['title', 'ParkSwift agrees to pay $5 billion'],
      ['paragraph', 'The company will pay a $5 billion settlement over its privacy practices.'],
      ['paragraph', 'It also shut down its video service last year.'],
    ]);
    expect(blocks.flat()).toEqual([]);
  });
});

describe('a claim rejected by referring to it ("Meta denies it")', () => {
  const stated = 'Viral posts say Facebook sold users’ private messages to Netflix.';

  it('denies the claim the sentence before stated, in the same block or the next', () => {
    const [same] = readArticle([['paragraph', `${stated} Meta denies it.`]]);
    expect(ids(same!)).toEqual(['meta-sold-messages-to-netflix reports', 'meta-sold-messages-to-netflix denies']);
    expect(same![1]!.text).toBe('Meta denies it.');
    expect(same![1]!.why).toEqual(['denies it']);
    const [, next] = readArticle([
      ['paragraph', stated],
      ['paragraph', 'Spokesman Andy Stone called the claim “shockingly untrue.” “Untrue,” he repeated.'],
    ]);
    expect(ids(next!)).toEqual(['meta-sold-messages-to-netflix denies', 'meta-sold-messages-to-netflix denies']);
  });

  it('hears "both" as the claims stated just before ("Meta denies both.")', () => {
    const [, both] = readArticle([
      ['paragraph', stated],
      ['paragraph', 'Meta denies both.'],
    ]);
    expect(ids(both!)).toEqual(['meta-sold-messages-to-netflix denies']);
    const [, bothClaims] = readArticle([
      ['paragraph', stated],
      ['paragraph', 'The company disputes both claims.'],
    ]);
    expect(ids(bothClaims!)).toEqual(['meta-sold-messages-to-netflix denies']);
  });

  it('hears a short answer to the question or post before it ("Meta says no.", "OKAFOR: No, neither did.")', () => {
    const question = 'Q: Did Facebook sell messages to Netflix?';
    for (const answer of [
      'Meta says no.',
      'OKAFOR: No, neither did.',
      'It did not.',
      '@mira_k They don’t say that.',
      'There’s no evidence it did.',
      'Meta’s position is that it wasn’t.',
      '@cryptofox_ Not in the letter I read.',
    ])
      expect(
        ids(
          readArticle([
            ['paragraph', question],
            ['paragraph', answer],
          ])[1]!,
        ),
        answer,
      ).toEqual(['meta-sold-messages-to-netflix denies']);
    // A question about a denial is none: "Has anyone denied this?"
    expect(
      readArticle([
        ['paragraph', question],
        ['paragraph', 'Has anyone denied this?'],
      ])[1],
    ).toEqual([]);
    // The same words with nothing stated before them, or that do not answer, are no denial.
    expect(readArticle([['paragraph', 'Meta says no.']]).flat()).toEqual([]);
    for (const remark of ['Not everyone agrees with Meta on that.', 'Nobody says no to a free subscription.'])
      expect(
        readArticle([
          ['paragraph', question],
          ['paragraph', remark],
        ])[1],
        remark,
      ).toEqual([]);
  });

  it(`reaches at most ${RESTATED_BLOCKS} blocks back, and never where nothing was stated`, () => {
    const filler: [BlockKind, string][] = Array.from({ length: RESTATED_BLOCKS }, () => ['paragraph', 'Nothing here.']);
    const far = readArticle([['paragraph', stated], ...filler, ['paragraph', 'The company says that never happened.']]);
    expect(far.at(-1)).toEqual([]);
    const near = readArticle([
      ['paragraph', stated],
      ...filler.slice(1),
      ['paragraph', 'The company says that never happened.'],
    ]);
    expect(ids(near.at(-1)!)).toEqual(['meta-sold-messages-to-netflix denies']);
    expect(
      readArticle([
        ['title', 'Chip stocks slide'],
        ['paragraph', 'The company denies it.'],
      ]).flat(),
    ).toEqual([]);
  });

  it('in a thread, reads "it" in a reply as the claim of the post it addresses, however far back', () => {
    const blocks = readArticle([
      ['paragraph', `@jo · 3h: ${stated}`],
      ['paragraph', '@sam · 2h: The filing alleges programmatic access to inboxes via the Inbox API.'],
      ['paragraph', '@kim · 2h: Nice weather today.'],
      ['paragraph', '@kim · 1h: Still nice.'],
      ['paragraph', '@lee · 1h: @jo of course the company denies it lol'],
    ]);
    expect(ids(blocks[4]!)).toEqual(['meta-sold-messages-to-netflix denies']);
  });

  it('hears the short forms: "called that untrue", "says that’s “untrue”", "says they didn’t", "did no such thing", "response: “False.”"', () => {
    for (const denial of [
      'Meta’s spokesman called that shockingly untrue.',
      'Andy Stone says that’s “shockingly untrue.”',
      'Meta says they didn’t.',
      'It did no such thing.',
      'Meta’s response: “Shockingly untrue.”',
    ]) {
      const [, last] = readArticle([
        ['paragraph', stated],
        ['paragraph', denial],
      ]);
      expect(ids(last!), denial).toEqual(['meta-sold-messages-to-netflix denies']);
    }
    // A negated clause that goes on is a statement of its own.
    const [, clause] = readArticle([
      ['paragraph', stated],
      ['paragraph', 'Meta says they didn’t expect the posts to spread.'],
    ]);
    expect(clause).toEqual([]);
  });

  it('hears a source said to show nothing: "It quoted no document.", "we could not find one"', () => {
    for (const denial of [
      'It quoted no document on the point.',
      'The site did not quote one, and we could not find one.',
    ]) {
      const [, last] = readArticle([
        ['paragraph', 'A gaming site wrote that Facebook carved out an encryption exception for Netflix.'],
        ['paragraph', denial],
      ]);
      expect(ids(last!), denial).toEqual(['netflix-e2ee-exception denies']);
    }
  });

  it('hears a claim named by its key noun in a negated sentence ("It doesn’t say “sold” anywhere.")', () => {
    const [, key] = readArticle([
      [
        'paragraph',
        'The filing says Netflix had programmatic access to inboxes. Posts say Facebook sold users’ private messages to Netflix.',
      ],
      ['paragraph', 'The documents don’t actually show a sale.'],
    ]);
    expect(ids(key!)).toEqual(['meta-sold-messages-to-netflix denies']);
    // Without a negator, or with a word the siblings share ("access"), nothing is denied.
    const [, plain] = readArticle([
      ['paragraph', 'Posts say Facebook sold users’ private messages to Netflix.'],
      ['paragraph', 'The documents describe a sale.'],
    ]);
    expect(plain).toEqual([]);
    const [, shared] = readArticle([
      ['paragraph', 'Posts say Facebook sold users’ private messages to Netflix.'],
      ['paragraph', 'The documents don’t show any access.'],
    ]);
    expect(shared).toEqual([]);
  });

  it('does not hear a pointer at a sibling ("no document supporting a sale") as a denial of the claim just stated', () => {
    const [, pointer] = readArticle([
      ['paragraph', 'The filing says Netflix had programmatic access to Facebook users’ inboxes.'],
      ['paragraph', 'Our reporters found no documents supporting talk of a sale.'],
    ]);
    expect(pointer).toEqual([]);
    // The same form without the sibling's key noun denies the claim just stated.
    const [, plain] = readArticle([
      ['paragraph', 'The filing says Netflix had programmatic access to Facebook users’ inboxes.'],
      ['paragraph', 'Our reporters found no documents supporting that.'],
    ]);
    expect(ids(plain!)).toEqual(['netflix-inbox-api-access denies']);
  });

  it('never reads a settled fact as what "Meta denied it" rejects, and past the last claim reads the headline’s', () => {
    const blocks = readArticle([
      ['title', 'PSA: Facebook sold your chats to Netflix'],
      ['paragraph', 'The filing came out this week.'],
      ['paragraph', 'Reed Hastings sat on Facebook’s board.'],
      ['paragraph', 'Comment from Janet: Fact-checkers say this is false, Meta denied it.'],
    ]);
    expect(ids(blocks[3]!)).toEqual(['meta-sold-messages-to-netflix denies']);
    const far = readArticle([
      ['title', 'Chip stocks slide'],
      ['paragraph', stated],
      ['paragraph', 'Nothing here.'],
      ['paragraph', 'Nothing here either.'],
      ['paragraph', 'Nor here.'],
      ['paragraph', 'Meta denied it.'],
    ]);
    expect(far.at(-1)).toEqual([]);
  });

  it('reads "denies that" with a clause after it as a claim of its own, not a reference', () => {
    const [, last] = readArticle([
      ['paragraph', stated],
      ['paragraph', 'The company denies that its chip sales slowed.'],
    ]);
    expect(last).toEqual([]);
  });
});

describe('a recorded denial repeated in other words', () => {
  const stated = 'Facebook gave Microsoft’s Bing access to the names of users’ friends without consent.';
  const answer =
    'Facebook said in response that it did not give partners access to information without people’s permission.';

  it('denies the claim the article stated just before, when the list records that denial for it', () => {
    const [, last] = readArticle([
      ['paragraph', stated],
      ['paragraph', answer],
    ]);
    expect(ids(last!)).toContain('bing-amazon-yahoo-friend-data denies');
    expect(last!.find((match) => match.claimId === 'bing-amazon-yahoo-friend-data')!.why).toContain('permission');
  });

  it(`answers nothing the article did not state, or stated more than ${ECHO_BLOCKS} blocks before`, () => {
    // Read alone, the answer is Facebook's 2018 reply in its own words (the 2018 report's claim), never Bing's.
    expect(ids(readArticle([['paragraph', answer]]).flat())).toEqual(['facebook-partners-read-messages-2018 denies']);
    const filler: [BlockKind, string][] = Array.from({ length: ECHO_BLOCKS }, () => ['paragraph', 'Nothing here.']);
    const far = readArticle([['paragraph', stated], ...filler, ['paragraph', answer]]);
    expect(ids(far.at(-1)!)).not.toContain('bing-amazon-yahoo-friend-data denies');
  });

  it('hears a short answer framed as one ("the company’s reply is …", "X has said …"), without a negator', () => {
    const [, reply] = readArticle([
      ['paragraph', stated],
      ['paragraph', 'The company’s reply is that people gave permission.'],
    ]);
    expect(ids(reply!)).toContain('bing-amazon-yahoo-friend-data denies');
    // The same words, not framed as an answer, are a remark about permission, not a denial.
    const [, remark] = readArticle([
      ['paragraph', stated],
      ['paragraph', 'People gave permission for many things back then.'],
    ]);
    expect(remark).toEqual([]);
  });

  it('hears a limit ("only") as the answer of a denial that limits, not of a flat "we did not share"', () => {
    const accessStated = 'Court papers say Netflix had programmatic access to users’ private message inboxes.';
    const limit =
      'Facebook has said such partner interfaces only reached messages sent within the partner’s own feature.';
    const [, answer] = readArticle([
      ['paragraph', accessStated],
      ['paragraph', limit],
    ]);
    expect(ids(answer!)).toEqual(['netflix-inbox-api-access denies']);
    // Stone's "Meta didn't share people's private messages" is recorded for the sale and describes the
    // feature; a limit naming the feature is not that denial.
    const [, feature] = readArticle([
      ['paragraph', 'Posts claim Meta sold users’ private messages to Netflix.'],
      ['paragraph', 'Meta says the tool only let people message their friends from inside the Netflix app.'],
    ]);
    expect(ids(feature!)).not.toContain('meta-sold-messages-to-netflix denies');
  });

  it('hears no answer from a speaker the denial is not by', () => {
    const [, other] = readArticle([
      ['paragraph', stated],
      ['paragraph', 'Amazon responded that people gave permission.'],
    ]);
    expect(ids(other!)).not.toContain('bing-amazon-yahoo-friend-data denies');
  });

  it('needs the denial’s words, not any negation after the claim', () => {
    const [, last] = readArticle([
      ['paragraph', stated],
      ['paragraph', 'Facebook did not comment on its quarterly results or on the weather in Menlo Park.'],
    ]);
    expect(last).toEqual([]);
  });
});

describe('a claim whose parties the document never names', () => {
  const sentence = 'Their docs say the Inbox API “read” scope gives programmatic access to a user’s inbox.';

  it('is not matched: another company’s Inbox API is not Netflix’s', () => {
    const article: [BlockKind, string][] = [
      ['title', 'Postwick Mail Inbox API: does the read scope cover the whole mailbox?'],
      ['paragraph', `devon_k: Building an integration with Postwick Mail. ${sentence}`],
    ];
    const context = createDocumentContext();
    expectBlocks(
      matcher,
      context,
      article.map(([, text]) => text),
    );
    expect(article.flatMap(([kind, text]) => matchBlock(matcher, context, text, kind))).toEqual([]);
    // Read alone, the sentence still matches: the rule reads the document, not the sentence.
    expect(ids(matchText(matcher, sentence))).toContain('netflix-inbox-api-access reports');
  });

  it('is matched when the article names a party anywhere, the blocks ahead included', () => {
    const article: [BlockKind, string][] = [
      ['title', 'What the Inbox API could see'],
      ['paragraph', sentence],
      ['paragraph', 'The filing says Facebook gave that access to Netflix.'],
    ];
    const context = createDocumentContext();
    expectBlocks(
      matcher,
      context,
      article.map(([, text]) => text),
    );
    const [, lede] = article.map(([kind, text]) => matchBlock(matcher, context, text, kind));
    expect(ids(lede!)).toContain('netflix-inbox-api-access reports');
  });

  it('is not matched when the article only describes a party ("the video-streaming service") and names another firm', () => {
    const sentence =
      'Quillon, the video-streaming service, has guaranteed Brightpost $150 million of advertising spending.';
    const alone = [
      ['title', 'Quillon commits $150 million to Brightpost ads'],
      ['paragraph', sentence],
    ] as [BlockKind, string][];
    const context = createDocumentContext();
    expectBlocks(
      matcher,
      context,
      alone.map(([, text]) => text),
    );
    expect(alone.flatMap(([kind, text]) => matchBlock(matcher, context, text, kind))).toEqual([]);
    // The same description in an article that names Netflix by its name is Netflix.
    const named = createDocumentContext();
    const article = [['title', 'Netflix and Facebook: the ad deal'], ...alone.slice(1)] as [BlockKind, string][];
    expectBlocks(
      matcher,
      named,
      article.map(([, text]) => text),
    );
    const [, lede] = article.map(([kind, text]) => matchBlock(matcher, named, text, kind));
    expect(ids(lede!)).toContain('netflix-data-for-ad-spend asserts');
  });
});

describe('a person named by description', () => {
  it('reads "the man who ran Netflix" on Facebook’s board as Hastings’s board seat, and no other firm’s', () => {
    for (const sentence of [
      'And the man who ran Netflix had a seat on Facebook’s board from 2011 to 2019.',
      'also the guy running netflix was on facebook’s board for like eight years',
      'Reed Hastings had a seat at Facebook’s boardroom table.',
    ])
      expect(ids(matchText(matcher, sentence)), sentence).toEqual(['hastings-on-facebook-board asserts']);
    expect(matchText(matcher, 'The man who ran Tallyfold had a seat on Chirpline’s board.')).toEqual([]);
  });
});

describe('the encryption exception is its own claim', () => {
  it('is never read as the sale or the 2018 report, in any story', () => {
    const claim =
      'Claim: Facebook secretly exempted Netflix from end-to-end encryption so the streamer could read chats.';
    for (const title of [
      'Unsealed antitrust filing names Netflix',
      'Facebook gave partners access, New York Times reports',
    ]) {
      const found = ids(
        readArticle([
          ['title', title],
          ['paragraph', claim],
        ])[1]!,
      );
      expect(found, title).not.toContain('meta-sold-messages-to-netflix reports');
      expect(
        found.filter((id) => id.startsWith('facebook-partners')),
        title,
      ).toEqual([]);
    }
  });
});

describe('the feature Meta describes is not the sale', () => {
  it('reads a plain description of the share feature as no claim, and "… and nothing more" as no denial of a sale', () => {
    const claimStated: [BlockKind, string] = ['paragraph', 'Posts say Meta sold users’ private messages to Netflix.'];
    for (const description of [
      'Stone said the feature let people message Facebook friends about what they were watching, directly from the Netflix app.',
      'The exec said the deal allowed people to message Facebook friends from the Netflix app about what they were watching, and nothing more.',
    ])
      expect(
        ids(readArticle([claimStated, ['paragraph', description]])[1]!).filter((id) => id.startsWith('meta-sold')),
      ).toEqual([]);
    // With the denial itself, it still denies the sale.
    const [, denial] = readArticle([
      claimStated,
      [
        'paragraph',
        'Meta denies sharing private messages with Netflix, saying the feature let people tell friends what they were watching.',
      ],
    ]);
    expect(ids(denial!)).toContain('meta-sold-messages-to-netflix denies');
  });
});

describe('Netflix reading messages, in an article about the court filing', () => {
  const lede: [BlockKind, string] = ['paragraph', 'Unsealed court filings in the antitrust lawsuit describe the deal.'];

  it('reads "Netflix could read our chats" as the inbox-access claim, not the sale', () => {
    const [, last] = readArticle([lede, ['paragraph', 'My daughter says Netflix could read our family chats.']]);
    expect(ids(last!)).toEqual(['netflix-inbox-api-access reports']);
  });

  it('needs the reading next to Netflix and the messages, and no encryption exception', () => {
    const [, far] = readArticle([
      lede,
      ['paragraph', 'He said Netflix had access through a plugin, rather than being able to read the messages.'],
    ]);
    expect(ids(far!)).not.toContain('netflix-inbox-api-access reports');
    const [, encrypted] = readArticle([
      lede,
      ['paragraph', 'A post said Facebook switched off end-to-end encryption so Netflix could read chats.'],
    ]);
    expect(ids(encrypted!)).not.toContain('netflix-inbox-api-access reports');
  });
});

describe('a bare fact is not the claim that adds a motive to it', () => {
  it('reads Watch cuts as the claim only with Netflix or a motive, and the claim’s own "not" does not deny it', () => {
    const [plain] = readArticle([
      ['paragraph', 'Facebook is cutting spending on original shows for its Watch video service.'],
    ]);
    expect(plain).toEqual([]);
    const [motive] = readArticle([
      ['paragraph', 'The filing alleges Facebook cut Watch’s budgets so it would not compete with Netflix.'],
    ]);
    expect(ids(motive!)).toEqual(['facebook-watch-sabotaged-for-netflix reports']);
  });
});

describe('role words, as data per party', () => {
  const roleClaim: MatchableClaim = {
    id: 'ceo-on-board',
    match: {
      concepts: { ceo: ['jane roe'], board: ['board'], acme: ['acme'] },
      all: [['ceo'], ['board'], ['acme']],
      none: [],
      overrides: [],
      carry: ['ceo', 'acme'],
      roles: { ceo: ['the executive', 'the chief executive'] },
    },
  };
  const custom = compileMatcher([roleClaim]);

  it('reads "the executive" as the person the article named', () => {
    const blocks = readArticle(
      [
        ['title', 'Jane Roe and Acme'],
        ['paragraph', 'Later the executive joined the Acme board.'],
      ],
      custom,
    );
    expect(ids(blocks[1]!)).toEqual(['ceo-on-board asserts']);
    expect(blocks[1]![0]!.why).toEqual(['Acme', 'board', 'Jane Roe']);
  });

  it('reads nothing into a role word when the article never named its party', () => {
    const blocks = readArticle([['paragraph', 'Later the executive joined the Acme board.']], custom);
    expect(blocks[0]).toEqual([]);
  });
});

describe('routing between sibling claims by the story', () => {
  const statement = 'Netflix said it never accessed people’s messages on Facebook.';

  it('reads Netflix’s denial as the 2018 claim in an article about the 2018 report', () => {
    const blocks = readArticle([
      ['title', 'Facebook gave partners access, New York Times reports'],
      ['paragraph', statement],
    ]);
    expect(ids(blocks[1]!)).toEqual(['facebook-partners-read-messages-2018 denies']);
  });

  it('reads it as the court-filing claim in an article about the lawsuit', () => {
    const blocks = readArticle([
      ['title', 'Unsealed antitrust filing names Netflix'],
      ['paragraph', statement],
    ]);
    expect(ids(blocks[1]!)).toEqual(['netflix-inbox-api-access denies']);
  });

  it('reads a headline in the story the article names next, when the blocks ahead are known', () => {
    const article: [BlockKind, string][] = [
      ['title', statement],
      ['paragraph', 'The statement came a day after The New York Times reported on data deals.'],
      ['paragraph', 'Years later an antitrust lawsuit revived the story.'],
    ];
    const context = createDocumentContext();
    expectBlocks(
      matcher,
      context,
      article.map(([, text]) => text),
    );
    const [headline] = article.map(([kind, text]) => matchBlock(matcher, context, text, kind));
    expect(ids(headline!)).toEqual(['facebook-partners-read-messages-2018 denies']);
    // Without the blocks ahead, the headline is read alone, in the current order.
    expect(ids(readArticle(article)[0]!)).toEqual(ids(matchText(matcher, statement)));
  });

  it('reads a sentence that names no story in its paragraph’s story before the article’s', () => {
    const denial = 'Facebook and Netflix each say no messages were ever accessed without consent.';
    const filing: [BlockKind, string][] = [
      ['title', 'Timeline: the antitrust lawsuit over Facebook and Netflix'],
      ['paragraph', 'The plaintiffs say Facebook sold users’ private messages to Netflix.'],
    ];
    const [, , item] = readArticle([
      ...filing,
      [
        'paragraph',
        `In December 2018 The New York Times said Facebook let Netflix and Spotify read messages. ${denial}`,
      ],
    ]);
    expect(ids(item!)).toEqual([
      'facebook-partners-read-messages-2018 reports',
      'facebook-partners-read-messages-2018 denies',
    ]);
    // The same denial in a paragraph that names no story is read in the article's.
    const [, , alone] = readArticle([...filing, ['paragraph', denial]]);
    expect(ids(alone!)).not.toContain('facebook-partners-read-messages-2018 denies');
  });

  it('never routes a sale to the 2018 reading claim, even in an article about the 2018 report', () => {
    const blocks = readArticle([
      ['title', 'Facebook gave partners access, New York Times reports'],
      ['paragraph', 'By now the posts say something else: Facebook sold your DMs to Netflix.'],
    ]);
    expect(ids(blocks[1]!)).toEqual(['meta-sold-messages-to-netflix reports']);
  });

  it('still routes a sentence that names the other story’s marker ("Spotify") by the article', () => {
    const blocks = readArticle([
      ['title', 'Unsealed antitrust filing names Netflix'],
      [
        'paragraph',
        'Facebook says the Inbox API only let services such as Spotify and Netflix access messages sent in their own apps.',
      ],
    ]);
    expect(ids(blocks[1]!).map((id) => id.split(' ')[0])).toEqual(['netflix-inbox-api-access']);
  });

  it('reads Facebook’s 2018 account quoted in an article about the lawsuit as the lawsuit claim’s denial', () => {
    const [, , quoted] = readArticle([
      ['title', 'Unsealed antitrust filing names Netflix'],
      ['paragraph', 'The plaintiffs say the court documents show Netflix had programmatic access to inboxes.'],
      [
        'paragraph',
        'Facebook said in 2018 that the interface only let partners reach messages sent inside their own feature.',
      ],
    ]);
    expect(ids(quoted!)).toEqual(['netflix-inbox-api-access denies']);
    // In an article about the 2018 report, the same sentence is the 2018 claim's.
    const [, , inReport] = readArticle([
      ['title', 'Facebook gave partners access, New York Times reports'],
      ['paragraph', 'The New York Times says Netflix and Spotify could read private messages.'],
      [
        'paragraph',
        'Facebook said in 2018 that the interface only let partners reach messages sent inside their own feature.',
      ],
    ]);
    expect(ids(inReport!).map((id) => id.split(' ')[0])).toEqual(['facebook-partners-read-messages-2018']);
  });

  it('keeps the current order when the article names no story', () => {
    const blocks = readArticle([['paragraph', statement]]);
    expect(ids(blocks[0]!)).toEqual(ids(matchText(matcher, statement)));
  });
});

describe('headlines, questions and quotes', () => {
  it.each([
    ['NYT: Facebook gave Spotify and Netflix the ability to read private messages', 'reports'],
    ['Myth: Facebook sold your private messages to Netflix', 'denies'],
    ['No, Netflix did not buy your Facebook messages', 'denies'],
    ['Did Facebook really sell your private messages to Netflix?', 'reports'],
    ['Meta slams claims it sold private messages to Netflix', 'denies'],
  ])('%s → %s', (headline, stance) => {
    const [matches] = readArticle([['title', headline]]);
    expect(matches!.map((match) => match.stance)).toContain(stance);
  });

  it('reports a claim the writer only quotes, and asserts a settled fact whoever states it', () => {
    const [quoted, settled] = readArticle([
      ['paragraph', 'Online, that turned into “Facebook sold your DMs to Netflix.”'],
      ['paragraph', 'The plaintiffs point out that Reed Hastings sat on Facebook’s board from 2011 to 2019.'],
    ]);
    expect(ids(quoted!)).toEqual(['meta-sold-messages-to-netflix reports']);
    expect(ids(settled!)).toEqual(['hastings-on-facebook-board asserts']);
  });

  it('reports what a source the claim names reported ("the Times reported that …")', () => {
    const sentence = 'In 2018 the Times reported that Netflix and Spotify could read users’ messages.';
    expect(ids(matchText(matcher, sentence))).toEqual(['facebook-partners-read-messages-2018 reports']);
  });

  it('denies with "slams viral claim" and "no one has shown", and reports "the allegation is that …"', () => {
    const stanceOf = (text: string) => matchText(matcher, text).map((match) => match.stance);
    expect(stanceOf('Meta slams viral claim it sold users’ private messages to Netflix')).toEqual(['denies']);
    expect(stanceOf('No one has shown that Facebook sold users’ private messages to Netflix.')).toEqual(['denies']);
    expect(stanceOf('The allegation is that Facebook sold users’ private messages to Netflix.')).toEqual(['reports']);
  });

  it('reads scale abbreviations as numbers', () => {
    expect(matchText(matcher, 'Facebook paid a 5 bln dollar FTC fine.').map((m) => m.claimId)).toEqual([
      'ftc-5-billion-fine',
    ]);
    expect(matchText(matcher, 'Cambridge Analytica took data on 87 mln users.').map((m) => m.claimId)).toEqual([
      'cambridge-analytica-87-million',
    ]);
  });

  it('starts afresh for another matcher', () => {
    const context = createDocumentContext();
    matchBlock(matcher, context, 'Meta under fire', 'title');
    const other = compileMatcher([]);
    expect(matchBlock(other, context, 'The company denies it.', 'paragraph')).toEqual([]);
    expect(context.named.size).toBe(0);
  });
});

describe('the ad-spend figures', () => {
  const read = (article: [BlockKind, string][]) => {
    const context = createDocumentContext();
    expectBlocks(
      matcher,
      context,
      article.map(([, text]) => text),
    );
    return article.map(([kind, text]) => matchBlock(matcher, context, text, kind));
  };

  it('are the claim when the article names Netflix, even in a sentence that does not', () => {
    const [, , figures] = read([
      ['title', 'What the antitrust papers say about Netflix and Facebook'],
      ['paragraph', 'The plaintiffs describe years of close ties between Netflix and Facebook.'],
      ['paragraph', 'Some $200 million of guaranteed ads a year by 2019, the plaintiffs add.'],
    ]);
    expect(ids(figures!)).toEqual(['netflix-data-for-ad-spend reports']);
    expect(ids(matchText(matcher, 'The complaint says Netflix put $150 million into Facebook ads in 2017.'))).toEqual([
      'netflix-data-for-ad-spend reports',
    ]);
  });

  it('are not the claim where streamers are only described and the figure is someone else’s', () => {
    const blocks = read([
      ['title', 'How streaming services buy ads on social media'],
      ['paragraph', 'Streaming services advertise heavily on Facebook and TikTok.'],
      ['paragraph', 'One of them guaranteed a platform $200 million of ads a year for better rates.'],
    ]);
    expect(blocks.flat()).toEqual([]);
  });
});

describe('Facebook’s 2018 reply in its own words', () => {
  it('denies the 2018 report when it says partners got information only with people’s permission', () => {
    for (const sentence of [
      'Facebook says its partners received information only with their permission.',
      'Meta says none of the partnerships gave access to data without users’ permission.',
    ])
      expect(ids(readArticle([['paragraph', sentence]]).flat()), sentence).toEqual([
        'facebook-partners-read-messages-2018 denies',
      ]);
    // Another firm's consent line is not Facebook's reply.
    expect(
      readArticle([['paragraph', 'Streamly says its partners received data only with people’s permission.']]).flat(),
    ).toEqual([]);
  });
});

describe('Watch held back for Netflix, in other verbs', () => {
  it('reads "reined in", "squeezed", "sacrificed", "held back" as cutting Watch, with the Netflix motive', () => {
    for (const sentence of [
      'The suit says Facebook reined in Watch so it would stay out of Netflix’s way.',
      'Facebook squeezed Watch’s budget to suit Netflix, the plaintiffs claim.',
      'Plaintiffs say Facebook sacrificed Watch to keep Netflix happy.',
    ])
      expect(ids(matchText(matcher, sentence)), sentence).toEqual(['facebook-watch-sabotaged-for-netflix reports']);
    // The verbs alone, without Netflix or a motive, are Watch's history, not the claim.
    expect(matchText(matcher, 'Facebook reined in Watch in 2023 as viewing fell.')).toEqual([]);
  });
});

describe('letting Netflix into people’s inboxes', () => {
  it('is access to the inboxes (the court-filing claim), not a sale', () => {
    expect(
      ids(matchText(matcher, 'The complaint alleges Facebook let Netflix into people’s private inboxes for years.')),
    ).toEqual(['netflix-inbox-api-access reports']);
  });
});

describe('the filing’s phrase "programmatic access" to inboxes', () => {
  it('is the inbox-access claim in an article that names Facebook or Netflix', () => {
    const [, , said] = readArticle([
      ['title', 'What the lawsuit against Facebook says about Netflix'],
      ['paragraph', 'Lawyers for the users filed the letter in 2023.'],
      ['paragraph', 'The letter speaks of programmatic access to message inboxes.'],
    ]);
    expect(ids(said!)).toEqual(['netflix-inbox-api-access asserts']);
    // In an article about another firm's mail API, it is that firm's.
    expect(
      readArticle([
        ['title', 'Postmarkly opens its mail platform to developers'],
        ['paragraph', 'Partners get programmatic access to message inboxes once a user agrees.'],
      ]).flat(),
    ).toEqual([]);
  });
});

describe('the harmless feature, limited, as the answer to an access claim', () => {
  const access = 'The unsealed letter says Netflix had programmatic access to Facebook users’ inboxes.';

  it('denies the access claim stated just before ("only ever a button to tell friends what you’re watching")', () => {
    const [, answer] = readArticle([
      ['paragraph', access],
      ['paragraph', 'Meta’s account is that the integration was only ever a way to tell friends what you’re watching.'],
    ]);
    expect(ids(answer!)).toEqual(['netflix-inbox-api-access denies']);
  });

  it('answers nothing without the limit, after no claim, or far from it; and never denies the sale it softens', () => {
    const described = 'Meta’s account is that the integration let people tell friends what they were watching.';
    expect(
      readArticle([
        ['paragraph', access],
        ['paragraph', described],
      ])[1],
    ).toEqual([]);
    const limited = 'Meta’s account is that the integration was only ever a way to tell friends what you’re watching.';
    expect(readArticle([['paragraph', limited]]).flat()).toEqual([]);
    const filler: [BlockKind, string][] = Array.from({ length: 5 }, () => ['paragraph', 'Nothing here.']);
    expect(readArticle([['paragraph', access], ...filler, ['paragraph', limited]]).at(-1)).toEqual([]);
    const [, afterSale] = readArticle([
      ['paragraph', 'Posts claim Facebook sold users’ private messages to Netflix.'],
      ['paragraph', limited],
    ]);
    expect(ids(afterSale!)).not.toContain('meta-sold-messages-to-netflix denies');
  });
});
