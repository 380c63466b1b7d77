// k of n: what makes the claim this claim (its anchor and predicate) is required, the other parts
// are weighed; filler verbs are never required; one word never fills two groups; hostile words
// compile like any other; the matcher's stance and "matched because" work on compiled data.
import { describe, expect, it } from 'vitest';
import { compileClaim } from '../../../src/claim-compiler';
import { phraseKey } from '../../../src/claim-compiler/lexicon';
import { CLAIM_TALK_CONCEPT } from '../../../src/claim-compiler/reference';
import { compileMatcher, matchText } from '../../../src/match';
import { finds, matchOf, matcherFor } from './support';

const claim = 'Pfizer secretly added graphene oxide to the vaccines sold in Brazil.';

describe('which parts a sentence must cover', () => {
  it('needs the anchor and the predicate, and only some of the other parts', () => {
    expect(finds(claim, 'Pfizer added graphene oxide to its shots, posts say.')).toBe(true);
    expect(finds(claim, 'In Brazil, Pfizer added graphene to vaccines.')).toBe(true);
    // The anchor and the predicate alone are a topic, not the claim.
    expect(finds(claim, 'Pfizer added a new plant this year.')).toBe(false);
    // Every other part without the predicate is not the claim either.
    expect(finds(claim, 'Pfizer vaccines in Brazil were tested for graphene oxide.')).toBe(false);
  });

  it('keeps patterns few and concepts bounded', () => {
    const { spec } = matcherFor(
      'Human traffickers in Texas and Ohio are placing zip ties, stickers and coins on car door handles, windscreens and side mirrors to mark women and children as potential abduction victims.',
    );
    expect(1 + (spec.alternatives?.length ?? 0)).toBeLessThanOrEqual(8);
    for (const terms of Object.values(spec.concepts)) expect(terms.length).toBeLessThanOrEqual(40);
  });

  it('never requires a filler verb', () => {
    const { spec } = matcherFor('A video shows that Ukraine says it sold weapons to Hamas.');
    // Claim talk ("video", "myth") is what a reference pattern requires instead of the claim's words.
    const required = new Set(
      [spec.all, ...(spec.alternatives ?? [])].flat(2).filter((name) => name !== CLAIM_TALK_CONCEPT),
    );
    const terms = [...required].flatMap((name) => spec.concepts[name] ?? []);
    for (const filler of ['shows', 'says', 'video']) expect(terms).not.toContain(filler);
    expect(finds('A video shows that Ukraine says it sold weapons to Hamas.', 'Ukraine sold weapons to Hamas.')).toBe(
      true,
    );
  });

  it('gives each word of a sentence to one group only', () => {
    const { spec } = matcherFor('Facebook sold or gave users private messages to Netflix.');
    const owner = new Map<string, string>();
    for (const [concept, terms] of Object.entries(spec.concepts)) {
      for (const word of terms.flatMap((term) => phraseKey(term).split(' '))) {
        if (owner.has(word) && owner.get(word) !== concept) {
          const otherTerms = spec.concepts[owner.get(word)!]!;
          // A word may sit inside two different phrases, never be a term of two concepts on its own.
          expect(terms.map(phraseKey)).not.toContain(word);
          expect(otherTerms.map(phraseKey)).not.toContain(word);
        } else owner.set(word, concept);
      }
    }
    // "sold or gave" is one part: either verb states the claim.
    expect(
      finds(
        'Facebook sold or gave users private messages to Netflix.',
        'Facebook gave Netflix users private messages.',
      ),
    ).toBe(true);
  });
});

describe('hostile words', () => {
  it('compiles constructor, __proto__, toString and hasOwnProperty as ordinary words', () => {
    const text = 'The constructor toString replaced __proto__ and hasOwnProperty on Tuesday.';
    const spec = compileClaim({ text, aliases: ['__proto__', 'constructor'], examples: { nomatch: ['toString'] } });
    expect(Object.getPrototypeOf(spec.concepts)).toBe(Object.prototype);
    for (const [name, terms] of Object.entries(spec.concepts)) {
      expect(Array.isArray(terms), name).toBe(true);
      expect(name).not.toBe('__proto__');
    }
    const matcher = compileMatcher([{ id: 'hostile', match: spec }]);
    expect(matchText(matcher, 'A constructor toString replaced the __proto__ field and hasOwnProperty.')).toHaveLength(
      1,
    );
    expect(matchText(matcher, 'Nothing here at all.')).toHaveLength(0);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a claim with no words to match on, with a reason', () => {
    expect(() => compileClaim({ text: 'and the of' })).toThrow(/no words/);
  });
});

describe('examples and stance', () => {
  it('adds a veto for a nomatch example only when no wording of the claim uses its word', () => {
    const base = { text: 'Pfizer added graphene oxide to vaccines in Brazil.' };
    const nomatch = 'Pfizer added graphene oxide testing to vaccines batches, regulators in Brazil said.';
    expect(finds(base, nomatch)).toBe(true);
    const vetoed = { ...base, examples: { nomatch: [nomatch] } };
    expect(finds(vetoed, nomatch)).toBe(false);
    expect(finds(vetoed, 'Pfizer added graphene oxide to the vaccines shipped to Brazil.')).toBe(true);
  });

  it('lets the matcher tell asserts, reports and denies, and say why, on compiled data', () => {
    const asserted = matchOf(claim, 'Pfizer added graphene oxide to the vaccines.');
    expect(asserted?.stance).toBe('asserts');
    expect(asserted?.why.map((w) => w.toLowerCase())).toEqual(expect.arrayContaining(['pfizer', 'added']));
    expect(matchOf(claim, 'Posts claim Pfizer added graphene oxide to the vaccines.')?.stance).toBe('reports');
    expect(matchOf(claim, 'Pfizer did not add graphene oxide to the vaccines, regulators said.')?.stance).toBe(
      'denies',
    );
  });
});

describe('the act as another wording of the claim words it', () => {
  const source = {
    text: 'The wildfires on Lanai were started by a military laser.',
    wordings: ['Lanai wildfires were not caused by a military laser'],
  };

  it('is one more wording of the claim’s predicate, not a part a sentence may leave out', () => {
    expect(finds(source, 'A military laser caused the Lanai wildfires, locals say.')).toBe(true);
    expect(finds({ text: source.text }, 'A military laser caused the Lanai wildfires.')).toBe(false);
  });
});

describe('a sentence without the claim’s person', () => {
  const minister = 'Minister Ana Rivero is selling users’ private messages for $66 million.';

  it('states the claim only with a word that stands for the person', () => {
    expect(finds(minister, 'She is selling users’ private messages, the posts say.')).toBe(true);
    expect(finds(minister, 'The minister is selling users’ private messages.')).toBe(true);
    // Anyone's sale of messages is not this minister's.
    expect(finds(minister, 'Tech giants selling private user messages could become a major concern.')).toBe(false);
  });

  it('needs no stand-in for a product, which is not a person', () => {
    expect(
      finds(
        'Apple’s NameDrop feature lets strangers take your contact details.',
        'The feature lets strangers take your contact details.',
      ),
    ).toBe(true);
  });
});

describe('a sentence without the claim’s organisation', () => {
  const agency = 'The Harlow Water Agency is selling users’ private messages for $129 million.';

  it('states the claim only with a word that stands for the organisation', () => {
    expect(finds(agency, 'The agency is selling users’ private messages, the posts say.')).toBe(true);
    // Anyone's sale of messages is not this agency's.
    expect(finds(agency, 'Tech firms selling private user messages could become a major concern.')).toBe(false);
  });
});
