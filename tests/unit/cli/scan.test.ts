// `claimlens scan` as a list maintainer runs it: the real CLI in a child process.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { moonClaim, publishedList } from '../../support/lists';
import { ROOT, runClaimlens } from './run-cli';

// Each run starts Node and tsx (about a second).
vi.setConfig({ testTimeout: 30_000 });

const SEED = resolve(ROOT, '../shared/seeds/003_17c15c931e64251e.txt');
const dir = mkdtempSync(join(tmpdir(), 'claimlens-scan-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const scan = (...args: string[]) => runClaimlens(['scan', ...args]);

const write = (name: string, body: string) => {
  const file = join(dir, name);
  writeFileSync(file, body);
  return file;
};

interface JsonLine {
  file: string;
  matches: {
    claimId: string;
    start: number;
    end: number;
    text: string;
    score: number;
    stance: string;
    why: string[];
  }[];
}

const jsonLines = (stdout: string) =>
  stdout
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as JsonLine);

describe('claimlens scan --json', () => {
  it('prints one object per file with exactly the documented fields, offsets into the file text', async () => {
    const result = await scan('--json', SEED);
    expect(result.code).toBe(0);
    const lines = jsonLines(result.stdout);
    expect(lines).toHaveLength(1);
    const [line] = lines;
    expect(Object.keys(line!)).toEqual(['file', 'matches']);
    expect(line!.file).toBe(SEED);
    const text = readFileSync(SEED, 'utf8');
    expect(line!.matches.length).toBeGreaterThan(5);
    for (const match of line!.matches) {
      expect(Object.keys(match)).toEqual(['claimId', 'start', 'end', 'text', 'score', 'stance', 'why']);
      expect(text.slice(match.start, match.end)).toBe(match.text);
      expect(match.score).toBeGreaterThan(0);
      expect(match.score).toBeLessThanOrEqual(1);
      expect(['asserts', 'reports', 'denies']).toContain(match.stance);
      expect(match.why.length).toBeGreaterThan(0);
    }
    const denial = line!.matches.find((match) => match.text.startsWith('“Meta didn’t share'));
    expect(denial).toMatchObject({ claimId: 'meta-sold-messages-to-netflix', stance: 'denies' });
  });

  it('keeps the order of the files given, one line each, and exits 0 when nothing matched', async () => {
    const quiet = write('quiet.txt', 'Netflix raises prices again.\n\nMessenger turns on end-to-end encryption.\n');
    const result = await scan('--json', quiet, SEED);
    expect(result.code).toBe(0);
    const lines = jsonLines(result.stdout);
    expect(lines.map((line) => line.file)).toEqual([quiet, SEED]);
    expect(lines[0]!.matches).toEqual([]);
  });

  it('reads HTML as the page would: readable text only, offsets into that text', async () => {
    const page = write(
      'page.html',
      `<!doctype html><html><head><title>Facebook sold DMs to Netflix</title><script>var x = "Facebook sold private messages to Netflix";</script></head>
       <body><nav>Home</nav><p>Court records allege that <a href="/fb">Facebook</a> allowed <em>Netflix</em> to read users’ private messages.</p>
       <p>Netflix raises prices.</p></body></html>`,
    );
    const result = await scan('--json', page);
    expect(result.code).toBe(0);
    const [line] = jsonLines(result.stdout);
    expect(line!.matches).toHaveLength(1);
    const [match] = line!.matches;
    expect(match).toMatchObject({ claimId: 'netflix-inbox-api-access', stance: 'reports' });
    expect(match!.text).toBe('Court records allege that Facebook allowed Netflix to read users’ private messages.');
    expect(match!.start).toBe('Home\n\n'.length);
  });

  it('scans Markdown as text', async () => {
    const notes = write('notes.md', '# Notes\n\n- In 2019 the **FTC** fined Facebook $5bn over privacy.\n');
    const [line] = jsonLines((await scan('--json', notes)).stdout);
    expect(line!.matches.map((match) => match.claimId)).toEqual(['ftc-5-billion-fine']);
  });

  it('reads an article written a paragraph per line line by line: the headline is its own sentence, offsets stay file offsets', async () => {
    const body =
      'The court records were filed last year but stayed sealed until this month, and they come from a long-running antitrust lawsuit against Facebook, the company said in a statement.';
    const article = write(
      'article.txt',
      `https://example.com/meta-sold-dms-to-netflix\nMeta denies Netflix read users’ DMs\n${body}\n`,
    );
    const [line] = jsonLines((await scan('--json', article)).stdout);
    const text = readFileSync(article, 'utf8');
    expect(line!.matches.map((match) => match.text)).toEqual(['Meta denies Netflix read users’ DMs']);
    for (const match of line!.matches) expect(text.slice(match.start, match.end)).toBe(match.text);
  });

  it('matches with the list given by --claims instead of the bundled one', async () => {
    const list = write('moon.json', JSON.stringify(publishedList({ claims: [moonClaim()] })));
    const text = write('moon.txt', 'Some say the moon is made of green cheese. Meta sold your DMs to Netflix.');
    const [line] = jsonLines((await scan('--json', '--claims', list, text)).stdout);
    expect(line!.matches.map((match) => match.claimId)).toEqual(['moon-green-cheese']);
  });
});

describe('claimlens scan for people', () => {
  it('shows each match with claim id, stance, score, the sentence and why; no colour codes when piped', async () => {
    const result = await scan(SEED);
    expect(result.code).toBe(0);
    // 12: "Meta has denied the allegations" denies the claim the sentence before stated (rules/restated.ts).
    expect(result.stdout).toContain(`${SEED}: 12 matches`);
    // A settled fact (the board seat) is asserted whoever the sentence attributes it to.
    expect(result.stdout).toMatch(/hastings-on-facebook-board {2}asserts {2}0\.\d\d/);
    expect(result.stdout).toContain('The antitrust lawsuit accuses Facebook of sabotaging its own streaming service');
    expect(result.stdout).toMatch(/matched because: .*sabotaging/);
    expect(result.stdout).not.toContain('\u001b[');
  });
});

describe('claimlens scan errors', () => {
  it('names an unreadable file in one line, exits non-zero, and still scans the others', async () => {
    const missing = join(dir, 'missing.txt');
    const result = await scan('--json', missing, SEED);
    expect(result.code).not.toBe(0);
    expect(result.stderr.trim().split('\n')).toEqual([`claimlens scan: ${missing}: no such file`]);
    expect(jsonLines(result.stdout).map((line) => line.file)).toEqual([SEED]);
  });

  it('names an invalid list and its first problem in one line, and scans nothing', async () => {
    const broken = publishedList();
    (broken.claims[0] as { id: string }).id = 'Not A Slug';
    const list = write('broken.json', JSON.stringify(broken));
    const result = await scan('--claims', list, SEED);
    expect(result.code).not.toBe(0);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(list);
    expect(lines[0]).toMatch(/claims\[0\].*id/);
  });

  it('says a list that is not JSON is not JSON', async () => {
    const list = write('garbage.json', '{ "format": ');
    const result = await scan('--claims', list, SEED);
    expect(result.code).not.toBe(0);
    expect(result.stderr.trim()).toMatch(
      new RegExp(`^claimlens scan: ${list.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: not valid JSON`),
    );
  });
});
