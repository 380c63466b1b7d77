// @vitest-environment jsdom
// How a changing page reaches the annotator: changes are gathered into one batch per idle period
// (or 50 ms where the browser has no idle callback), our own UI's changes are ignored, removed
// blocks are flagged rather than re-read, and nothing is reported after stop.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMutationBatcher, type MutationBatch } from '../../../src/page/mutation-batcher';

let batches: MutationBatch[];
let batcher: ReturnType<typeof createMutationBatcher>;

beforeEach(() => {
  vi.useFakeTimers();
  document.body.innerHTML =
    '<main><p id="p">Hello <em id="em">world</em></p><div data-claimlens-ui id="ui"><span id="card">x</span></div></main>';
  batches = [];
  batcher = createMutationBatcher(document.body, (batch) =>
    batches.push({ ...batch, changed: new Set(batch.changed) }),
  );
  batcher.start();
});
afterEach(() => {
  batcher.stop();
  vi.useRealTimers();
  delete (window as { requestIdleCallback?: unknown }).requestIdleCallback;
});

/** Lets the observer deliver its records, then runs the batch timer. */
async function settle(ms = 50) {
  await Promise.resolve();
  await vi.advanceTimersByTimeAsync(ms);
}

describe('the mutation batcher', () => {
  it('gathers a burst of changes into one batch, 50 ms later without idle callbacks', async () => {
    const a = document.createElement('p');
    const b = document.createElement('p');
    document.querySelector('main')!.append(a, b);
    await Promise.resolve();
    await vi.advanceTimersByTimeAsync(49);
    expect(batches).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(batches).toHaveLength(1);
    expect([...batches[0]!.changed]).toEqual([a, b]);
    expect(batches[0]!.blocksRemoved).toBe(false);
  });

  it('reports changed text, and inline content removed from a block as a change of that block', async () => {
    const text = document.getElementById('em')!.firstChild as Text;
    text.data = 'moon';
    await settle();
    expect([...batches[0]!.changed]).toEqual([text]);
    const p = document.getElementById('p')!;
    document.getElementById('em')!.remove();
    await settle();
    expect([...batches[1]!.changed]).toEqual([p]);
    expect(batches[1]!.blocksRemoved).toBe(false);
    (p.firstChild as Text).remove();
    await settle();
    expect([...batches[2]!.changed]).toEqual([p]);
  });

  it('flags a removed block without re-reading anything', async () => {
    document.getElementById('p')!.remove();
    await settle();
    expect(batches).toEqual([{ changed: new Set(), blocksRemoved: true }]);
  });

  it('ignores our own UI: the card changing, added to or emptied', async () => {
    const card = document.getElementById('card')!;
    (card.firstChild as Text).data = 'y';
    card.append(document.createElement('b'));
    document.getElementById('ui')!.append(document.createElement('div'));
    await settle();
    // Removed in a later burst: a node changed or added and removed in one burst is no longer inside the
    // UI when its record is read, so it is reported (the annotator then skips it as detached).
    card.firstChild!.remove();
    card.lastChild!.remove();
    await settle();
    expect(batches).toEqual([]);
  });

  it('ignores a removed comment, and reports nothing when nothing is left to report', async () => {
    const comment = document.createComment('c');
    document.getElementById('p')!.append(comment);
    await settle();
    batches = [];
    comment.remove();
    await settle();
    expect(batches).toEqual([]);
  });

  it('uses the idle callback where there is one, waiting at most 250 ms', async () => {
    const idle = vi.fn();
    (window as { requestIdleCallback?: unknown }).requestIdleCallback = idle;
    document.querySelector('main')!.append(document.createElement('p'));
    document.querySelector('main')!.append(document.createElement('p'));
    await Promise.resolve();
    expect(idle).toHaveBeenCalledTimes(1);
    expect(idle.mock.calls[0]![1]).toEqual({ timeout: 250 });
    await vi.advanceTimersByTimeAsync(100);
    expect(batches).toEqual([]);
    (idle.mock.calls[0]![0] as () => void)();
    expect(batches).toHaveLength(1);
    expect(batches[0]!.changed.size).toBe(2);
  });

  it('starts a new batch after each flush, and reports nothing after stop', async () => {
    document.querySelector('main')!.append(document.createElement('p'));
    await settle();
    document.querySelector('main')!.append(document.createElement('p'));
    await settle();
    expect(batches.map((b) => b.changed.size)).toEqual([1, 1]);
    document.querySelector('main')!.append(document.createElement('p'));
    await Promise.resolve();
    batcher.stop();
    await settle();
    expect(batches).toHaveLength(2);
  });

  it('watches nothing for a node outside any window', async () => {
    const detached = document.implementation.createDocument(null, 'root', null);
    const none = createMutationBatcher(detached, () => batches.push({ changed: new Set(), blocksRemoved: false }));
    none.start();
    detached.documentElement.append(detached.createElement('p'));
    await settle();
    none.stop();
    expect(batches).toEqual([]);
  });
});
