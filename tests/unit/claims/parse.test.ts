import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import bundledList from '../../../assets/claims/bundled-list.json';
import { ClaimListError, parseClaimList, resolveClaim } from '../../../src/claims/parse';

const specIds = [
  ...readFileSync(resolve(__dirname, '../../../../shared/claims-spec.md'), 'utf8').matchAll(/^\| `([a-z0-9-]+)` \|/gm),
].map((m) => m[1]);
const clone = () => JSON.parse(JSON.stringify(bundledList)) as typeof bundledList;

describe('the bundled list', () => {
  const { list } = parseClaimList(bundledList, { strict: true });

  it('carries exactly the claims of claims-spec.md, with their ids verbatim', () => {
    expect(specIds).toHaveLength(10);
    expect(list.claims.map((claim) => claim.id).sort()).toEqual([...specIds].sort());
  });

  it('cites a source for every fact and every denial', () => {
    for (const claim of list.claims) {
      for (const item of [...claim.context, ...claim.denials]) expect(item.sources.length, claim.id).toBeGreaterThan(0);
    }
  });

  it("shows Meta's denial and Netflix's statement on the headline claim", () => {
    const claim = list.claims.find((c) => c.id === 'meta-sold-messages-to-netflix')!;
    const denials = claim.denials.map((d) => `${d.by} ${d.speaker ?? ''} ${d.text}`);
    expect(
      denials.some(
        (d) => d.includes('Andy Stone') && d.includes("Meta didn't share people's private messages with Netflix"),
      ),
    ).toBe(true);
    expect(denials.some((d) => d.startsWith('Netflix') && d.includes('At no time did we access'))).toBe(true);
  });

  it('resolves shared lexicon concepts into each claim so it can be matched alone', () => {
    const claim = resolveClaim(list.claims[0]!, list);
    for (const name of claim.match!.all.flat())
      expect(claim.match!.concepts[name], name).toBe(list.claims[0]!.match!.concepts[name] ?? list.lexicon[name]);
  });
});

describe('a malformed list', () => {
  it('is a clear error that names the claim and the field', () => {
    const broken = clone();
    (broken.claims[1]!.context[0] as { sources: unknown[] }).sources = [];
    expect(() => parseClaimList(broken)).toThrowError(
      /claims\[1\] \(netflix-inbox-api-access\)\.context\[0\]\.sources/,
    );
  });

  it('names a missing field of a claim', () => {
    const broken = clone();
    delete (broken.claims[2] as { verdict?: unknown }).verdict;
    try {
      parseClaimList(broken);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ClaimListError);
      expect((error as ClaimListError).problems[0]).toMatch(/facebook-partners-read-messages-2018\)\.verdict/);
    }
  });

  it('in lenient mode skips only the bad claim and keeps the rest', () => {
    const broken = clone();
    (broken.claims[3] as { text: unknown }).text = 42;
    const { list, skipped } = parseClaimList(broken, { strict: false });
    expect(list.claims).toHaveLength(9);
    expect(skipped).toEqual([expect.objectContaining({ index: 3, claimId: 'bing-amazon-yahoo-friend-data' })]);
  });

  it('rejects a concept the claim does not define', () => {
    const broken = clone();
    broken.claims[0]!.match.all.push(['no-such-concept']);
    expect(() => parseClaimList(broken)).toThrowError(/unknown concept "no-such-concept"/);
  });

  it('rejects duplicate claim ids and non-objects', () => {
    const broken = clone();
    broken.claims.push(broken.claims[0]!);
    expect(() => parseClaimList(broken)).toThrowError(/duplicate claim id/);
    expect(() => parseClaimList('nope')).toThrowError(/expected a JSON object/);
    expect(() => parseClaimList({ ...clone(), version: 'one' })).toThrowError(/version/);
  });
});
