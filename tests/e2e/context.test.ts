// Page and CLI agree on whole articles read in their context: every tuning article, served as HTML
// (h1, h2, p, li, blockquote) from 127.0.0.1, is highlighted in Chromium with exactly the claims and
// sentences `claimlens scan --json` finds in the same HTML file (the CLI builds the same document
// context from the file's blocks as the background does from the page's), in the same order: where
// one sentence states two claims, the tie order (src/match/rules/tie-order.ts) is the same in both.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/browser';
import { readArticles, type Article } from '../../scripts/article-eval';
import { claimCounts, highlightedTexts, pageClaims, scanDone } from './support';

const root = resolve(__dirname, '../..');
const articles = readArticles(resolve(root, 'tests/fixtures/articles-tune'));

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The article as a page: its blocks in their own elements, consecutive list items in one list. */
function articleHtml(article: Article): string {
  const body: string[] = [];
  let inList = false;
  for (const block of article.blocks) {
    if (block.type === 'li' && !inList) body.push('<ul>');
    if (block.type !== 'li' && inList) body.push('</ul>');
    inList = block.type === 'li';
    const tag = ['h1', 'h2', 'p', 'li', 'blockquote'].includes(block.type) ? block.type : 'p';
    body.push(`<${tag}>${escapeHtml(block.text)}</${tag}>`);
  }
  if (inList) body.push('</ul>');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${article.id}</title></head><body><article>${body.join('\n')}</article></body></html>`;
}

let browser: ExtensionBrowser;
let server: Server;
let origin = '';
let dir = '';
/** File name → the CLI's matches in it. */
const cli = new Map<string, { claimId: string; text: string }[]>();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'claimlens-articles-'));
  const pages = new Map<string, string>();
  for (const article of articles) {
    const html = articleHtml(article);
    pages.set(`/${article.id}.html`, html);
    writeFileSync(join(dir, `${article.id}.html`), html);
  }
  // The CLI as a maintainer runs it, once for every file.
  const out = execFileSync(
    process.execPath,
    [
      resolve(root, 'node_modules/tsx/dist/cli.mjs'),
      resolve(root, 'src/cli/main.ts'),
      'scan',
      '--json',
      ...articles.map((a) => join(dir, `${a.id}.html`)),
    ],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  for (const line of out.split('\n').filter(Boolean)) {
    const { file, matches } = JSON.parse(line) as { file: string; matches: { claimId: string; text: string }[] };
    cli.set(file.slice(dir.length + 1), matches);
  }
  server = createServer((request, response) => {
    const html = pages.get(request.url ?? '');
    response.writeHead(html ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    response.end(html ?? 'not found');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  browser = await launchWithExtension();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((done) => server?.close(done));
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const normalised = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('a tuning article in Chromium and in the CLI', () => {
  it('the CLI read every article', () => {
    expect(cli.size).toBe(articles.length);
  });

  it.each(articles.map((article) => article.id))('%s: same claims, same sentences', async (id) => {
    const page = await browser.context.newPage();
    await page.goto(`${origin}/${id}.html`);
    // The content script's own signal that its scans are done (every batch answered and painted).
    await scanDone(browser, page);
    const expected = cli.get(`${id}.html`)!;
    const expectedCounts: Record<string, number> = {};
    for (const match of expected) expectedCounts[match.claimId] = (expectedCounts[match.claimId] ?? 0) + 1;
    expect(await claimCounts(browser, page)).toEqual(expectedCounts);
    // One painted range per match: the same sentences, as often.
    expect((await highlightedTexts(page)).sort()).toEqual(expected.map((match) => normalised(match.text)).sort());
    // The same order, ties included (src/match/rules/tie-order.ts): the popup lists claims by first
    // appearance, so a claim first found in a sentence it shares comes where the tie order puts it.
    const { claims } = await pageClaims(browser, page);
    expect(claims.map((claim) => claim.claimId)).toEqual([...new Set(expected.map((match) => match.claimId))]);
    await page.close();
  });
});
