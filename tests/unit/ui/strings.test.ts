// Every word a reader sees in the popup, card, options and welcome pages comes from the locale file
// (through WXT's i18n), so the extension can be translated: no sentence is written into the TSX.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../../', import.meta.url).pathname;
/** Shown as is in every language. */
const NAMES = new Set(['ClaimLens']);
const WORDY_ATTRIBUTES = /^(aria-label|aria-description|title|placeholder|alt)$/;
/** An example value a person types (an address, a key), not a sentence. */
const isExampleValue = (text: string) => /^(https?:\/\/|ed25519:)/.test(text);

function wordsInTsx(file: string, source: string): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) {
      const text = node.text.trim();
      if (/\p{L}/u.test(text) && !NAMES.has(text)) found.push(`${file}: text "${text}"`);
    }
    if (ts.isJsxAttribute(node) && node.initializer && ts.isStringLiteral(node.initializer)) {
      const text = node.initializer.text;
      if (WORDY_ATTRIBUTES.test(node.name.getText()) && /\p{L}/u.test(text) && !isExampleValue(text))
        found.push(`${file}: ${node.name.getText()}="${text}"`);
    }
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX));
  return found;
}

describe('strings in the UI', () => {
  it('are none written into the TSX: each goes through the locale file', () => {
    const files = execFileSync('git', ['ls-files', 'src/*.tsx', 'entrypoints/*.tsx'], { cwd: ROOT, encoding: 'utf8' })
      .split('\n')
      .filter(Boolean);
    expect(files.length).toBeGreaterThan(5);
    expect(files.flatMap((file) => wordsInTsx(file, readFileSync(`${ROOT}${file}`, 'utf8')))).toEqual([]);
  });

  it('the check finds a sentence and a label written in place', () => {
    const source = 'export const A = () => <p title="Close the card">Checked claim <b>{x}</b></p>;';
    expect(wordsInTsx('a.tsx', source)).toEqual(['a.tsx: title="Close the card"', 'a.tsx: text "Checked claim"']);
  });
});
