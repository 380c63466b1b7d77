// `claimlens scan [--json] [--claims LIST] FILE...`: runs the extension's matcher over files so a
// list maintainer sees what a list finds, and why (docs/cli-scan.md).
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readyListClaims } from '../claim-check';
import { ClaimListError, parseClaimList } from '../claims/parse';
import { compileMatcher, matchDocument, type ClaimMatch, type CompiledMatcher, type DocumentBlock } from '../match';
import { paragraphsOf } from '../match/paragraphs';
import { blockKindOf, collectTextBlocks } from '../page/text-blocks';

const USAGE = 'usage: claimlens scan [--json] [--claims LIST] FILE...';
const BUNDLED_LIST = fileURLToPath(new URL('../../assets/claims/bundled-list.json', import.meta.url));
const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml']);

interface ScanOptions {
  json: boolean;
  claims?: string;
  files: string[];
}

class ScanError extends Error {}

function parseArgs(args: readonly string[]): ScanOptions {
  const options: ScanOptions = { json: false, files: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      options.files.push(...args.slice(i + 1));
      break;
    }
    if (arg === '--json') options.json = true;
    else if (arg === '--claims') {
      const value = args[++i];
      if (value === undefined) throw new ScanError('--claims needs a list file');
      options.claims = value;
    } else if (arg.startsWith('--claims=')) options.claims = arg.slice('--claims='.length);
    else if (arg.startsWith('-') && arg !== '-') throw new ScanError(`unknown option "${arg}"`);
    else options.files.push(arg);
  }
  if (options.files.length === 0) throw new ScanError('no FILE to scan');
  return options;
}

function describeError(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error) {
    const code = String((error as { code: unknown }).code);
    const known: Record<string, string> = {
      ENOENT: 'no such file',
      EACCES: 'permission denied',
      EISDIR: 'is a directory',
      EPERM: 'permission denied',
    };
    return known[code] ?? `cannot read (${code})`;
  }
  return error instanceof Error ? error.message : String(error);
}

/** Compiles the list at `path` (the bundled list by default); throws one line naming the file. */
function loadMatcher(path: string | undefined): CompiledMatcher {
  const file = path ?? BUNDLED_LIST;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const problem = error instanceof SyntaxError ? `not valid JSON (${error.message})` : describeError(error);
    throw new ScanError(`${file}: ${problem}`);
  }
  try {
    const { list } = parseClaimList(json, { strict: true });
    // Claims without "match" are compiled from their text; one that cannot be is skipped, with the reason.
    const ready = readyListClaims(list);
    for (const { claimId, problem } of ready.skipped)
      process.stderr.write(`claimlens scan: ${file}: claim ${claimId} skipped: ${problem}\n`);
    return compileMatcher(ready.claims);
  } catch (error) {
    if (error instanceof ClaimListError) throw new ScanError(`${file}: ${error.message}`);
    throw error;
  }
}

/**
 * The text a file is scanned as, and its blocks in reading order: .html reduced to readable text
 * block by block as the page is read (blocks joined by blank lines; h1 the title, h2–h6 headings),
 * everything else decoded as UTF-8 as is, a block per paragraph (Markdown "#" lines are headings).
 */
async function textOf(file: string): Promise<{ text: string; blocks: DocumentBlock[] }> {
  const raw = readFileSync(file, 'utf8');
  if (!HTML_EXTENSIONS.has(extname(file).toLowerCase())) {
    const markdown = extname(file).toLowerCase() === '.md';
    const blocks = paragraphsOf(raw).map(({ start, end }): DocumentBlock => {
      const heading = markdown ? /^\s*(#+)\s/.exec(raw.slice(start, end)) : null;
      return { start, end, kind: heading ? (heading[1] === '#' ? 'title' : 'heading') : 'paragraph' };
    });
    return { text: raw, blocks };
  }
  const { JSDOM } = await import('jsdom');
  const { document } = new JSDOM(raw).window;
  let text = '';
  const blocks: DocumentBlock[] = [];
  for (const block of collectTextBlocks(document.body ?? document)) {
    const piece = block.text.replace(/\s+/g, ' ').trim();
    if (text !== '') text += '\n\n';
    blocks.push({ start: text.length, end: text.length + piece.length, kind: blockKindOf(block.container) });
    text += piece;
  }
  return { text, blocks };
}

function toJsonMatch({ claimId, start, end, text, score, stance, why }: ClaimMatch) {
  return { claimId, start, end, text, score, stance, why };
}

const ANSI = { bold: '\u001b[1m', yellow: '\u001b[33m', cyan: '\u001b[36m', dim: '\u001b[2m', reset: '\u001b[0m' };

/** The sentence with its matched terms in bold yellow (terminal only). */
function highlightTerms(sentence: string, why: readonly string[]): string {
  const lower = sentence.toLowerCase();
  const marks: [number, number][] = [];
  for (const term of why) {
    const needle = term.toLowerCase();
    for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + needle.length))
      marks.push([at, at + needle.length]);
  }
  marks.sort((a, b) => a[0] - b[0]);
  let out = '';
  let cursor = 0;
  for (const [start, end] of marks) {
    if (start < cursor) continue;
    out += `${sentence.slice(cursor, start)}${ANSI.bold}${ANSI.yellow}${sentence.slice(start, end)}${ANSI.reset}`;
    cursor = end;
  }
  return out + sentence.slice(cursor);
}

function formatForPeople(file: string, matches: readonly ClaimMatch[], color: boolean): string {
  const paint = (code: string, text: string) => (color ? `${code}${text}${ANSI.reset}` : text);
  const lines = [paint(ANSI.bold, `${file}: ${matches.length === 1 ? '1 match' : `${matches.length} matches`}`)];
  for (const match of matches) {
    const sentence = match.text.replace(/\s+/g, ' ');
    lines.push(
      `  ${paint(ANSI.cyan, match.claimId)}  ${match.stance}  ${match.score.toFixed(2)}  ${paint(ANSI.dim, `[${match.start}-${match.end}]`)}`,
    );
    lines.push(`    ${color ? highlightTerms(sentence, match.why) : sentence}`);
    lines.push(`    matched because: ${match.why.join(' · ')}`);
  }
  return lines.join('\n');
}

export async function runScan(args: string[]): Promise<number> {
  let options: ScanOptions;
  let matcher: CompiledMatcher;
  try {
    options = parseArgs(args);
    matcher = loadMatcher(options.claims);
  } catch (error) {
    if (!(error instanceof ScanError)) throw error;
    process.stderr.write(`claimlens scan: ${error.message}\n`);
    if (
      error.message === 'no FILE to scan' ||
      error.message.startsWith('unknown option') ||
      error.message.startsWith('--claims')
    ) {
      process.stderr.write(`${USAGE}\n`);
      return 2;
    }
    return 1;
  }

  const color = !options.json && process.stdout.isTTY === true && !process.env.NO_COLOR;
  let failed = false;
  for (const file of options.files) {
    let text: string;
    let blocks: DocumentBlock[];
    try {
      ({ text, blocks } = await textOf(file));
    } catch (error) {
      process.stderr.write(`claimlens scan: ${file}: ${describeError(error)}\n`);
      failed = true;
      continue;
    }
    const matches = matchDocument(matcher, text, blocks);
    process.stdout.write(
      options.json
        ? `${JSON.stringify({ file, matches: matches.map(toJsonMatch) })}\n`
        : `${formatForPeople(file, matches, color)}\n`,
    );
  }
  return failed ? 1 : 0;
}
