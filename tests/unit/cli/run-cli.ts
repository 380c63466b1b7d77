// Runs the real `claimlens` command line (Node + tsx), as a list maintainer would.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../../..');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runClaimlens(args: readonly string[]): Promise<CliResult> {
  return new Promise((done) => {
    const child = spawn('npx', ['tsx', 'src/cli/main.ts', ...args], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => done({ code, stdout, stderr: stderr.replace(/^npm warn.*\n/gm, '') }));
  });
}
