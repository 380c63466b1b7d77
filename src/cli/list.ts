// `claimlens list …`: tools for people who publish claim lists (docs/cli-list.md).
import { chmodSync, existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { extname, join, relative, resolve, sep } from 'node:path';
import { exportClaimReviews, importClaimReviews } from '../claims/claim-review';
import { ClaimListError, parseClaimList } from '../claims/parse';
import type { ClaimList } from '../claims/schema';
import { plainProblem } from '../sync/errors';
import { generateKeyPair, signBytes, verifyBytes } from '../sync/signature';

const USAGE = `usage:
  claimlens list validate FILE              check a list; prints every problem with its path
  claimlens list keygen [--out NAME]        make an Ed25519 key pair (NAME.key, NAME.pub)
  claimlens list sign FILE --key KEY        write FILE.sig (KEY: a private key file or the key)
  claimlens list verify FILE --key PUBKEY   check FILE.sig against a public key
  claimlens list serve DIR [--port N]       serve the lists in DIR on http://127.0.0.1:N
  claimlens list from-claimreview FILE --id ID --title T --publisher P [--version N]
                                            turn schema.org ClaimReview JSON-LD into a list
  claimlens list to-claimreview FILE        print a list's claims as ClaimReview JSON-LD`;

const out = (text: string) => process.stdout.write(`${text}\n`);
const err = (text: string) => process.stderr.write(`${text}\n`);

function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  if (index < 0) return undefined;
  const value = args[index + 1];
  if (value === undefined || value.startsWith('--')) throw new UsageError(`${name} needs a value`);
  args.splice(index, 2);
  return value;
}

class UsageError extends Error {}

/** Where a JSON syntax error is, as line:column, from the position Node reports. */
function jsonErrorAt(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = Number(/position (\d+)/.exec(message)?.[1] ?? NaN);
  if (!Number.isFinite(position)) return message;
  const before = text.slice(0, position).split('\n');
  return `${message.replace(/ in JSON at position \d+.*$/, '')} at line ${before.length}, column ${before.at(-1)!.length + 1}`;
}

function readJson(file: string): { text: string; json: unknown } {
  const text = readFileSync(file, 'utf8');
  try {
    return { text, json: JSON.parse(text) };
  } catch (error) {
    throw new ListFileError(`${file}: not valid JSON: ${jsonErrorAt(text, error)}`);
  }
}

class ListFileError extends Error {}

function validate(args: string[]): number {
  const [file] = args;
  if (!file) throw new UsageError('validate needs a FILE');
  const { json } = readJson(file);
  try {
    const { list, skipped } = parseClaimList(json, { strict: false });
    if (skipped.length) {
      // Lenient parsing collected the first problem of each bad claim; strict parsing lists them all.
      let problems: readonly string[] = skipped.map((s) => s.problem);
      try {
        parseClaimList(json, { strict: true });
      } catch (error) {
        if (error instanceof ClaimListError) problems = error.problems;
      }
      err(
        `${file}: invalid: ${skipped.length} of ${skipped.length + list.claims.length} claims have problems (a subscribed copy would skip them):`,
      );
      for (const problem of problems) err(`  ${plainProblem(problem)}`);
      return 1;
    }
    if (list.expires && Date.parse(list.expires) <= Date.now()) {
      err(
        `${file}: invalid: expired on ${list.expires}: subscribers will refuse it until you publish a newer version with a later "expires" (or none)`,
      );
      return 1;
    }
    out(
      `${file}: valid: "${list.title}" by ${list.publisher}, version ${list.version}, ${list.claims.length} claims${list.expires ? `, expires ${list.expires}` : ''}`,
    );
    return 0;
  } catch (error) {
    if (!(error instanceof ClaimListError)) throw error;
    err(`${file}: invalid:`);
    for (const problem of error.problems) err(`  ${plainProblem(problem)}`);
    return 1;
  }
}

async function keygen(args: string[]): Promise<number> {
  const prefix = option(args, '--out');
  const keys = await generateKeyPair();
  if (prefix) {
    if (existsSync(`${prefix}.key`)) throw new ListFileError(`${prefix}.key exists: not overwriting a private key`);
    writeFileSync(`${prefix}.key`, `${keys.privateKey}\n`, { mode: 0o600 });
    chmodSync(`${prefix}.key`, 0o600);
    writeFileSync(`${prefix}.pub`, `${keys.publicKey}\n`);
    out(
      `wrote ${prefix}.key (private: readable only by you; keep it out of the published folder and of version control)`,
    );
    out(`wrote ${prefix}.pub (public: give it to subscribers, who paste it when adding your list)`);
    out(keys.publicKey);
    return 0;
  }
  out(`public key (subscribers paste it when adding your list):\n${keys.publicKey}\n`);
  out(
    `private key (store it in a file only you can read, e.g. \`umask 077; cat > list.key\`,\nnever in the published folder or in version control; sign with --key list.key):\n${keys.privateKey}`,
  );
  return 0;
}

function keyArgument(value: string): string {
  return existsSync(value) && statSync(value).isFile() ? readFileSync(value, 'utf8').trim() : value.trim();
}

