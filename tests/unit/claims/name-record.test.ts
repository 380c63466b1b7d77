// A record keyed by names from a list (concepts, lexicon entries): every own key kept, Object.prototype
// member names included, in an object without a prototype; each problem reported at its key.
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { nameRecord } from '../../../src/claims/name-record';

const Terms = v.array(v.pipe(v.string(), v.nonEmpty('must not be empty')));
const Names = nameRecord(v.pipe(v.string(), v.regex(/^[a-z_]+$/, 'bad name')), Terms);
const keyOf = (issue: v.BaseIssue<unknown>) => issue.path?.map((p) => p.key);

describe('nameRecord', () => {
  it('keeps constructor, __proto__ and toString as concepts, in an object without a prototype', () => {
    const input = JSON.parse('{"constructor": ["a"], "__proto__": ["b"], "tostring": ["c"]}') as unknown;
    const result = v.safeParse(Names, input);
    expect(result.success).toBe(true);
    const output = result.output as Record<string, string[]>;
    expect(Object.getPrototypeOf(output)).toBeNull();
    expect(Object.keys(output)).toEqual(['constructor', '__proto__', 'tostring']);
    expect(output.constructor).toEqual(['a']);
    expect(Object.hasOwn(output, '__proto__')).toBe(true);
  });

  it('reports a bad name at its key, and a bad term at its place under the name', () => {
    const result = v.safeParse(Names, { Bad: ['x'], fine: ['ok', ''] });
    expect(result.success).toBe(false);
    expect(result.issues!.map((issue) => [issue.message, keyOf(issue)])).toEqual([
      ['bad name', ['Bad']],
      ['must not be empty', ['fine', 1]],
    ]);
    expect(result.issues![0]!.path![0]).toMatchObject({ type: 'object', origin: 'key', key: 'Bad' });
    expect(result.issues![1]!.path![0]).toMatchObject({ type: 'object', origin: 'value', key: 'fine' });
  });

  it('refuses a name whose terms are not a list, at its key', () => {
    const result = v.safeParse(Names, { fine: 'not a list' });
    expect(result.success).toBe(false);
    expect(keyOf(result.issues![0]!)).toEqual(['fine']);
  });

  it('refuses what is not an object: nothing, a string, a number', () => {
    for (const input of [null, undefined, 'moon', 3]) {
      const result = v.safeParse(Names, input);
      expect(result.success, String(input)).toBe(false);
      expect(result.issues![0]!.message, String(input)).toMatch(/^Invalid type: Expected Object/);
    }
  });

  it('answers the Standard Schema interface the same way, as valibot', async () => {
    expect(Names['~standard']).toMatchObject({ version: 1, vendor: 'valibot' });
    const ok = await Names['~standard'].validate({ constructor: ['a'] });
    expect(ok.issues).toBeUndefined();
    expect((ok as { value: Record<string, string[]> }).value.constructor).toEqual(['a']);
    const bad = await Names['~standard'].validate({ Bad: ['a'] });
    expect(bad.issues?.[0]?.message).toBe('bad name');
  });
});
