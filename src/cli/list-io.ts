// What every `claimlens list …` command shares: its output streams, option parsing, reading a
// JSON file with the place of a syntax error, and the two kinds of error it reports in words.
import { readFileSync } from 'node:fs';

export const out = (text: string) => process.stdout.write(`${text}\n`);
export const err = (text: string) => process.stderr.write(`${text}\n`);

/** The command was called wrongly: the usage is printed, exit 2. */
export class UsageError extends Error {}

/** A file cannot be used as it is: one line naming the file, exit 1. */
export class ListFileError extends Error {}

/** Takes `name VALUE` out of `args`. */
export function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  if (index < 0) return undefined;
  const value = args[index + 1];
  if (value === undefined || value.startsWith('--')) throw new UsageError(`${name} needs a value`);
  args.splice(index, 2);
  return value;
}

/** Where a JSON syntax error is, as line:column, from the position Node reports. */
function jsonErrorAt(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = Number(/position (\d+)/.exec(message)?.[1] ?? NaN);
  if (!Number.isFinite(position)) return message;
  const before = text.slice(0, position).split('\n');
  return `${message.replace(/ in JSON at position \d+.*$/, '')} at line ${before.length}, column ${before.at(-1)!.length + 1}`;
}

export function readJson(file: string): { text: string; json: unknown } {
  const text = readFileSync(file, 'utf8');
  try {
    return { text, json: JSON.parse(text) };
  } catch (error) {
    throw new ListFileError(`${file}: not valid JSON: ${jsonErrorAt(text, error)}`);
  }
}
