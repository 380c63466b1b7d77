// The list commands as a maintainer runs them: the real CLI in a child process.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { fetchList } from '../../../src/sync/fetch-list';
import { moonClaim, publishedList } from '../../support/lists';
import { ROOT, runClaimlens } from './run-cli';

// Each command starts Node and tsx (about a second); on a busy machine that adds up.
vi.setConfig({ testTimeout: 30_000 });

const dir = mkdtempSync(join(tmpdir(), 'claimlens-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const claimlens = (...args: string[]) => runClaimlens(['list', ...args]);

const write = (name: string, body: unknown) => {
  const file = join(dir, name);
  writeFileSync(file, typeof body === 'string' ? body : JSON.stringify(body, null, 2));
  return file;
};

describe('list validate', () => {
  it('says a good list is valid, with its title, version and claim count', async () => {
    const result = await claimlens('validate', write('good.json', publishedList({ version: 3 })));
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/good\.json: valid: "Fact Desk list" by Fact Desk, version 3, 10 claims/);
  });

  it('names the path of every bad field and exits non-zero', async () => {
    const { summary: _gone, ...noSummary } = moonClaim('no-summary');
    const noSource = { ...moonClaim('no-source'), context: [{ text: 'x', sources: [] }] };
    const result = await claimlens(
      'validate',
      write('bad.json', publishedList({ claims: [moonClaim(), noSummary, noSource] })),
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('2 of 3 claims have problems');
    expect(result.stderr).toContain('claims[1] (no-summary).summary: missing');
    expect(result.stderr).toContain('claims[2] (no-source).context[0].sources: every fact needs a source');
  });

  it('reports a broken header, bad JSON and a missing file', async () => {
    const header = await claimlens(
      'validate',
      write('header.json', { ...publishedList(), version: 'two', published: 'yesterday' }),
    );
    expect(header.code).toBe(1);
    expect(header.stderr).toMatch(/version: expected a number, got "two"/);
    expect(header.stderr).toMatch(/published: must be an ISO timestamp/);
    const syntax = await claimlens('validate', write('syntax.json', '{"format": "claimlens-list/1",\n "id": }'));
    expect(syntax.code).toBe(1);
    expect(syntax.stderr).toMatch(/syntax\.json: not valid JSON/);
    const missing = await claimlens('validate', join(dir, 'nope.json'));
    expect(missing).toMatchObject({ code: 1, stderr: expect.stringMatching(/nope\.json: no such file/) });
  });

  it('says an expired list is invalid, as subscribers would refuse it, and never calls it valid', async () => {
    const result = await claimlens('validate', write('old.json', publishedList({ expires: '2020-01-01T00:00:00Z' })));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/old\.json: invalid: expired on 2020-01-01T00:00:00Z/);
    expect(result.stdout).not.toMatch(/valid/);
  });

  it("accepts the docs' complete example on any date (it has no expiry)", async () => {
    const doc = readFileSync(resolve(ROOT, 'docs/list-format.md'), 'utf8');
    const example = /```json\n([\s\S]*?)```/.exec(doc)![1]!;
    expect(JSON.parse(example)).not.toHaveProperty('expires');
    const result = await claimlens('validate', write('example.json', example));
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });
});

describe('list keygen, sign and verify', () => {
  it('makes a key pair whose private half only the owner can read, and signs lists that then verify', async () => {
    const keygen = await claimlens('keygen', '--out', join(dir, 'desk'));
    expect(keygen.code).toBe(0);
    expect(statSync(join(dir, 'desk.key')).mode & 0o777).toBe(0o600);
    const publicKey = readFileSync(join(dir, 'desk.pub'), 'utf8').trim();
    expect(publicKey).toMatch(/^ed25519:/);
    const list = write('signed.json', publishedList({ version: 2 }));
    const sign = await claimlens('sign', list, '--key', join(dir, 'desk.key'));
    expect(sign.code).toBe(0);
    expect(readFileSync(`${list}.sig`, 'utf8').trim()).toMatch(/^[A-Za-z0-9+/]{86}==$/);
    expect((await claimlens('verify', list, '--key', publicKey)).code).toBe(0);
    writeFileSync(list, readFileSync(list, 'utf8').replace('"version": 2', '"version": 3'));
    const tampered = await claimlens('verify', list, '--key', publicKey);
    expect(tampered.code).toBe(1);
    expect(tampered.stderr).toMatch(/does NOT match/);
  });

  it('prints a key pair with instructions when no --out is given, and never overwrites a private key', async () => {
    const printed = await claimlens('keygen');
    expect(printed.stdout).toMatch(
      /public key[\s\S]*ed25519:[\s\S]*private key \(store it in a file only you can read/,
    );
    const again = await claimlens('keygen', '--out', join(dir, 'desk'));
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/desk\.key exists/);
  });

  it('will not sign an invalid list', async () => {
    const bad = write('unsignable.json', { ...publishedList(), title: '' });
    const result = await claimlens('sign', bad, '--key', join(dir, 'desk.key'));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/not signed: fix the list first/);
  });
});

