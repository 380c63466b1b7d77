// Rules `settled` and `roles`, and the concept names they read, on small hand-written claims. A
// settled fact is asserted whoever states it, denied only by a denial; a claim the writer only
// quotes is reported; a role word stands for the party it is listed for, and only for it; a rule
// naming a concept the claim does not define (or defines with no terms) is ignored.
import { describe, expect, it } from 'vitest';
import {
  compileMatcher,
  createDocumentContext,
  matchBlock,
  matchText,
  type BlockKind,
  type MatchableClaim,
} from '../../../src/match';
import { claim } from '../../support/match-claims';

const stances = (claims: MatchableClaim[], text: string) =>
  matchText(compileMatcher(claims), text).map((m) => `${m.claimId} ${m.stance}`);

const boardConcepts = { hastings: ['hastings'], board: ['board'], facebook: ['facebook'] };
const boardGroups = [['hastings'], ['board'], ['facebook']];

describe('settled', () => {
  const settled = claim('board-seat', { concepts: boardConcepts, all: boardGroups, settled: true });
  const open = claim('board-seat', { concepts: boardConcepts, all: boardGroups });

  it('asserts a settled fact that the sentence attributes or negates near it', () => {
    const attributed = 'The plaintiffs say that Hastings sat on the Facebook board.';
    expect(stances([settled], attributed)).toEqual(['board-seat asserts']);
    expect(stances([open], attributed)).toEqual(['board-seat reports']);
  });

  it('denies a settled fact only where the sentence rejects it', () => {
    const denied = 'Meta denied that Hastings sat on the Facebook board.';
    expect(stances([settled], denied)).toEqual(['board-seat denies']);
  });

  it('reads only `settled: true` as settled', () => {
    const notSettled = claim('board-seat', { concepts: boardConcepts, all: boardGroups, settled: false });
    expect(stances([notSettled], 'The plaintiffs say that Hastings sat on the Facebook board.')).toEqual([
      'board-seat reports',
    ]);
  });
});

describe('a claim the writer only quotes', () => {
  const open = claim('board-seat', { concepts: boardConcepts, all: boardGroups });

  it('reports a claim quoted in straight or curly quotes', () => {
    expect(stances([open], 'Online it became "Hastings ran the Facebook board" overnight.')).toEqual([
      'board-seat reports',
    ]);
    expect(stances([open], 'Online it became “Hastings ran the Facebook board” overnight.')).toEqual([
      'board-seat reports',
    ]);
  });

  it('asserts it when one of its terms stands outside the quotation', () => {
    expect(stances([open], 'Hastings, "who ran the Facebook board", left.')).toEqual(['board-seat asserts']);
    expect(stances([open], '“Hastings” ran the Facebook board.')).toEqual(['board-seat asserts']);
    expect(stances([open], '"Hastings" ran the Facebook board.')).toEqual(['board-seat asserts']);
    // A quotation closed before the claim's words and one opened after them quote nothing of it.
    expect(stances([open], '“Wow.” Hastings ran the Facebook board, “truly”.')).toEqual(['board-seat asserts']);
  });

  it('does not read a quotation that closed in the sentence before', () => {
    expect(stances([open], '“It was a rumour.” Hastings ran the Facebook board.')).toEqual(['board-seat asserts']);
    expect(stances([open], '"It was a rumour." Hastings ran the Facebook board.')).toEqual(['board-seat asserts']);
  });
});

describe('roles', () => {
  const roleClaim = (roles: Record<string, string[]>, concepts: Record<string, string[]> = {}) =>
    claim('ceo-on-board', {
      concepts: { ceo: ['jane roe'], board: ['board'], acme: ['acme'], ...concepts },
      all: [['ceo'], ['board'], ['acme']],
      carry: ['ceo', 'acme'],
      roles,
    });
  const read = (claims: MatchableClaim[], blocks: [BlockKind, string][]) => {
    const matcher = compileMatcher(claims);
    const context = createDocumentContext();
    return blocks.map(([kind, text]) => matchBlock(matcher, context, text, kind).map((m) => m.claimId));
  };
  const article = (role: string): [BlockKind, string][] => [
    ['title', 'Jane Roe and Acme'],
    ['paragraph', `Later ${role} joined the Acme board.`],
  ];

  it('reads every role word listed for a party', () => {
    const claims = [roleClaim({ ceo: ['the executive', 'the boss'] })];
    expect(read(claims, article('the executive'))[1]).toEqual(['ceo-on-board']);
    expect(read(claims, article('the boss'))[1]).toEqual(['ceo-on-board']);
    expect(read(claims, article('the janitor'))[1]).toEqual([]);
  });

  it('ignores roles for a party the claim does not define, and empty role lists', () => {
    expect(read([roleClaim({ chair: ['the executive'] })], article('the executive'))[1]).toEqual([]);
    expect(read([roleClaim({ ceo: [] })], article('the executive'))[1]).toEqual([]);
    // A role on an undefined party does not stop the claim's other roles.
    expect(read([roleClaim({ chair: ['the chair'], ceo: ['the boss'] })], article('the boss'))[1]).toEqual([
      'ceo-on-board',
    ]);
  });

  it('reads a role word two claims share for each claim’s own party', () => {
    const other = claim('cfo-on-board', {
      concepts: { cfo: ['john doe'], board: ['board'], acme: ['acme'] },
      all: [['cfo'], ['board'], ['acme']],
      carry: ['cfo', 'acme'],
      roles: { cfo: ['the executive'] },
    });
    const claims = [roleClaim({ ceo: ['the executive'] }), other];
    expect(read(claims, article('the executive'))[1]).toEqual(['ceo-on-board']);
    const johnArticle: [BlockKind, string][] = [
      ['title', 'John Doe and Acme'],
      ['paragraph', 'Later the executive joined the Acme board.'],
    ];
    expect(read(claims, johnArticle)[1]).toEqual(['cfo-on-board']);
  });
});

describe('concept names a rule reads', () => {
  it('ignores a concept defined with no terms, or not as a list', () => {
    const vetoed = claim('sold', {
      concepts: { sold: ['sold'], messages: ['messages'], scandal: ['scandal'] },
      all: [['sold'], ['messages']],
      none: ['scandal'],
    });
    expect(stances([vetoed], 'They sold messages and a scandal followed.')).toEqual([]);
    const withEmpty = claim('sold', {
      concepts: { sold: ['sold'], messages: ['messages'], scandal: [] },
      all: [['sold'], ['messages']],
      none: ['scandal'],
    });
    expect(stances([withEmpty], 'They sold messages and a scandal followed.')).toEqual(['sold asserts']);
    const notAList = claim('sold', {
      concepts: { sold: ['sold'], messages: ['messages'], scandal: 'scandal' as unknown as string[] },
      all: [['sold'], ['messages']],
      none: ['scandal'],
    });
    expect(stances([notAList], 'They sold messages and a scandal followed.')).toEqual(['sold asserts']);
  });

  it('reads a name only as the claim’s own concept, never as an inherited property', () => {
    const inherited = claim('sold', {
      concepts: { sold: ['sold'], messages: ['messages'] },
      all: [['sold'], ['messages']],
      none: ['toString', 'constructor'],
    });
    expect(stances([inherited], 'They sold messages.')).toEqual(['sold asserts']);
  });
});
