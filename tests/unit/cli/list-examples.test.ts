// `list test` and `list explain` as a maintainer runs them: the real CLI in a child process.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { moonClaim, publishedList, type ListDocument } from '../../support/lists';
import { claimReviewFeed } from '../../support/claim-reviews';
import { runClaimlens } from './run-cli';

// Each command starts Node and tsx (about a second); on a busy machine that adds up.
vi.setConfig({ testTimeout: 90_000 });

const dir = mkdtempSync(join(tmpdir(), 'claimlens-cli-examples-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const claimlens = (...args: string[]) => runClaimlens(['list', ...args]);
const write = (name: string, body: unknown) => {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(body, null, 2));
  return file;
};

const withExamples = (examples: { match?: string[]; nomatch?: string[] }) =>
  publishedList({ claims: [{ ...moonClaim(), examples }] });

describe('list test', () => {
  it('runs every example and exits 0 when they all pass', async () => {
    const file = write(
      'passing.json',
      withExamples({
        match: ['NASA is hiding that the moon is made of cheese.', 'No, the moon is not cheese.'],
        nomatch: ['We ate cheese on the balcony.', 'The moon landing was in 1969.'],
      }),
    );
    const result = await claimlens('test', file);
    expect(result.stdout).toContain('passing.json: 4 examples of 1 claim: all passed');
    expect(result.code).toBe(0);
  });

  it('prints each failing sentence with what went wrong and exits 1', async () => {
    const file = write(
      'failing.json',
      withExamples({
        match: ['NASA is hiding that the moon is made of cheese.', 'Lunar rocks are really a dairy product.'],
        nomatch: ['We ate cheese and looked at the moon.'],
      }),
    );
    const result = await claimlens('test', file);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('3 examples of 1 claim: 2 failed');
    expect(result.stdout).toContain(
      'FAIL moon-green-cheese: should match, but did not: "Lunar rocks are really a dairy product."',
    );
    expect(result.stdout).toMatch(
      /FAIL moon-green-cheese: should not match, but did \(matched because: [^)]*cheese[^)]*\): "We ate cheese and looked at the moon\."/,
    );
    expect(result.stdout).not.toContain('NASA is hiding');
  });

  it('says so when no claim has examples, and refuses an invalid list', async () => {
    const none = await claimlens('test', write('plain.json', publishedList()));
    expect(none).toMatchObject({ code: 0, stdout: expect.stringContaining('no claim has examples') });
    const bad = await claimlens('test', write('bad-examples.json', withExamples({ match: ['fine', ''] as string[] })));
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/claims\[0\] \(moon-green-cheese\)\.examples\.match\[1\]: must not be empty/);
  });
});

describe('list explain', () => {
  it('prints a claim’s match data as JSON that can be pasted back as its "match"', async () => {
    const list = publishedList();
    const file = write('bundled-copy.json', list);
    const result = await claimlens('explain', file, 'meta-sold-messages-to-netflix');
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('hand-written "match"');
    const match = JSON.parse(result.stdout) as { concepts: Record<string, string[]>; all: string[][] };
    // The concepts the claim borrows from the list's lexicon are folded in, so it stands alone.
    expect(match.concepts.facebook).toEqual(list.lexicon.facebook);
    expect(match.all.flat()).toContain('facebook');

    const pasted = publishedList({
      lexicon: {} as ListDocument['lexicon'],
      claims: [{ ...(list.claims[0] as object), match, examples: { match: ['Facebook sold your DMs to Netflix.'] } }],
    });
    const retest = await claimlens('test', write('pasted.json', pasted));
    expect(retest).toMatchObject({ code: 0, stdout: expect.stringContaining('all passed') });
  });

  it('names the ids it has when the claim id is unknown', async () => {
    const result = await claimlens('explain', write('ids.json', publishedList()), 'netflix');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/no claim with id "netflix" \(did you mean meta-sold-messages-to-netflix, /);
    const usage = await claimlens('explain', join(dir, 'ids.json'));
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('explain needs FILE and CLAIM_ID');
  });
});

