// A sentence that refers to a claim in its own words — the claim's distinctive parts, one on each
// side of its predicate, with claim talk ("myth", "hoax", "video") or a flat denial — states it; the
// same parts without claim talk are only its topic, and parts of one side are never enough.
import { describe, expect, it } from 'vitest';
import { finds, matchOf } from './support';

const claim = 'The Soviets added lithium to the reservoirs of Leningrad to calm factory workers.';

describe('a sentence that refers to the claim', () => {
  it('is found by its parts with claim talk, though it words the act its own way', () => {
    expect(finds(claim, 'The Soviet lithium story is a myth, historians say.')).toBe(true);
    expect(finds(claim, 'No, the Soviets did not put lithium in the city water.')).toBe(true);
    expect(finds(claim, 'A viral video says the Soviets slipped lithium to the whole city.')).toBe(true);
  });

  it('is reported or denied as such', () => {
    expect(matchOf(claim, 'Historians call the Soviet lithium claim a myth.')?.stance).toBe('denies');
  });

  it('is not found by the same parts without claim talk', () => {
    expect(finds(claim, 'Soviet doctors prescribed lithium to thousands of patients in the 1970s.')).toBe(false);
    expect(finds(claim, 'The Soviets mined lithium in Siberia.')).toBe(false);
  });

  it('needs a party from each side of the act when the claim has both', () => {
    // "lithium" and "Leningrad" are both on the side of what was done to whom: with claim talk they
    // are still only its topic.
    expect(finds(claim, 'A photo of a lithium mine near Leningrad went viral.')).toBe(false);
  });

  it('does not take a noun phrase of two parts ("Zorvax vaccines") as two parts of the claim', () => {
    const vaccines = 'Zorvax vaccines make people magnetic.';
    expect(finds(vaccines, 'The Zorvax vaccines rumour that worries my patients most is about fertility.')).toBe(false);
    expect(finds(vaccines, 'No, the Zorvax jab does not make anyone magnetic, the posts are a hoax.')).toBe(true);
  });
});
