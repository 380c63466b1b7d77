// Hits that name something else (src/match/rules/false-names.ts) and semicolons in headline lists
// (sentences.ts): what a reader sees is a sentence highlighted or not.
import { describe, expect, it } from 'vitest';
import { compileMatcher, matchText, type MatchableClaim } from '../../../src/match';
import { splitSentences } from '../../../src/match/sentences';

const claim = (id: string, concepts: Record<string, string[]>, all: string[][]): MatchableClaim => ({
  id,
  match: { concepts, all, none: [], overrides: [] },
});

const bornInKenya = claim('born-in-kenya', { obama: ['barack obama', 'obama'], born: ['born'], kenya: ['kenya'] }, [
  ['obama'],
  ['born'],
  ['kenya'],
]);
const matches = (claims: MatchableClaim[], text: string) =>
  matchText(compileMatcher(claims), text).map((match) => match.text);

describe('a possessive name before a relative names the relative', () => {
  it('does not read "Obama\'s father was born in Kenya" as Obama born in Kenya', () => {
    expect(matches([bornInKenya], "Obama's father was born in Kenya.")).toEqual([]);
    expect(
      matches([bornInKenya], "Barack Obama's half-brother said his brother Obama was born in Kenya."),
    ).toHaveLength(1);
  });

  it('still reads a possessive before a thing, and a claim about the relative itself', () => {
    expect(
      matches([bornInKenya], "Obama's birth in Kenya was hidden, the post says, and he was born in Kenya."),
    ).toHaveLength(1);
    const father = claim('father', { cruz: ['ted cruz', 'ted cruz father', 'cruz'], oswald: ['oswald'] }, [
      ['cruz'],
      ['oswald'],
    ]);
    expect(matches([father], "Trump said Ted Cruz's father was with Oswald.")).toHaveLength(1);
  });
});

describe('another first name before a surname', () => {
  it('does not read "Michelle Obama" as Obama, mid-sentence', () => {
    expect(matches([bornInKenya], 'A viral post says Michelle Obama was born in Kenya.')).toEqual([]);
  });

  it('keeps a title before the surname, the full name, and Title Case headlines', () => {
    expect(matches([bornInKenya], 'The post says President Obama was born in Kenya.')).toHaveLength(1);
    expect(matches([bornInKenya], 'The post says Barack Obama was born in Kenya.')).toHaveLength(1);
    expect(matches([bornInKenya], 'Viral Post Says Obama Was Born in Kenya')).toHaveLength(1);
  });
});

describe('a term inside a longer capitalised name', () => {
  const dataProtection = claim('data-protection', { data: ['data protection'], fine: ['fined'] }, [['data'], ['fine']]);
  it('does not read "the Data Protection Commission" as data protection', () => {
    expect(matches([dataProtection], 'Meta was fined by the Data Protection Commission in Dublin.')).toEqual([]);
    expect(matches([dataProtection], 'Meta was fined over data protection failures in Dublin.')).toHaveLength(1);
  });
  it('keeps the longer name when the claim names it', () => {
    const commission = claim(
      'commission',
      { dpc: ['data protection commission', 'data protection'], fine: ['fined'] },
      [['dpc'], ['fine']],
    );
    expect(matches([commission], 'Meta was fined by the Data Protection Commission in Dublin.')).toHaveLength(1);
  });
});

describe('"its own" is no verb', () => {
  const owns = claim('owns', { company: ['acme'], own: ['own', 'owns', 'owned'], farmland: ['farmland'] }, [
    ['company'],
    ['own'],
    ['farmland'],
  ]);
  it('matches "owns" and not "its own"', () => {
    expect(matches([owns], 'Acme owns most of the farmland in the state.')).toHaveLength(1);
    expect(matches([owns], 'Acme bought the farmland next to its own plant.')).toEqual([]);
  });
});

describe('a semicolon in a list of headlines', () => {
  it('ends a sentence before a capital, not before a lower-case clause', () => {
    expect(splitSentences('Obama born in Kenya; Trump says Hawaii records are fake').length).toBe(2);
    expect(splitSentences('The rumour spread; it was false').length).toBe(1);
  });
  it('keeps a claim in one headline from borrowing the next headline’s words', () => {
    expect(matches([bornInKenya], 'Obama was born in Hawaii; Kenya celebrates its independence day')).toEqual([]);
  });
});

describe('a percent sign', () => {
  const tenPercent = claim('ten-percent', { share: ['10 percent', 'ten per cent'], brain: ['brain'] }, [
    ['share'],
    ['brain'],
  ]);
  it('reads "10%" as "10 percent", and "10 of" as no percent', () => {
    expect(matches([tenPercent], 'We only use 10% of our brain.')).toHaveLength(1);
    expect(matches([tenPercent], 'We only use 10 percent of our brain.')).toHaveLength(1);
    expect(matches([tenPercent], 'Ten of the brain scans were lost.')).toEqual([]);
  });
});
