// What a list maintainer reads for each rule of the list format (`claimlens list validate`, the
// options page): the field and the rule in words, never an empty message.
import { describe, expect, it } from 'vitest';
import { ClaimListError, parseClaimList } from '../../../src/claims/parse';
import { MAX_TERMS_PER_CONCEPT } from '../../../src/claims/schema';
import { moonClaim, publishedList } from '../../support/lists';

const problemsOf = (input: unknown): readonly string[] => {
  try {
    parseClaimList(input, { strict: true });
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(ClaimListError);
    return (error as ClaimListError).problems;
  }
};
const withClaim = (change: (claim: ReturnType<typeof moonClaim>) => unknown) =>
  problemsOf(publishedList({ claims: [change(moonClaim())] }));
const source = { publisher: 'NASA', url: 'https://www.nasa.gov/' };

describe('the list format, rule by rule', () => {
  it('says how to write a date', () => {
    expect(
      withClaim((c) => ({ ...c, context: [{ text: 'Fact.', sources: [{ ...source, date: '1 May 2024' }] }] })),
    ).toEqual(['claims[0] (moon-green-cheese).context[0].sources[0].date: must be YYYY, YYYY-MM or YYYY-MM-DD']);
  });

  it('says a source link must be a web address, and an http(s) one', () => {
    expect(
      withClaim((c) => ({ ...c, context: [{ text: 'Fact.', sources: [{ ...source, url: 'nasa dot gov' }] }] })),
    ).toEqual([
      'claims[0] (moon-green-cheese).context[0].sources[0].url: must be a URL',
      'claims[0] (moon-green-cheese).context[0].sources[0].url: must be http(s)',
    ]);
    expect(
      withClaim((c) => ({ ...c, context: [{ text: 'Fact.', sources: [{ ...source, url: 'ftp://nasa.gov/x' }] }] })),
    ).toEqual(['claims[0] (moon-green-cheese).context[0].sources[0].url: must be http(s)']);
  });

  it('says every fact and every denial needs a source', () => {
    expect(withClaim((c) => ({ ...c, context: [{ text: 'Fact.', sources: [] }] }))).toEqual([
      'claims[0] (moon-green-cheese).context[0].sources: every fact needs a source',
    ]);
    const denial = { by: 'NASA', text: 'It is rock.', verbatim: false, sources: [] };
    expect(withClaim((c) => ({ ...c, denials: [denial] }))).toEqual([
      'claims[0] (moon-green-cheese).denials[0].sources: every denial needs a source',
    ]);
  });

  it('says how many terms a concept may have, and that a claim needs a concept group', () => {
    const many = Array.from({ length: MAX_TERMS_PER_CONCEPT + 1 }, (_, i) => `term${i}`);
    expect(withClaim((c) => ({ ...c, match: { ...c.match, concepts: { ...c.match.concepts, moon: many } } }))).toEqual([
      'claims[0] (moon-green-cheese).match.concepts.moon: at most 1000 terms per concept',
    ]);
    expect(withClaim((c) => ({ ...c, match: { ...c.match, all: [] } }))).toEqual([
      'claims[0] (moon-green-cheese).match.all: needs at least one concept group',
    ]);
  });

  it('says what a story year looks like', () => {
    expect(withClaim((c) => ({ ...c, match: { ...c.match, story: { years: ['18'] } } }))).toEqual([
      'claims[0] (moon-green-cheese).match.story.years[0]: must be a year like "2018"',
    ]);
  });

  it('says what a claim id looks like', () => {
    expect(problemsOf(publishedList({ claims: [{ ...moonClaim(), id: 'Moon_Cheese' }] }))).toEqual([
      'claims[0] (Moon_Cheese).id: must be a lower-case slug like "meta-sold-messages-to-netflix"',
    ]);
  });

  it('says which report contacts a list may give', () => {
    expect(problemsOf(publishedList({ contact: 'the desk' } as never))).toEqual([
      'contact: must be a URL',
      'contact: must be an https: or mailto: address',
    ]);
    expect(problemsOf(publishedList({ contact: 'http://desk.example/report' } as never))).toEqual([
      'contact: must be an https: or mailto: address',
    ]);
  });

  it('says the publication and expiry times are ISO timestamps', () => {
    expect(problemsOf(publishedList({ published: 'yesterday', expires: 'soon' }))).toEqual([
      'published: must be an ISO timestamp',
      'expires: must be an ISO timestamp',
    ]);
  });
});
