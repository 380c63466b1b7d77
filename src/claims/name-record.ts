// A record keyed by names that come from a list (concept names, lexicon entries). valibot's
// `record` silently drops the keys `constructor`, `prototype` and `__proto__`, so a concept with
// one of those names vanished and the matcher then read Object.prototype's member in its place.
// This schema keeps every own key and returns an object without a prototype, so a name can
// never reach an inherited member; readers still look names up with Object.hasOwn (or a Map).
import * as v from 'valibot';

/** `v.record(key, value)` that keeps every own key, `__proto__` included, in a prototype-free object. */
export function nameRecord<const TKey extends v.GenericSchema<string, string>, const TValue extends v.GenericSchema>(
  key: TKey,
  value: TValue,
) {
  const base = v.record(key, value);
  const schema: typeof base = {
    ...base,
    '~standard': {
      ...base['~standard'],
      validate: ((input: unknown) =>
        schema['~run']({ value: input }, v.getGlobalConfig())) as (typeof base)['~standard']['validate'],
    },
    '~run'(dataset, config) {
      const input = dataset.value;
      if (!input || typeof input !== 'object' || Array.isArray(input)) return base['~run'](dataset, config);
      const output: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
      const issues: v.BaseIssue<unknown>[] = [];
      for (const name of Object.keys(input)) {
        const entry = (input as Record<string, unknown>)[name];
        const one = v.safeParse(key, name, config);
        const item = v.safeParse(value, entry, config);
        const path = (origin: 'key' | 'value') =>
          ({ type: 'object', origin, input, key: name, value: entry }) as v.IssuePathItem;
        if (!one.success) for (const issue of one.issues) issues.push({ ...issue, path: [path('key')] });
        if (!item.success)
          for (const issue of item.issues) issues.push({ ...issue, path: [path('value'), ...(issue.path ?? [])] });
        if (one.success && item.success) output[one.output] = item.output;
      }
      return issues.length > 0
        ? ({ typed: false, value: input, issues } as unknown as ReturnType<(typeof base)['~run']>)
        : ({ typed: true, value: output } as unknown as ReturnType<(typeof base)['~run']>);
    },
  };
  return schema;
}
