// Anchor entries read by first guard (engine/anchors.ts): a word hundreds of claims are anchored on
// wakes only the entries whose first guard the sentence names, and finds what reading every entry finds,
// in the same order (the order decides ties downstream).
import { describe, expect, it } from 'vitest';
import { compileMatcher, matchText, type CompiledMatcher } from '../../../src/match';
import { patternsThatHold } from '../../../src/match/engine/anchors';
import { registers } from '../../../src/match/engine/scan-state';
import { acceptsInSentence } from '../../../src/match/rules/accept';
import { fromStoredForm, toStoredForm } from '../../../src/match/stored-form';
import { claim } from '../../support/match-claims';

// 240 claims: "Meta" + one of 8 verbs + one of 10 objects. Each object is the rarest group of 24 claims,
// so each object word lists 24 entries, and their first guards (the verbs) fall in 4 groups of 6.
const verbs = ['sold', 'leaked', 'shared', 'hid', 'bought', 'scanned', 'copied', 'deleted'];
const objects = [
  'messages',
  'photos',
  'contacts',
  'locations',
  'passwords',
  'files',
  'emails',
  'calls',
  'notes',
  'videos',
];
const claims = Array.from({ length: 240 }, (_, i) =>
  claim(`claim-${i}`, {
    concepts: { meta: ['meta'], verb: [verbs[i % 8]!], object: [objects[i % 10]!] },
    all: [['meta'], ['verb'], ['object']],
  }),
);

/** The same matcher reading every term's entries one by one (no groups). */
function readingEveryEntry(matcher: CompiledMatcher): CompiledMatcher {
  const termGroupStart = new Int32Array(matcher.anchors.termGroupStart.length);
  return { ...matcher, anchors: { ...matcher.anchors, termGroupStart } };
}

const texts = [
  'Meta sold messages.',
  'Meta leaked photos and shared contacts, then hid locations.',
  // Many claims in one sentence: every verb and object named, woken through several groups of one word.
  `Meta ${verbs.join(', ')} the ${objects.join(', ')}.`,
  `Meta ${[...verbs].reverse().join(' and ')} ${[...objects].reverse().join(' and ')}.`,
  'Messages were sold. Meta did not say so.',
];

describe('anchor entries grouped by first guard', () => {
  it('groups a word that many claims are anchored on', () => {
    const { termGroupStart, groupGuard } = compileMatcher(claims).anchors;
    expect(groupGuard.length).toBeGreaterThan(0);
    const groupedTerms = termGroupStart.slice(0, -1).filter((start, term) => termGroupStart[term + 1] !== start).length;
    expect(groupedTerms).toBe(10);
  });

  it('finds the same matches, in the same order, as reading every entry', () => {
    const matcher = compileMatcher(claims);
    const everyEntry = readingEveryEntry(matcher);
    for (const text of texts) expect(matchText(matcher, text)).toEqual(matchText(everyEntry, text));
    // The long sentence states all 80 verb-object pairs of the 240 claims (each pair is 3 claims).
    expect(matchText(matcher, texts[2]!)).toHaveLength(240);
    expect(matchText(matcher, texts[0]!).map((m) => m.claimId)).toEqual(
      claims.filter((_, i) => verbs[i % 8] === 'sold' && objects[i % 10] === 'messages').map((c) => c.id),
    );
  });

  it('wakes the patterns in the order of the entries, as the borrowing rule reads them', () => {
    // rules/carry.ts takes the first pattern of each claim in wake order: the order itself must not change.
    const matcher = compileMatcher(claims);
    const everyEntry = readingEveryEntry(matcher);
    const woken = (m: CompiledMatcher, text: string) => {
      matchText(m, text); // leaves the text's words and hits in the scan registers
      const scope = { firstHit: 0, endHit: registers.hitCount, firstWord: 0, endWord: registers.wordCount };
      return [...patternsThatHold(m, scope, acceptsInSentence)];
    };
    for (const text of texts) expect(woken(matcher, text)).toEqual(woken(everyEntry, text));
    expect(woken(matcher, texts[3]!)).toHaveLength(240);
  });

  it('rebuilds the groups when a stored matcher is loaded', () => {
    const matcher = compileMatcher(claims);
    const loaded = fromStoredForm(structuredClone(toStoredForm(matcher)));
    expect(loaded.anchors).toEqual(matcher.anchors);
    for (const text of texts) expect(matchText(loaded, text)).toEqual(matchText(matcher, text));
  });
});