async function sign(args: string[]): Promise<number> {
  const key = option(args, '--key');
  const [file] = args;
  if (!file || !key) throw new UsageError('sign needs FILE and --key KEY');
  if (validate([file]) !== 0) {
    err(`${file}: not signed: fix the list first`);
    return 1;
  }
  const bytes = new Uint8Array(readFileSync(file));
  writeFileSync(`${file}.sig`, `${await signBytes(keyArgument(key), bytes)}\n`);
  out(`wrote ${file}.sig: publish it beside the list (same URL + ".sig"); re-sign after every change to the file`);
  return 0;
}

async function verify(args: string[]): Promise<number> {
  const key = option(args, '--key');
  const [file] = args;
  if (!file || !key) throw new UsageError('verify needs FILE and --key PUBKEY');
  if (!existsSync(`${file}.sig`)) {
    err(`${file}.sig: not found`);
    return 1;
  }
  const valid = await verifyBytes(
    keyArgument(key),
    new Uint8Array(readFileSync(file)),
    readFileSync(`${file}.sig`, 'utf8'),
  );
  (valid ? out : err)(
    `${file}: signature ${valid ? 'valid' : 'does NOT match this key (or the file changed after signing)'}`,
  );
  return valid ? 0 : 1;
}

const CONTENT_TYPES: Record<string, string> = {
  '.json': 'application/json',
  '.jsonld': 'application/ld+json',
  '.sig': 'text/plain; charset=utf-8',
  '.pub': 'text/plain; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
};

async function serve(args: string[]): Promise<number> {
  const port = Number(option(args, '--port') ?? 8787);
  const [dir] = args;
  if (!dir) throw new UsageError('serve needs a DIR');
  const root = resolve(dir);
  if (!existsSync(root) || !statSync(root).isDirectory()) throw new ListFileError(`${dir}: not a directory`);
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    const file = resolve(root, `.${path}`);
    const send = (status: number, body: string) => {
      response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(body);
    };
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(405, 'GET only');
    if (file !== root && !file.startsWith(root + sep)) return send(404, 'not found');
    if (!existsSync(file) || !statSync(file).isFile() || path.includes('/.') || file.endsWith('.key'))
      return send(404, 'not found');
    const body = readFileSync(file);
    const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 32)}"`;
    const modified = new Date(Math.floor(statSync(file).mtimeMs / 1000) * 1000);
    const headers = {
      'content-type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      etag,
      'last-modified': modified.toUTCString(),
      'cache-control': 'no-cache',
      // Lists are public; this lets a page or a tool read them too.
      'access-control-allow-origin': '*',
    };
    const since = Date.parse(request.headers['if-modified-since'] ?? '');
    const fresh = request.headers['if-none-match']
      ? request.headers['if-none-match'] === etag
      : !Number.isNaN(since) && modified.getTime() <= since;
    process.stdout.write(`${request.method} ${path} ${fresh ? 304 : 200}\n`);
    if (fresh) {
      response.writeHead(304, headers);
      return response.end();
    }
    response.writeHead(200, { ...headers, 'content-length': body.byteLength });
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', done);
  });
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`;
  out(`serving ${root} on ${origin} (Ctrl-C to stop)`);
  for (const name of readdirSync(root).filter((n) => n.endsWith('.json')))
    out(`  ${origin}/${relative(root, join(root, name))}  ← paste into ClaimLens options › Add a list`);
  await new Promise<void>((done) => {
    const stop = () => server.close(() => done());
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}

function fromClaimReview(args: string[]): number {
  const id = option(args, '--id');
  const title = option(args, '--title');
  const publisher = option(args, '--publisher');
  const version = Number(option(args, '--version') ?? 1);
  const [file] = args;
  if (!file || !id || !title || !publisher)
    throw new UsageError('from-claimreview needs FILE, --id, --title and --publisher');
  const { claims, skipped } = importClaimReviews(readJson(file).json);
  for (const s of skipped) err(`skipped review ${s.problem}`);
  const list = {
    format: 'claimlens-list/1',
    id,
    title,
    publisher,
    version,
    published: new Date().toISOString(),
    claims,
  };
  parseClaimList(list, { strict: true });
  out(JSON.stringify(list, null, 2));
  return claims.length ? 0 : 1;
}

function toClaimReview(args: string[]): number {
  const [file] = args;
  if (!file) throw new UsageError('to-claimreview needs a FILE');
  const list: ClaimList = parseClaimList(readJson(file).json, { strict: true }).list;
  out(JSON.stringify(exportClaimReviews(list.claims, list), null, 2));
  return 0;
}

export async function runList(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  try {
    switch (command) {
      case 'validate':
        return validate(args);
      case 'keygen':
        return await keygen(args);
      case 'sign':
        return await sign(args);
      case 'verify':
        return await verify(args);
      case 'serve':
        return await serve(args);
      case 'from-claimreview':
        return fromClaimReview(args);
      case 'to-claimreview':
        return toClaimReview(args);
      default:
        err(`${command ? `claimlens list: unknown command "${command}"\n` : ''}${USAGE}`);
        return 2;
    }
  } catch (error) {
    if (error instanceof UsageError) {
      err(`claimlens list: ${error.message}\n${USAGE}`);
      return 2;
    }
    if (error instanceof ListFileError || error instanceof ClaimListError) {
      err(error.message);
      return 1;
    }
    if (error instanceof Error && 'code' in error && (error as NodeJS.ErrnoException).code === 'ENOENT') {
      err(`${(error as NodeJS.ErrnoException).path}: no such file`);
      return 1;
    }
    throw error;
  }
}
