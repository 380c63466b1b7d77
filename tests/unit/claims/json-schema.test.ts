import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import bundledList from '../../../assets/claims/bundled-list.json';
import { renderJsonSchema } from '../../../src/claims/json-schema';

const committed = readFileSync(resolve(__dirname, '../../../docs/claim-list.schema.json'), 'utf8');

describe('the published JSON Schema', () => {
  it('is the one generated from the valibot schema (run `npm run schema` after changing it)', () => {
    expect(committed).toBe(renderJsonSchema());
  });

  it('accepts the bundled list and rejects a list with a broken claim, like the extension does', () => {
    const validate = new Ajv({ allErrors: true, unknownFormats: 'ignore' }).compile(JSON.parse(committed));
    expect(validate(bundledList)).toBe(true);
    const broken = structuredClone(bundledList) as { claims: Record<string, unknown>[] };
    delete broken.claims[2]!.summary;
    expect(validate(broken)).toBe(false);
    expect(JSON.stringify(validate.errors)).toContain('summary');
  });
});

describe('docs/list-format.md', () => {
  it('shows a complete example that is a valid list', async () => {
    const { parseClaimList } = await import('../../../src/claims/parse');
    const doc = readFileSync(resolve(__dirname, '../../../docs/list-format.md'), 'utf8');
    const example = /```json\n([\s\S]*?)```/.exec(doc)![1]!;
    const { list, skipped } = parseClaimList(JSON.parse(example), { strict: true });
    expect(skipped).toEqual([]);
    expect(list.claims.map((c) => c.id)).toEqual(['meta-sold-messages-to-netflix', 'moon-green-cheese']);
  });
});
