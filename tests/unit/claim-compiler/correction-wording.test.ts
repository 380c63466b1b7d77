// A fact-check's headline words the correction: its verbs and parts describe the true story. They
// may widen the claim's own parts, but a sentence about the true story alone is not the claim.
import { describe, expect, it } from 'vitest';
import { finds } from './support';

describe('a headline that words the correction', () => {
  const source = {
    text: 'Dunmore council is introducing a curfew that will lock residents inside their homes after dark.',
    wordings: ['Dunmore parking permits are not a curfew'],
  };

  it('lends no verb of the true story to the claim’s act', () => {
    // The true story: permits, not a curfew.
    expect(finds(source, 'Dunmore council permits residents to park on two streets after dark.')).toBe(false);
    expect(finds(source, 'Dunmore residents get parking permits for two streets.')).toBe(false);
  });

  it('still finds the claim told in its own words', () => {
    expect(finds(source, 'Dunmore council is bringing in a curfew to lock residents inside their homes.')).toBe(true);
  });

  it('lends the act it denies ("were not caused by")', () => {
    const lanai = {
      text: 'The wildfires on Lanai were started by a military laser.',
      wordings: ['Lanai wildfires were not caused by a military laser'],
    };
    expect(finds(lanai, 'A military laser caused the Lanai wildfires, locals say.')).toBe(true);
  });
});