describe('list serve', () => {
  it('serves a folder of lists on 127.0.0.1 that the extension’s own fetch pipeline accepts, with ETags and signatures', async () => {
    const served = mkdtempSync(join(dir, 'www-'));
    writeFileSync(join(served, 'desk.json'), JSON.stringify(publishedList({ version: 5 })));
    await claimlens('keygen', '--out', join(dir, 'serve'));
    await claimlens('sign', join(served, 'desk.json'), '--key', join(dir, 'serve.key'));
    const publicKey = readFileSync(join(dir, 'serve.pub'), 'utf8').trim();

    const child = spawn('npx', ['tsx', 'src/cli/main.ts', 'list', 'serve', served, '--port', '0'], { cwd: ROOT });
    try {
      const origin = await new Promise<string>((done, fail) => {
        let text = '';
        child.stdout.on('data', (d) => {
          text += d;
          const found = /on (http:\/\/127\.0\.0\.1:\d+)/.exec(text);
          if (found) done(found[1]!);
        });
        child.on('close', () => fail(new Error(`serve exited: ${text}`)));
      });
      const options = { url: `${origin}/desk.json`, fetch, now: Date.now, publicKey, timeoutMs: 5000 };
      const first = await fetchList({ ...options, held: { version: 0 } });
      expect(first).toMatchObject({ kind: 'updated', signed: true, parsed: { list: { version: 5 } } });
      const etag = first.kind === 'updated' ? first.etag : undefined;
      expect(await fetchList({ ...options, held: { listId: 'fact-desk', version: 5 }, etag })).toEqual({
        kind: 'not-modified',
      });
      const response = await fetch(`${origin}/desk.json.sig`);
      expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
      expect((await fetch(`${origin}/../serve.key`)).status).toBe(404);
    } finally {
      child.kill('SIGTERM');
    }
  });
});

describe('ClaimReview conversion', () => {
  it('turns ClaimReview JSON-LD into a list that validates, and back', async () => {
    const reviews = write('reviews.json', [
      {
        '@context': 'https://schema.org',
        '@type': 'ClaimReview',
        url: 'https://factcheck.example/moon',
        author: { '@type': 'Organization', name: 'Example Fact Check' },
        claimReviewed: 'The moon is made of green cheese',
        reviewRating: { '@type': 'Rating', alternateName: 'False' },
      },
    ]);
    const converted = await claimlens(
      'from-claimreview',
      reviews,
      '--id',
      'example-checks',
      '--title',
      'Example checks',
      '--publisher',
      'Example Fact Check',
    );
    expect(converted.code).toBe(0);
    const listFile = write('converted.json', converted.stdout);
    expect((await claimlens('validate', listFile)).code).toBe(0);
    const back = JSON.parse((await claimlens('to-claimreview', listFile)).stdout);
    expect(back[0]).toMatchObject({
      claimReviewed: 'The moon is made of green cheese',
      reviewRating: { alternateName: 'False' },
      url: 'https://factcheck.example/moon',
    });
  });
});