const { match: _handWritten, ...compiledMoon } = moonClaim();

describe('claims without match data', () => {
  it('explain prints the compiled match data, which pasted back as "match" finds the same sentences', async () => {
    const examples = {
      match: ['The moon is made of green cheese, a viral post says.'],
      nomatch: ['Green cheese is sold at the market.'],
    };
    const file = write('compiled.json', publishedList({ claims: [{ ...compiledMoon, examples }] }));
    const before = await claimlens('test', file);
    expect(before.stdout).toContain('2 examples of 1 claim:');

    const explained = await claimlens('explain', file, 'moon-green-cheese');
    expect(explained.code).toBe(0);
    expect(explained.stderr).toContain('moon-green-cheese: compiled from its text and examples.');
    const match = JSON.parse(explained.stdout) as { all: string[][] };
    expect(match.all.length).toBeGreaterThan(0);

    // Whatever the compiler makes of the examples today, the pasted copy behaves the same.
    const pasted = write('pasted-compiled.json', publishedList({ claims: [{ ...compiledMoon, examples, match }] }));
    expect(await claimlens('validate', pasted)).toMatchObject({ code: 0, stderr: '' });
    const after = await claimlens('test', pasted);
    const verdicts = (stdout: string) => stdout.replace(/^.*?: /, '');
    expect(verdicts(after.stdout)).toBe(verdicts(before.stdout));
    expect(after.code).toBe(before.code);
  });

  it('validate warns about a compiled claim whose own text it does not find, and fails on one it cannot compile', async () => {
    // Its words are spread over three sentences of one or two words; the matcher reads one sentence at a time.
    const twoSentences = {
      ...compiledMoon,
      id: 'two-sentences',
      text: 'Bill Gates. Microchips. Vaccines.',
    };
    const warned = await claimlens(
      'validate',
      write('warned.json', publishedList({ claims: [compiledMoon, twoSentences] })),
    );
    expect(warned.code).toBe(0);
    expect(warned.stdout).toContain('valid: "Fact Desk list" by Fact Desk, version 1, 2 claims');
    expect(warned.stderr).toContain(
      'warning: claims[1] (two-sentences): its compiled match data does not find its own text; add "aliases" or "examples", or write "match" by hand',
    );
    expect(warned.stderr).not.toContain('moon-green-cheese');

    const nothing = { ...compiledMoon, id: 'nothing-to-match', text: 'It is what it is.' };
    const failed = await claimlens(
      'validate',
      write('uncompilable.json', publishedList({ claims: [compiledMoon, nothing] })),
    );
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain('1 of 2 claims cannot be used (a subscribed copy would skip them)');
    expect(failed.stderr).toMatch(
      /claims\[1\] \(nothing-to-match\): no "match" data, and its text could not be compiled/,
    );
  });
});

describe('ClaimReview JSON-LD', () => {
  it('is validated, tested and explained as a subscription to it would be read', async () => {
    const broken = { '@type': 'ClaimReview', claimReviewed: 'A review without a rating' };
    const file = write('feed.jsonld', claimReviewFeed({ extra: [broken] }));
    const validated = await claimlens('validate', file);
    expect(validated.code).toBe(0);
    expect(validated.stdout).toContain(
      'feed.jsonld: valid ClaimReview JSON-LD: "Example Checks: fact-checks feed" by Example Checks, 3 claims (1 reviews skipped)',
    );
    expect(validated.stderr).toContain('skipped: reviews[3]: reviewRating.alternateName: missing');
    const explained = await claimlens('explain', file, 'bleach-cure');
    expect(explained.code).toBe(0);
    expect(explained.stderr).toContain('bleach-cure: compiled from its text and the fact-check’s headlines.');
    expect(JSON.parse(explained.stdout)).toHaveProperty('all');
    const unusable = await claimlens('validate', write('unusable.jsonld', [broken]));
    expect(unusable.code).toBe(1);
    expect(unusable.stderr).toContain('invalid ClaimReview JSON-LD: None of the 1 ClaimReviews could be used');
  });
});
