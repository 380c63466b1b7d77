// Hostile words through the CLI: `list from-claimreview` then `scan --claims` with the list it wrote,
// as a list maintainer would. The claim named after Object.prototype members matches, and so does
// the other claim of the list.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { PROTOTYPE_SENTENCE } from '../../support/hostile';
import { runClaimlens } from '../cli/run-cli';

vi.setConfig({ testTimeout: 30_000 });
const dir = mkdtempSync(join(tmpdir(), 'claimlens-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const review = (claimReviewed: string, identifier: string) => ({
  '@context': 'https://schema.org',
  '@type': 'ClaimReview',
  identifier,
  claimReviewed,
  author: { '@type': 'Organization', name: 'Desk' },
  reviewRating: { '@type': 'Rating', alternateName: 'False' },
});

describe('claimlens list from-claimreview with Object.prototype names', () => {
  it('writes a list whose hostile claim and other claims all match', async () => {
    const reviews = join(dir, 'reviews.json');
    writeFileSync(
      reviews,
      JSON.stringify([review(PROTOTYPE_SENTENCE, 'constructor'), review('The moon is made of green cheese', 'moon')]),
    );
    const made = await runClaimlens([
      'list',
      'from-claimreview',
      reviews,
      '--id',
      'desk',
      '--title',
      'Desk',
      '--publisher',
      'Desk',
    ]);
    expect(made.stderr).toBe('');
    expect(made.code).toBe(0);
    const list = join(dir, 'list.json');
    writeFileSync(list, made.stdout);
    const page = join(dir, 'page.txt');
    writeFileSync(page, `${PROTOTYPE_SENTENCE}\nThe moon is made of green cheese.\n`);
    const scan = await runClaimlens(['scan', '--json', '--claims', list, page]);
    expect(scan.stderr).toBe('');
    const ids = (JSON.parse(scan.stdout) as { matches: { claimId: string }[] }).matches.map((m) => m.claimId);
    expect(ids).toEqual(['constructor', 'moon']);
  });
});
