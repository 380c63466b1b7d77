// matchDocument: a whole document (a file `claimlens scan` reads, an evaluation article) matched as the
// extension matches a page — its blocks in order, in one context, each announced ahead — with offsets
// into the document's text, not the block's.
import { describe, expect, it } from 'vitest';
import {
  compileMatcher,
  createDocumentContext,
  expectBlocks,
  matchBlock,
  matchDocument,
  matchText,
  type BlockKind,
  type ClaimMatch,
  type DocumentBlock,
} from '../../../src/match';
import { claim } from '../../support/match-claims';
import { bundledMatcher } from './dev-set-eval';

const matcher = bundledMatcher();
const statement = 'Netflix said it never accessed people’s messages on Facebook.';
const lawsuitTitle = 'Unsealed antitrust filing names Netflix';
const reportParagraph = 'The statement came a day after The New York Times reported on data deals.';
const reportHeadline = 'NYT: Facebook let partners read your private messages';

/** A document as the CLI builds one: blocks separated by blank lines, each with its kind. */
function documentOf(parts: readonly (readonly [string, BlockKind])[]): { text: string; blocks: DocumentBlock[] } {
  let text = '';
  const blocks: DocumentBlock[] = [];
  for (const [part, kind] of parts) {
    if (text) text += '\n\n';
    blocks.push({ start: text.length, end: text.length + part.length, kind });
    text += part;
  }
  return { text, blocks };
}

const brief = (matches: readonly ClaimMatch[]) => matches.map((m) => [m.claimId, m.stance, m.start, m.end]);

describe('matchDocument', () => {
  it('gives offsets into the whole text: each match is the sentence found there', () => {
    const { text, blocks } = documentOf([
      [lawsuitTitle, 'title'],
      [statement, 'paragraph'],
    ]);
    const matches = matchDocument(matcher, text, blocks);
    const at = text.indexOf(statement);
    expect(brief(matches)).toEqual([['netflix-inbox-api-access', 'denies', at, at + statement.length]]);
    for (const match of matches) expect(text.slice(match.start, match.end)).toBe(match.text);
    // Everything else about the match is the block's own answer.
    expect(matches[0]).toMatchObject({
      text: statement,
      score: 0.9,
      why: ['Netflix', 'accessed', 'people’s messages'],
    });
  });

  it('reads every block in order, in one context: the heading’s story routes a statement two blocks on', () => {
    const { text, blocks } = documentOf([
      [reportHeadline, 'heading'],
      ['Readers wrote in all week about what apps can see.', 'paragraph'],
      [statement, 'paragraph'],
    ]);
    const matches = matchDocument(matcher, text, blocks);
    const at = text.indexOf(statement);
    expect(brief(matches)).toEqual([
      ['facebook-partners-read-messages-2018', 'reports', 0, reportHeadline.length],
      ['facebook-partners-read-messages-2018', 'denies', at, at + statement.length],
    ]);
    for (const match of matches) expect(text.slice(match.start, match.end)).toBe(match.text);
  });

  it('reads each block as its kind: a claim the headline stated is painted on top of a tied sentence', () => {
    const small = compileMatcher([
      claim('a-messages', { concepts: { meta: ['meta'], messages: ['messages'] }, all: [['meta'], ['messages']] }),
      claim('b-photos', { concepts: { meta: ['meta'], photos: ['photos'] }, all: [['meta'], ['photos']] }),
    ]);
    const read = (headlineKind: BlockKind) => {
      const { text, blocks } = documentOf([
        ['Meta leaked photos', headlineKind],
        ['Meta leaked messages.', 'paragraph'],
        ['Meta leaked messages again.', 'paragraph'],
        ['Meta leaked messages and photos.', 'paragraph'],
      ]);
      return matchDocument(small, text, blocks)
        .slice(-2)
        .map((match) => match.claimId);
    };
    expect(read('title')).toEqual(['a-messages', 'b-photos']);
    expect(read('paragraph')).toEqual(['b-photos', 'a-messages']);
  });

  it('announces the blocks ahead: a statement is routed by the story the document tells after it', () => {
    const { text, blocks } = documentOf([
      [statement, 'paragraph'],
      [reportParagraph, 'paragraph'],
    ]);
    // Alone, the statement answers the Netflix claim; in this article it answers the 2018 report.
    expect(matchText(matcher, statement).map((m) => m.claimId)).toEqual(['netflix-inbox-api-access']);
    expect(brief(matchDocument(matcher, text, blocks))).toEqual([
      ['facebook-partners-read-messages-2018', 'denies', 0, statement.length],
    ]);
  });

  it('announces each block ahead as its own text: the next story told is the next block’s, not the whole document’s', () => {
    const lawsuit = 'An unsealed antitrust filing names Netflix.';
    const lawsuitAgain = 'The antitrust filing was unsealed on Friday, in the antitrust case.';
    const { text, blocks } = documentOf([
      [statement, 'paragraph'],
      [reportParagraph, 'paragraph'],
      [lawsuit, 'paragraph'],
      [lawsuitAgain, 'paragraph'],
    ]);
    // The document tells the lawsuit more often, but the report first: the statement answers the report.
    expect(brief(matchDocument(matcher, text, blocks))).toEqual([
      ['facebook-partners-read-messages-2018', 'denies', 0, statement.length],
    ]);
  });

  it('reads the blocks it is given, not the text between them', () => {
    const text = `${statement}\n\n${statement}`;
    const second = statement.length + 2;
    const matches = matchDocument(matcher, text, [{ start: second, end: text.length, kind: 'paragraph' }]);
    expect(brief(matches)).toEqual([['netflix-inbox-api-access', 'denies', second, text.length]]);
    expect(matchDocument(matcher, text, [])).toEqual([]);
  });

  it('answers as the extension does when it reads the same blocks one by one', () => {
    const parts = [
      [lawsuitTitle, 'title'],
      [reportHeadline, 'heading'],
      [statement, 'paragraph'],
      [reportParagraph, 'paragraph'],
    ] as const;
    const { text, blocks } = documentOf(parts);
    const context = createDocumentContext();
    expectBlocks(
      matcher,
      context,
      parts.map(([part]) => part),
    );
    const byBlock = parts.flatMap(([part, kind], b) =>
      matchBlock(matcher, context, part, kind).map((m) => ({
        ...m,
        start: m.start + blocks[b]!.start,
        end: m.end + blocks[b]!.start,
      })),
    );
    expect(byBlock.length).toBeGreaterThan(1);
    expect(matchDocument(matcher, text, blocks)).toEqual(byBlock);
  });
});
