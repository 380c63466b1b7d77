// The scanner keeps state between blocks (a surface-form table, reused buffers): no block may see
// what an earlier one left behind, however large or odd it was.
import { describe, expect, it } from 'vitest';
import { matchText, splitSentences } from '../../../src/match';
import { bundledMatcher } from './dev-set-eval';

const matcher = bundledMatcher();
const claim = "FB gave Netflix its members' private chats.";

describe('state carried from one scan to the next', () => {
  it('matches the same after a block with more distinct words than the surface table keeps', () => {
    const alone = matchText(matcher, claim);
    expect(alone.map((match) => match.claimId)).toEqual(['meta-sold-messages-to-netflix']);
    const words = Array.from({ length: 60_000 }, (_, i) => `w${i.toString(36)}q`).join(' ');
    const inHugeBlock = matchText(matcher, `${words}.\n\n${claim}`);
    expect(inHugeBlock.map((match) => [match.claimId, match.text])).toEqual([['meta-sold-messages-to-netflix', claim]]);
    // The next scan starts from a trimmed table.
    expect(matchText(matcher, claim)).toEqual(alone);
  });

  it('treats very long tokens and their case like any other word', () => {
    const long = `${'x'.repeat(200)} ${'Y'.repeat(80)}`;
    const once = matchText(matcher, `${long} ${claim}`);
    expect(once.map((match) => match.claimId)).toEqual(['meta-sold-messages-to-netflix']);
    expect(matchText(matcher, `${long.toUpperCase()} ${claim.toUpperCase()}`).map((match) => match.claimId)).toEqual(
      once.map((match) => match.claimId),
    );
    expect(matchText(matcher, `${long} ${claim}`)).toEqual(once);
  });

  it('finds the same sentences as splitSentences, whatever came before', () => {
    const text =
      'Mr. Stone said so. FB gave Netflix its members’ private chats, e.g. DMs. Dr. Smith agreed.\n\nU.S. users were told.';
    matchText(matcher, 'Meta sued Acme Inc. The company denied it. 5.5 per cent. Did it? Yes!');
    const spans = splitSentences(text).map(({ start, end }) => text.slice(start, end));
    const matched = matchText(matcher, text).map((match) => match.text);
    expect(matched.length).toBeGreaterThan(0);
    for (const sentence of matched) expect(spans).toContain(sentence);
  });
});
