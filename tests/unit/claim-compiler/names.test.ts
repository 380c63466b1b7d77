// Names: people and organisations by surname, full name, former or bracketed name, acronym or
// description; never by a first name alone; a name keeps its digits.
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../../src/claim-compiler/lexicon';
import { findNames } from '../../../src/claim-compiler/names';
import { tokenize } from '../../../src/claim-compiler/tokens';
import { finds, matcherFor } from './support';

const lexicon = loadLexicon();
const namesIn = (text: string) => findNames(tokenize(text), lexicon, new Set()).map((name) => name.forms);

describe('names in a claim', () => {
  it('finds a person by full name or surname, never by the first name alone', () => {
    const [gates] = namesIn('Yesterday Bill Gates bought a farm.');
    expect(gates).toEqual(expect.arrayContaining(['bill gates', 'gates']));
    expect(gates).not.toContain('bill');
    expect(finds('Bill Gates bought farmland in Nebraska.', 'Gates bought more farmland in Nebraska.')).toBe(true);
    const terms = Object.values(matcherFor('Bill Gates bought farmland in Nebraska.').spec.concepts).flat();
    expect(terms).not.toContain('bill');
    expect(finds('Bill Gates bought farmland in Nebraska.', 'Bill bought more farmland.')).toBe(false);
  });

  it('leaves titles, dates and a sentence-initial verb out of a name', () => {
    expect(namesIn('Actor Denzel Washington endorsed him.')[0]![0]).toBe('denzel washington');
    expect(namesIn('Says the MMR vaccine causes autism.')[0]![0]).toBe('mmr');
    expect(namesIn('Netflix CEO Reed Hastings sat on the board.').map((forms) => forms[0])).toEqual([
      'netflix',
      'reed hastings',
    ]);
    expect(namesIn('On November 12 Dominion said so.').map((forms) => forms[0])).toEqual(['dominion']);
  });

  it('reads a bracketed or former name as the same organisation', () => {
    const [meta] = namesIn('Meta (Facebook) sold messages.');
    expect(meta).toEqual(expect.arrayContaining(['meta', 'facebook']));
    const [x] = namesIn('The site X, formerly Twitter, banned him.');
    expect(x).toEqual(expect.arrayContaining(['twitter']));
    // Two places are two names, not one name under another.
    expect(namesIn('He died in Charleston, Mississippi.')).toHaveLength(2);
  });

  it('keeps the digits of a hyphenated name and reads short forms of well-known ones', () => {
    const [covid] = namesIn('COVID-19 came from a lab.');
    expect(covid![0]).toBe('covid-19');
    expect(covid).toEqual(expect.arrayContaining(['covid', 'coronavirus']));
    expect(namesIn('5G spreads disease.')[0]![0]).toBe('5g');
  });

  it('never makes a name of a word that would match everywhere', () => {
    const [us] = namesIn('The US banned it.');
    expect(us).toEqual(expect.arrayContaining(['united states']));
    expect(us).not.toContain('us');
    const [who] = namesIn('The WHO approved it.');
    expect(who).not.toContain('who');
  });

  it('finds people by the descriptions news uses (curated and WordNet instances)', () => {
    expect(finds('Barack Obama was born in Kenya.', 'The 44th president was born in Kenya, the post says.')).toBe(true);
    const [einstein] = namesIn('Then Albert Einstein failed mathematics.');
    expect(einstein).toEqual(expect.arrayContaining(['einstein', 'the physicist']));
    expect(finds('Albert Einstein failed mathematics at school.', 'The physicist flunked maths at school.')).toBe(true);
  });

  it('reads a claim in capitals or Title Case by its words, not as one long name', () => {
    expect(
      finds('VACCINES CAUSE AUTISM IN CHILDREN!!!', 'There is no evidence that vaccines cause autism in kids.'),
    ).toBe(true);
    expect(finds('Vaccines Cause Autism In Children', 'Some parents believe vaccines cause autism in children.')).toBe(
      true,
    );
  });

  it('takes the list’s aliases as other names of the claim’s party', () => {
    const claim = { text: 'Acme Corp sold customer data to advertisers.', aliases: ['Roadrunner Holdings'] };
    expect(finds(claim, 'Roadrunner Holdings sold customer data to advertisers.')).toBe(true);
    expect(matcherFor(claim).spec.concepts['name-acme-corp']).toContain('roadrunner holdings');
  });
});

describe('a known name in capitals after another name', () => {
  it('is a name of its own ("Zentiva COVID-19 vaccine" names Zentiva and Covid-19)', () => {
    expect(namesIn('Shingles is a side effect of the Zentiva COVID-19 vaccine.').map((forms) => forms[0])).toEqual([
      'zentiva',
      'covid-19',
    ]);
    // Not a surname: "Hunter Biden" is one person.
    expect(namesIn('Hunter Biden sold paintings.').map((forms) => forms[0])).toEqual(['hunter biden']);
  });
});
