// docs/publishing.md's CI workflow, run for real: its YAML parses, and every step that runs the
// ClaimLens command line (validate, test, sign, verify) works on the docs' example list with a key
// from a "secret store", exactly as written, producing a list and signature that verify. A list
// whose examples fail stops the job before anything is signed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { generateKeyPair, verifyBytes } from '../../../src/sync/signature';
import { ROOT } from './run-cli';

vi.setConfig({ testTimeout: 180_000 });

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  env?: Record<string, string>;
  'working-directory'?: string;
}

const docs = readFileSync(resolve(ROOT, 'docs/publishing.md'), 'utf8');
const workflowText = /```yaml\n([\s\S]*?)```/.exec(docs)![1]!;
const workflow = parse(workflowText) as { jobs: Record<string, { steps: Step[] }>; on: Record<string, unknown> };
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);

/** The docs' complete example list (docs/list-format.md). */
const exampleList = () =>
  JSON.parse(/```json\n([\s\S]*?)```/.exec(readFileSync(resolve(ROOT, 'docs/list-format.md'), 'utf8'))![1]!);

const workspaces: string[] = [];
afterAll(() => workspaces.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A checkout of the list's repository with the ClaimLens command line beside it, as the workflow sets up. */
function workspace(list: unknown, publicKey: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'claimlens-publish-'));
  workspaces.push(dir);
  mkdirSync(join(dir, 'lists'));
  mkdirSync(join(dir, 'runner-temp'));
  writeFileSync(join(dir, 'lists/desk.json'), `${JSON.stringify(list, null, 2)}\n`);
  writeFileSync(join(dir, 'lists/desk.pub'), `${publicKey}\n`);
  symlinkSync(ROOT, join(dir, 'claimlens'), 'dir');
  return dir;
}

/**
 * Runs the workflow's shell steps in order as a push to main would, stopping at the first failure.
 * Steps that install or reach the network (npm ci, the check against the list online) are what CI
 * does and are left out here; their commands are not ClaimLens's.
 */
function runWorkflow(dir: string, secret: string): { name: string; status: number | null; output: string }[] {
  const ran = [];
  for (const step of steps) {
    if (!step.run || /npm ci|curl/.test(step.run)) continue;
    const env = { ...process.env, GITHUB_WORKSPACE: dir, RUNNER_TEMP: join(dir, 'runner-temp') } as Record<
      string,
      string
    >;
    for (const [name, value] of Object.entries(step.env ?? {}))
      env[name] = value.replace('${{ secrets.CLAIMLENS_LIST_KEY }}', secret);
    const result = spawnSync('bash', ['-eo', 'pipefail', '-c', step.run], {
      cwd: join(dir, step['working-directory'] ?? ''),
      env,
      encoding: 'utf8',
    });
    ran.push({ name: step.name ?? step.run, status: result.status, output: `${result.stdout}${result.stderr}` });
    if (result.status !== 0) break;
  }
  return ran;
}

describe('docs/publishing.md', () => {
  it('gives a workflow that runs on pushes and pull requests, and validates, tests, signs and uploads', () => {
    expect(Object.keys(workflow.on)).toEqual(expect.arrayContaining(['push', 'pull_request']));
    const runs = steps.map((s) => s.run ?? '').join('\n');
    for (const command of ['list validate', 'list test', 'list sign', 'list verify'])
      expect(runs).toContain(`claimlens -- ${command}`);
    expect(steps.find((s) => s.run?.includes('list sign'))!.env).toEqual({
      CLAIMLENS_LIST_KEY: '${{ secrets.CLAIMLENS_LIST_KEY }}',
    });
    expect(steps.some((s) => s.uses?.startsWith('actions/upload-pages-artifact') && s.if)).toBe(true);
    // Nothing is signed or uploaded for a pull request.
    for (const step of steps.filter((s) => s.run?.includes('list sign') || s.uses?.includes('pages')))
      expect(step.if).toBe("github.event_name != 'pull_request'");
  });

  it('validates, tests and signs the example list with the key from the secret store, giving a file that verifies', async () => {
    const keys = await generateKeyPair();
    const dir = workspace(exampleList(), keys.publicKey);
    const ran = runWorkflow(dir, keys.privateKey);
    for (const step of ran) expect(step.status, `${step.name}\n${step.output}`).toBe(0);
    expect(ran.map((s) => s.name)).toEqual([
      'Validate the list',
      "Run every claim's examples",
      'Sign the file that will be uploaded',
      'Check the signature against the public key',
    ]);
    const uploaded = new Uint8Array(readFileSync(join(dir, 'public/desk.json')));
    const signature = readFileSync(join(dir, 'public/desk.json.sig'), 'utf8');
    expect(await verifyBytes(keys.publicKey, uploaded, signature)).toBe(true);
    // The private key did not outlive its step.
    expect(existsSync(join(dir, 'runner-temp/list.key'))).toBe(false);
  });

  it('stops before signing when a claim’s examples fail', async () => {
    const keys = await generateKeyPair();
    const list = exampleList();
    list.claims[1].examples.nomatch.push('Some people insist that the moon is made of green cheese.');
    const dir = workspace(list, keys.publicKey);
    const ran = runWorkflow(dir, keys.privateKey);
    expect(ran.map((s) => [s.name, s.status])).toEqual([
      ['Validate the list', 0],
      ["Run every claim's examples", 1],
    ]);
    expect(ran[1]!.output).toContain('FAIL moon-green-cheese: should not match, but did');
    expect(existsSync(join(dir, 'public/desk.json.sig'))).toBe(false);
  });
});
