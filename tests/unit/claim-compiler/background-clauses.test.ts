// A claim's background clauses (", which …", "in addition to …", "before …") say what else is so;
// the fact-check often concedes them. A sentence restating only a background clause is the true
// story, not the claim; the claim's act is its main clause's verb.
import { describe, expect, it } from 'vitest';
import { backgroundClauses } from '../../../src/claim-compiler/units';
import { loadLexicon } from '../../../src/claim-compiler/lexicon';
import { tokenize } from '../../../src/claim-compiler/tokens';
import { finds } from './support';

const lexicon = loadLexicon();
function backgroundWords(text: string): string[] {
  const tokens = tokenize(text);
  return backgroundClauses(tokens, lexicon).flatMap(([first, last]) =>
    tokens.slice(first, last + 1).map((t) => t.lower),
  );
}

describe('background clauses of a claim', () => {
  it('reads a relative clause after a comma to its end', () => {
    expect(backgroundWords('Hot tea releases lead into the cup, which causes memory loss in children.')).toEqual([
      'which',
      'causes',
      'memory',
      'loss',
      'in',
      'children',
    ]);
  });

  it('reads an opening clause to its comma', () => {
    expect(backgroundWords('In addition to winning the Senate, the party won every county.')).toEqual([
      'in',
      'addition',
      'to',
      'winning',
      'the',
      'senate',
    ]);
    expect(backgroundWords('Before the storm hit, the mayor closed the dam.')).toEqual([
      'before',
      'the',
      'storm',
      'hit',
    ]);
  });

  it('ends a purpose clause where the next coordinate clause begins', () => {
    expect(
      backgroundWords('The mayor sent 200 officers to protect the bridge, but the council rejected them.'),
    ).toEqual(['to', 'protect', 'the', 'bridge']);
  });

  it('leaves a plain clause alone', () => {
    expect(backgroundWords('The crowd in Berlin laughed at him.')).toEqual([]);
  });
});

describe('a sentence that restates only the background', () => {
  const claim = 'Mobile masts in Harwick emit radiation over the town, which kills the bees in nearby hives.';

  it('is not the claim', () => {
    expect(finds(claim, 'Radiation kills the bees in hives near Harwick, the beekeeper said.')).toBe(false);
  });

  it('while the claim told with its main clause is', () => {
    expect(finds(claim, 'Mobile masts in Harwick emit radiation over the whole town, a post says.')).toBe(true);
  });
});

describe('the parts of the act’s own clause', () => {
  const claim = 'A picture of the queue at Maria Lopez’ concert in Leeds was AI-generated, and nobody came.';

  it('reads a noun after a possessive as a thing, and the other clause’s parts as on neither side', () => {
    expect(finds(claim, 'The picture of the queue for Maria Lopez was made with artificial intelligence.')).toBe(true);
    expect(finds(claim, 'Maria Lopez’ concert in Leeds had a long queue.')).toBe(false);
  });
});
