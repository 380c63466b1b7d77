// When a stored compiled matcher may be reused: its key names every list in force, in any order, by
// each field that changes what the list holds, and the build that compiled it; and the list header
// rebuilt from a stored row.
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { engineId, storedMatcherKey } from '../../../src/db/compiled-matcher-store';
import { headerOf, type StoredList } from '../../../src/db/database';
import { STORED_FORM_FORMAT } from '../../../src/match/stored-form';

const row = (id: string, extra: Partial<StoredList> = {}): StoredList => ({
  id,
  kind: 'subscription',
  title: `List ${id}`,
  publisher: 'Desk',
  version: 3,
  published: '2026-05-01T00:00:00Z',
  claimCount: 10,
  skipped: [],
  ...extra,
});

describe('the stored matcher key', () => {
  it('is the same for the same lists in any order', () => {
    const lists = [row('b'), row('a'), row('c')];
    expect(storedMatcherKey(lists, 'e')).toBe(storedMatcherKey([...lists].reverse(), 'e'));
    expect(storedMatcherKey([row('a'), row('c'), row('b')], 'e')).toBe(storedMatcherKey(lists, 'e'));
  });

  it('changes with every field that changes what a list holds, and with the engine', () => {
    const base = storedMatcherKey([row('a'), row('b')], 'e');
    const changes: Partial<StoredList>[] = [
      { kind: 'user' },
      { version: 4 },
      { claimCount: 9 },
      { published: '2026-05-02T00:00:00Z' },
      { lastUpdated: 5 },
      { contentHash: 'f00' },
    ];
    for (const change of changes)
      expect(storedMatcherKey([row('a', change), row('b')], 'e'), JSON.stringify(change)).not.toBe(base);
    expect(storedMatcherKey([row('a'), row('b')], 'f')).not.toBe(base);
    expect(storedMatcherKey([row('a')], 'e')).not.toBe(base);
    expect(storedMatcherKey([row('a'), row('b', { title: 'Renamed', failures: 2 })], 'e')).toBe(base);
  });

  it('names the build: the stored form and the extension version, or "unknown" without a manifest', () => {
    fakeBrowser.runtime.getManifest = () => ({ manifest_version: 3, name: 'ClaimLens', version: '1.2.3' });
    expect(engineId()).toBe(`${STORED_FORM_FORMAT}/1.2.3`);
    fakeBrowser.runtime.getManifest = () => {
      throw new Error('no manifest');
    };
    expect(engineId()).toBe(`${STORED_FORM_FORMAT}/unknown`);
  });
});

describe('headerOf', () => {
  it('gives the list header of a stored row, with an empty lexicon without a prototype', () => {
    const header = headerOf(
      row('desk', { homepage: 'https://desk.example/', expires: '2027-01-01T00:00:00Z', url: 'https://x/' }),
    );
    expect({ ...header, lexicon: { ...header.lexicon } }).toEqual({
      format: 'claimlens-list/1',
      id: 'desk',
      title: 'List desk',
      publisher: 'Desk',
      homepage: 'https://desk.example/',
      version: 3,
      published: '2026-05-01T00:00:00Z',
      expires: '2027-01-01T00:00:00Z',
      lexicon: {},
    });
    expect(Object.getPrototypeOf(header.lexicon)).toBeNull();
  });
});
